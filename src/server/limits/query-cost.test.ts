import { buildSchema, getOperationAST, parse, validate } from 'graphql';
import { queryCost, type CostEstimate, type MeasuredListSize } from './query-cost';

const schema = buildSchema(/* GraphQL */ `
  directive @listSize(assumedSize: Int, fanOut: [String!], lengthOf: String) on FIELD_DEFINITION

  type Query {
    leaf: Int
    item: Item
    items(first: Int): [Item!]!
    unpaged: [Item!]!
    short: [Item!]! @listSize(assumedSize: 3)
    measured: [Item!]! @listSize(fanOut: "(:Item)<-[:IN]-", assumedSize: 3)
    twoWays: [Item!]! @listSize(fanOut: ["(:Item)-[:NEXT]->", "(:Item)<-[:NEXT]-"])
    byIds(ids: [ID!]!): [Item]! @listSize(lengthOf: "ids")
    connection(first: Int, after: String): ItemConnection!
    search: [Result!]!
  }
  type Item {
    id: ID!
    tags: [String!]!
    children(first: Int): [Item!]!
    parts: [Item!]! @listSize(fanOut: "(:Item)-[:HAS]->", assumedSize: 4)
  }
  type ItemConnection {
    totalCount: Int!
    edges: [ItemEdge!]!
    nodes: [Item!]!
    pageInfo: PageInfo!
  }
  type ItemEdge {
    cursor: String!
    node: Item!
  }
  type PageInfo {
    hasNextPage: Boolean!
  }
  type Other {
    name: String
  }
  union Result = Item | Other
`);

const DEFAULT_PAGE_SIZE = 20;
const UNKNOWN_LIST_SIZE = 100;
const LIST_SIZES: Record<string, MeasuredListSize> = {
  '(:Item)<-[:IN]-': { p99: 40, mean: 6 },
  '(:Item)-[:HAS]->': { p99: 9, mean: 2.5 },
  '(:Item)-[:NEXT]->': { p99: 2, mean: 1 },
  '(:Item)<-[:NEXT]-': { p99: 3, mean: 1.5 },
};

function estimate(
  query: string,
  variables?: Record<string, unknown>,
  listSizes: Record<string, MeasuredListSize> = LIST_SIZES,
): CostEstimate {
  const document = parse(query);
  expect(validate(schema, document)).toEqual([]);
  const operation = getOperationAST(document);
  if (!operation) throw new Error(`no single operation in: ${query}`);
  return queryCost({
    schema,
    document,
    operation,
    variables,
    defaultPageSize: DEFAULT_PAGE_SIZE,
    unknownListSize: UNKNOWN_LIST_SIZE,
    listSizes,
  });
}

const costOf = (query: string, variables?: Record<string, unknown>) => estimate(query, variables).cost;

