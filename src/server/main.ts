/**
 * `npm start`: configuration, Neo4j (embedded or NEO4J_URI), the seed graph, then the API.
 * Start-up failures an operator can fix (configuration, an unreachable Neo4j, a taken port) end
 * in one line on stderr and exit code 1, without a stack trace. SIGINT / SIGTERM stop accepting
 * requests, let the ones in flight finish, and release everything this process acquired.
 */
// First: graphql-js reads NODE_ENV when it is imported (production-default.ts).
import './production-default';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig } from '../config';
import { AppError } from '../errors';
import { obtainNeo4j } from '../graph/connect';
import { PrerequisiteError } from '../graph/embedded/prerequisites';
import { Graph } from '../graph/graph';
import { warmUpStatements } from '../graph/warm-up';
import { costListSizes, readListSizes } from '../graph/list-sizes';
import * as api from '../graphql';
import { ensureSeedGraph } from '../ingest/ingest';
import { SeedValidationError } from '../ingest/seed-validator';
import { createApp, GRAPHQL_PATH } from './app';

/** In-flight requests get this long after a signal before their connections are cut. */
const SHUTDOWN_GRACE_MS = 10_000;

/** A failure already worded for the operator: printed as it is. */
class StartupError extends Error {}

type Cleanup = () => Promise<void>;

const log = (line: string): void => void process.stdout.write(`${line}\n`);

/** What was acquired so far, released in reverse order on failure or shutdown. */
const cleanups: Cleanup[] = [];

const HELP = `Usage: npm start

Starts the GraphQL API: provisions or reuses the embedded Neo4j (or uses NEO4J_URI), loads the seed graph when
the database is empty or out of date, and serves /graphql (GraphiQL in a browser) and /health on PORT.
Configuration comes from the environment; see .env.example. NODE_ENV defaults to production here. Ctrl-C (SIGINT) or SIGTERM stops it cleanly.`;

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    log(HELP);
    process.exit(0);
  }
  if (argv.length > 0) throw new StartupError(`unknown argument "${argv[0]}" (see npm start -- --help)`);
  const config = loadConfig();
  log(`starting civil-affairs-graph API (${config.production ? 'production' : 'development'})`);
  // The driver formats a stack trace for every statement it runs (neo4j-driver-core result.js captureStacktrace),
  // and tsx maps each frame back to TypeScript: a tenth of the API's CPU per request. Stack traces reach no client in
  // production; the operator's log keeps them, unmapped (transpiled positions), unless DEBUG_ERRORS asks.
  if (config.production && !config.debugErrors) process.setSourceMapsEnabled(false);

  const handle = await obtainNeo4j(config, (line) => log(`[neo4j] ${line}`));
  cleanups.push(() => handle.release());
  const { uri } = handle.connection;
  const source = handle.source === 'configured' ? 'NEO4J_URI' : 'embedded';

  const graph = Graph.connect(handle.connection, { txTimeoutMs: config.neo4jTxTimeoutMs });
  cleanups.push(() => graph.close());
  try {
    await graph.verify();
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    throw new StartupError(
      `cannot use Neo4j at ${uri} (${source}): ${firstLine(error)}${typeof cause === 'string' ? ` (${cause})` : ''}`,
    );
  }
  log(`Neo4j answers at ${uri} (${source}, database "${handle.connection.database}")`);

  await ensureSeedGraph(graph, (line) => log(`[seed] ${line}`));
  // Read once: a re-ingest while the API runs keeps the sizes of the release it started with until a restart.
  const listSizes = await readListSizes(graph);
  log(`query cost: ${Object.keys(listSizes.sizes).length} list sizes (${listSizes.source})`);

  const { handler, close, warmUp } = await createApp({
    graph,
    config,
    log,
    api,
    listSizes: costListSizes(listSizes.sizes),
  });
  cleanups.push(close);
  const server = await listen(createServer(handler).listen(config.port), config.port);
  cleanups.push(() => stopServer(server));

  const { port } = server.address() as AddressInfo;
  log(
    `API ready: http://localhost:${port}${GRAPHQL_PATH} (GraphiQL in a browser), explorer at http://localhost:${port}/explore/, health at http://localhost:${port}/health`,
  );
  // Neo4j plans a statement on first use and Node compiles code paths on first run: seconds for the first
  // requests of each kind. Doing both now, while the API already answers, spares the first users the wait
  // (graph/warm-up.ts, App.warmUp); a failure here is logged, never fatal.
  if (!config.warmUp) {
    log('[warm-up] off (WARM_UP=off)');
    return;
  }
  void (async () => {
    await warmUpStatements(graph, (line) => log(`[warm-up] ${line}`));
    log(`[warm-up] ran the example operations in ${await warmUp()} ms`);
  })().catch((error: unknown) => log(`[warm-up] stopped: ${error instanceof Error ? error.message : String(error)}`));
}

/** Resolves once the server listens; a taken port becomes one line naming PORT. */
function listen(server: Server, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once('listening', () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new StartupError(`port ${port} is already in use (set PORT to another one)`)
          : error,
      );
    });
  });
}

/** Stops accepting connections, waits for requests in flight, and cuts what is left after the grace period. */
function stopServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}

async function releaseAll(): Promise<void> {
  while (cleanups.length > 0) {
    try {
      await cleanups.pop()?.();
    } catch (error) {
      process.stderr.write(`while shutting down: ${firstLine(error)}\n`);
    }
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/** One line for what the operator can fix; a stack trace only for what looks like a bug. */
function describeFailure(error: unknown): string {
  if (error instanceof ConfigError) return `config error: ${error.message}`;
  if (error instanceof StartupError || error instanceof AppError || error instanceof PrerequisiteError) {
    return `start-up failed: ${firstLine(error)}`;
  }
  // One `file:line: problem` per line: the whole message is the report.
  if (error instanceof SeedValidationError) return `start-up failed: ${error.message}`;
  return `start-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // A second signal while shutting down means "now": skip the graceful path.
    if (stopping) process.exit(1);
    stopping = true;
    log(`${signal}: shutting down …`);
    void releaseAll().then(() => {
      log('stopped');
      process.exit(0);
    });
  });
}

main(process.argv.slice(2)).catch(async (error: unknown) => {
  process.stderr.write(`${describeFailure(error)}\n`);
  await releaseAll();
  process.exit(1);
});
