/**
 * A quick before/after measurement of the API's runtime, in process (no HTTP, no response cache): for the nested
 * page of 100 programmes (test/api/round-trips.test.ts) over the API test fixture, and the README's three example
 * queries (src/server/examples.ts) over the seed graph, it prints the median latency, the statements per request
 * and the bytes read from Neo4j (the JSON size of the rows the driver returned: an approximation of the Bolt bytes).
 *
 *   npx tsx tools/measure-api.ts --load [--rounds 15]
 *
 * --load REPLACES the database's content (the test fixture, then the seed graph): use the Neo4j of a worktree,
 * never one that holds data you need. Without --load it refuses to run. Not a benchmark (bench/ is): a tool for a
 * change's author to compare two commits on one machine.
 */
import { loadConfig } from '../src/config';
import { withGraph } from '../src/graph/connect';
import type { Graph } from '../src/graph/graph';
import { writeFactSet } from '../src/graph/graph-writer';
import { createContext, resolvers, typeDefs, type Context } from '../src/graphql';
import { ingestSeeds } from '../src/ingest/ingest';
import { examples } from '../src/server/examples';
import { ApolloServer } from '@apollo/server';
import { fixtureFacts } from '../test/api/fixture';

const NESTED = `
  query ($first: Int) {
    programmes(first: $first) {
      totalCount
      edges { node {
        id name flags { code }
        evidence { quote citation passage { id } }
        targetGroups {
          node { name broader { name } }
          statements { status year quote citation document { title issuer { name } } passage { id text sectionPath lines { start end } } }
        }
        areas { node { name parent { name } ancestors { name } } statements { citation passage { id } } }
        institutions { node { name area { name } } statements { quote } }
        themes { node { name } statements { status } }
        policies { node { title citedBy { passage { id } } } }
      } }
    }
  }`;

const HELP = `Usage: npx tsx tools/measure-api.ts --load [--rounds N]

Replaces the database's content (API test fixture with 120 generated programmes, then the seed graph) and prints,
per operation, the median latency over N rounds (default 15), the statements per request and the bytes of rows
read from Neo4j. Uses the embedded Neo4j of this checkout (NEO4J_EMBEDDED_PORT) or NEO4J_URI.`;

interface Measured {
  name: string;
  medianMs: number;
  statements: number;
  rowBytes: number;
  responseBytes: number;
}

async function measure(
  graph: Graph,
  server: ApolloServer<Context>,
  name: string,
  query: string,
  variables: Record<string, unknown>,
  rounds: number,
): Promise<Measured> {
  const config = loadConfig({});
  let rowBytes = 0;
  // A Graph that counts the JSON size of what each statement returned.
  const counting = {
    read: async (statement: string, params: Record<string, unknown>, listener?: (n: string) => void) => {
      const rows = await graph.read(statement, params, listener);
      rowBytes += JSON.stringify(rows).length;
      return rows;
    },
  } as unknown as Graph;
  const times: number[] = [];
  let statements = 0;
  let responseBytes = 0;
  for (let round = 0; round < rounds + 2; round++) {
    rowBytes = 0;
    const sent: string[] = [];
    const contextValue = createContext({ graph: counting, config, listener: (n) => sent.push(n) });
    const started = process.hrtime.bigint();
    const response = await server.executeOperation({ query, variables }, { contextValue });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (response.body.kind !== 'single' || response.body.singleResult.errors) {
      throw new Error(`${name}: ${JSON.stringify(response.body)}`.slice(0, 500));
    }
    if (round >= 2) times.push(ms); // two warm-up rounds
    statements = sent.length;
    responseBytes = JSON.stringify(response.body.singleResult.data).length;
  }
  times.sort((a, b) => a - b);
  return { name, medianMs: times[Math.floor(times.length / 2)] ?? NaN, statements, rowBytes, responseBytes };
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) return void console.log(HELP);
  if (!argv.includes('--load')) throw new Error('--load is required: this tool replaces the database content');
  const roundsAt = argv.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(argv[roundsAt + 1]) : 15;
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new Error(`--rounds: a whole number > 0, got "${argv[roundsAt + 1]}"`);
  const log = (line: string) => void process.stderr.write(`${line}\n`);
  await withGraph(loadConfig(), log, async (graph) => {
    const server = new ApolloServer<Context>({ typeDefs, resolvers });
    const results: Measured[] = [];
    log('loading the API test fixture (120 generated programmes) …');
    await graph.command('deleteEverything');
    await writeFactSet(graph, fixtureFacts({ generated: 120 }), { force: true });
    log('measuring the nested page …');
    results.push(await measure(graph, server, 'nested page (100 programmes)', NESTED, { first: 100 }, rounds));
    log('loading the seed graph …');
    await graph.command('deleteEverything');
    await ingestSeeds(graph, { force: true });
    for (const example of examples) {
      log(`measuring ${example.name} …`);
      const variables = example.variables ? (JSON.parse(example.variables) as Record<string, unknown>) : {};
      results.push(await measure(graph, server, example.name, example.query, variables, rounds));
    }
    console.log('| operation | median ms | statements | rows read (JSON KiB) | response (KiB) |');
    console.log('|---|---|---|---|---|');
    for (const r of results) {
      console.log(
        `| ${r.name} | ${r.medianMs.toFixed(1)} | ${r.statements} | ${(r.rowBytes / 1024).toFixed(1)} | ${(r.responseBytes / 1024).toFixed(1)} |`,
      );
    }
  });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`measure-api: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
