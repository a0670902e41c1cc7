import { AppError, BadUserInputError } from '../errors';
import { escapeLucene } from './snippet';

/**
 * What a client's search text becomes before it reaches Lucene (issue 12.4): normalised, bounded and escaped.
 *
 * - Normalised: NFKC folds full-width forms (１７２８０元 → 17280元, ＡＢＣ → ABC), control and format characters
 *   become spaces, runs of whitespace one space, and the ends are trimmed; what is searched is what the index holds.
 * - Bounded: the cjk analyzer turns about every character into a clause (a bigram), and Lucene refuses a query of
 *   1,024 clauses (TooManyClauses, a Neo4j error) after Neo4j has already spent time on it; 900 KB of text kept
 *   Neo4j busy for 20 s. Text longer than MAX_SEARCH_LENGTH characters is refused here, before any statement runs.
 * - Escaped: Lucene's operators are searched as text, never parsed (src/graph/snippet.ts).
 */

export interface SearchQuery {
  /** The normalised text, for snippets. */
  text: string;
  /** The Lucene query for db.index.fulltext.queryNodes. */
  lucene: string;
}

/** Characters that never belong in a search: control (C0, C1, DEL) and format characters (zero-width …). */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

export function normaliseSearchText(raw: string): string {
  return raw.normalize('NFKC').replace(INVISIBLE, ' ').replace(/\s+/gu, ' ').trim();
}

/** Normalises, checks and escapes a search text; BAD_USER_INPUT naming `text` (and the limit) otherwise. */
export function searchQuery(raw: string, maxLength: number): SearchQuery {
  // Counting the raw text first bounds the work of normalising a text that cannot pass anyway (whitespace
  // collapses, so a text may shrink, but never below a tenth of its length in any real query).
  if (raw.length > maxLength * 10) throw tooLong(raw.length, maxLength);
  const text = normaliseSearchText(raw);
  if (text === '') throw new BadUserInputError('text', 'must not be empty');
  const length = [...text].length;
  if (length > maxLength) throw tooLong(length, maxLength);
  // The cjk analyzer indexes Chinese as bigrams, which a one-character query never equals: search it as a
  // prefix of the bigrams instead (老 finds 老年, 老人).
  const lucene = /^\p{Script=Han}$/u.test(text) ? `${text}*` : escapeLucene(text);
  return { text, lucene };
}

function tooLong(length: number, max: number): AppError {
  return new AppError(
    'BAD_USER_INPUT',
    `text: at most ${max} characters (MAX_SEARCH_LENGTH), got ${length}; search for a shorter phrase`,
    { argument: 'text', limit: 'MAX_SEARCH_LENGTH', max, value: length },
  );
}

/**
 * A text as search compares it: NFKC, lower case, without any whitespace, so that "17280元", "17280 元" and
 * "172\n80元" are the same text. Stored on passages at ingest (Passage.searchText).
 */
export function compactSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}
