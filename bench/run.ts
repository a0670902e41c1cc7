/**
 * `npm run bench [-- --quick]`: the benchmark of issue 14, side by side in one run (BENCHMARKS.md explains it).
 *
 * 1. Five variants, each a server process of its own on the same Neo4j (bench/variant-server.ts): the API, the API
 *    with its response cache off (RESPONSE_CACHE=off), hand-written Cypher behind the same HTTP path (the limit),
 *    naive resolvers without batching (the floor) and @neo4j/graphql 7 over mirroring type definitions (the peer).
 * 2. Before any timing, every variant answers every workload query (bench/workload.ts) and the answers are
 *    compared: the cache-off, naive and hand-written answers must deep-equal the API's, the peer's must have as many
 *    items. Any difference or error ends the run with exit code 1.
 * 3. An untimed half window per variant and query (c=1), then timed rounds, interleaved (query by query, variant
 *    by variant, the variant order rotating each round) at concurrency 1 and 16 from a load process of its own
 *    (bench/load.ts); per variant and query the medians over rounds of p50, p99 and requests per second, and per
 *    request the Bolt statements and bytes read from Neo4j and the server's CPU time (bench/bolt-meter.ts,
 *    process.cpuUsage of the server process).
 * 4. Scale: the scale generator (bench/scale/generate.ts) grows the graph to 10× (and 100× in full mode) and the
 *    selective queries and the pages of 100 are timed at each scale on the cache-off API and the hand-written
 *    Cypher (after an untimed warm-up, in rounds alternating which goes first); the copies are removed at the end,
 *    also on failure or Ctrl-C.
 * 5. Memory: the API at concurrency 16 over the whole workload for 5 minutes (full) or 20 s (quick), heap and RSS
 *    after a full GC sampled along the way.
 *
 * Results: bench/results/<date>.json (git-ignored), BENCHMARKS.md and bench/scale.svg (generated; committed).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { loadConfig } from '../src/config';
import { obtainNeo4j } from '../src/graph/connect';
import { Graph } from '../src/graph/graph';
import { ensureSeedGraph } from '../src/ingest/ingest';
import type { LoadRequest, LoadResult } from './load';
import { renderReport, renderScaleSvg, type BenchResult, type Measurement, type ScaleRow } from './report';
import { scaleGenerator, type ScaleGenerator } from './scale/generate';
import type { ServerStats, Variant } from './variant-server';
import { workload, type WorkloadQuery } from './workload';
import { median, percentile } from './stats';

const ROOT = path.resolve(__dirname, '..');
/** The node flags `npm start` gives the API (package.json): every variant server runs with them, as it is served. */
const SERVER_NODE_FLAGS = (
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }
).scripts.start
  .split(/\s+/)
  .filter((token) => token.startsWith('--'));

const HELP = `Usage: npm run bench [-- options]

  --quick           a smoke test for CI (< 3 min): one round, short windows, scale 1× and 2×, a 10 s memory run
  --rounds N        timed rounds per variant, query and concurrency (quick 1, full 5)
  --scale 1,10,100  the scale factors (quick 1,2; full 1,10,100)
  --memory-seconds  length of the memory run at concurrency 16 (quick 10, full 300)
  --no-report       do not rewrite BENCHMARKS.md and bench/scale.svg (the JSON result is always written)
  --report          rewrite them after a --quick run too (by default a quick run leaves the tree clean, for CI)
  --render FILE     only rewrite BENCHMARKS.md and bench/scale.svg from a result of bench/results/

Starts five server processes on PORT+1 … (the API, cache off, hand-written Cypher, naive, @neo4j/graphql) and a
load process, all against the embedded Neo4j (NEO4J_EMBEDDED_PORT) or NEO4J_URI. Exits 1 when a variant fails or a
variant's answer differs from the API's.`;

interface Options {
  quick: boolean;
  rounds: number;
  scale: number[];
  memorySeconds: number;
  report: boolean;
}

