/**
 * One variant of the benchmark as its own server process (started by bench/run.ts with an IPC channel):
 *
 *   api          the API as `npm start` serves it (src/server/app.ts createApp)
 *   api-nocache  the same with RESPONSE_CACHE=off in its environment
 *   naive        the same schema and resolvers with every loader forced to one key per statement (maxBatchSize 1,
 *                the N+1 pattern DataLoader avoids); its statement budget is lifted, as it needs hundreds
 *   handwritten  one hand-written statement per workload query (cypher/bench-handwritten.cypher) over bare Node
 *                HTTP: the limit of what a GraphQL layer over this graph could do
 *   peer         @neo4j/graphql 7 over mirroring type definitions (bench/peer-server.ts)
 *
 * Neo4j comes from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD, which the parent sets. On the IPC channel it answers
 * {type: 'stats'} with what the process has read from Neo4j (bench/bolt-meter.ts), its CPU time and its memory;
 * {type: 'stats', gc: true} measures the memory after a full GC (the parent starts it with --expose-gc). Only the
 * memory run asks for that: a timed window's stats are taken without one. A forced full GC once a second made the
 * API 1.5-2.4x slower side by side (the hand-written server barely), for a cause not found (not bytecode flushing,
 * not the young generation shrinking, not a recompiled operation), and no server in production is forced into one.
 *
 *   node --expose-gc --import tsx bench/variant-server.ts --variant api --port 4042
 *
 * Every variant runs in production mode unless NODE_ENV says otherwise, as `npm start` does: graphql-js (the API's,
 * the floor's and the peer's) checks every instanceof twice in development mode.
 */
// First: graphql-js reads NODE_ENV when it is imported (src/server/production-default.ts).
import '../src/server/production-default';
import { createServer, type RequestListener, type Server } from 'node:http';
import { loadConfig, type Config } from '../src/config';
import { Graph } from '../src/graph/graph';
import { costListSizes, readListSizes } from '../src/graph/list-sizes';
import * as api from '../src/graphql';
import { createApp } from '../src/server/app';
import { startBoltMeter } from './bolt-meter';
import { peerApp } from './peer-server';
import { workload } from './workload';

export const VARIANTS = ['api', 'api-nocache', 'handwritten', 'naive', 'peer'] as const;
export type Variant = (typeof VARIANTS)[number];

export interface ServerStats {
  bytesRead: number;
  statements: number;
  cpuMicros: number;
  heapUsed: number;
  rss: number;
}

const HELP = `Usage: node --expose-gc --import tsx bench/variant-server.ts --variant <${VARIANTS.join('|')}> --port <n>
Started by bench/run.ts (npm run bench), with an IPC channel; NEO4J_URI / NEO4J_PASSWORD name the Neo4j to use.`;

const meter = startBoltMeter();

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(HELP);
    process.exit(0);
  }
  const variant = argv[argv.indexOf('--variant') + 1] as Variant;
  const port = Number(argv[argv.indexOf('--port') + 1]);
  if (!VARIANTS.includes(variant)) throw new Error(`--variant must be one of ${VARIANTS.join(', ')}, got "${variant}"`);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port must be a port number`);
  const config = loadConfig();
  if (!config.neo4j) throw new Error('NEO4J_URI is not set (bench/run.ts sets it for its variant servers)');
  const graph = Graph.connect(config.neo4j, { txTimeoutMs: config.neo4jTxTimeoutMs });
  await graph.verify();

  let handler: RequestListener;
  if (variant === 'api' || variant === 'api-nocache' || variant === 'naive') {
    const served: Config = variant === 'naive' ? { ...config, maxBatchSize: 1, maxRequestStatements: 100_000 } : config;
    const listSizes = await readListSizes(graph);
    const built = await createApp({
      graph,
      config: served,
      log: () => undefined,
      api,
      listSizes: costListSizes(listSizes.sizes),
    });
    handler = built.handler;
  } else if (variant === 'handwritten') {
    handler = handwrittenApp(graph);
  } else {
    handler = (await peerApp(config.neo4j, graph.catalog)).app;
  }
  const server: Server = createServer(handler).listen(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  server.keepAliveTimeout = 60_000;
  process.on('message', (message: { type: string; id: number; gc?: boolean }) => {
    if (message.type !== 'stats') return;
    if (message.gc === true) (globalThis as { gc?: () => void }).gc?.();
    const cpu = process.cpuUsage();
    const memory = process.memoryUsage();
    const stats: ServerStats = {
      ...meter(),
      cpuMicros: cpu.user + cpu.system,
      heapUsed: memory.heapUsed,
      rss: memory.rss,
    };
    process.send!({ type: 'stats', id: message.id, stats });
  });
  process.on('disconnect', () => process.exit(0));
  process.send!({ type: 'ready' });
}

/** POST /graphql: the workload query whose text is the request's answers by its hand-written statement. */
function handwrittenApp(graph: Graph): RequestListener {
  const byQuery = new Map(
    workload.flatMap((w) => ('statement' in w.handwritten ? [[w.query, w.handwritten] as const] : [])),
  );
  // Bare Node HTTP, as issue 14 defines the limit: no Express (the API serves its plain POSTs without it too,
  // src/server/graphql-lane.ts), so what separates the two is the GraphQL layer alone.
  return (req, res) => {
    const answer = (status: number, body: unknown) => send(status, JSON.stringify(body));
    const send = (status: number, text: string) => {
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(text),
      });
      res.end(text);
    };
    if (req.method !== 'POST' || req.url !== '/graphql') return answer(404, { errors: [{ message: 'POST /graphql' }] });
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let query: unknown;
      try {
        ({ query } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query?: unknown });
      } catch {
        return answer(400, { errors: [{ message: 'the body is not JSON' }] });
      }
      const handwritten = typeof query === 'string' ? byQuery.get(query) : undefined;
      if (!handwritten) return answer(400, { errors: [{ message: 'not a workload query of bench/workload.ts' }] });
      graph.read(handwritten.statement, handwritten.params).then(
        ([row]) => send(200, encodeCursors(JSON.stringify({ data: row?.data ?? null }))),
        (error: unknown) =>
          answer(500, { errors: [{ message: error instanceof Error ? error.message : String(error) }] }),
      );
    });
  };
}

/**
 * Cypher 5 has no base64: the statements return `cursor:<key>`, encoded here as src/graph/pagination.ts does, on the
 * answer's JSON text in one pass. A walk rebuilding every object made the limit slower than it is: on the page of 100
 * with relations at c=16 it cost 2.97 ms of CPU per request against 2.33 ms for this, side by side.
 */
function encodeCursors(json: string): string {
  return json.replace(/"(cursor:(?:[^"\\]|\\.)*)"/g, (_, escaped: string) =>
    JSON.stringify(Buffer.from(JSON.parse(`"${escaped}"`) as string, 'utf8').toString('base64')),
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`[variant] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
