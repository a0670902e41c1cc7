import { getIntrospectionQuery } from 'graphql';
import { sourceBytes, sourceTokens } from './query-source';

describe('sourceBytes and sourceTokens', () => {
  it('counts UTF-8 bytes, not characters', () => {
    expect(sourceBytes('{ a }')).toBe(5);
    // 25 ASCII characters, and three bytes for each of 江门市.
    expect(sourceBytes('{ area(name: "江门市") { id } }')).toBe(25 + 3 * 3);
  });

  it.each([
    ['{ a }', 3],
    ['{ a(first: 10) { b c } }', 12],
    ['# comments are not tokens\n{ a }', 3],
    ['query Q($n: Int = 4) { a }', 13],
  ])('%j has %d tokens', (source, tokens) => {
    expect(sourceTokens(source, 1000)).toBe(tokens);
  });

  it('stops counting one past the limit', () => {
    expect(sourceTokens('{ a b c d e f g h i j }', 4)).toBe(5);
  });

  it('leaves a lexical error to the parser, counting what came before it', () => {
    expect(sourceTokens('{ a " }', 1000)).toBe(2);
  });

  it("fits GraphiQL's introspection query within the default MAX_QUERY_TOKENS", () => {
    expect(sourceTokens(getIntrospectionQuery({ descriptions: true }), 2000)).toBeLessThan(2000);
  });
});
