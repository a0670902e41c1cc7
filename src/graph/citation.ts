import type { LineRange } from './records';

/** What a citation needs besides the evidence itself: its document, the document's issuer and the passage's section path. */
export interface CitationParts {
  /** Name of the issuing institution, when known. */
  issuer: string | null;
  title: string;
  year: number | null;
  periodFrom: number | null;
  periodTo: number | null;
  sectionPath: string[];
  /** Document fields the source does not print (title, issuer, year…): cited in [brackets], as supplied. */
  inferred?: string[];
}

/**
 * A reference a user can paste into a report:
 * `江门市民政局《江门市民政事业发展“十四五”规划（2021-2025年）》(2022), 第四章 › 一、…, lines 320–321`.
 * The year is the document's year, else its period; parts the graph does not know are left out. Parts the
 * document does not print but the curators inferred are put in square brackets, as bibliographies mark supplied
 * details, so a reader never takes them for the source's own words. Neighbouring inferred parts share one pair of
 * brackets, so a document that prints none of them reads
 * `[江门市民政局《江门市民政局2022年工作总结（节选）》(2022)], 1.“大救助”体系建设取得新成效。, line 13`
 * rather than a bracket per part.
 */
export function formatCitation(parts: CitationParts, lines: LineRange): string {
  const inferred = new Set(parts.inferred ?? []);
  const head: { text: string; inferred: boolean }[] = [];
  if (parts.issuer !== null) head.push({ text: parts.issuer, inferred: inferred.has('issuer') });
  head.push({ text: `《${parts.title}》`, inferred: inferred.has('title') });
  if (parts.year !== null) {
    head.push({ text: `(${parts.year})`, inferred: inferred.has('year') });
  } else if (parts.periodFrom !== null && parts.periodTo !== null) {
    head.push({ text: `(${parts.periodFrom}–${parts.periodTo})`, inferred: inferred.has('period') });
  }
  const where = lines.start === lines.end ? `line ${lines.start}` : `lines ${lines.start}–${lines.end}`;
  return [bracketRuns(head), parts.sectionPath.length > 0 ? parts.sectionPath.join(' › ') : null, where]
    .filter((part): part is string => part !== null)
    .join(', ');
}

/** Joins the parts, wrapping each run of consecutive inferred parts in one pair of brackets. */
function bracketRuns(parts: { text: string; inferred: boolean }[]): string {
  let out = '';
  parts.forEach((part, i) => {
    const opens = part.inferred && !parts[i - 1]?.inferred;
    const closes = part.inferred && !parts[i + 1]?.inferred;
    out += `${opens ? '[' : ''}${part.text}${closes ? ']' : ''}`;
  });
  return out;
}
