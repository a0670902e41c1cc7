import { isMap, isScalar, isSeq, type Node } from 'yaml';
import {
  COMPARATORS,
  EVIDENCE_STATUSES,
  INDICATOR_ATTRIBUTES,
  OBSERVATION_KINDS,
  OBSERVATION_SCOPES,
  type Comparator,
  type Evidence,
  type Flag,
  type Indicator,
  type Observation,
  type ObservationKind,
  type ObservationScope,
} from '../model/facts';
import type { Fields, RawEvidence } from './seed-fields';

/** What a table reader borrows from the validator: field readers, observation reader, quote verification. */
export interface TableContext {
  fields(node: Node, where: string): Fields | undefined;
  readObservation(node: Node, where: string): Observation | undefined;
  verify(raw: RawEvidence[]): Evidence[];
  defaultDocument: string | null;
}

interface Column {
  label: string;
  year: number | null;
  kind: ObservationKind | null;
  scope: ObservationScope | null;
  /** A 完成情况 column: its cell is the `completion` of the row's ACTUAL observation, not a value. */
  completion: boolean;
}

/** A cell as read: what the ingest makes of the printed text, or what the curator wrote where it cannot. */
export interface ParsedCell {
  text: string | null;
  value: number | null;
  comparator: Comparator | null;
  flags: Flag[];
}

const NOTHING_PRINTED = new Set(['', '—', '——', '-', '－', '/', '／', '…', '无']);

/**
 * Reads a printed table cell: `≥85` → comparator ≥ and 85; `928（715）` → 928, flagged AMBIGUOUS with the
 * bracketed alternative kept; `—`, `/` or nothing → null with UNKNOWN_VALUE. Returns null when the text holds
 * no number it can read (the curator then writes the cell as a mapping).
 */
export function parseCell(printed: string | number | null): ParsedCell | null {
  if (printed === null) return unknown(null, 'the source prints no value in this cell');
  const text = String(printed).trim();
  if (NOTHING_PRINTED.has(text))
    return unknown(text, `the source prints ${text === '' ? 'nothing' : `“${text}”`} in this cell`);
  const match = /^(≥|≤|>|<|=|＞|＜)?\s*([-+]?\d+(?:\.\d+)?)/.exec(text);
  if (!match) return null;
  const comparator = normaliseComparator(match[1]);
  const value = Number(match[2]);
  const rest = text.slice(match[0].length).trim();
  const flags: Flag[] = [];
  const bracket = /^[（(]([^）)]*)[）)]/.exec(rest);
  if (bracket)
    flags.push({
      code: 'AMBIGUOUS',
      note: `printed with a bracketed alternative “${bracket[0]}”: value is the number before it`,
    });
  return { text, value, comparator, flags };
}

function unknown(text: string | null, note: string): ParsedCell {
  return { text, value: null, comparator: null, flags: [{ code: 'UNKNOWN_VALUE', note }] };
}

function normaliseComparator(raw: string | undefined): Comparator | null {
  if (raw === undefined) return null;
  const c = raw === '＞' ? '>' : raw === '＜' ? '<' : raw;
  return (COMPARATORS as readonly string[]).includes(c) ? (c as Comparator) : null;
}

/**
 * A `tables:` entry (seeds/FORMAT.md): a title, an area, the value columns and one row per indicator with its
 * cells as printed. Each row becomes an Indicator with its table reference; each cell an Observation whose
 * statement is the row's quote, with the column's label as note.
 */
export function readTable(f: Fields, where: string, context: TableContext): Indicator[] {
  const name = f.string('name', { required: true }) ?? '';
  const area = f.ref('area', ['AdministrativeArea']);
  const document = f.ref('document', ['Document']) ?? context.defaultDocument;
  const columns: Column[] = [];
  f.list('columns', (item, w) => {
    const c = context.fields(item, `${where} ${w}`);
    if (!c) return;
    const completion = c.has('completion') ? c.boolean('completion') : false;
    columns.push({
      label: c.string('label', { required: true, coerceNumber: true }) ?? '',
      year: completion ? null : c.int('year', true),
      kind: completion ? null : c.enumOf('kind', OBSERVATION_KINDS, true),
      scope: c.enumOf('scope', OBSERVATION_SCOPES, false),
      completion,
    });
    c.done();
  });
  const indicators: Indicator[] = [];
  f.list('rows', (item, w) => {
    const r = context.fields(item, `${where} ${w}`);
    if (!r) return;
    const indicator = readRow(r, { name, area, document, columns }, context, `${where} ${w}`);
    r.done();
    if (indicator) indicators.push(indicator);
  });
  f.done();
  return indicators;
}

