import type { AreaLevel, Passage, Relation } from '../model/facts';

export interface RelationQuoteInput {
  /** The relations curators wrote (derived ones reuse their entity's evidence and are not checked here). */
  relations: readonly Relation[];
  /** Name and aliases by id. */
  names: ReadonlyMap<string, readonly string[]>;
  passages: ReadonlyMap<string, Passage>;
  areaOfDocument: ReadonlyMap<string, string | null>;
  levels: ReadonlyMap<string, AreaLevel | null>;
  texts: ReadonlyMap<string, string>;
}

const squash = (text: string): string => text.replace(/\s+/g, '');

export interface QuoteProblem {
  file: string;
  line: number;
  message: string;
}

/**
 * How a document names its own area without its name: 全市 in a city's document is that city.
 * Single characters (市, 县) are left out: they occur inside too many other words.
 */
const RELATIVE_AREA_NAMES: Partial<Record<AreaLevel, readonly string[]>> = {
  CITY: ['全市', '我市', '本市', '市级', '市区', '市直'],
  COUNTY: ['全县', '我县', '本县', '县级', '县城'],
  COUNTY_CITY: ['全市', '我市', '本市'],
  DISTRICT: ['全区', '我区', '本区'],
};

/**
 * A statement proves a relation only if its quote names both ends: a name or an alias of each (an area also by
 * the relative names its own documents use, 全市, 我县), or a heading of the section the quote sits in (a list
 * under 一、构建精准化的“大救助”体系 is in 大救助). Where the source cannot do that, the curator says why with
 * `implicit:` (TABLE_ROW, LIST_UNDER_HEADING, CONTEXT). And a quote must not cut a word: it may not end inside
 * a known name (…专项社会 of 专项社会救助) or a number, nor start inside one.
 */
export function checkRelationQuotes(input: RelationQuoteInput): QuoteProblem[] {
  const problems: QuoteProblem[] = [];
  const allNames = [...new Set([...input.names.values()].flat().map(squash))].filter((n) => n.length >= 2);
  const seen = new Set<string>();
  for (const relation of input.relations) {
    for (const s of relation.statements) {
      if (s.impliedBy) continue;
      const where = `${s.source.file}:${s.source.line}`;
      const quote = squash(s.quote);
      if (!seen.has(`${where}\u0000${s.quote}`)) {
        seen.add(`${where}\u0000${s.quote}`);
        const cut = cutWord(input.texts.get(s.documentId) ?? '', s.startOffset, s.endOffset, allNames);
        if (cut) problems.push({ ...s.source, message: `quote ${cut}: "${s.quote}"` });
      }
      if (s.implicit) continue;
      const headings = squash((input.passages.get(s.passageId)?.sectionPath ?? []).join('|'));
      const named = (id: string): boolean => {
        const names = (input.names.get(id) ?? []).map(squash).filter((n) => n.length > 0);
        if (names.some((n) => quote.includes(n) || headings.includes(n))) return true;
        if (input.areaOfDocument.get(s.documentId) !== id) return false;
        const relative = RELATIVE_AREA_NAMES[input.levels.get(id) ?? 'VILLAGE'] ?? [];
        return relative.some((n) => quote.includes(n));
      };
      const missing = [relation.from, relation.to].filter((id) => !named(id));
      if (missing.length > 0) {
        const which = missing
          .map((id) => `${id} (${(input.names.get(id) ?? []).slice(0, 3).join(', ')})`)
          .join(' and ');
        problems.push({
          ...s.source,
          message:
            `relation ${relation.key}: the quote does not name ${which}: quote a clause that names both ends, ` +
            `add the spelling as an alias, or say why with implicit: TABLE_ROW | LIST_UNDER_HEADING | CONTEXT: "${s.quote}"`,
        });
      }
    }
  }
  return problems;
}

/** "ends inside 专项社会救助" or "starts inside a number", or null when both edges are word boundaries. */
function cutWord(original: string, startOffset: number, endOffset: number, names: readonly string[]): string | null {
  const before = squash(original.slice(Math.max(0, startOffset - 40), startOffset));
  const inside = squash(original.slice(startOffset, endOffset));
  const after = squash(original.slice(endOffset, endOffset + 40));
  const text = before + inside + after;
  const start = before.length;
  const end = start + inside.length;
  if (inside.length === 0) return null;
  if (end < text.length && /[0-9]/.test(text[end]!) && /[0-9]/.test(text[end - 1]!)) return 'ends inside a number';
  if (start > 0 && /[0-9]/.test(text[start]!) && /[0-9.]/.test(text[start - 1]!)) return 'starts inside a number';
  for (const name of names) {
    for (const [edge, label] of [
      [end, 'ends'],
      [start, 'starts'],
    ] as const) {
      if (edge === 0 || edge >= text.length) continue;
      const from = Math.max(0, edge - name.length + 1);
      const at = text.slice(from, edge + name.length - 1).indexOf(name);
      if (at < 0) continue;
      const nameStart = from + at;
      // The name crosses the edge, part inside the quote and part outside, and lies within the quote's side.
      const crosses = nameStart < edge && nameStart + name.length > edge;
      const fromInside = label === 'ends' ? nameStart >= start : nameStart + name.length <= end;
      if (crosses && fromInside) return `${label} inside ${name}`;
    }
  }
  return null;
}
