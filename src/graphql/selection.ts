import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The names of the fields a query selects on a resolver's result, through fragments and inline fragments, or on a
 * field below it (`path`: `['node']` for a relation's far node). Loaders read only the stored properties these
 * fields need (src/graph/projection.ts).
 *
 * A superset on purpose: every fragment counts whatever its type condition, and @skip / @include are ignored, so a
 * field the executor will resolve is never missing; at worst a property is read that no field returns.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): ReadonlySet<string> {
  // graphql-js hands every item of a list the same `fieldNodes` array: a page of 100 programmes asks 100 times for
  // the same answer, so it is worked out once per field and path.
  const key = path.join('.');
  let byPath = memo.get(info.fieldNodes);
  if (!byPath) memo.set(info.fieldNodes, (byPath = new Map()));
  let fields = byPath.get(key);
  if (!fields) byPath.set(key, (fields = collect(info, path)));
  return fields;
}

const memo = new WeakMap<readonly FieldNode[], Map<string, ReadonlySet<string>>>();

function collect(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  return new Set(selectionSetsAt(info, path).flatMap((set) => fieldsIn(set, info).map((field) => field.name.value)));
}

/** The nodes of the fields named `name` that the query selects at `path` below the resolver's field (every alias). */
export function selectedFieldNodes(info: GraphQLResolveInfo, path: readonly string[], name: string): FieldNode[] {
  return selectionSetsAt(info, path).flatMap((set) => fieldsIn(set, info).filter((field) => field.name.value === name));
}

function selectionSetsAt(info: GraphQLResolveInfo, path: readonly string[]): SelectionSetNode[] {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    sets = sets.flatMap((set) =>
      fieldsIn(set, info).flatMap((field) =>
        field.name.value === name && field.selectionSet ? [field.selectionSet] : [],
      ),
    );
  }
  return sets;
}

/** The fields of a selection set, with those of its fragments spread in. */
function fieldsIn(set: SelectionSetNode, info: GraphQLResolveInfo, seen = new Set<string>()): FieldNode[] {
  return set.selections.flatMap((selection): FieldNode[] => {
    if (selection.kind === 'Field') return [selection];
    if (selection.kind === 'InlineFragment') return fieldsIn(selection.selectionSet, info, seen);
    const name = selection.name.value;
    const fragment = info.fragments[name];
    if (!fragment || seen.has(name)) return [];
    seen.add(name);
    return fieldsIn(fragment.selectionSet, info, seen);
  });
}
