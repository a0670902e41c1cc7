import type { Passage, TextSpan } from '../model/facts';

/**
 * Finds seed quotes in a document, ignoring all whitespace on both sides: PDF extraction breaks lines
 * mid-sentence and puts spaces around numbers, so a curator's quote and the file rarely agree on whitespace,
 * while every other character (punctuation included) must match exactly (seeds/README.md, "Evidence").
 */
export class QuoteLocator {
  private readonly stripped: StrippedText;
  /** Offset of the first character of each line, for offset → line. */
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    this.stripped = stripWhitespace(text);
    this.lineStarts = lineStartsOf(text);
  }

  /** Every occurrence of `quote`, in text order (overlapping ones included). Empty for a blank quote. */
  locate(quote: string): TextSpan[] {
    const needle = stripWhitespace(quote).text;
    if (needle.length === 0) return [];
    const spans: TextSpan[] = [];
    const { text, offsets } = this.stripped;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      const startOffset = offsets[at]!;
      const endOffset = offsets[at + needle.length - 1]! + 1;
      spans.push(this.span(startOffset, endOffset));
    }
    return spans;
  }

  /** The 1-based lines of an offset range (end exclusive). */
  span(startOffset: number, endOffset: number): TextSpan {
    return {
      startOffset,
      endOffset,
      startLine: this.lineOf(startOffset),
      endLine: this.lineOf(Math.max(startOffset, endOffset - 1)),
    };
  }

  /** 1-based line of the character at `offset`. */
  lineOf(offset: number): number {
    return upperBound(this.lineStarts, offset);
  }
}

/** Convenience for one-off lookups; build a QuoteLocator to look up many quotes in one text. */
export function locateQuote(text: string, quote: string): TextSpan[] {
  return new QuoteLocator(text).locate(quote);
}

/**
 * The passage containing `offset`, or undefined when the offset falls between passages (on whitespace).
 * `passages` must belong to one document and be in document order, as splitIntoPassages returns them.
 */
export function passageAt(passages: readonly Passage[], offset: number): Passage | undefined {
  let lo = 0;
  let hi = passages.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = passages[mid]!;
    if (offset < p.startOffset) hi = mid - 1;
    else if (offset >= p.endOffset) lo = mid + 1;
    else return p;
  }
  return undefined;
}

/** A text with its whitespace removed, and for each remaining character its offset in the original. */
export interface StrippedText {
  text: string;
  offsets: Int32Array;
}

/** Strips whitespace (anything `\s` matches, so also U+3000 and NBSP) from `text.slice(from, to)`. */
export function stripWhitespace(text: string, from = 0, to = text.length): StrippedText {
  const offsets = new Int32Array(to - from);
  const parts: string[] = [];
  let n = 0;
  let runStart = -1;
  for (let i = from; i < to; i++) {
    if (isWhitespace(text.charCodeAt(i))) {
      if (runStart !== -1) {
        parts.push(text.slice(runStart, i));
        runStart = -1;
      }
    } else {
      if (runStart === -1) runStart = i;
      offsets[n++] = i;
    }
  }
  if (runStart !== -1) parts.push(text.slice(runStart, to));
  return { text: parts.join(''), offsets: offsets.subarray(0, n) };
}

/** The same set as the regex `\s`, tested by code unit so the hot loop allocates nothing. */
export function isWhitespace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Number of elements ≤ value in a sorted array: the 1-based line for line starts. */
function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
