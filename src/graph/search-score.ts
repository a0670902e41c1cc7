import { compactSearchText } from './search-text';
import { HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN, markedRanges } from './snippet';

/**
 * The search score (issue 11.2): one 0–1 scale for entity and passage hits, computed here from the text itself.
 * Lucene only retrieves the candidates; its raw scores (two indexes, two scales, longer text scored lower) decide
 * nothing but ties.
 *
 * The query is cut into terms, compared without whitespace or case (NFKC): Chinese as bigrams (a one-character
 * run as itself), numbers and Latin words whole (75.62%, 17280, abc; a number never matches inside a longer
 * one), and a number with the Chinese character next to it (17280元) as one more term. A term weighs its length.
 *
 *   score = 0.30 × coverage   the weighted share of the query's terms found anywhere in the hit
 *         + 0.50 × proximity  the same share in its best unit: a sentence of a paragraph, a row of a table,
 *                             the title of a table, a name or alias of an entity
 *         + 0.15 × phrase     1 when the hit holds the whole query (whitespace ignored), else 0
 *         + 0.05 × brevity    passages: 1 / (1 + characters / 1000); entities: the share of the matched name
 *                             the query covers (1 for the exact name)
 *
 * A term counts once however often it occurs, so a long passage repeating one word of the query scores below a
 * short one matching more of it; a long table is not punished for its length beyond the 0.05 of brevity, since its
 * best row decides its proximity. An exact name scores 1; a passage with one unit holding the whole query 0.95 and up.
 */

export const WEIGHTS = { coverage: 0.3, proximity: 0.5, phrase: 0.15, brevity: 0.05 } as const;

export interface QueryTerms {
  /** Distinct terms, compact (see compactSearchText). */
  terms: string[];
  /** The whole query, compact. */
  phrase: string;
  /** Terms holding a digit, at least two characters long: passages are also retrieved by these (Lucene splits numbers). */
  numbers: string[];
}

const HAN = /\p{Script=Han}/u;
/** Characters of a number or a Latin word: letters, digits, the decimal point and per cent signs. */
const WORD = /[\p{L}\p{N}.%‰]/u;
const ALNUM = /[\p{L}\p{N}]/u;

export function queryTerms(text: string): QueryTerms {
  const terms = new Set<string>();
  const compact = compactSearchText(text);
  // A number and its unit stay one token across a space (17280 元).
  const joined = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(?<=[\p{N}%])\s+(?=\p{Script=Han})|(?<=\p{Script=Han})\s+(?=\p{N})/gu, '');
  for (const token of joined.split(/\s+/u)) {
    // Runs of Han characters and of word characters; anything else (punctuation) separates them.
    const runs: { han: boolean; text: string }[] = [];
    for (const ch of token) {
      const han = HAN.test(ch);
      if (!han && !WORD.test(ch)) {
        runs.push({ han: false, text: '' });
        continue;
      }
      const last = runs[runs.length - 1];
      if (last && last.han === han && last.text !== '') last.text += ch;
      else runs.push({ han, text: ch });
    }
    const real = runs.map((r) => ({ ...r, text: r.han ? r.text : r.text.replace(/^\.+|\.+$/g, '') }));
    real.forEach((run, i) => {
      if (run.text === '') return;
      if (!run.han) {
        terms.add(run.text);
        return;
      }
      const chars = [...run.text];
      if (chars.length === 1) terms.add(chars[0]!);
      for (let j = 0; j + 2 <= chars.length; j++) terms.add(chars[j]! + chars[j + 1]!);
      // A number and its unit: 17280元, 第3 …
      const before = real[i - 1];
      const after = real[i + 1];
      if (before && !before.han && before.text !== '') terms.add(before.text + chars[0]!);
      if (after && !after.han && after.text !== '') terms.add(chars[chars.length - 1]! + after.text);
    });
  }
  const list = [...terms];
  return { terms: list, phrase: compact, numbers: list.filter((t) => /\d/u.test(t) && [...t].length >= 2) };
}