function readRow(
  r: Fields,
  table: { name: string; area: string | null; document: string | null; columns: Column[] },
  context: TableContext,
  where: string,
): Indicator | null {
  const id = r.id('id', 'Indicator', true);
  const quote = r.string('quote', { required: true, coerceNumber: true });
  const rowQuote = (status: RawEvidence['status'], year: number | null, note: string | null): RawEvidence => ({
    quote: quote ?? '',
    document: table.document,
    status,
    year,
    note,
    implicit: 'TABLE_ROW',
    flags: [],
    states: [],
    source: r.source(),
  });
  const extra = r.evidence({ required: false, statusRequired: false, defaultDocument: table.document });
  // The row's own statement: that the table prints this measure (status and year only where the curator gives them).
  const own = rowQuote(r.enumOf('status', EVIDENCE_STATUSES, false), r.int('year'), r.string('note'));
  const evidence = context.verify(quote === null ? extra : [own, ...extra]);
  const cells = readCells(r, table.columns.length);
  const observations: Observation[] = [];
  let actual: Observation | null = null;
  // A 完成情况 cell qualifies the row's ACTUAL value: it becomes that observation's completion, and its note.
  const completionAt = table.columns.findIndex((c) => c.completion);
  const completionCell = completionAt < 0 ? undefined : cells[completionAt];
  const completion = completionCell?.text?.trim() || null;
  const completionNote = completion === null ? '' : `; ${table.columns[completionAt]!.label} ${completion}`;
  table.columns.forEach((column, i) => {
    const cell = cells[i];
    if (cell === undefined || column.completion) return;
    const kind = column.kind ?? 'ACTUAL';
    const status = kind === 'TARGET' ? 'PLANNED' : 'ACHIEVED';
    const note = `column “${column.label}”${kind === 'ACTUAL' && actual === null ? completionNote : ''}`;
    let parsed: ParsedCell | null;
    let statements: Evidence[];
    if (cell.kind === 'printed') {
      parsed = cell.parsed;
      if (!parsed) {
        r.error(
          'cells',
          `${where}: cell ${i + 1} (“${cell.text}”, column “${column.label}”) holds no number the ingest can read: write it as { text, value, comparator, flags }`,
        );
        return;
      }
      statements = quote === null ? [] : context.verify([rowQuote(status, column.year, note)]);
    } else {
      parsed = { text: cell.text, value: cell.value, comparator: cell.comparator, flags: cell.flags };
      statements = context.verify(
        cell.quote
          ? [{ ...rowQuote(status, column.year, cell.note ?? note), quote: cell.quote }]
          : quote === null
            ? []
            : [rowQuote(status, column.year, cell.note ?? note)],
      );
    }
    const observation: Observation = {
      year: column.year ?? 0,
      kind,
      scope: column.scope,
      value: parsed.value,
      comparator: parsed.comparator,
      text: parsed.text,
      completion: null,
      evidence: statements,
      flags: parsed.flags,
      source: r.source(),
    };
    if (kind === 'ACTUAL' && actual === null) actual = observation;
    observations.push(observation);
  });
  if (completion !== null && actual !== null) (actual as Observation).completion = completion;
  if (completion !== null && actual === null)
    r.error('cells', `${where}: a ${table.columns[completionAt]!.label} cell but no ACTUAL column for it to qualify`);
  r.list('observations', (item, w) => {
    const o = context.readObservation(item, `${where} ${id ?? ''} ${w}`);
    if (o) observations.push(o);
  });
  if (id === null) return null;
  return {
    type: 'Indicator',
    id,
    name: r.string('name', { required: true }) ?? '',
    nameEn: r.string('nameEn'),
    aliases: r.strings('aliases'),
    flags: r.flags(),
    source: r.source(),
    evidence,
    unit: r.string('unit', { coerceNumber: true }),
    category: r.string('category'),
    attribute: r.enumOf('attribute', INDICATOR_ATTRIBUTES, false),
    table: {
      name: table.name,
      row: r.string('row', { coerceNumber: true }),
      subRow: r.string('subRow', { coerceNumber: true }),
    },
    area: r.ref('area', ['AdministrativeArea']) ?? table.area,
    measures: r.refs('measures', ['Programme', 'Theme']),
    concept: r.ref('concept', ['IndicatorConcept']),
    observations,
  };
}

type Cell =
  | { kind: 'printed'; text: string | null; parsed: ParsedCell | null }
  | {
      kind: 'written';
      text: string | null;
      value: number | null;
      comparator: Comparator | null;
      quote: string | null;
      note: string | null;
      flags: Flag[];
    };

function readCells(r: Fields, expected: number): Cell[] {
  const cells: Cell[] = [];
  const node = r.node('cells');
  if (node === undefined) return cells;
  if (!isSeq(node)) {
    r.error('cells', '`cells` must be a list, one entry per column');
    return cells;
  }
  if (node.items.length !== expected)
    r.error('cells', `\`cells\` has ${node.items.length} entries but the table has ${expected} columns`);
  node.items.forEach((item, i) => {
    const n = item as Node;
    if (isScalar(n)) {
      const v = n.value as string | number | null;
      cells.push({ kind: 'printed', text: v === null ? null : String(v), parsed: parseCell(v) });
    } else if (isMap(n)) {
      const c = r.sub(n, `cells[${i}]`);
      const flags = c.flags();
      const value = c.number('value');
      if (value === null && !flags.some((f) => f.code === 'UNKNOWN_VALUE'))
        c.error('value', 'value is null or missing: give the printed number, or null with an UNKNOWN_VALUE flag');
      cells.push({
        kind: 'written',
        text: c.string('text', { coerceNumber: true }),
        value,
        comparator: c.enumOf('comparator', COMPARATORS, false),
        quote: c.string('quote', { coerceNumber: true }),
        note: c.string('note'),
        flags,
      });
      c.done();
    } else r.error('cells', `cells[${i}] must be the printed text or a mapping`);
  });
  return cells;
}
