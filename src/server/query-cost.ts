import {
  Kind,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isInterfaceType,
  isListType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { fragmentsByName } from './fragments-by-name';

export interface CostOptions {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** The request's raw variables; `first: $n` is read from them (or the variable's default). */
  variables?: Record<string, unknown>;
  /** Assumed length of a list or connection asked for without `first`: MAX_PAGE_SIZE. */
  defaultListSize: number;
}

/**
 * Estimates, before execution, how much work an operation asks for: an upper bound on the
 * number of values it can return.
 *
 * Every field costs 1. A field returning a list, or a connection (an object type named
 * `…Connection`), multiplies the cost of what is selected under it by its page size: its `first`
 * argument, else `@listSize(assumedSize: n)` on the field's definition (for lists that are short
 * by nature and take no `first`), else `defaultListSize`. The `edges` and `nodes` lists of a
 * connection are sized by the connection's `first`, so they are not multiplied a second time.
 * Introspection fields cost nothing (their size is bounded by the schema). Every fragment on a
 * union or interface is counted, and @skip / @include are ignored, so the estimate stays an
 * upper bound whatever the runtime types and flags turn out to be.
 */
export function queryCost(options: CostOptions): number {
  const { schema, document, operation, defaultListSize } = options;
  const fragments = fragmentsByName(document);
  const variables = coerceVariables(schema, operation, options.variables);
  // Validation rejects fragment cycles before this runs; `visiting` only keeps a bad document finite.
  const visiting = new Set<string>();

  const costOfSelections = (
    parent: GraphQLNamedType,
    selectionSet: SelectionSetNode,
    connectionSize: number | undefined,
  ): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += costOfField(parent, selection, connectionSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        total += costOfSelections(type ?? parent, selection.selectionSet, connectionSize);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        visiting.add(name);
        const type = schema.getType(fragment.typeCondition.name.value) ?? parent;
        total += costOfSelections(type, fragment.selectionSet, connectionSize);
        visiting.delete(name);
      }
    }
    return total;
  };

  const costOfField = (parent: GraphQLNamedType, node: FieldNode, connectionSize: number | undefined): number => {
    if (node.name.value.startsWith('__')) return 0;
    const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
    if (!field || !node.selectionSet) return 1;
    const type = getNamedType(field.type);
    const first = firstArgument(field, node, variables);
    if (isObjectType(type) && type.name.endsWith('Connection')) {
      return 1 + costOfSelections(type, node.selectionSet, first ?? assumedSize(field) ?? defaultListSize);
    }
    const children = costOfSelections(type, node.selectionSet, undefined);
    if (!isListType(getNullableType(field.type))) return 1 + children;
    return 1 + (first ?? connectionSize ?? assumedSize(field) ?? defaultListSize) * children;
  };

  const root = schema.getRootType(operation.operation);
  return root ? costOfSelections(root, operation.selectionSet, undefined) : 0;
}

/** The coerced variables, or none when they do not coerce (execution reports that, not us). */
function coerceVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  raw: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], raw ?? {});
  return result.coerced ?? {};
}

function firstArgument(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): number | undefined {
  if (!field.args.some((arg) => arg.name === 'first')) return undefined;
  try {
    const first = getArgumentValues(field, node, variables).first;
    return typeof first === 'number' && first >= 0 ? first : undefined;
  } catch {
    // A missing or ill-typed variable: execution will reject it; estimate with the default.
    return undefined;
  }
}

/** `@listSize(assumedSize: n)` on the field's SDL definition, if any. */
function assumedSize(field: GraphQLField<unknown, unknown>): number | undefined {
  const directive = field.astNode?.directives?.find((d) => d.name.value === 'listSize');
  const argument = directive?.arguments?.find((a) => a.name.value === 'assumedSize');
  return argument?.value.kind === Kind.INT ? Number(argument.value.value) : undefined;
}
