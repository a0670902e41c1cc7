import { createHash } from 'crypto';
import type { Citation, Passage, Policy } from '../model/facts';
import { stripWhitespace } from './quote-locator';

/** Longer "titles" come from a stray 《 and would swallow the text after it. */
const MAX_TITLE_LENGTH = 100;

/**
 * Every 《…》 title cited in the passages, with its offsets (brackets included) in the original document text.
 * Titles are read with all whitespace removed, so a title broken by a PDF line break comes out whole; a 〈…〉
 * inside stays part of the title, and a 《…》 nested inside another yields only the outer title.
 *
 * A title that is the title or an alias of a curated policy gets that policy's id; any other gets
 * `Policy:` + the first 12 hex digits of the SHA-1 of the title, stable across runs and documents.
 *
 * `texts` maps document id → the document's original text (passage.text is tidied, offsets are not into it).
 */
export function extractCitations(
  passages: readonly Passage[],
  texts: ReadonlyMap<string, string>,
  curated: readonly Policy[] = [],
): Citation[] {
  const idOf = policyIdResolver(curated);
  const citations: Citation[] = [];
  for (const passage of passages) {
    const text = texts.get(passage.documentId);
    if (text === undefined)
      throw new Error(`extractCitations: no text for ${passage.documentId} (passage ${passage.id})`);
    const stripped = stripWhitespace(text, passage.startOffset, passage.endOffset);
    const s = stripped.text;
    for (let open = s.indexOf('《'); open !== -1;) {
      const close = matchingClose(s, open);
      const title = close === -1 ? '' : s.slice(open + 1, close);
      if (close === -1 || title === '' || title.length > MAX_TITLE_LENGTH) {
        open = s.indexOf('《', open + 1);
        continue;
      }
      citations.push({
        passageId: passage.id,
        documentId: passage.documentId,
        title,
        policyId: idOf(title),
        startOffset: stripped.offsets[open]!,
        endOffset: stripped.offsets[close]! + 1,
      });
      open = s.indexOf('《', close + 1);
    }
  }
  return citations;
}

/** The policies known only from citations (one per id, first title seen), for the FactSet's Policy list. */
export function citedPolicies(citations: readonly Citation[], curated: readonly Policy[] = []): Policy[] {
  const known = new Set(curated.map((p) => p.id));
  const found = new Map<string, Policy>();
  for (const c of citations) {
    if (known.has(c.policyId) || found.has(c.policyId)) continue;
    found.set(c.policyId, {
      type: 'Policy',
      id: c.policyId,
      name: c.title,
      title: c.title,
      nameEn: null,
      aliases: [],
      evidence: [],
      flags: [],
      source: null,
      issuer: null,
      number: null,
      parsedNumber: null,
      year: null,
      curated: false,
    });
  }
  return [...found.values()];
}

/** `Policy:` + 12 hex digits of SHA-1 over the whitespace-free title. */
export function autoPolicyId(title: string): string {
  return `Policy:${createHash('sha1').update(normaliseTitle(title)).digest('hex').slice(0, 12)}`;
}

function policyIdResolver(curated: readonly Policy[]): (title: string) => string {
  const byTitle = new Map<string, string>();
  for (const p of curated) for (const t of [p.title, ...p.aliases]) byTitle.set(normaliseTitle(t), p.id);
  return (title) => byTitle.get(normaliseTitle(title)) ?? autoPolicyId(title);
}

function normaliseTitle(title: string): string {
  return stripWhitespace(title).text.replace(/^《/, '').replace(/》$/, '');
}

/** Index of the 》 closing the 《 at `open`, counting nested 《》; -1 when the passage ends first. */
function matchingClose(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '《') depth++;
    else if (c === '》' && --depth === 0) return i;
  }
  return -1;
}
