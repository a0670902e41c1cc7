/**
 * The benchmark's output: the printed tables, BENCHMARKS.md (generated: tables, machine, versions, date, targets)
 * and the chart of p50 against scale (an SVG drawn here, no dependency).
 */
import type { Variant } from './variant-server';
import { workload } from './workload';

export interface Measurement {
  variant: Variant;
  query: string;
  concurrency: number;
  requests: number;
  /** Medians over rounds of each round's p50 / p99 (ms) and requests per second. */
  p50: number;
  p99: number;
  rps: number;
  /** Per request, medians over rounds: Bolt RUN messages, bytes received from Neo4j, server CPU ms. */
  statements: number;
  bytesRead: number;
  cpuMs: number;
}

export interface ScaleRow {
  factor: number;
  variant: Variant;
  query: string;
  p50: number;
  p99: number;
  bytesRead: number;
}

export interface BenchResult {
  date: string;
  mode: 'quick' | 'full';
  options: { rounds: number; scale: number[]; memorySeconds: number };
  seconds: number;
  machine: { cpus: string; memoryGb: number; loadAverage: number[]; os: string };
  versions: Record<string, string>;
  skipped: string[];
  /** Measurements that failed (the run exits 1 after writing its results). */
  errors?: string[];
  measurements: Measurement[];
  seed: { nodes: number; relationships: number; version: string | null };
  bulkLoad: { factor: number; nodes: number; relationships: number; seconds: number; perSecond: number }[];
  scale: ScaleRow[];
  memory: { second: number; heapUsed: number; rss: number }[];
}

const LABEL: Record<Variant, string> = {
  api: 'API',
  'api-nocache': 'API, cache off',
  handwritten: 'hand-written Cypher',
  naive: 'naive resolvers',
  peer: '@neo4j/graphql 7',
};

const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : n < 10 ? n.toFixed(2) : n.toFixed(1));
const int = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : Math.round(n).toLocaleString('en'));
const kb = (n: number | undefined) => (n === undefined ? '–' : (n / 1024).toFixed(1));
const ratio = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : '–');
const mb = (n: number) => (n / 2 ** 20).toFixed(1);

function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

