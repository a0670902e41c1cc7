import { Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { fragmentsByName } from './fragments-by-name';

/**
 * The depth of an operation: the longest chain of nested fields, with fragments expanded
 * (`{ a { b } }` has depth 2; fragments themselves add no level).
 *
 * Introspection fields (`__schema`, `__type`, `__typename`) are not counted: GraphiQL's own
 * introspection query nests `ofType` deeper than any sensible limit, and its size is bounded by
 * the schema, not by the graph (the cost counts it instead).
 *
 * Linear in the document: a fragment's depth does not depend on where it is spread, so each is
 * measured once. Expanding spreads afresh at every use would double the work with every fragment
 * that spreads the previous one twice (issue 12.2: 24 such fragments froze the API for 9.7 s).
 */
export function queryDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = fragmentsByName(document);
  const depthOfFragment = new Map<string, number>();
  // Validation rejects fragment cycles before this runs; `visiting` only keeps a bad document finite.
  const visiting = new Set<string>();

  const depthOf = (selectionSet: SelectionSetNode): number => {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      let depth = 0;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        depth = 1 + (selection.selectionSet ? depthOf(selection.selectionSet) : 0);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        depth = depthOf(selection.selectionSet);
      } else {
        depth = fragmentDepth(selection.name.value);
      }
      deepest = Math.max(deepest, depth);
    }
    return deepest;
  };

  const fragmentDepth = (name: string): number => {
    const known = depthOfFragment.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment || visiting.has(name)) return 0;
    visiting.add(name);
    const depth = depthOf(fragment.selectionSet);
    visiting.delete(name);
    depthOfFragment.set(name, depth);
    return depth;
  };

  return depthOf(operation.selectionSet);
}
