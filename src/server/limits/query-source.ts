import { Lexer, Source, TokenKind } from 'graphql';

/**
 * The size of a query document before it is parsed: UTF-8 bytes, then lexical tokens (comments are not tokens).
 * Parsing, validation and every later check are linear in these, so bounding them bounds all the work done on a
 * request before the limits that need a parsed document can speak.
 */
export function sourceBytes(source: string): number {
  return Buffer.byteLength(source, 'utf8');
}

/** Tokens of the document, up to `maxTokens + 1`; a syntax error ends the count (parsing will report it). */
export function sourceTokens(source: string, maxTokens: number): number {
  const lexer = new Lexer(new Source(source));
  let tokens = 0;
  try {
    while (tokens <= maxTokens && lexer.advance().kind !== TokenKind.EOF) tokens += 1;
  } catch {
    // A lexical error: the parser reports it as GRAPHQL_PARSE_FAILED with its location.
  }
  return tokens;
}