describe('queryCost', () => {
  it.each([
    ['one leaf costs 1', '{ leaf }', 1],
    ['an object costs 1 plus its fields', '{ item { id } }', 2],
    ['a scalar list is one field', '{ item { tags } }', 2],
    ['a list multiplies its children by first', '{ items(first: 10) { id } }', 1 + 10 * 1],
    ['a field taking first counts DEFAULT_PAGE_SIZE without it', '{ items { id } }', 1 + 20 * 1],
    ['a list nothing is known about counts MAX_PAGE_SIZE', '{ unpaged { id } }', 1 + 100 * 1],
    ['or @listSize(assumedSize) when the schema gives one', '{ short { id tags } }', 1 + 3 * 2],
    ['a measured list under one parent counts its 99th percentile', '{ measured { id } }', 1 + 40 * 1],
    ['under many parents, its mean', '{ items(first: 10) { parts { id } } }', 1 + 10 * (1 + 2.5 * 1)],
    ['under a list of one item, its 99th percentile again', '{ items(first: 1) { parts { id } } }', 1 + (1 + 9)],
    ['several statistics add up', '{ twoWays { id } }', 1 + (2 + 3) * 1],
    ['a list sized by an argument counts its length', '{ byIds(ids: ["a", "b", "c"]) { id } }', 1 + 3 * 1],
    ['nested lists multiply', '{ items(first: 10) { children(first: 5) { id } } }', 1 + 10 * (1 + 5 * 1)],
    ['first: 0 asks for nothing', '{ items(first: 0) { id } }', 1],
    [
      'a connection multiplies its edges by first, not totalCount or pageInfo',
      '{ connection(first: 10) { totalCount edges { cursor node { id } } pageInfo { hasNextPage } } }',
      1 + 1 + (1 + 10 * (1 + 2)) + (1 + 1),
    ],
    ['a connection without first counts DEFAULT_PAGE_SIZE', '{ connection { nodes { id } } }', 1 + (1 + 20 * 1)],
    ['fragments count where they are spread', '{ items(first: 2) { ...F } } fragment F on Item { id tags }', 1 + 2 * 2],
    ['every member of a union is counted', '{ search { ... on Item { id } ... on Other { name } } }', 1 + 100 * 2],
    ['__typename is a field like others', '{ __typename leaf }', 2],
    ['the total is rounded up', '{ items(first: 3) { parts { id } } }', Math.ceil(1 + 3 * (1 + 2.5))],
  ])('%s: %s → %d', (_name, query, expected) => {
    expect(costOf(query)).toBe(expected);
  });

  it('counts introspection as what the whole introspection of the schema returns', () => {
    const schemaCost = costOf('{ __schema { queryType { name } } }');
    expect(schemaCost).toBeGreaterThan(100);
    // Whatever is selected under it: an upper bound, exact for the full introspection query.
    expect(costOf('{ __schema { types { name fields { name } } } }')).toBe(schemaCost);
    expect(costOf('{ a: __schema { queryType { name } } b: __schema { queryType { name } } }')).toBe(2 * schemaCost);
    const typeCost = costOf('{ __type(name: "Item") { name } }');
    expect(typeCost).toBeGreaterThan(10);
    expect(typeCost).toBeLessThan(schemaCost);
  });

  it('falls back to @listSize(assumedSize) where the graph has no measure, then to MAX_PAGE_SIZE', () => {
    expect(estimate('{ measured { id } }', undefined, {}).cost).toBe(1 + 3 * 1);
    expect(estimate('{ twoWays { id } }', undefined, {}).cost).toBe(1 + 100 * 1);
  });

  it.each([
    ['a variable', { n: 7 }, 1 + 7],
    ['the variable default when the request gives none', {}, 1 + 4],
    ['DEFAULT_PAGE_SIZE when the variable does not coerce', { n: 'seven' }, 1 + 20],
  ])('reads first from %s', (_name, variables, expected) => {
    expect(costOf('query Q($n: Int = 4) { items(first: $n) { id } }', variables)).toBe(expected);
  });

  it('reads the length of a list argument from a variable', () => {
    expect(costOf('query Q($ids: [ID!]!) { byIds(ids: $ids) { id } }', { ids: ['a', 'b'] })).toBe(1 + 2);
  });

  it('names the costliest branch: each list on it, its size, where the size comes from, and what it costs', () => {
    const { cost, costliest } = estimate(`{
      leaf
      connection { edges { node { id parts { id tags } children(first: 3) { id } } } }
      measured { id }
    }`);
    // connection: 1 + edges (1 + 20 × node), node = 1 + id + parts (1 + 2.5 × 2) + children (1 + 3 × 1) = 12
    expect(cost).toBe(1 + (1 + (1 + 20 * 12)) + (1 + 40));
    expect(costliest()).toEqual([
      { path: 'connection', size: 20, sizedBy: 'DEFAULT_PAGE_SIZE', takesFirst: true, cost: 242 },
      {
        path: 'connection.edges.node.parts',
        size: 2.5,
        sizedBy: 'mean of (:Item)-[:HAS]->',
        takesFirst: false,
        cost: 120,
      },
    ]);
  });

  it('follows aliases and fragments in the path it reports', () => {
    const { costliest } = estimate(
      '{ a: items(first: 2) { ...F } } fragment F on Item { b: children(first: 50) { id } }',
    );
    expect(costliest().map((field) => [field.path, field.size, field.sizedBy])).toEqual([
      ['a', 2, 'first'],
      ['a.b', 50, 'first'],
    ]);
  });

  it('costs each fragment once, however often it is spread: 60 fragments each spreading the previous one twice', () => {
    let query = '{ items(first: 1) { ...F60 } } fragment F0 on Item { id }';
    for (let k = 1; k <= 60; k++) query += ` fragment F${k} on Item { ...F${k - 1} ...F${k - 1} }`;
    const started = performance.now();
    const { cost, costliest } = estimate(query);
    // 2^60 spreads of F0 under one item: the estimate says what expanding them would mean, without doing it.
    expect(cost).toBe(1 + 2 ** 60);
    expect(costliest()).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
