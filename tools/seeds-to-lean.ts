/**
 * Rewrites a facts file from the long seed format into the lean one (seeds/FORMAT.md): each quote once, the
 * relations it states hung off it, tables as columns and printed cells, defaults and nulls left out. What the
 * lean form cannot say exactly (a relation with flags, a cell whose statement differs from the row's) stays in
 * its long form, so the ingest builds the same facts. `npm run ingest -- --check` verifies the result.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Document as YamlDocument, isMap, isSeq, parse, visit, type Node } from 'yaml';
import { STATED_RELATIONS } from '../src/ingest/seed-fields';
import { parseCell } from '../src/ingest/seed-tables';

const HELP = `Usage: npx tsx tools/seeds-to-lean.ts [--write] FACTS.yaml [INDICATORS.yaml] [--out FILE]

Reads one document's long-form facts file (and its indicators file, if separate) and prints the lean form.
  --write        replace FACTS.yaml with the lean form (and delete nothing: remove INDICATORS.yaml yourself)
  --out FILE     write the lean form to FILE
  -h, --help     this text`;

type Json = Record<string, unknown>;
type Ev = {
  quote: string;
  document?: string;
  status?: string | null;
  year?: number | null;
  note?: string | null;
} & Json;

const SECTIONS = ['themes', 'areas', 'targetGroups', 'institutions', 'policies', 'concepts', 'programmes'] as const;
const KEY_OF: Record<string, string> = Object.fromEntries(Object.entries(STATED_RELATIONS).map(([k, t]) => [t, k]));

function main(argv: string[]): void {
  if (argv.includes('-h') || argv.includes('--help') || argv.length === 0) {
    console.log(HELP);
    process.exit(argv.length === 0 ? 2 : 0);
  }
  const write = argv.includes('--write');
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 ? argv[outAt + 1] : undefined;
  const files = argv.filter((a, i) => (!a.startsWith('--') && i !== outAt + 1) || (outAt < 0 && !a.startsWith('--')));
  const inputs = files.filter((f) => !f.startsWith('--'));
  if (inputs.length === 0) throw new Error('no facts file given');
  const parts = inputs.map((f) => parse(readFileSync(f, 'utf8')) as Json);
  const lean = toLean(parts);
  const text = render(lean);
  if (write) writeFileSync(inputs[0]!, text);
  else if (out) writeFileSync(out, text);
  else process.stdout.write(text);
  console.error(
    `lean: ${text.split('\n').length} lines (from ${inputs.map((f) => readFileSync(f, 'utf8').split('\n').length).join(' + ')})`,
  );
}

export function toLean(parts: Json[]): Json {
  const document = parts.find((p) => p.document)?.document as string | undefined;
  const all = parts.flatMap((p) =>
    SECTIONS.flatMap((s) => ((p[s] as Json[] | undefined) ?? []).map((e) => ({ s, e }))),
  );
  const relations = parts.flatMap((p) => (p.relations as Json[] | undefined) ?? []);
  const indicators = parts.flatMap((p) => (p.indicators as Json[] | undefined) ?? []);
  const status = modeStatus([
    ...all.flatMap(({ e }) => (e.evidence as Ev[] | undefined) ?? []),
    ...relations.flatMap((r) => (r.evidence as Ev[]) ?? []),
  ]);
  const ctx = { document, status };

  // Entities, each evidence entry in its lean form, found again by its content for the relations below.
  const entries = new Map<string, Map<string, Json | string>>();
  const sections: Record<string, Json[]> = {};
  for (const { s, e } of all) {
    const evidence = ((e.evidence as Ev[] | undefined) ?? []).map((ev) => leanEvidence(ev, ctx));
    const byContent = new Map<string, Json | string>();
    ((e.evidence as Ev[] | undefined) ?? []).forEach((ev, i) => byContent.set(contentKey(ev, ctx), evidence[i]!));
    entries.set(e.id as string, byContent);
    (sections[s] ??= []).push({ ...withoutEmpty(e, ['evidence']), ...(evidence.length > 0 ? { evidence } : {}) });
  }

  // A relation statement whose quote is its from-entity's own quote moves under that quote.
  const leftover: Json[] = [];
  for (const r of relations) {
    const tos = Array.isArray(r.to) ? (r.to as string[]) : [r.to as string];
    const key = KEY_OF[r.type as string];
    const hasFlags = Array.isArray(r.flags) && r.flags.length > 0;
    for (const ev of (r.evidence as Ev[]) ?? []) {
      const own = entries.get(r.from as string);
      const ck = contentKey(ev, ctx);
      const target = own?.get(ck);
      if (key && target !== undefined && !hasFlags && !ev.implicit && !ev.flags) {
        const map = typeof target === 'string' ? { quote: target } : target;
        const existing = map[key] as string[] | undefined;
        map[key] = [...(existing ?? []), ...tos];
        if (typeof target === 'string') replaceEntry(sections, target, map);
        own!.set(ck, map);
      } else {
        leftover.push({
          from: r.from,
          type: r.type,
          to: tos.length === 1 ? tos[0] : tos,
          ...leanInline(ev, ctx),
          ...(hasFlags ? { flags: r.flags } : {}),
        });
      }
    }
  }
  // Two relations from one entry merged into the same list: write single ids as ids.
  for (const list of Object.values(sections))
    for (const e of list)
      for (const ev of (e.evidence as (Json | string)[] | undefined) ?? [])
        if (typeof ev !== 'string')
          for (const k of Object.keys(KEY_OF).map((t) => KEY_OF[t]!))
            if (Array.isArray(ev[k]) && (ev[k] as string[]).length === 1) ev[k] = (ev[k] as string[])[0];

  const { tables, rest } = toTables(indicators, ctx);
  const lean: Json = { document, ...(status ? { status } : {}) };
  for (const s of SECTIONS) if (sections[s]?.length) lean[s] = sections[s];
  if (rest.length > 0) lean.indicators = rest;
  if (tables.length > 0) lean.tables = tables;
  if (leftover.length > 0) lean.relations = leftover;
  return lean;
}

function replaceEntry(sections: Record<string, Json[]>, quote: string, map: Json): void {
  for (const list of Object.values(sections))
    for (const e of list) {
      const ev = e.evidence as (Json | string)[] | undefined;
      const i = ev?.indexOf(quote) ?? -1;
      if (ev && i >= 0) ev[i] = map;
    }
}

interface Ctx {
  document: string | undefined;
  status: string | null;
}

function contentKey(ev: Ev, ctx: Ctx): string {
  return JSON.stringify([ev.quote, ev.document ?? ctx.document, ev.status ?? null, ev.year ?? null, ev.note ?? null]);
}

/** An evidence entry: a plain quote where everything else is the file's default. */
function leanEvidence(ev: Ev, ctx: Ctx): Json | string {
  const inline = leanInline(ev, ctx);
  return Object.keys(inline).length === 1 ? String(ev.quote) : inline;
}