/** Whether `term` occurs in `haystack` (both compact), a number or word never inside a longer one. */
export function containsTerm(haystack: string, term: string): boolean {
  const first = [...term][0]!;
  const last = [...term].pop()!;
  const checkBefore = ALNUM.test(first) && !HAN.test(first);
  const checkAfter = ALNUM.test(last) && !HAN.test(last);
  for (let at = haystack.indexOf(term); at !== -1; at = haystack.indexOf(term, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack.slice(at + term.length, at + term.length + 2);
    if (checkBefore && before !== undefined && /[\p{N}a-z]/u.test(before) && !HAN.test(before)) continue;
    if (checkAfter && after !== '' && (/^[\p{N}a-z]/u.test(after) || /^\.\d/u.test(after)) && !HAN.test(after[0]!))
      continue;
    return true;
  }
  return false;
}

/** The weighted share (0–1) of the query's terms found in a compact text. */
export function coverage(compact: string, query: QueryTerms): number {
  let total = 0;
  let found = 0;
  for (const term of query.terms) {
    const weight = [...term].length;
    total += weight;
    if (containsTerm(compact, term)) found += weight;
  }
  return total === 0 ? 0 : found / total;
}

/** A sentence, table row or title of a passage, with the document lines it spans. */
export interface TextUnit {
  text: string;
  startLine: number;
  endLine: number;
}

export interface ScoredUnit extends TextUnit {
  coverage: number;
}

export interface PassageScore {
  score: number;
  /** The units worth showing, in document order: the table's title first, then the best matching units. */
  snippet: ScoredUnit[];
  /** The best matching unit (the first in document order among equals); the title when nothing else matches. */
  best: ScoredUnit;
}

/** How many matching units a snippet shows at most (besides a table's title). */
export const MAX_SNIPPET_UNITS = 3;

const round = (x: number) => Math.round(x * 10000) / 10000;

/**
 * Scores a passage (a table with its title line, when it has one) and picks its snippet units: the units with the
 * highest coverage, ties in document order.
 */
export function scorePassage(units: readonly TextUnit[], title: TextUnit | null, query: QueryTerms): PassageScore {
  const all = title ? [title, ...units] : [...units];
  const compactAll = all.map((u) => compactSearchText(u.text));
  const whole = compactAll.join('');
  const scored: ScoredUnit[] = all.map((u, i) => ({ ...u, coverage: coverage(compactAll[i]!, query) }));
  const proximity = Math.max(0, ...scored.map((u) => u.coverage));
  const phrase = query.phrase !== '' && whole.includes(query.phrase) ? 1 : 0;
  const score =
    WEIGHTS.coverage * coverage(whole, query) +
    WEIGHTS.proximity * proximity +
    WEIGHTS.phrase * phrase +
    WEIGHTS.brevity * (1 / (1 + [...whole].length / 1000));
  // Units matching at least half as much as the best one, the best first.
  const ranked = scored
    .map((u, i) => ({ u, i }))
    .filter(({ u, i }) => u.coverage > 0 && !(title && i === 0))
    .sort((a, b) => b.u.coverage - a.u.coverage || a.i - b.i);
  const top = ranked[0]?.u.coverage ?? 0;
  const shown = ranked
    .filter(({ u }) => u.coverage >= top / 2)
    .slice(0, MAX_SNIPPET_UNITS)
    .sort((a, b) => a.i - b.i)
    .map(({ u }) => u);
  const snippet = title ? [scored[0]!, ...shown] : shown;
  const best = ranked[0]?.u ?? scored[0]!;
  return { score: round(score), snippet: snippet.length > 0 ? snippet : [best], best };
}

/** Scores an entity by its best field (name, English name or an alias); returns the score and that field. */
export function scoreEntity(fields: readonly string[], query: QueryTerms): { score: number; field: string } {
  let best = { score: 0, field: fields[0] ?? '' };
  for (const field of fields) {
    const compact = compactSearchText(field);
    if (compact === '') continue;
    const cov = coverage(compact, query);
    const phrase = query.phrase !== '' && compact.includes(query.phrase);
    const exactness = phrase ? [...query.phrase].length / [...compact].length : 0;
    const score =
      (WEIGHTS.coverage + WEIGHTS.proximity) * cov + WEIGHTS.phrase * (phrase ? 1 : 0) + WEIGHTS.brevity * exactness;
    if (score > best.score) best = { score: round(score), field };
  }
  return best;
}

/**
 * A passage's text cut into units with their document lines: table and TOC rows are its lines, a paragraph's
 * units are its sentences (ending in 。！？；), a heading is one unit. `source` is the document's text of the
 * passage (Passage.source; null to skip the lines) and `startLine` the line it starts on: the passage text is the source without
 * line breaks, wrap spaces and stray page numbers, so its characters are found in order in the source.
 */
export function passageUnits(kind: string, text: string, source: string | null, startLine: number): TextUnit[] {
  // Without the source, every unit is given the passage's first line (enough to score).
  const lineOf = source === null ? new Array<number>(text.length).fill(startLine) : alignLines(text, source, startLine);
  const pieces =
    kind === 'TABLE' || kind === 'TOC'
      ? text.split('\n')
      : kind === 'HEADING'
        ? [text]
        : (text.match(/[^。！？；!?;]*[。！？；!?;]+[”’」』）)]*|[^。！？；!?;]+$/gu) ?? [text]);
  const units: TextUnit[] = [];
  let at = 0;
  for (const piece of pieces) {
    const start = text.indexOf(piece, at);
    at = start + piece.length;
    const trimmed = piece.trim();
    if (trimmed === '') continue;
    const first = start + (piece.length - piece.trimStart().length);
    const last = first + trimmed.length - 1;
    units.push({ text: trimmed.replace(/\s+/g, ' '), startLine: lineOf[first]!, endLine: lineOf[last]! });
  }
  return units;
}

