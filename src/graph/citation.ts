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
}

/**
 * A reference a user can paste into a report:
 * `江门市民政局《江门市民政事业发展“十四五”规划（2021-2025年）》(2022), 第四章 › 一、…, lines 320–321`.
 * The year is the document's year, else its period; parts the graph does not know are left out.
 */
export function formatCitation(parts: CitationParts, lines: LineRange): string {
  const when =
    parts.year !== null
      ? `(${parts.year})`
      : parts.periodFrom !== null && parts.periodTo !== null
        ? `(${parts.periodFrom}–${parts.periodTo})`
        : '';
  const head = `${parts.issuer ?? ''}《${parts.title}》${when}`;
  const where = lines.start === lines.end ? `line ${lines.start}` : `lines ${lines.start}–${lines.end}`;
  return [head, parts.sectionPath.length > 0 ? parts.sectionPath.join(' › ') : null, where]
    .filter((part): part is string => part !== null)
    .join(', ');
}
