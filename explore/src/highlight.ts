/**
 * Where a quote sits in its passage's text. Evidence offsets count in the document file, whose PDF line breaks
 * the passage text has rejoined, and the ingest verifies quotes whitespace-insensitively: so the quote is looked
 * up in the passage text, exactly first, else ignoring whitespace, taking the occurrence nearest the offset hint.
 */
export interface Span {
  start: number;
  end: number;
  exact: boolean;
}

export function locateQuote(text: string, quote: string, hint: number): Span | null {
  let best: Span | null = null;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (!best || Math.abs(at - hint) < Math.abs(best.start - hint))
      best = { start: at, end: at + quote.length, exact: true };
  }
  if (best) return best;
  const chars = [...quote.replace(/\s+/g, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (chars.length === 0) return null;
  const pattern = new RegExp(chars.join('\\s*'), 'g');
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (!best || Math.abs(start - hint) < Math.abs(best.start - hint)) {
      best = { start, end: start + match[0].length, exact: false };
    }
  }
  return best;
}
