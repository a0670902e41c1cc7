import { Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { fragmentsByName } from './fragments-by-name';

/**
 * Two counts of an operation's shape, for MAX_QUERY_ROOT_FIELDS and MAX_QUERY_ALIASES. Each root field runs its own
 * repository statements, and aliases are how one field is asked for many times with different arguments: a
 * thousand aliases of `programmes(first: 0) { totalCount }` cost little by the estimate but sent a thousand
 * statements (issue 12.3). Both walks visit each fragment once, so they are linear in the document.
 */

/**
 * The distinct response keys at the top of the operation (an alias or a field name), fragments and inline
 * fragments expanded: what graphql-js will resolve as separate root fields. Two selections of one key merge into
 * one field, so they count once.
 */
export function rootFieldCount(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = fragmentsByName(document);
  const keysOfFragment = new Map<string, ReadonlySet<string>>();
  const visiting = new Set<string>();

  const collect = (selectionSet: SelectionSetNode, keys: Set<string>): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        keys.add(selection.alias?.value ?? selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet, keys);
      } else {
        for (const key of fragmentKeys(selection.name.value)) keys.add(key);
      }
    }
  };

  const fragmentKeys = (name: string): ReadonlySet<string> => {
    const known = keysOfFragment.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    const keys = new Set<string>();
    // Validation rejects fragment cycles before this runs; `visiting` only keeps a bad document finite.
    if (!fragment || visiting.has(name)) return keys;
    visiting.add(name);
    collect(fragment.selectionSet, keys);
    visiting.delete(name);
    keysOfFragment.set(name, keys);
    return keys;
  };

  const keys = new Set<string>();
  collect(operation.selectionSet, keys);
  return keys.size;
}

/**
 * The aliased fields of the operation, at any depth, with each fragment counted as often as it is spread (a
 * fragment of ten aliases spread three times asks for thirty). Counted once per fragment and multiplied, never
 * expanded, so fragments that spread each other twice give a large count quickly instead of a long walk.
 */
export function aliasCount(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = fragmentsByName(document);
  const aliasesOfFragment = new Map<string, number>();
  const visiting = new Set<string>();

  const count = (selectionSet: SelectionSetNode): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) total += 1;
        if (selection.selectionSet) total += count(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += count(selection.selectionSet);
      } else {
        total += fragmentAliases(selection.name.value);
      }
    }
    return total;
  };

  const fragmentAliases = (name: string): number => {
    const known = aliasesOfFragment.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment || visiting.has(name)) return 0;
    visiting.add(name);
    const total = count(fragment.selectionSet);
    visiting.delete(name);
    aliasesOfFragment.set(name, total);
    return total;
  };

  return count(operation.selectionSet);
}