/** The document line of every character of `text`, found in order in `source` (whitespace skipped). */
export function alignLines(text: string, source: string, startLine: number): number[] {
  const lines = new Array<number>(text.length).fill(startLine);
  let line = startLine;
  let j = 0;
  let previous = startLine;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/u.test(ch)) {
      lines[i] = previous;
      continue;
    }
    let k = j;
    let lineAtK = line;
    while (k < source.length && source[k] !== ch) {
      if (source[k] === '\n') lineAtK++;
      k++;
    }
    if (k < source.length) {
      j = k + 1;
      line = lineAtK;
    }
    // Not found (should not happen): keep the line of the previous character.
    lines[i] = previous = k < source.length ? lineAtK : previous;
  }
  return lines;
}

/** Characters of a unit shown around its first match when the unit is longer than twice this. */
const UNIT_CONTEXT = 60;

/**
 * Offsets [start, end) in `text` of the query's terms (as scoring found them: a number never inside a longer
 * one), merged and sorted. One-character terms are marked only when the query is one character.
 */
export function termRanges(text: string, query: QueryTerms): [number, number][] {
  const haystack = text.toLowerCase();
  const marked = new Array<boolean>(text.length).fill(false);
  const single = [...query.phrase].length === 1;
  for (const term of query.terms) {
    if (!single && [...term].length === 1) continue;
    for (let at = haystack.indexOf(term); at !== -1; at = haystack.indexOf(term, at + 1)) {
      if (containsTerm(haystack.slice(Math.max(0, at - 1), at + term.length + 2), term)) {
        marked.fill(true, at, at + term.length);
      }
    }
  }
  return markedRanges(marked);
}

/** A unit's text with the query's terms in 【】, cut to a window around the first match when long. */
export function highlightUnit(text: string, query: QueryTerms): string {
  const ranges = termRanges(text, query);
  let from = 0;
  let to = text.length;
  if (text.length > 2 * UNIT_CONTEXT && ranges.length > 0) {
    from = Math.max(0, ranges[0]![0] - UNIT_CONTEXT / 2);
    to = Math.min(text.length, from + 2 * UNIT_CONTEXT);
  } else if (text.length > 2 * UNIT_CONTEXT) {
    to = 2 * UNIT_CONTEXT;
  }
  let out = from > 0 ? '…' : '';
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= from) continue;
    if (start >= to) break;
    const s = Math.max(start, from);
    out += text.slice(at, s) + HIGHLIGHT_OPEN + text.slice(s, Math.min(end, to)) + HIGHLIGHT_CLOSE;
    at = Math.min(end, to);
  }
  return out + text.slice(at, to) + (to < text.length ? '…' : '');
}
