import { buildSchema, getOperationAST, parse, validate } from 'graphql';
import { aliasCount, rootFieldCount } from './query-shape';

const schema = buildSchema(/* GraphQL */ `
  type Query {
    a(n: Int): A
    leaf: Int
  }
  type A {
    b(n: Int): A
    leaf: Int
  }
`);

function shapeOf(query: string): { rootFields: number; aliases: number } {
  const document = parse(query);
  expect(validate(schema, document)).toEqual([]);
  const operation = getOperationAST(document);
  if (!operation) throw new Error(`no single operation in: ${query}`);
  return { rootFields: rootFieldCount(document, operation), aliases: aliasCount(document, operation) };
}

describe('rootFieldCount and aliasCount', () => {
  it.each([
    ['one field', '{ leaf }', 1, 0],
    ['fields nested under a root field are not root fields', '{ a { b { leaf } leaf } }', 1, 0],
    ['aliases at the root are root fields and aliases', '{ x: a(n: 1) { leaf } y: a(n: 2) { leaf } }', 2, 2],
    ['a key selected twice merges into one root field', '{ leaf leaf a { leaf } a { b { leaf } } }', 2, 0],
    ['aliases count at any depth', '{ a { x: b(n: 1) { leaf } y: b(n: 2) { z: leaf } } }', 1, 3],
    ['root fragments are expanded', '{ ...Q leaf } fragment Q on Query { a { leaf } x: leaf }', 3, 1],
    ['inline fragments at the root too', '{ ... on Query { a { leaf } } leaf }', 2, 0],
    [
      'a fragment counts its aliases each time it is spread',
      '{ a { b { ...F } c: b { ...F } } } fragment F on A { x: leaf y: leaf }',
      1,
      1 + 2 * 2,
    ],
  ])('%s: %s → %d root fields, %d aliases', (_name, query, rootFields, aliases) => {
    expect(shapeOf(query)).toEqual({ rootFields, aliases });
  });

  it('counts 2^40 aliases from 40 fragments each spreading the previous one twice, without expanding them', () => {
    let query = '{ ...F40 } fragment F0 on Query { x: leaf }';
    for (let k = 1; k <= 40; k++) query += ` fragment F${k} on Query { ...F${k - 1} ...F${k - 1} }`;
    const started = performance.now();
    expect(shapeOf(query)).toEqual({ rootFields: 1, aliases: 2 ** 40 });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