function leanInline(ev: Ev, ctx: Ctx): Json {
  const out: Json = { quote: String(ev.quote) };
  if (ev.document && ev.document !== ctx.document) out.document = ev.document;
  const status = ev.status ?? null;
  if (status !== ctx.status) out.status = status;
  for (const k of ['year', 'note', 'implicit', 'flags'] as const)
    if (ev[k] !== null && ev[k] !== undefined) out[k] = ev[k];
  return out;
}

function modeStatus(evidence: Ev[]): string | null {
  const counts = new Map<string, number>();
  for (const ev of evidence) if (ev.status) counts.set(ev.status, (counts.get(ev.status) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function withoutEmpty(e: Json, drop: string[]): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(e)) {
    if (drop.includes(k) || v === null || v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  return out;
}

// ---- indicators -----------------------------------------------------------------------------------------

interface Column {
  label: string;
  year?: number;
  kind?: string;
  scope?: string;
  completion?: boolean;
}

const labelOf = (o: Json): string | null => {
  const note = ((o.evidence as Ev[] | undefined)?.[0]?.note ?? '') as string;
  return /^column “([^”]+)”/.exec(note)?.[1] ?? null;
};

function toTables(indicators: Json[], ctx: Ctx): { tables: Json[]; rest: Json[] } {
  const byTable = new Map<string, Json[]>();
  const rest: Json[] = [];
  for (const i of indicators) {
    const table = i.table as { name: string } | null;
    if (table) byTable.set(table.name, [...(byTable.get(table.name) ?? []), i]);
    else rest.push(leanIndicator(i, ctx));
  }
  const tables: Json[] = [];
  for (const [name, rows] of byTable) {
    const columns: Column[] = [];
    const columnOf = (o: Json): number => {
      const label = labelOf(o);
      if (label === null) return -1;
      let at = columns.findIndex(
        (c) => c.label === label && c.year === o.year && c.kind === o.kind && (c.scope ?? null) === (o.scope ?? null),
      );
      if (at < 0)
        at =
          columns.push({
            label,
            year: o.year as number,
            kind: o.kind as string,
            ...(o.scope ? { scope: o.scope as string } : {}),
          }) - 1;
      return at;
    };
    for (const r of rows) for (const o of (r.observations as Json[]) ?? []) columnOf(o);
    const completionLabel = rows.some((r) => ((r.observations as Json[]) ?? []).some((o) => o.completion))
      ? '完成情况'
      : null;
    if (completionLabel) columns.push({ label: completionLabel, completion: true });
    const area = mode(rows.map((r) => r.area as string | null));
    tables.push({ name, ...(area ? { area } : {}), columns, rows: rows.map((r) => leanRow(r, columns, area, ctx)) });
  }
  return { tables, rest };
}

function mode<T>(values: T[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function leanRow(r: Json, columns: Column[], area: string | null, ctx: Ctx): Json {
  const table = r.table as { row: string | null; subRow: string | null };
  const evidence = (r.evidence as Ev[]) ?? [];
  const quote = evidence[0]?.quote ?? null;
  const observations = (r.observations as Json[]) ?? [];
  const row: Json = {
    id: r.id,
    ...(table.row ? { row: table.row } : {}),
    ...(table.subRow ? { subRow: table.subRow } : {}),
  };
  for (const k of ['name', 'nameEn', 'aliases', 'concept', 'unit', 'category', 'attribute'])
    if (r[k] !== null && r[k] !== undefined && !(Array.isArray(r[k]) && (r[k] as unknown[]).length === 0))
      row[k] = r[k];
  if (r.area && r.area !== area) row.area = r.area;
  if (Array.isArray(r.measures) && r.measures.length > 0) row.measures = r.measures;
  if (quote !== null) row.quote = quote;
  if (evidence[0]?.status) row.status = evidence[0].status;
  if (evidence[0]?.year) row.year = evidence[0].year;
  if (evidence[0]?.note) row.note = evidence[0].note;
  if (evidence.length > 1) row.evidence = evidence.slice(1).map((e) => leanEvidence(e, ctx));
  const cells = quote === null ? null : cellsOf(observations, columns, quote);
  if (cells) row.cells = cells;
  else if (observations.length > 0) row.observations = observations.map((o) => leanObservation(o, ctx));
  if (Array.isArray(r.flags) && r.flags.length > 0) row.flags = r.flags;
  return row;
}

/** The row's cells, or null when some observation is not what its printed cell and the row's quote give. */
function cellsOf(observations: Json[], columns: Column[], rowQuote: string): unknown[] | null {
  const cells: unknown[] = [];
  const used = new Set<Json>();
  const completion = observations.find((o) => o.completion)?.completion as string | undefined;
  for (const c of columns) {
    if (c.completion) {
      cells.push(completion ?? null);
      continue;
    }
    const o = observations.find(
      (x) =>
        !used.has(x) &&
        labelOf(x) === c.label &&
        x.year === c.year &&
        x.kind === c.kind &&
        (x.scope ?? null) === (c.scope ?? null),
    );
    if (!o) return null;
    used.add(o);
    const ev = (o.evidence as Ev[]) ?? [];
    if (ev.length !== 1) return null;
    const status = c.kind === 'TARGET' ? 'PLANNED' : 'ACHIEVED';
    const expectedNote = `column “${c.label}”${c.kind === 'ACTUAL' && completion ? `; 完成情况 ${completion}` : ''}`;
    if (ev[0]!.status !== status || ev[0]!.year !== c.year) return null;
    const parsed = parseCell((o.text as string | null) ?? null);
    const exact =
      parsed !== null &&
      parsed.value === (o.value ?? null) &&
      parsed.comparator === (o.comparator ?? null) &&
      JSON.stringify(parsed.flags) === JSON.stringify(o.flags ?? []);
    if (exact && ev[0]!.quote === rowQuote && ev[0]!.note === expectedNote) cells.push(o.text ?? null);
    else
      cells.push({
        text: o.text ?? null,
        value: o.value ?? null,
        ...(o.comparator ? { comparator: o.comparator } : {}),
        ...(ev[0]!.quote !== rowQuote ? { quote: ev[0]!.quote } : {}),
        ...(ev[0]!.note !== expectedNote ? { note: ev[0]!.note } : {}),
        ...(Array.isArray(o.flags) && o.flags.length > 0 ? { flags: o.flags } : {}),
      });
  }
  if (used.size !== observations.length) return null;
  return cells;
}

function leanIndicator(i: Json, ctx: Ctx): Json {
  const out = withoutEmpty(i, ['evidence', 'observations', 'table', 'type']);
  const evidence = ((i.evidence as Ev[]) ?? []).map((e) => leanEvidence(e, ctx));
  if (evidence.length > 0) out.evidence = evidence;
  const observations = ((i.observations as Json[]) ?? []).map((o) => leanObservation(o, ctx));
  if (observations.length > 0) out.observations = observations;
  return out;
}

/** An observation with its one statement inline when that statement has the observation's year. */
function leanObservation(o: Json, ctx: Ctx): Json {
  const out = withoutEmpty(o, ['evidence']);
  const evidence = (o.evidence as Ev[]) ?? [];
  const status = o.kind === 'TARGET' ? 'PLANNED' : 'ACHIEVED';
  const only = evidence[0];
  if (
    evidence.length === 1 &&
    only &&
    (only.year ?? o.year) === o.year &&
    (only.document ?? ctx.document) === ctx.document &&
    (only.year ?? null) !== null
  ) {
    out.quote = only.quote;
    if ((only.status ?? null) !== status) out.status = only.status ?? null;
    if (only.note) out.note = only.note;
  } else if (evidence.length > 0) {
    out.evidence = evidence.map((e) => leanEvidence(e, { ...ctx, status: null }));
  }
  return out;
}

// ---- rendering --------------------------------------------------------------------------------------------

/** Block style for the structure, flow style (one line) for each evidence entry, cell list and id list. */
function render(lean: Json): string {
  const doc = new YamlDocument(lean);
  visit(doc, {
    Seq(_key, node, path) {
      const parent = path[path.length - 1] as Node | undefined;
      const key = isPairWithKey(parent);
      if (['aliases', 'measures', 'cells', 'broader', 'to', ...Object.keys(STATED_RELATIONS)].includes(key ?? ''))
        node.flow = true;
      if (key === 'columns' || key === 'flags') for (const item of node.items) if (isMap(item)) item.flow = true;
      if (key === 'evidence' || key === 'observations' || key === 'relations')
        for (const item of node.items) if (isMap(item)) item.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}

function isPairWithKey(node: unknown): string | null {
  const pair = node as { key?: { value?: unknown } } | undefined;
  return pair && pair.key && typeof pair.key.value === 'string' ? pair.key.value : null;
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`seeds-to-lean: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

export { isSeq };
