/**
 * The scale generator of the benchmark (issue 14): copies the seed graph's shape `factor - 1` times beside it, so
 * the graph holds `factor` times the nodes and relationships, with batched UNWIND writes (cypher/bench-scale.cypher),
 * and removes exactly what it added afterwards, leaving the seed graph and its release stamp as found (the next
 * `npm start` sees the same release and does not ingest again).
 *
 * Copy k of a node has the id `<id>~k`; every property naming a seed node (documentId, passageId, areaId, …) and
 * every relation key (`from|TYPE|to`, in Evidence.about and on relationships) points into the same copy; names and
 * aliases are suffixed too, so a lookup by name stays as selective as on the seed graph. Copies carry the extra label
 * :BenchCopy, which is how they are found again. Copies get no :Alias nodes: no bench query looks a copy up by
 * another spelling.
 *
 *   npm run bench:scale -- --factor 10 [--keep]     (--help for more)
 */
import { loadConfig } from '../../src/config';
import { withGraph } from '../../src/graph/connect';
import type { Graph, Row } from '../../src/graph/graph';

export interface SeedShape {
  nodes: number;
  relationships: number;
  version: string | null;
  pipeline: string | null;
}

export interface ScaleStep {
  /** The graph now holds this many times the seed graph. */
  factor: number;
  nodesWritten: number;
  relationshipsWritten: number;
  seconds: number;
  /** (nodes + relationships written) per second. */
  perSecond: number;
}

export interface ScaleGenerator {
  /** The seed graph's counts and release stamp, read before anything was written. */
  readonly seed: SeedShape;
  /** The factor the graph is at now (1 before any copy). */
  readonly factor: number;
  /** Adds copies until the graph holds `factor` times the seed graph. */
  growTo(factor: number, progress?: (line: string) => void): Promise<ScaleStep>;
  /** Removes every copy and checks the seed graph is as it was; throws when it is not. */
  removeAll(progress?: (line: string) => void): Promise<{ removed: number; seconds: number }>;
}

const BATCH = 5_000;
/** Copies written at once (BENCH_SCALE_PARALLEL, default 3). */
const PARALLEL_COPIES = parallelCopies(process.env.BENCH_SCALE_PARALLEL);

function parallelCopies(raw: string | undefined): number {
  const value = Number(raw ?? 3);
  if (!Number.isInteger(value) || value < 1 || value > 16) {
    throw new Error(`BENCH_SCALE_PARALLEL must be a whole number from 1 to 16, got "${raw}"`);
  }
  return value;
}

/** A seed node or relationship: its element id (the statements copy its labels or type and properties from it). */
interface SeedNode {
  seed: string;
  props: Row;
}
interface SeedRelation extends SeedNode {
  from: string;
  to: string;
}