function parseOptions(argv: string[]): Options {
  const quick = argv.includes('--quick');
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const known = new Set(['--quick', '--rounds', '--scale', '--memory-seconds', '--no-report', '--report', '--render']);
  argv.forEach((arg, i) => {
    if (arg.startsWith('--') && !known.has(arg)) throw new Error(`unknown option "${arg}" (see --help)`);
    if (!arg.startsWith('--') && !['--rounds', '--scale', '--memory-seconds'].includes(argv[i - 1] ?? '')) {
      throw new Error(`unexpected argument "${arg}" (see --help)`);
    }
  });
  const positive = (flag: string, fallback: number) => {
    const raw = value(flag);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a positive whole number, got "${raw}"`);
    return n;
  };
  const rawScale = value('--scale');
  const scale = rawScale === undefined ? (quick ? [1, 2] : [1, 10, 100]) : rawScale.split(',').map(Number);
  if (!scale.every((f) => Number.isInteger(f) && f >= 1 && f <= 1000) || scale[0] !== 1) {
    throw new Error(`--scale must be increasing whole factors starting at 1 (e.g. 1,10,100), got "${rawScale}"`);
  }
  return {
    quick,
    rounds: positive('--rounds', quick ? 1 : 5),
    scale: [...new Set(scale)].sort((a, b) => a - b),
    memorySeconds: positive('--memory-seconds', quick ? 10 : 300),
    report: quick ? argv.includes('--report') : !argv.includes('--no-report'),
  };
}

const startedAt = Date.now();
const log = (line: string) => console.error(`[bench +${((Date.now() - startedAt) / 1000).toFixed(0)}s] ${line}`);

/** Ports of the five variants: PORT+1 onwards, skipping 4045 (fetch refuses it: it is lockd's). */
function variantPorts(base: number, count: number): number[] {
  const ports: number[] = [];
  for (let p = base + 1; ports.length < count; p++) if (p !== 4045) ports.push(p);
  return ports;
}

class Child {
  private nextId = 1;
  private readonly waiting = new Map<number, (message: unknown) => void>();
  readonly exited: Promise<number | null>;

  constructor(
    readonly name: string,
    readonly process: ChildProcess,
  ) {
    process.on('message', (message: { id?: number }) => {
      const resolve = message.id === undefined ? undefined : this.waiting.get(message.id);
      if (resolve && message.id !== undefined) {
        this.waiting.delete(message.id);
        resolve(message);
      }
    });
    this.exited = new Promise((resolve) => process.once('exit', (code) => resolve(code)));
  }

  static start(
    name: string,
    script: string,
    args: string[],
    env: NodeJS.ProcessEnv,
    nodeFlags: readonly string[] = [],
  ): Promise<Child> {
    const child = fork(path.join(__dirname, script), args, {
      execArgv: ['--expose-gc', ...nodeFlags, '--import', 'tsx'],
      env,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const wrapped = new Child(name, child);
    return new Promise((resolve, reject) => {
      child.once('message', (message: { type?: string }) => {
        if (message.type === 'ready') resolve(wrapped);
      });
      child.once('exit', (code) => reject(new Error(`${name} exited with code ${code} before it was ready`)));
    });
  }

  ask<T>(message: Record<string, unknown>): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, (m) => resolve(m as T));
      this.process.send({ ...message, id });
      void this.exited.then((code) => reject(new Error(`${this.name} exited (code ${code})`)));
    });
  }

  stop(): void {
    if (this.process.connected) this.process.disconnect();
    this.process.kill('SIGTERM');
  }
}

interface Server {
  variant: Variant;
  url: string;
  child: Child;
}

const VARIANT_ORDER: Variant[] = ['api', 'api-nocache', 'handwritten', 'naive', 'peer'];

function bodyFor(variant: Variant, q: WorkloadQuery): string | null {
  if (variant === 'peer') return 'query' in q.peer ? JSON.stringify({ query: q.peer.query }) : null;
  if (variant === 'handwritten' && 'notComparable' in q.handwritten) return null;
  return JSON.stringify({ query: q.query });
}

async function post(url: string, body: string): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return { status: response.status, text: text.slice(0, 500) };
  }
}

/** Every variant answers every query; the answers must agree. Returns the failures, worded. */
async function checkAnswers(servers: Server[], took: Map<string, number>): Promise<string[]> {
  const failures: string[] = [];
  for (const q of workload) {
    const answers = new Map<Variant, unknown>();
    for (const server of servers) {
      const body = bodyFor(server.variant, q);
      if (body === null) continue;
      const started = performance.now();
      answers.set(server.variant, await post(server.url, body));
      took.set(`${server.variant}|${q.name}`, performance.now() - started);
    }
    const api = answers.get('api') as { data?: unknown; errors?: unknown } | undefined;
    if (!api?.data || api.errors) {
      failures.push(`${q.name}: the API answered ${JSON.stringify(api).slice(0, 300)}`);
      continue;
    }
    for (const [variant, answer] of answers) {
      if (variant === 'api') continue;
      if (variant === 'peer') {
        const peer = answer as { data?: unknown; errors?: unknown };
        if (!peer.data || peer.errors || !('query' in q.peer)) {
          failures.push(`${q.name}: @neo4j/graphql answered ${JSON.stringify(peer).slice(0, 300)}`);
        } else if (q.peer.items(peer.data) !== q.items(api.data)) {
          failures.push(`${q.name}: @neo4j/graphql has ${q.peer.items(peer.data)} items, the API ${q.items(api.data)}`);
        }
      } else if (!isDeepStrictEqual(answer, api)) {
        failures.push(`${q.name}: ${variant} differs from the API at ${firstDifference(api, answer)}`);
      }
    }
  }
  return failures;
}

function firstDifference(a: unknown, b: unknown, at = ''): string {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at || '.'} (${a.length} items against ${b.length})`;
    for (let i = 0; i < a.length; i++) {
      if (!isDeepStrictEqual(a[i], b[i])) return firstDifference(a[i], b[i], `${at}[${i}]`);
    }
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const x = (a as Record<string, unknown>)[key];
      const y = (b as Record<string, unknown>)[key];
      if (!isDeepStrictEqual(x, y)) return firstDifference(x, y, `${at}.${key}`);
    }
  }
  return `${at || '.'}: ${JSON.stringify(a)?.slice(0, 200)} against ${JSON.stringify(b)?.slice(0, 200)}`;
}

