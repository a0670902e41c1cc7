import { buildSchema, getOperationAST, parse, validate } from 'graphql';
import { queryDepth } from './query-depth';

const schema = buildSchema(/* GraphQL */ `
  type Query {
    a: A
    leaf: Int
  }
  type A {
    b: A
    leaf: Int
  }
`);

/** Parses, insists the query is valid (the plugin only sees validated documents), then measures it. */
function depthOf(query: string): number {
  const document = parse(query);
  expect(validate(schema, document)).toEqual([]);
  const operation = getOperationAST(document);
  if (!operation) throw new Error(`no single operation in: ${query}`);
  return queryDepth(document, operation);
}

describe('queryDepth', () => {
  it.each([
    ['one leaf', '{ leaf }', 1],
    ['two siblings at the top', '{ leaf a { leaf } }', 2],
    ['nested fields', '{ a { b { b { leaf } } } }', 4],
    ['the deepest branch wins', '{ a { leaf b { leaf } } leaf }', 3],
    ['inline fragments add no level', '{ a { ... on A { b { leaf } } } }', 3],
    ['named fragments are expanded', '{ a { ...F } } fragment F on A { b { b { leaf } } }', 4],
    ['nested fragments are expanded', '{ ...Q } fragment Q on Query { a { ...F } } fragment F on A { b { leaf } }', 3],
    ['__typename does not count', '{ a { b { __typename } } }', 2],
    ['introspection does not count', '{ __schema { types { fields { type { ofType { ofType { name } } } } } } }', 0],
    ['aliases are fields like others', '{ x: a { y: b { leaf } } }', 3],
  ])('%s: %s → %i', (_name, query, expected) => {
    expect(depthOf(query)).toBe(expected);
  });

  it('measures the chosen operation only', () => {
    const document = parse('query Shallow { leaf } query Deep { a { b { leaf } } }');
    const shallow = getOperationAST(document, 'Shallow');
    const deep = getOperationAST(document, 'Deep');
    expect(shallow && queryDepth(document, shallow)).toBe(1);
    expect(deep && queryDepth(document, deep)).toBe(3);
  });

  it('measures each fragment once: 40 fragments each spreading the previous one twice (issue 12.2)', () => {
    const document = parse(fragmentBomb(40));
    expect(validate(schema, document)).toEqual([]);
    const operation = getOperationAST(document);
    const started = performance.now();
    // Expanded at every spread, this walk would visit 2^40 fields.
    expect(operation && queryDepth(document, operation)).toBe(3);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('stays finite on a fragment cycle (which validation would have refused)', () => {
    const document = parse('{ a { ...F } } fragment F on A { b { ...F } }');
    const operation = getOperationAST(document);
    expect(operation && queryDepth(document, operation)).toBe(2);
  });
});

/** `{ a { ...F40 } }` where F0 is `b { leaf }` and each F(k) spreads F(k-1) twice. */
function fragmentBomb(levels: number): string {
  let document = `{ a { ...F${levels} } } fragment F0 on A { b { leaf } }`;
  for (let k = 1; k <= levels; k++) document += ` fragment F${k} on A { ...F${k - 1} ...F${k - 1} }`;
  return document;
}
