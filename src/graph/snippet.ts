/**
 * Highlights where a search text occurs in a hit's text: matched characters are wrapped in 【】 and a long
 * text is cut to a window around the first match. The full-text index matches Chinese by character bigrams,
 * so when the whole search text does not occur, every bigram of it that does is highlighted.
 */

export const HIGHLIGHT_OPEN = '【';
export const HIGHLIGHT_CLOSE = '】';

/** Characters kept on each side of the first match when the text is cut. */
const CONTEXT = 30;

/** Offsets [start, end) of `text` matched by `query` (case-insensitive), merged and sorted. */
export function matchRanges(text: string, query: string): [number, number][] {
  const haystack = text.toLowerCase();
  const marked = new Array<boolean>(text.length).fill(false);
  const mark = (needle: string) => {
    if (needle === '') return false;
    let found = false;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
      marked.fill(true, at, at + needle.length);
      found = true;
    }
    return found;
  };
  for (const token of query.toLowerCase().split(/\s+/).filter(Boolean)) {
    if (mark(token) || token.length < 2) continue;
    for (let i = 0; i + 2 <= token.length; i++) mark(token.slice(i, i + 2));
  }
  return markedRanges(marked);
}

/** The runs of marked characters, as [start, end) ranges in order. */
export function markedRanges(marked: readonly boolean[]): [number, number][] {
  const ranges: [number, number][] = [];
  marked.forEach((on, i) => {
    if (!on) return;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === i) last[1] = i + 1;
    else ranges.push([i, i + 1]);
  });
  return ranges;
}

/** The text (or a window of it around the first match) with every match wrapped in 【】; null when nothing matches. */
export function highlight(text: string, query: string): string | null {
  const ranges = matchRanges(text, query);
  if (ranges.length === 0) return null;
  const from = Math.max(0, ranges[0]![0] - CONTEXT);
  const to = Math.min(text.length, Math.max(ranges[0]![1] + CONTEXT, from + 2 * CONTEXT));
  let out = from > 0 ? '…' : '';
  let at = from;
  for (const [start, end] of ranges) {
    if (start >= to) break;
    out += text.slice(at, start) + HIGHLIGHT_OPEN + text.slice(start, Math.min(end, to)) + HIGHLIGHT_CLOSE;
    at = Math.min(end, to);
  }
  out += text.slice(at, to) + (to < text.length ? '…' : '');
  return out;
}

/** Escapes Lucene query syntax so the user's text is searched for as text, never parsed as operators. */
export function escapeLucene(text: string): string {
  return text
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (c) => `\\${c}`)
    .replace(/\b(AND|OR|NOT)\b/g, (word) => word.toLowerCase());
}