/** Reads the seed graph (refusing a graph that still holds copies) and returns a generator for it. */
export async function scaleGenerator(graph: Graph): Promise<ScaleGenerator> {
  const [copies] = await graph.read('benchScaleCopies');
  if (Number(copies?.nodes ?? 0) > 0) {
    throw new Error(
      `the graph still holds ${String(copies?.nodes)} nodes of an earlier scale run (:BenchCopy); ` +
        'remove them with `npm run bench:scale -- --remove`',
    );
  }
  const seed = await readShape(graph);
  const nodes = (await graph.read('benchScaleSeedNodes')).map((r) => r as unknown as SeedNode);
  const relations = (await graph.read('benchScaleSeedRelations')).map((r) => r as unknown as SeedRelation);
  const ids = new Set(nodes.map((n) => n.props.id as string));
  let factor = 1;

  /** A property's value in copy k: ids (alone, in `|`-joined keys and in lists), names and aliases suffixed `~k`. */
  const copyValue = (k: number, key: string, value: unknown): unknown => {
    const mapId = (id: string): string => (ids.has(id) ? `${id}~${k}` : id);
    if (key === 'id') return `${value as string}~${k}`;
    if (typeof value === 'string') {
      if (ids.has(value) || key === 'name') return `${value}~${k}`;
      if (value.includes('|')) {
        const parts = value.split('|');
        if (parts.some((p) => ids.has(p))) return parts.map(mapId).join('|');
      }
      return value;
    }
    if (key === 'aliases' && Array.isArray(value)) return value.map((a) => `${String(a)}~${k}`);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return (value as string[]).map(mapId);
    return value;
  };
  // Which properties a copy changes depends on their values, never on k: found once per seed item, so each copy
  // maps and sends only those (the statements copy the rest from the seed item inside Neo4j).
  const changedKeys = (props: Row): string[] =>
    Object.keys(props).filter((key) => JSON.stringify(copyValue(1, key, props[key])) !== JSON.stringify(props[key]));
  const nodeChanges = nodes.map((n) => changedKeys(n.props));
  const relationChanges = relations.map((r) => changedKeys(r.props));
  const changed = (k: number, props: Row, keys: string[]): Row => {
    const copy: Row = {};
    for (const key of keys) copy[key] = copyValue(k, key, props[key]);
    return copy;
  };

  const writeBatches = async (name: string, rows: Row[]) => {
    for (let i = 0; i < rows.length; i += BATCH) await graph.write(name, { rows: rows.slice(i, i + BATCH) });
  };

  return {
    seed,
    get factor() {
      return factor;
    },
    async growTo(target, progress = () => undefined) {
      if (!Number.isInteger(target) || target < factor) {
        throw new Error(`cannot grow from ${factor}× to ${target}×: the factor must be a whole number ≥ ${factor}`);
      }
      const started = performance.now();
      let nodesWritten = 0;
      let relationshipsWritten = 0;
      // Copies share no node and no relationship, so several are written at once, each in its own transactions:
      // Neo4j spreads the work over its cores where one writer waits on its own round trips.
      const copy = async (k: number) => {
        await writeBatches(
          'benchScaleCreateNodes',
          nodes.map((n, i) => ({ seed: n.seed, props: changed(k, n.props, nodeChanges[i]!) })),
        );
        const to = (id: string) => `${id}~${k}`;
        await writeBatches(
          'benchScaleCreateRelations',
          relations.map((r, i) => ({
            seed: r.seed,
            from: to(r.from),
            to: to(r.to),
            props: changed(k, r.props, relationChanges[i]!),
          })),
        );
      };
      for (let first = factor; first < target; first += PARALLEL_COPIES) {
        const ks = Array.from({ length: Math.min(PARALLEL_COPIES, target - first) }, (_, i) => first + i);
        await Promise.all(ks.map(copy));
        nodesWritten += nodes.length * ks.length;
        relationshipsWritten += relations.length * ks.length;
        factor = first + ks.length;
        const seconds = (performance.now() - started) / 1000;
        progress(
          `copies up to ${factor - 1} of ${target - 1}: ${nodesWritten + relationshipsWritten} nodes+relationships in ` +
            `${seconds.toFixed(1)} s (${Math.round((nodesWritten + relationshipsWritten) / seconds)}/s)`,
        );
      }
      const seconds = (performance.now() - started) / 1000;
      return {
        factor,
        nodesWritten,
        relationshipsWritten,
        seconds,
        perSecond: seconds > 0 ? (nodesWritten + relationshipsWritten) / seconds : 0,
      };
    },
    async removeAll(progress = () => undefined) {
      const started = performance.now();
      const removed = await removeCopies(graph, progress);
      factor = 1;
      const after = await readShape(graph);
      if (JSON.stringify(after) !== JSON.stringify(seed)) {
        throw new Error(`the seed graph changed: before ${JSON.stringify(seed)}, after ${JSON.stringify(after)}`);
      }
      return { removed, seconds: (performance.now() - started) / 1000 };
    },
  };
}

