import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { findBadPageSize } from './page-size';

const check = (query: string, variables: Record<string, unknown> = {}, max = 100) => {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return findBadPageSize(document, operation, variables, max)?.message;
};

describe('findBadPageSize', () => {
  it.each([
    ['{ a(first: 100) { b(first: 0) { c } } }', {}, undefined],
    ['{ a(first: 101) { b } }', {}, 'first: must be at most 100, got 101'],
    ['{ a { b(first: -1) { c } } }', {}, 'first: must not be negative, got -1'],
    ['query ($n: Int) { a(first: $n) { b } }', { n: 250 }, 'first: must be at most 100, got 250'],
    ['query ($n: Int = 250) { a(first: $n) { b } }', {}, 'first: must be at most 100, got 250'],
    ['query ($n: Int = 250) { a(first: $n) { b } }', { n: 5 }, undefined],
    // Not an integer: left to GraphQL's own checks (also HTTP 400).
    ['query ($n: Int) { a(first: $n) { b } }', { n: 'x' }, undefined],
    [
      'query { ...F } fragment F on Query { a { ... on A { b(first: 1000) { c } } } }',
      {},
      'first: must be at most 100, got 1000',
    ],
  ])('%s with %j: %j', (query, variables, expected) => {
    expect(check(query, variables)).toBe(expected);
  });

  it('walks each fragment once, so a fragment bomb costs what its text costs', () => {
    // F0 spreads F1 twice, … F39: 2^40 expansions if spreads were expanded.
    const fragments = Array.from({ length: 40 }, (_, i) =>
      i === 39
        ? `fragment F39 on Q { a(first: 5) { b } }`
        : `fragment F${i} on Q { x: a { ...F${i + 1} } y: a { ...F${i + 1} } }`,
    );
    const started = Date.now();
    expect(check(`query { ...F0 } ${fragments.join(' ')}`)).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(500);
  });
});
