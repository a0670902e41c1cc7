import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The names of the fields a query selects on a resolver's result, through fragments and inline fragments, or on a
 * field below it (`path`: `['node']` for a relation's far node). Loaders read only the stored properties these
 * fields need (src/graph/projection.ts).
 *
 * A superset on purpose: every fragment counts whatever its type condition, and @skip / @include are ignored, so a
 * field the executor will resolve is never missing; at worst a property is read that no field returns.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    sets = sets.flatMap((set) =>
      fieldsIn(set, info).flatMap((field) =>
        field.name.value === name && field.selectionSet ? [field.selectionSet] : [],
      ),
    );
  }
  return new Set(sets.flatMap((set) => fieldsIn(set, info).map((field) => field.name.value)));
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