export function renderReport(result: BenchResult): { tables: string; markdown: string } {
  const find = (v: Variant, q: string, c: number) =>
    result.measurements.find((m) => m.variant === v && m.query === q && m.concurrency === c);
  const sections: string[] = [];

  for (const c of [1, 16]) {
    const rows: string[][] = [];
    for (const q of workload) {
      for (const v of ['api', 'api-nocache', 'handwritten', 'naive', 'peer'] as Variant[]) {
        const m = find(v, q.name, c);
        if (!m) continue;
        rows.push([q.name, LABEL[v], ms(m.p50), ms(m.p99), int(m.rps), ms(m.statements), kb(m.bytesRead), ms(m.cpuMs)]);
      }
    }
    sections.push(
      `### Concurrency ${c}\n\n` +
        table(
          ['query', 'variant', 'p50 ms', 'p99 ms', 'req/s', 'statements/req', 'KB read/req', 'API CPU ms/req'],
          rows,
        ),
    );
  }

  // Targets.
  const targetRows: string[][] = [];
  const verdict = (ok: boolean | undefined) => (ok === undefined ? 'n/a' : ok ? 'met' : '**not met**');
  for (const c of [1, 16]) {
    for (const q of workload) {
      const a = find('api-nocache', q.name, c);
      const h = find('handwritten', q.name, c);
      if (a && h) {
        const r = a.p50 / h.p50;
        targetRows.push([`API p50 ≤ 1.5× hand-written, c=${c}, cache off`, q.name, ratio(r), verdict(r <= 1.5)]);
      }
    }
  }
  for (const c of [1, 16]) {
    for (const q of workload) {
      const a = find('api-nocache', q.name, c);
      const p = find('peer', q.name, c);
      if (a && p) {
        const r = a.rps / p.rps;
        targetRows.push([`throughput ≥ 1.5× @neo4j/graphql, c=${c}, cache off`, q.name, ratio(r), verdict(r >= 1.5)]);
      }
    }
  }
  for (const q of workload) {
    const cached = find('api', q.name, 16);
    const uncached = find('api-nocache', q.name, 16);
    if (cached && uncached) {
      const r = cached.rps / uncached.rps;
      targetRows.push(['cached repeats ≥ 10× uncached throughput, c=16', q.name, ratio(r), verdict(r >= 10)]);
    }
  }
  for (const q of workload) {
    const a = find('api-nocache', q.name, 1);
    const h = find('handwritten', q.name, 1);
    if (a && h) {
      const r = a.bytesRead / h.bytesRead;
      targetRows.push(['bytes read from Neo4j ≤ 1.5× hand-written', q.name, ratio(r), verdict(r <= 1.5)]);
    }
  }
  const top = Math.max(...result.options.scale);
  const scaleOf = (v: Variant, q: string, f: number) =>
    result.scale.find((s) => s.variant === v && s.query === q && s.factor === f);
  for (const q of workload.filter((w) => w.selective)) {
    const one = scaleOf('api-nocache', q.name, 1);
    const big = scaleOf('api-nocache', q.name, top);
    if (one && big && top > 1) {
      const r = big.p50 / one.p50;
      targetRows.push([`1× → ${top}× selective p50 grows < 2× (cache off)`, q.name, ratio(r), verdict(r < 2)]);
    }
  }
  for (const l of result.bulkLoad) {
    targetRows.push([
      'bulk load ≥ 20,000 nodes+relations/s',
      `to ${l.factor}×`,
      `${int(l.perSecond)}/s`,
      verdict(l.perSecond >= 20_000),
    ]);
  }
  const heap = result.memory.map((m) => m.heapUsed);
  if (heap.length >= 3) {
    // After the first slice (warm-up), the heap after a full GC must not keep growing: the last sample within 20%
    // of the first post-warm-up one.
    const growth = heap[heap.length - 1]! / heap[1]!;
    targetRows.push([
      `API memory flat at c=16 (${result.options.memorySeconds} s)`,
      'heap after GC, last / first slice',
      ratio(growth),
      verdict(growth <= 1.2),
    ]);
  }
  const targets = table(['target', 'query', 'measured', 'verdict'], targetRows);

  const scaleRows: string[][] = [];
  for (const q of workload) {
    for (const v of ['api-nocache', 'handwritten'] as Variant[]) {
      const cells = result.options.scale.map((f) => ms(scaleOf(v, q.name, f)?.p50));
      if (cells.every((c) => c === '–')) continue;
      scaleRows.push([q.name, LABEL[v], ...cells]);
    }
  }
  const scale = table(['query (c=1)', 'variant', ...result.options.scale.map((f) => `p50 ms at ${f}×`)], scaleRows);
  const bulk = table(
    ['to', 'nodes', 'relationships', 'seconds', 'nodes+relations/s'],
    result.bulkLoad.map((l) => [
      `${l.factor}×`,
      int(l.nodes),
      int(l.relationships),
      l.seconds.toFixed(1),
      int(l.perSecond),
    ]),
  );
  const memory = table(
    ['second', 'heap after GC MB', 'RSS MB'],
    result.memory.map((m) => [String(m.second), mb(m.heapUsed), mb(m.rss)]),
  );

  const tables = [
    `## Latency, throughput and cost per request (${result.mode}, ${result.options.rounds} rounds)`,
    ...sections,
    '## Targets',
    targets,
    `## Scale (seed graph ${int(result.seed.nodes)} nodes, ${int(result.seed.relationships)} relationships)`,
    scale,
    bulk,
    '## Memory',
    memory,
  ].join('\n\n');

  const reasons = (side: (q: (typeof workload)[number]) => object) =>
    workload
      .flatMap((q) => {
        const entry = side(q);
        return 'notComparable' in entry ? [`- **${q.name}**: ${String(entry.notComparable)}.`] : [];
      })
      .join('\n');
  const notComparable = reasons((q) => q.peer);
  const noHandwritten = reasons((q) => q.handwritten);
  const markdown = `# Benchmarks

Generated by \`npm run bench${result.mode === 'quick' ? ' -- --quick' : ''}\` on ${result.date} (${result.seconds.toFixed(0)} s); do not edit
by hand. Every figure below was measured side by side in this one run: five server processes on one Neo4j, timed
round by round in turn (A B C D E, B C D E A, …), each figure the median over ${result.options.rounds} rounds.
The machine is shared, so compare rows of one run, not runs of different days.

- Machine: ${result.machine.cpus}, ${result.machine.memoryGb} GB, ${result.machine.os}, load average at the end
  ${result.machine.loadAverage.join(' / ')}
- Versions: ${Object.entries(result.versions)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}
- Seed graph: ${int(result.seed.nodes)} nodes, ${int(result.seed.relationships)} relationships, release
  ${result.seed.version?.slice(0, 12) ?? '?'}

## What is measured

| variant | what |
|---|---|
| API | \`createApp\` of src/server/app.ts as \`npm start\` serves it: production mode, default limits |
| API, cache off | the same with \`RESPONSE_CACHE=off\` |
| hand-written Cypher | one statement per query (cypher/bench-handwritten.cypher) over bare Node HTTP (no Express), returning the API's JSON exactly (checked before timing): the limit |
| naive resolvers | the same schema and resolvers with every DataLoader forced to one key per statement (\`maxBatchSize\` 1; statement budget lifted; response cache off): the floor |
| @neo4j/graphql 7 | mirroring type definitions (bench/peer-typedefs.ts) on the same graph: the peer, on the queries it can express |

Workload (bench/workload.ts): the README's three queries, the nested page of 100 (programmes with groups, areas,
themes and every statement with its passage), the same page with relations only, a county coverage query, a
filtered list, a search and an indicator comparison. Load from a separate process (bench/load.ts) over keep-alive
connections, at concurrency 1 and 16. Every server runs in production mode (NODE_ENV), as \`npm start\` does.

- **p50 / p99**: per round, the percentiles of that round's request latencies; the table shows their medians. Every
  variant first answers each query for an untimed half window at c=1, so no round times code still being compiled.
- **statements/req** and **KB read/req**: Bolt RUN messages the server process sent and bytes it received on its
  Bolt sockets, divided by the requests of the window (bench/bolt-meter.ts: node's \`net.client.socket\` diagnostics
  channel; the same for every variant, whatever its driver use).
- **API CPU ms/req**: \`process.cpuUsage()\` of the server process over the window, divided by its requests.
- **Scale**: bench/scale/generate.ts copies the seed graph's shape beside it (ids suffixed \`~k\`) with batched
  UNWIND writes, then the selective queries and the pages of 100 are timed again (c=1), after an untimed half window
  per variant (Neo4j plans again on the grown graph) and in rounds that alternate which variant goes first; the copies
  are removed at the end and the seed graph's counts and release stamp checked unchanged.
- **Memory**: the API at c=16 over the workload, heap and RSS sampled after a full GC.

Not comparable with @neo4j/graphql:

${notComparable}

Not answered by one hand-written statement (no limit to compare with):

${noHandwritten}
${result.skipped.length > 0 ? `\nSkipped: ${result.skipped.join('; ')}.\n` : ''}${
    result.errors && result.errors.length > 0 ? `\n**Failed**: ${result.errors.join('; ')}.\n` : ''
  }
${tables}

![p50 against scale](bench/scale.svg)
`;
  return { tables, markdown };
}

