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
import { introspectionCosts } from './introspection-cost';

export interface CostOptions {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** The request's raw variables; `first: $n` is read from them (or the variable's default). */
  variables?: Record<string, unknown>;
  /** Items a field taking `first` returns when it is not given: DEFAULT_PAGE_SIZE, as the resolvers do. */
  defaultPageSize: number;
  /** Items assumed for a list nothing is known about: MAX_PAGE_SIZE. */
  unknownListSize: number;
  /** Measured list lengths by statistic name, as `@listSize(fanOut: …)` names them. */
  listSizes?: Readonly<Record<string, MeasuredListSize>>;
}

/** A statistic of cypher/list-sizes.cypher: a kind of list's length over the nodes that have one. */
export interface MeasuredListSize {
  /** Counted for a list under one parent: that parent may be one of the long ones. */
  p99: number;
  /** Counted for a list under many parents, where the long ones average out. */
  mean: number;
}

/** A list field along the costliest branch of an operation. */
export interface CostlyField {
  /** Its response path, aliases included: `targetGroups.edges.node.programmes`. */
  path: string;
  /** How many items it counts for each of its parents. */
  size: number;
  /** Where that size comes from (see ListSizing). */
  sizedBy: string;
  /** Whether the client can lower the size with `first` (else only by selecting less under it). */
  takesFirst: boolean;
  /** The part of the operation's cost under this field. */
  cost: number;
}

export interface CostEstimate {
  cost: number;
  /** The list fields along the costliest branch, outermost first: the multipliers to lower. */
  costliest(): CostlyField[];
}

/**
 * Estimates, before execution, how much an operation asks for: about the number of values it returns in a bad
 * case, with list lengths taken from the graph rather than from worst cases (issue 11.1).
 *
 * Every field costs 1. A list, or a connection (an object type named `…Connection`), multiplies the cost of what
 * is selected under it by its size:
 * - a field taking `first`: `first`, else `defaultPageSize` (what the resolvers return without it);
 * - `@listSize(lengthOf: "ids")`: the length of that argument;
 * - `@listSize(fanOut: [...])`: the sum of those statistics measured on the graph (listSizes): their 99th
 *   percentile where the list's parent is one object (nothing above it is a list of more than one item), since
 *   that object may be one of the long ones; their mean where there are many parents, whose long and short lists
 *   average out. Multiplying 99th percentiles level after level would count every parent as one of the heaviest;
 * - `@listSize(assumedSize: n)`, when the graph has no such measure;
 * - else `unknownListSize`.
 * A connection's `edges` and `nodes` are sized by the connection and not multiplied again. `__schema` and `__type`
 * cost what the full introspection of the schema returns (introspection-cost.ts). Every fragment on a union or
 * interface is counted, and @skip / @include are ignored, so runtime types and flags can only lower the real cost.
 * The total is rounded up.
 *
 * Linear in the document: a named fragment's cost is computed once per context it is spread in (under a
 * connection or not, under one parent or many), and the tree that explains the cost shares it, never copies it.
 */
export function queryCost(options: CostOptions): CostEstimate {
  const { schema, document, operation } = options;
  const fragments = fragmentsByName(document);
  const variables = coerceVariables(schema, operation, options.variables);
  const fragmentCosts = new Map<string, CostNode>();
  // Validation rejects fragment cycles before this runs; `visiting` only keeps a bad document finite.
  const visiting = new Set<string>();

  /**
   * `context.connectionSize`: set for the fields of a connection, whose `edges` / `nodes` it sizes.
   * `context.single`: whether the parent is one object (no list of more than one item above it).
   */
  const costOfSelections = (parent: GraphQLNamedType, selectionSet: SelectionSetNode, context: Context): CostNode => {
    const children: CostNode[] = [];
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        children.push(costOfField(parent, selection, context));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        children.push(costOfSelections(type ?? parent, selection.selectionSet, context));
      } else {
        children.push(costOfFragment(selection.name.value, parent, context));
      }
    }
    return { cost: sum(children), children };
  };

  const costOfFragment = (name: string, parent: GraphQLNamedType, context: Context): CostNode => {
    const key = `${name}|${context.connectionSize ?? ''}|${context.single}`;
    const known = fragmentCosts.get(key);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || visiting.has(name)) return { cost: 0, children: [] };
    visiting.add(name);
    const type = schema.getType(fragment.typeCondition.name.value) ?? parent;
    const node = costOfSelections(type, fragment.selectionSet, context);
    visiting.delete(name);
    fragmentCosts.set(key, node);
    return node;
  };

  const costOfField = (parent: GraphQLNamedType, node: FieldNode, context: Context): CostNode => {
    const key = node.alias?.value ?? node.name.value;
    if (node.name.value === '__schema') return { key, cost: introspectionCosts(schema).schema, children: [] };
    if (node.name.value === '__type') return { key, cost: introspectionCosts(schema).type, children: [] };
    const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
    if (!field || !node.selectionSet) return { key, cost: 1, children: [] };
    const type = getNamedType(field.type);
    if (isObjectType(type) && type.name.endsWith('Connection')) {
      const sizing = sizeOf(field, node, context);
      const selections = costOfSelections(type, node.selectionSet, {
        connectionSize: sizing.size,
        single: context.single,
      });
      // Reported here, multiplied at `edges` / `nodes`.
      return { key, cost: 1 + selections.cost, children: [selections], list: sizing };
    }
    if (!isListType(getNullableType(field.type))) {
      const selections = costOfSelections(type, node.selectionSet, { single: context.single });
      return { key, cost: 1 + selections.cost, children: [selections] };
    }
    const sizing = sizeOf(field, node, context);
    const selections = costOfSelections(type, node.selectionSet, { single: context.single && sizing.size <= 1 });
    return {
      key,
      cost: 1 + sizing.size * selections.cost,
      children: [selections],
      multiplier: sizing.size,
      // A connection's edges repeat the connection's size: the connection is the field to report.
      list: sizing.sizedBy === CONNECTION ? undefined : sizing,
    };
  };

  const sizeOf = (field: GraphQLField<unknown, unknown>, node: FieldNode, context: Context): ListSizing => {
    const { connectionSize } = context;
    const takesFirst = field.args.some((arg) => arg.name === 'first');
    if (takesFirst) {
      const first = argument(field, node, variables, 'first');
      return typeof first === 'number' && first >= 0
        ? { size: first, sizedBy: 'first', takesFirst }
        : { size: options.defaultPageSize, sizedBy: 'DEFAULT_PAGE_SIZE', takesFirst };
    }
    if (connectionSize !== undefined) return { size: connectionSize, sizedBy: CONNECTION, takesFirst };
    const directive = listSizeDirective(field);
    if (directive.lengthOf) {
      const value = argument(field, node, variables, directive.lengthOf);
      if (Array.isArray(value)) return { size: value.length, sizedBy: `length of ${directive.lengthOf}`, takesFirst };
    }
    const measured = directive.fanOut.filter((name) => options.listSizes?.[name] !== undefined);
    if (measured.length > 0) {
      const statistic = context.single ? 'p99' : 'mean';
      const size = measured.reduce((total, name) => total + options.listSizes![name]![statistic], 0);
      return { size, sizedBy: `${statistic} of ${measured.join(' + ')}`, takesFirst };
    }
    if (directive.assumedSize !== undefined) {
      return { size: directive.assumedSize, sizedBy: '@listSize(assumedSize)', takesFirst };
    }
    return { size: options.unknownListSize, sizedBy: 'MAX_PAGE_SIZE', takesFirst };
  };

  const root = schema.getRootType(operation.operation);
  const tree = root ? costOfSelections(root, operation.selectionSet, { single: true }) : { cost: 0, children: [] };
  return { cost: Math.ceil(tree.cost), costliest: () => costliestBranch(tree) };
}

