import { Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { fragmentsByName } from './fragments-by-name';

/**
 * The depth of an operation: the longest chain of nested fields, with fragments expanded
 * (`{ a { b } }` has depth 2; fragments themselves add no level).
 *
 * Introspection fields (`__schema`, `__type`, `__typename`) are not counted: GraphiQL's own
 * introspection query nests `ofType` deeper than any sensible limit, and its size is bounded by
 * the schema, not by the graph.
 */
export function queryDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = fragmentsByName(document);
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
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        visiting.add(name);
        depth = depthOf(fragment.selectionSet);
        visiting.delete(name);
      }
      deepest = Math.max(deepest, depth);
    }
    return deepest;
  };

  return depthOf(operation.selectionSet);
}
