import { buildSchema, getOperationAST, parse, validate } from 'graphql';
import { queryCost } from '../../src/server/query-cost';

const schema = buildSchema(/* GraphQL */ `
  directive @listSize(assumedSize: Int) on FIELD_DEFINITION

  type Query {
    leaf: Int
    item: Item
    items(first: Int): [Item!]!
    unpaged: [Item!]!
    short: [Item!]! @listSize(assumedSize: 3)
    connection(first: Int, after: String): ItemConnection!
    search: [Result!]!
  }
  type Item {
    id: ID!
    tags: [String!]!
    children(first: Int): [Item!]!
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

const DEFAULT_LIST_SIZE = 100;

function costOf(query: string, variables?: Record<string, unknown>): number {
  const document = parse(query);
  expect(validate(schema, document)).toEqual([]);
  const operation = getOperationAST(document);
  if (!operation) throw new Error(`no single operation in: ${query}`);
  return queryCost({ schema, document, operation, variables, defaultListSize: DEFAULT_LIST_SIZE });
}

describe('queryCost', () => {
  it.each([
    ['one leaf costs 1', '{ leaf }', 1],
    ['an object costs 1 plus its fields', '{ item { id } }', 2],
    ['a scalar list is one field', '{ item { tags } }', 2],
    ['a list multiplies its children by first', '{ items(first: 10) { id } }', 1 + 10 * 1],
    ['without first, by the default page size', '{ unpaged { id } }', 1 + 100 * 1],
    ['or by @listSize when the schema gives one', '{ short { id tags } }', 1 + 3 * 2],
    ['nested lists multiply', '{ items(first: 10) { children(first: 5) { id } } }', 1 + 10 * (1 + 5 * 1)],
    ['first: 0 asks for nothing', '{ items(first: 0) { id } }', 1],
    [
      'a connection multiplies its edges by first, not totalCount or pageInfo',
      '{ connection(first: 10) { totalCount edges { cursor node { id } } pageInfo { hasNextPage } } }',
      1 + 1 + (1 + 10 * (1 + 2)) + (1 + 1),
    ],
    ['a connection without first uses the default', '{ connection { nodes { id } } }', 1 + (1 + 100 * 1)],
    ['fragments count where they are spread', '{ items(first: 2) { ...F } } fragment F on Item { id tags }', 1 + 2 * 2],
    ['every member of a union is counted', '{ search { ... on Item { id } ... on Other { name } } }', 1 + 100 * 2],
    ['introspection is free', '{ __typename __schema { types { name } } leaf }', 1],
  ])('%s: %s → %i', (_name, query, expected) => {
    expect(costOf(query)).toBe(expected);
  });

  it.each([
    ['a variable', { n: 7 }, 1 + 7],
    ['the variable default when the request gives none', {}, 1 + 4],
    ['the default page size when the variable does not coerce', { n: 'seven' }, 1 + 100],
  ])('reads first from %s', (_name, variables, expected) => {
    expect(costOf('query Q($n: Int = 4) { items(first: $n) { id } }', variables)).toBe(expected);
  });
});
