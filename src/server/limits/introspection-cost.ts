import { executeSync, getIntrospectionQuery, parse, type GraphQLSchema } from 'graphql';

/**
 * What introspection costs, measured on the schema itself: the number of values (fields, counted as the query
 * cost counts them) of the full introspection result, for `__schema`, and of the largest type's, for `__type`.
 *
 * Introspection used to cost nothing, so a thousand aliased `__schema` fields turned a 49 KB request into a 12.7 MB
 * response (issue 12.3). Whatever is selected under them, `__schema` and `__type` count as the whole: an upper
 * bound that is exact for GraphiQL's own introspection query and small next to MAX_QUERY_COST.
 */
export interface IntrospectionCosts {
  schema: number;
  type: number;
}

const cache = new WeakMap<GraphQLSchema, IntrospectionCosts>();

/** Computed once per schema (a synchronous introspection, about a millisecond), then cached. */
export function introspectionCosts(schema: GraphQLSchema): IntrospectionCosts {
  let costs = cache.get(schema);
  if (!costs) {
    costs = measure(schema);
    cache.set(schema, costs);
  }
  return costs;
}

function measure(schema: GraphQLSchema): IntrospectionCosts {
  const query = getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
  });
  const result = executeSync({ schema, document: parse(query) });
  const introspection = (result.data as { __schema?: { types?: unknown[] } } | null | undefined)?.__schema;
  if (!introspection) throw new Error(`introspection failed: ${JSON.stringify(result.errors)}`);
  const types = introspection.types ?? [];
  return {
    schema: 1 + valuesIn(introspection),
    type: 1 + Math.max(0, ...types.map(valuesIn)),
  };
}

/** Every field of an object counts 1 plus what is under it; a list counts its items. */
function valuesIn(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + valuesIn(item), 0);
  if (value !== null && typeof value === 'object') {
    return Object.values(value).reduce((sum: number, child) => sum + 1 + valuesIn(child), 0);
  }
  return 0;
}