interface Window {
  latencies: number[];
  rps: number;
  statements: number;
  bytesRead: number;
  cpuMs: number;
}

/** One measured window: server counters before and after, the load in between. */
async function measure(
  server: Server,
  load: Child,
  body: string,
  concurrency: number,
  durationMs: number,
): Promise<Window> {
  const before = (await server.child.ask<{ stats: ServerStats }>({ type: 'stats' })).stats;
  const result = await load.ask<LoadResult>({
    type: 'run',
    url: server.url,
    body,
    concurrency,
    durationMs,
    minRequests: concurrency,
  } satisfies Omit<LoadRequest, 'id'>);
  const after = (await server.child.ask<{ stats: ServerStats }>({ type: 'stats' })).stats;
  if (result.failures > 0) {
    throw new Error(`${server.variant}: ${result.failures} failed requests; first: ${result.firstFailure}`);
  }
  const n = result.latencies.length;
  return {
    latencies: result.latencies,
    rps: (n / result.wallMs) * 1000,
    statements: (after.statements - before.statements) / n,
    bytesRead: (after.bytesRead - before.bytesRead) / n,
    cpuMs: (after.cpuMicros - before.cpuMicros) / 1000 / n,
  };
}

function summarise(variant: Variant, query: string, concurrency: number, windows: Window[]): Measurement {
  return {
    variant,
    query,
    concurrency,
    requests: windows.reduce((sum, w) => sum + w.latencies.length, 0),
    p50: median(windows.map((w) => percentile(w.latencies, 50))),
    p99: median(windows.map((w) => percentile(w.latencies, 99))),
    rps: median(windows.map((w) => w.rps)),
    statements: median(windows.map((w) => w.statements)),
    bytesRead: median(windows.map((w) => w.bytesRead)),
    cpuMs: median(windows.map((w) => w.cpuMs)),
  };
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(HELP);
    return;
  }
  const renderAt = argv.indexOf('--render');
  if (renderAt >= 0) {
    const file = argv[renderAt + 1];
    if (!file) throw new Error('--render needs a result file of bench/results/');
    const result = JSON.parse(readFileSync(file, 'utf8')) as BenchResult;
    writeReport(result, true);
    return;
  }
  const options = parseOptions(argv);
  const started = Date.now();
  const config = loadConfig();
  const handle = await obtainNeo4j(config, (line) => log(`[neo4j] ${line}`));
  const graph = Graph.connect(handle.connection, { txTimeoutMs: 600_000 });
  const children: Child[] = [];
  let generator: ScaleGenerator | undefined;
  let interrupted = false;
  const cleanUp = async () => {
    for (const child of children) child.stop();
    if (generator && generator.factor > 1) {
      log('removing the scale copies …');
      await generator.removeAll(log);
    }
    await graph.close();
    await handle.release();
  };
  process.once('SIGINT', () => {
    interrupted = true;
    log('interrupted: stopping the servers and removing what the bench wrote …');
    void cleanUp().finally(() => process.exit(130));
  });

  try {
    await graph.verify();
    // The seed graph, as npm start would make it: written when the database is empty or holds another release (the
    // tests' fixture, an older pipeline), left alone when current, so the next start finds the same release.
    await ensureSeedGraph(graph, (line) => {
      if (!line.startsWith('warning')) log(`[seed] ${line}`);
    });
    const env = {
      ...process.env,
      NEO4J_URI: handle.connection.uri,
      NEO4J_USER: handle.connection.user,
      NEO4J_PASSWORD: handle.connection.password,
      NEO4J_DATABASE: handle.connection.database,
    };
    const ports = variantPorts(config.port, VARIANT_ORDER.length);
    log(`starting ${VARIANT_ORDER.length} variant servers on ports ${ports.join(', ')} and the load process …`);
    const servers: Server[] = await Promise.all(
      VARIANT_ORDER.map(async (variant, i) => {
        const child = await Child.start(
          variant,
          'variant-server.ts',
          ['--variant', variant, '--port', String(ports[i])],
          variant === 'api-nocache'
            ? { ...env, RESPONSE_CACHE: 'off' }
            : // The floor is slow by design: its requests may take longer than the API's 20 s deadline under load.
              // Its cache off too: the floor measures unbatched execution, not stored answers.
              variant === 'naive'
              ? { ...env, REQUEST_DEADLINE_MS: '120000', RESPONSE_CACHE: 'off' }
              : env,
          SERVER_NODE_FLAGS,
        );
        children.push(child);
        return { variant, url: `http://127.0.0.1:${ports[i]}/graphql`, child };
      }),
    );
    const load = await Child.start('load', 'load.ts', [], process.env);
    children.push(load);

    log('checking every variant answers every query as the API does …');
    const firstAnswerMs = new Map<string, number>();
    const failures = await checkAnswers(servers, firstAnswerMs);
    if (failures.length > 0) throw new Error(`answers differ:\n  ${failures.join('\n  ')}`);
    log(`all answers agree (${workload.length} queries × ${servers.length} variants)`);

    // Timed rounds, interleaved.
    const windows = new Map<string, Window[]>();
    const skipped: string[] = [];
    /** Failed windows: the run goes on and writes its results, then exits 1. */
    const errors: string[] = [];
    const windowMs = { 1: options.quick ? 250 : 2_000, 16: options.quick ? 300 : 3_000 } as const;
    // A variant whose single request takes longer than this skips concurrency 16 for that query (the naive
    // resolvers on the nested page: 16 of them at once would take minutes and say nothing new); in quick mode a
    // variant whose first answer took longer than `quickSkipMs` is not timed on that query at all.
    const slowMs = 1_000;
    const quickSkipMs = 2_500;
    for (const server of servers) {
      for (const q of workload) {
        const first = firstAnswerMs.get(`${server.variant}|${q.name}`);
        if (options.quick && server.variant !== 'api' && first !== undefined && first > quickSkipMs) {
          skipped.push(`${server.variant} ${q.name} (quick mode: its first answer took ${Math.round(first)} ms)`);
        }
      }
    }
    const key = (v: Variant, q: string, c: number) => `${v}|${q}|${c}`;
    // Untimed first: a server's first windows run its code cold (V8 still compiling it, Neo4j planning and paging in),
    // and with two rounds the first round's share of that moved a median; the server with more code paid more. A
    // fresh API process at c=1 went 196, 204, 257, 327, 444 req/s over five 3 s windows in a row.
    log('warming up every variant on every query …');
    for (const server of servers) {
      for (const q of workload) {
        const body = bodyFor(server.variant, q);
        if (body === null || skipped.some((line) => line.startsWith(`${server.variant} ${q.name} (quick`))) continue;
        // A failure here fails the timed windows too, which report it.
        await measure(server, load, body, 1, windowMs[1] / 2).catch(() => undefined);
      }
    }
    for (let round = 0; round < options.rounds; round++) {
      log(`round ${round + 1} of ${options.rounds} …`);
      const order = VARIANT_ORDER.map((_, i) => servers[(i + round) % servers.length]!);
      for (const q of workload) {
        for (const concurrency of [1, 16] as const) {
          for (const server of order) {
            const body = bodyFor(server.variant, q);
            if (body === null) continue;
            if (skipped.some((line) => line.startsWith(`${server.variant} ${q.name} (quick`))) continue;
            if (concurrency === 16) {
              const single = windows.get(key(server.variant, q.name, 1)) ?? [];
              if (single.length > 0 && median(single.map((w) => percentile(w.latencies, 50))) > slowMs) {
                if (round === 0) skipped.push(`${server.variant} ${q.name} c=16 (c=1 p50 > ${slowMs} ms)`);
                continue;
              }
            }
            let w: Window;
            try {
              w = await measure(server, load, body, concurrency, windowMs[concurrency]);
            } catch (error) {
              errors.push(`${q.name} c=${concurrency}: ${error instanceof Error ? error.message : String(error)}`);
              log(`FAILED ${errors[errors.length - 1]}`);
              continue;
            }
            windows.set(key(server.variant, q.name, concurrency), [
              ...(windows.get(key(server.variant, q.name, concurrency)) ?? []),
              w,
            ]);
          }
        }
      }
    }
    const measurements: Measurement[] = [];
    for (const [k, ws] of windows) {
      const [variant, query, c] = k.split('|') as [Variant, string, string];
      measurements.push(summarise(variant, query, Number(c), ws));
    }

    // Scale.
    const scaleRows: ScaleRow[] = [];
    const loads: BenchResult['bulkLoad'] = [];
    const scaled = workload.filter((q) => q.selective || q.name.startsWith('Programmes100'));
    const scaleVariants = servers.filter((s) => s.variant === 'api-nocache' || s.variant === 'handwritten');
    generator = await scaleGenerator(graph);
    log(`scale: seed graph ${generator.seed.nodes} nodes, ${generator.seed.relationships} relationships`);
    for (const factor of options.scale) {
      if (factor > 1) {
        log(`scale: growing the graph to ${factor}× …`);
        const step = await generator.growTo(factor, (line) => log(`[scale] ${line}`));
        loads.push({
          factor,
          nodes: step.nodesWritten,
          relationships: step.relationshipsWritten,
          seconds: step.seconds,
          perSecond: step.perSecond,
        });
        log(`scale: ${Math.round(step.perSecond)} nodes+relationships/s`);
      }
      for (const q of scaled) {
        // After the graph grew, Neo4j plans its statements again (its statistics changed) and reads the new store in:
        // the variant timed first paid for both (at 100×, the API's five windows in a row went 321 → 646 req/s). So an
        // untimed half window for each variant first, then rounds that alternate which variant goes first.
        for (const server of scaleVariants) {
          await measure(server, load, bodyFor(server.variant, q)!, 1, windowMs[1] / 2);
        }
        const ws = new Map<Variant, Window[]>(scaleVariants.map((server) => [server.variant, []]));
        for (let round = 0; round < options.rounds; round++) {
          const order = round % 2 === 0 ? scaleVariants : [...scaleVariants].reverse();
          for (const server of order) {
            ws.get(server.variant)!.push(await measure(server, load, bodyFor(server.variant, q)!, 1, windowMs[1]));
          }
        }
        for (const server of scaleVariants) {
          const m = summarise(server.variant, q.name, 1, ws.get(server.variant)!);
          scaleRows.push({
            factor,
            variant: server.variant,
            query: q.name,
            p50: m.p50,
            p99: m.p99,
            bytesRead: m.bytesRead,
          });
        }
      }
    }
    const removal = await generator.removeAll((line) => log(`[scale] ${line}`));
    log(`scale: removed ${removal.removed} copied nodes in ${removal.seconds.toFixed(1)} s; seed graph as found`);

    // Memory at concurrency 16.
    log(`memory: the API at concurrency 16 for ${options.memorySeconds} s …`);
    const api = servers.find((s) => s.variant === 'api')!;
    const memory: BenchResult['memory'] = [];
    const sample = async (second: number) => {
      const { stats } = await api.child.ask<{ stats: ServerStats }>({ type: 'stats', gc: true });
      memory.push({ second, heapUsed: stats.heapUsed, rss: stats.rss });
    };
    await sample(0);
    const memoryStart = Date.now();
    const slice = Math.max(5, Math.round(options.memorySeconds / 10));
    let q = 0;
    while (Date.now() - memoryStart < options.memorySeconds * 1000) {
      const query = workload[q++ % workload.length]!;
      await load.ask<LoadResult>({
        type: 'run',
        url: api.url,
        body: bodyFor('api', query)!,
        concurrency: 16,
        durationMs: slice * 1000,
        minRequests: 16,
      });
      await sample(Math.round((Date.now() - memoryStart) / 1000));
    }

    const result: BenchResult = {
      date: new Date().toISOString(),
      mode: options.quick ? 'quick' : 'full',
      options,
      seconds: (Date.now() - started) / 1000,
      machine: {
        cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`,
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
        os: `${os.type()} ${os.release()}`,
      },
      versions: versions(String((await graph.read('benchNeo4jVersion'))[0]?.version ?? '?')),
      skipped,
      errors,
      measurements,
      seed: generator.seed,
      bulkLoad: loads,
      scale: scaleRows,
      memory,
    };
    const resultsDir = path.join(__dirname, 'results');
    mkdirSync(resultsDir, { recursive: true });
    const file = path.join(resultsDir, `${result.date.replace(/[:.]/g, '-')}-${result.mode}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    writeReport(result, options.report);
    if (errors.length > 0) throw new Error(`${errors.length} measurements failed:\n  ${errors.join('\n  ')}`);
    log(`wrote ${path.relative(ROOT, file)} (${result.seconds.toFixed(0)} s)`);
  } finally {
    if (!interrupted) await cleanUp();
  }
}

/** Prints the tables; writes bench/results/scale.svg and, unless told not to, BENCHMARKS.md and bench/scale.svg. */
function writeReport(result: BenchResult, toRepository: boolean): void {
  const svg = renderScaleSvg(result);
  mkdirSync(path.join(__dirname, 'results'), { recursive: true });
  writeFileSync(path.join(__dirname, 'results', 'scale.svg'), svg);
  const report = renderReport(result);
  console.log(report.tables);
  if (toRepository) {
    writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), report.markdown);
    writeFileSync(path.join(__dirname, 'scale.svg'), svg);
    log('wrote BENCHMARKS.md and bench/scale.svg');
  }
}

function versions(neo4jVersion: string): Record<string, string> {
  const pkg = (name: string): string =>
    (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
      .version;
  return {
    node: [process.version, ...SERVER_NODE_FLAGS].join(' '),
    neo4j: neo4jVersion,
    'neo4j-driver': pkg('neo4j-driver'),
    graphql: pkg('graphql'),
    'graphql-jit': pkg('graphql-jit'),
    '@apollo/server': pkg('@apollo/server'),
    '@neo4j/graphql': pkg('@neo4j/graphql'),
    dataloader: pkg('dataloader'),
  };
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[bench] FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