interface Context {
  connectionSize?: number;
  single: boolean;
}

/** One field, fragment or inline fragment of the operation, with what it costs once. */
interface CostNode {
  /** Response key of a field; none for a fragment. */
  key?: string;
  cost: number;
  children: CostNode[];
  /** What each child's cost is multiplied by (a list's size). */
  multiplier?: number;
  /** For list and connection fields: their size and where it comes from. */
  list?: ListSizing;
}

interface ListSizing {
  size: number;
  /** first, DEFAULT_PAGE_SIZE, length of <argument>, p99 of / mean of <statistics>, @listSize(assumedSize), MAX_PAGE_SIZE. */
  sizedBy: string;
  takesFirst: boolean;
}

/** Marks the edges / nodes of a connection, sized by it. */
const CONNECTION = 'connection';

/** Follows the costliest child from the root down, collecting the list fields that multiply along the way. */
function costliestBranch(root: CostNode): CostlyField[] {
  const fields: CostlyField[] = [];
  let node: CostNode | undefined = root;
  let path = '';
  let multiplier = 1;
  while (node) {
    if (node.list) {
      fields.push({
        path,
        size: round(node.list.size),
        sizedBy: node.list.sizedBy,
        takesFirst: node.list.takesFirst,
        cost: Math.ceil(multiplier * node.cost),
      });
    }
    multiplier *= node.multiplier ?? 1;
    const next: CostNode | undefined = node.children.reduce<CostNode | undefined>(
      (best, child) => (best === undefined || child.cost > best.cost ? child : best),
      undefined,
    );
    if (next?.key !== undefined) path = path === '' ? next.key : `${path}.${next.key}`;
    node = next;
  }
  return fields;
}

/** Means are fractional; one decimal says enough in a message. */
function round(size: number): number {
  return Math.round(size * 10) / 10;
}

function sum(nodes: CostNode[]): number {
  return nodes.reduce((total, node) => total + node.cost, 0);
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

/** An argument's value; undefined when it is absent or does not coerce (execution will reject it). */
function argument(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
  name: string,
): unknown {
  try {
    return getArgumentValues(field, node, variables)[name];
  } catch {
    return undefined;
  }
}

interface ListSizeDirective {
  assumedSize?: number;
  fanOut: string[];
  lengthOf?: string;
}

/** `@listSize(assumedSize: n, fanOut: [...], lengthOf: "arg")` on the field's SDL definition, if any. */
function listSizeDirective(field: GraphQLField<unknown, unknown>): ListSizeDirective {
  const directive = field.astNode?.directives?.find((d) => d.name.value === 'listSize');
  const result: ListSizeDirective = { fanOut: [] };
  for (const arg of directive?.arguments ?? []) {
    const { value } = arg;
    if (arg.name.value === 'assumedSize' && value.kind === Kind.INT) result.assumedSize = Number(value.value);
    if (arg.name.value === 'lengthOf' && value.kind === Kind.STRING) result.lengthOf = value.value;
    if (arg.name.value === 'fanOut') {
      const items = value.kind === Kind.LIST ? value.values : [value];
      for (const item of items) if (item.kind === Kind.STRING) result.fanOut.push(item.value);
    }
  }
  return result;
}
