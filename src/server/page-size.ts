import { Kind, type DocumentNode, type FieldNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { fragmentsByName } from './limits/fragments-by-name';

/** A `first` argument out of range: where it is and what is wrong, worded as pagination.ts words it. */
export interface BadPageSize {
  node: FieldNode;
  value: number;
  message: string;
}

/**
 * The first `first` argument of the operation that asks for a page size outside 0…maxPageSize, read from the
 * literal, the request's variables or the variable's default; undefined when every one is in range or is left to
 * GraphQL's own checks (not an integer: a validation or variable error, 400 as well).
 *
 * Every `first` of this API is a page size (schema/node.graphql), so the check needs no schema, and it runs
 * before execution: an invalid page size is refused the same way (HTTP 400, BAD_USER_INPUT naming `first`)
 * whether it is negative, too large or not an integer, and nothing runs. Each fragment is walked once, so the
 * work is linear in the document however often fragments are spread.
 */
export function findBadPageSize(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  maxPageSize: number,
): BadPageSize | undefined {
  const fragments = fragmentsByName(document);
  const defaults = new Map<string, unknown>();
  for (const definition of operation.variableDefinitions ?? []) {
    const value = definition.defaultValue;
    if (value?.kind === Kind.INT) defaults.set(definition.variable.name.value, Number(value.value));
  }
  const valueOf = (field: FieldNode): unknown => {
    const argument = field.arguments?.find((a) => a.name.value === 'first');
    if (!argument) return undefined;
    const value = argument.value;
    if (value.kind === Kind.INT) return Number(value.value);
    if (value.kind !== Kind.VARIABLE) return undefined;
    const name = value.name.value;
    return Object.prototype.hasOwnProperty.call(variables, name) ? variables[name] : defaults.get(name);
  };

  const walked = new Set<string>();
  const pending: SelectionSetNode[] = [operation.selectionSet];
  while (pending.length > 0) {
    for (const selection of pending.pop()!.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !walked.has(name)) {
          walked.add(name);
          pending.push(fragment.selectionSet);
        }
        continue;
      }
      if (selection.kind === Kind.FIELD) {
        const value = valueOf(selection);
        if (typeof value === 'number' && Number.isInteger(value)) {
          if (value < 0) return { node: selection, value, message: `first: must not be negative, got ${value}` };
          if (value > maxPageSize) {
            return { node: selection, value, message: `first: must be at most ${maxPageSize}, got ${value}` };
          }
        }
      }
      if (selection.selectionSet) pending.push(selection.selectionSet);
    }
  }
  return undefined;
}
