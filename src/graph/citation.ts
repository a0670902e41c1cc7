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
 * document does not print but the curators inferred are put in square brackets, as bibliographies mark a
 * supplied title, so a reader never takes them for the source's own words:
 * `[江门市民政局][江门市民政局2022年工作总结（节选）]([2022]), 1.“大救助”体系建设取得新成效。, line 13`.
 */
export function formatCitation(parts: CitationParts, lines: LineRange): string {
  const inferred = new Set(parts.inferred ?? []);
  const supplied = (field: string, text: string) => (inferred.has(field) ? `[${text}]` : text);
  const when =
    parts.year !== null
      ? `(${supplied('year', String(parts.year))})`
      : parts.periodFrom !== null && parts.periodTo !== null
        ? `(${supplied('period', `${parts.periodFrom}–${parts.periodTo}`)})`
        : '';
  const issuer = parts.issuer === null ? '' : supplied('issuer', parts.issuer);
  const title = inferred.has('title') ? `[${parts.title}]` : `《${parts.title}》`;
  const head = `${issuer}${title}${when}`;
  const where = lines.start === lines.end ? `line ${lines.start}` : `lines ${lines.start}–${lines.end}`;
  return [head, parts.sectionPath.length > 0 ? parts.sectionPath.join(' › ') : null, where]
    .filter((part): part is string => part !== null)
    .join(', ');
}
