/**
 * First request after start vs steady state (issue 11.4): `npm run bench:first-request [-- --repeat N]`.
 *
 * For each warm-up setting (WARM_UP=off, then on) it empties Neo4j's query caches (clearQueryCaches in
 * cypher/maintenance.cypher: plans live in the Neo4j process, not in the API's), starts the API server in a fresh
 * child process against the existing graph (no re-ingest: the server only checks the seed graph is current),
 * waits until it answers (and, with warm-up on, until the warm-up has run), then times the first request of each
 * query, then the same request repeated, and prints first, steady-state median and their ratio side by side.
 * The API runs with RESPONSE_CACHE=off, so a repeat executes the query again instead of answering from the cache.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { withGraph } from '../src/graph/connect';
import { examples } from '../src/server/examples';
import { median } from './stats';

const ROOT = path.resolve(__dirname, '..');

interface Options {
  repeat: number;
  modes: ('off' | 'on')[];
  port: number;
}

const USAGE = `Usage: npm run bench:first-request -- [--repeat N] [--modes off,on] [--port P]

Starts the API (src/server/main.ts) in a child process against the existing graph, once per warm-up setting,
with Neo4j's query caches emptied before each start, and prints for each query the first request's time, the
median of N more (steady state) and their ratio.

  --repeat N     requests per query after the first (default 7, 1–100)
  --modes LIST   warm-up settings to measure, comma-separated: off, on (default off,on)
  --port P       the API's HTTP port for the child (default: PORT + 1, or 4001)
  --help         this text

The graph must be loaded (npm run ingest); Neo4j is reused or started as for npm start (NEO4J_* settings).`;

function parseArgs(argv: string[], defaultPort: number): Options {
  const options: Options = { repeat: 7, modes: ['off', 'on'], port: defaultPort };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg}: needs a value`);
      return v;
    };
    if (arg === '--repeat') {
      const v = value();
      const n = Number(v);
      if (!/^\d+$/.test(v) || n < 1 || n > 100) throw new Error(`--repeat: a whole number from 1 to 100, got "${v}"`);
      options.repeat = n;
    } else if (arg === '--modes') {
      const v = value();
      const modes = v.split(',').map((m) => m.trim());
      const bad = modes.find((m) => m !== 'on' && m !== 'off');
      if (bad !== undefined || modes.length === 0) throw new Error(`--modes: on and/or off, got "${v}"`);
      options.modes = modes as Options['modes'];
    } else if (arg === '--port') {
      const v = value();
      const n = Number(v);
      if (!/^\d+$/.test(v) || n < 1 || n > 65535) throw new Error(`--port: a port number, got "${v}"`);
      options.port = n;
    } else {
      throw new Error(`unknown argument "${arg}" (see --help)`);
    }
  }
  return options;
}

interface Query {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const QUERIES: Query[] = [
  ...examples.map((e) => ({
    name: e.name,
    query: e.query,
    variables: e.variables ? (JSON.parse(e.variables) as Record<string, unknown>) : undefined,
  })),
  {
    name: 'programmes(area: 新会区)',
    query: `{ programmes(filter: {area: "新会区", includeSubAreas: false}, first: 20) { totalCount edges { node { id name } } } }`,
  },
  {
    name: 'search(修订孤儿成年后安置制度)',
    query: `{ search(text: "修订孤儿成年后安置制度", first: 5) { score snippet snippetLines { lines { start end } text } } }`,
  },
];

function startServer(port: number, warmUp: 'on' | 'off', log: (line: string) => void): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/server/main.ts')], {
    cwd: ROOT,
    // The response cache off: repeats are to measure warm execution (plans, JIT, pool), not a stored answer.
    env: { ...process.env, PORT: String(port), WARM_UP: warmUp, RESPONSE_CACHE: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    let ready = false;
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!ready && output.includes('API ready')) {
        ready = true;
        log(`  API ready (WARM_UP=${warmUp})${warmUp === 'on' ? '; waiting for the warm-up …' : ''}`);
      }
      const warmed = /\[warm-up\] (ran the example operations in \d+ ms|stopped: .*)/.exec(output);
      if (ready && (warmUp === 'off' || warmed)) {
        if (warmed) log(`  warm-up ${warmed[1]}`);
        child.stdout!.off('data', onData);
        child.stderr!.off('data', onData);
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      if (!ready) reject(new Error(`the API exited (code ${code}) before it was ready:\n${output.slice(-2000)}`));
    });
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await exited;
}

async function timeRequest(port: number, q: Query): Promise<number> {
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q.query, variables: q.variables }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  const ms = performance.now() - started;
  if (!response.ok || body.errors) {
    throw new Error(`${q.name}: HTTP ${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
  }
  return ms;
}

interface Row {
  mode: string;
  query: string;
  first: number;
  steady: number;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const config = loadConfig();
  const options = parseArgs(argv, config.port === 0 ? 4001 : config.port + 1);
  const log = (line: string) => console.error(line);
  const rows: Row[] = [];
  await withGraph(
    config,
    (line) => log(`[neo4j] ${line}`),
    async (graph) => {
      for (const mode of options.modes) {
        log(`WARM_UP=${mode}: emptying Neo4j's query caches and starting the API on port ${options.port} …`);
        await graph.command('clearQueryCaches');
        const child = await startServer(options.port, mode, log);
        try {
          for (const q of QUERIES) {
            const first = await timeRequest(options.port, q);
            const times: number[] = [];
            for (let i = 0; i < options.repeat; i++) times.push(await timeRequest(options.port, q));
            rows.push({ mode, query: q.name, first, steady: median(times) });
            log(`  ${q.name}: first ${first.toFixed(0)} ms, steady ${median(times).toFixed(1)} ms`);
          }
        } finally {
          await stopServer(child);
        }
      }
    },
  );
  const header = ['warm-up', 'query', 'first (ms)', `steady median of ${options.repeat} (ms)`, 'first / steady'];
  const table = rows.map((r) => [
    r.mode,
    r.query,
    r.first.toFixed(0),
    r.steady.toFixed(1),
    `${(r.first / r.steady).toFixed(1)}×`,
  ]);
  const widths = header.map((h, i) => Math.max([...h].length, ...table.map((row) => [...row[i]!].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  for (const row of table) console.log(line(row));
}

main().catch((error: unknown) => {
  console.error(`bench:first-request: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