/** p50 against scale, log-log, one line per query: the cache-off API solid, the hand-written Cypher dashed. */
export function renderScaleSvg(result: BenchResult): string {
  const width = 760;
  const height = 420;
  const margin = { left: 70, right: 230, top: 30, bottom: 50 };
  const factors = result.options.scale;
  const values = result.scale.map((s) => s.p50).filter((v) => v > 0);
  const lo = Math.log10(Math.max(0.1, Math.min(...values, 1)));
  const hi = Math.log10(Math.max(...values, 10));
  const x = (f: number) =>
    margin.left +
    (factors.length === 1
      ? 0
      : (Math.log10(f) / Math.log10(Math.max(...factors))) * (width - margin.left - margin.right));
  const y = (v: number) =>
    height - margin.bottom - ((Math.log10(v) - lo) / (hi - lo || 1)) * (height - margin.top - margin.bottom);
  const colours = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22'];
  const queries = [...new Set(result.scale.map((s) => s.query))];
  const parts: string[] = [];
  parts.push(`<rect width="${width}" height="${height}" fill="white"/>`);
  parts.push(
    `<text x="${margin.left}" y="18" font-size="14">p50 (ms, log) against graph scale (log): API cache off solid, hand-written dashed</text>`,
  );
  for (let d = Math.floor(lo); d <= Math.ceil(hi); d++) {
    const v = 10 ** d;
    if (Math.log10(v) < lo - 1e-9 || Math.log10(v) > hi + 1e-9) continue;
    parts.push(
      `<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>` +
        `<text x="${margin.left - 8}" y="${y(v) + 4}" font-size="11" text-anchor="end">${v} ms</text>`,
    );
  }
  for (const f of factors) {
    parts.push(
      `<line x1="${x(f)}" x2="${x(f)}" y1="${margin.top}" y2="${height - margin.bottom}" stroke="#eee"/>` +
        `<text x="${x(f)}" y="${height - margin.bottom + 18}" font-size="11" text-anchor="middle">${f}×</text>`,
    );
  }
  queries.forEach((q, i) => {
    const colour = colours[i % colours.length]!;
    for (const variant of ['api-nocache', 'handwritten'] as Variant[]) {
      const points = factors
        .map((f) => result.scale.find((s) => s.query === q && s.variant === variant && s.factor === f))
        .filter((s): s is ScaleRow => s !== undefined && s.p50 > 0)
        .map((s) => `${x(s.factor).toFixed(1)},${y(s.p50).toFixed(1)}`);
      if (points.length === 0) continue;
      parts.push(
        `<polyline points="${points.join(' ')}" fill="none" stroke="${colour}" stroke-width="2"${
          variant === 'handwritten' ? ' stroke-dasharray="5,4"' : ''
        }/>`,
      );
    }
    parts.push(
      `<line x1="${width - margin.right + 15}" x2="${width - margin.right + 35}" y1="${margin.top + 10 + i * 18}" y2="${margin.top + 10 + i * 18}" stroke="${colour}" stroke-width="2"/>` +
        `<text x="${width - margin.right + 40}" y="${margin.top + 14 + i * 18}" font-size="12">${q}</text>`,
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">\n${parts.join('\n')}\n</svg>\n`;
}