/** Deletes every :BenchCopy node with its relationships, a batch per transaction. */
export async function removeCopies(graph: Graph, progress: (line: string) => void = () => undefined): Promise<number> {
  let removed = 0;
  for (;;) {
    const [row] = await graph.write('benchScaleRemove', { batch: BATCH });
    const n = Number(row?.removed ?? 0);
    if (n === 0) break;
    removed += n;
    if (removed % (BATCH * 20) === 0) progress(`removed ${removed} copied nodes`);
  }
  return removed;
}

async function readShape(graph: Graph): Promise<SeedShape> {
  const [row] = await graph.read('benchScaleSeedShape');
  return {
    nodes: Number(row?.nodes ?? 0),
    relationships: Number(row?.relationships ?? 0),
    version: (row?.version as string | null) ?? null,
    pipeline: (row?.pipeline as string | null) ?? null,
  };
}

const HELP = `Usage: npm run bench:scale -- --factor N [--keep]
       npm run bench:scale -- --remove

Copies the seed graph's shape N-1 times beside it (ids suffixed ~k, extra label :BenchCopy) with batched UNWIND
writes and prints nodes+relationships per second; then removes the copies again, unless --keep (for exploring a
bigger graph; remove them later with --remove before the next ingest or bench). Ctrl-C removes what was written.
BENCH_SCALE_PARALLEL (default 3) copies are written at once.
Uses the embedded Neo4j (NEO4J_EMBEDDED_PORT) or NEO4J_URI, like npm start.`;

async function cli(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) {
    console.log(HELP);
    process.exit(argv.length === 0 ? 1 : 0);
  }
  const known = new Set(['--factor', '--keep', '--remove']);
  argv.forEach((arg, i) => {
    if (arg.startsWith('--') && !known.has(arg)) throw new Error(`unknown option "${arg}" (see --help)`);
    if (!arg.startsWith('--') && argv[i - 1] !== '--factor') throw new Error(`unexpected argument "${arg}"`);
  });
  const raw = argv[argv.indexOf('--factor') + 1];
  const factor = Number(raw);
  if (
    !argv.includes('--remove') &&
    (!argv.includes('--factor') || !Number.isInteger(factor) || factor < 1 || factor > 1000)
  ) {
    throw new Error(`--factor must be a whole number from 1 to 1000, got "${raw ?? ''}"`);
  }
  const log = (line: string) => console.log(`[scale] ${line}`);
  await withGraph(
    loadConfig(),
    (line) => console.error(`[neo4j] ${line}`),
    async (graph) => {
      if (argv.includes('--remove')) {
        log(`removed ${await removeCopies(graph, log)} copied nodes`);
        return;
      }
      const generator = await scaleGenerator(graph);
      log(`seed graph: ${generator.seed.nodes} nodes, ${generator.seed.relationships} relationships`);
      let interrupted = false;
      process.once('SIGINT', () => {
        interrupted = true;
        log('interrupted: removing the copies written so far …');
        void generator.removeAll(log).then(
          () => process.exit(130),
          () => process.exit(130),
        );
      });
      try {
        const step = await generator.growTo(factor, log);
        log(
          `${factor}×: wrote ${step.nodesWritten} nodes and ${step.relationshipsWritten} relationships in ` +
            `${step.seconds.toFixed(1)} s: ${Math.round(step.perSecond)} nodes+relationships/s`,
        );
      } catch (error) {
        if (!interrupted) await generator.removeAll(log);
        throw error;
      }
      if (interrupted) return new Promise<never>(() => undefined);
      if (argv.includes('--keep')) {
        log('kept the copies (--keep); remove them with --remove');
        return;
      }
      const { removed, seconds } = await generator.removeAll(log);
      log(`removed ${removed} copied nodes in ${seconds.toFixed(1)} s; the seed graph and its release are as found`);
    },
    { txTimeoutMs: 300_000 },
  );
}

if (require.main === module) {
  cli(process.argv.slice(2)).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`[scale] ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
