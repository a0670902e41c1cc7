/**
 * Benchmarks, printed as figures. Timings on shared machines are noisy, so every comparison is a ratio
 * of two variants measured side by side in one run, interleaved round by round.
 *
 *   npm run bench [-- --rounds 30]
 *
 * 1. Ingest: reading and verifying the seeds, and writing the graph (one transaction).
 * 2. The three example queries (researcher, portal, policy staff): Cypher statements per request and
 *    latency, with the per-request DataLoaders batching (MAX_BATCH_SIZE default) against the same loaders
 *    forced to one key per statement (maxBatchSize 1, i.e. the N+1 pattern batching avoids).
 * 3. Keyset pagination: the last page of the longest document's passages against its first page.
 */
import { ApolloServer } from '@apollo/server';
import { loadConfig } from '../src/config';
import { withGraph } from '../src/graph/connect';
import type { Graph } from '../src/graph/graph';
import { writeFactSet } from '../src/graph/graph-writer';
import { createContext, resolvers, typeDefs, type Context } from '../src/graphql';
import { DEFAULT_SEEDS_DIR, ensureSeedGraph } from '../src/ingest/ingest';
import { loadSeeds } from '../src/ingest/seed-files';
import { examples } from '../src/server/examples';

const HELP = `Usage: npm run bench [-- --rounds N]   (default 20 rounds per measurement)`;

interface Sample {
  ms: number;
  statements: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(HELP);
    return;
  }
  const roundsAt = argv.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(argv[roundsAt + 1]) : 20;
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new Error(`--rounds must be a positive whole number, got "${argv[roundsAt + 1]}"`);

  await withGraph(
    loadConfig(),
    (line) => console.error(`[neo4j] ${line}`),
    async (graph) => {
      await ensureSeedGraph(graph, () => undefined);
      await benchIngest(graph, Math.min(rounds, 5));
      await benchQueries(graph, rounds);
      await benchPagination(graph, rounds);
    },
    { txTimeoutMs: 120_000 },
  );
}

async function benchIngest(graph: Graph, rounds: number): Promise<void> {
  const load: number[] = [];
  const write: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let t = performance.now();
    const facts = loadSeeds(DEFAULT_SEEDS_DIR);
    load.push(performance.now() - t);
    t = performance.now();
    await writeFactSet(graph, facts, { force: true });
    write.push(performance.now() - t);
  }
  console.log(`\n## Ingest (${rounds} rounds, median)`);
  console.log(`read + verify seeds      ${fmt(median(load))}`);
  console.log(`write graph (1 tx)       ${fmt(median(write))}`);
}

async function run(server: ApolloServer<Context>, graph: Graph, maxBatchSize: number, query: string): Promise<Sample> {
  // One key per statement sends hundreds of statements: lift the request's statement budget for the comparison.
  const context = createContext({ graph, config: { ...loadConfig({}), maxBatchSize, maxRequestStatements: 100_000 } });
  const started = performance.now();
  const response = await server.executeOperation({ query }, { contextValue: context });
  const ms = performance.now() - started;
  if (response.body.kind !== 'single' || response.body.singleResult.errors) {
    throw new Error(`benchmark query failed: ${JSON.stringify(response.body)}`);
  }
  return { ms, statements: context.statements.length };
}

/** A portal page of 100 programmes with their groups, areas and every statement's passage: wide and deep. */
const NESTED_PAGE = {
  name: 'Programmes100Nested',
  query: `{
  programmes(first: 100) {
    edges { node { id name
      targetGroups { node { name broader { name } } statements { status year quote citation passage { id sectionPath } } }
      areas { node { name parent { name } } statements { status quote passage { id } } }
      themes { node { name } statements { status } }
    } }
  }
}`,
};

async function benchQueries(graph: Graph, rounds: number): Promise<void> {
  const server = new ApolloServer<Context>({ typeDefs, resolvers });
  await server.start();
  console.log(`\n## Example queries (${rounds} rounds each, interleaved; batched vs one key per statement)`);
  console.log(
    'query                     statements  median     p95        | unbatched: statements  median     | time ratio',
  );
  for (const example of [...examples, NESTED_PAGE]) {
    const batched: Sample[] = [];
    const unbatched: Sample[] = [];
    await run(server, graph, 500, example.query); // warm the plan cache for both variants
    await run(server, graph, 1, example.query);
    for (let i = 0; i < rounds; i++) {
      batched.push(await run(server, graph, 500, example.query));
      unbatched.push(await run(server, graph, 1, example.query));
    }
    const b = median(batched.map((s) => s.ms));
    const u = median(unbatched.map((s) => s.ms));
    console.log(
      `${example.name.padEnd(26)}${String(batched[0]!.statements).padEnd(12)}${fmt(b).padEnd(11)}${fmt(
        percentile(
          batched.map((s) => s.ms),
          95,
        ),
      ).padEnd(11)}| ${String(unbatched[0]!.statements).padEnd(23)}${fmt(u).padEnd(11)}| ${(u / b).toFixed(2)}x`,
    );
  }
  await server.stop();
}

async function benchPagination(graph: Graph, rounds: number): Promise<void> {
  const server = new ApolloServer<Context>({ typeDefs, resolvers });
  await server.start();
  const page = (after: string | null) => `{
    node(id: "Document:jiangmen-public-services-plan-2021-2025") {
      ... on Document { passages(first: 10${after ? `, after: "${after}"` : ''}) {
        totalCount edges { cursor node { id ordinal } } pageInfo { endCursor hasNextPage } } }
    }
  }`;
  // Walk to the last page once to learn its cursor.
  let after: string | null = null;
  let lastCursor: string | null = null;
  let pages = 0;
  for (;;) {
    const context = createContext({ graph, config: loadConfig({}) });
    const query: string = page(after);
    const response = await server.executeOperation({ query }, { contextValue: context });
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const connection: any = (response.body.singleResult.data as any)?.node?.passages;
    if (!connection) throw new Error(`pagination query failed: ${JSON.stringify(response.body.singleResult.errors)}`);
    pages++;
    if (!connection.pageInfo.hasNextPage) break;
    lastCursor = after = connection.pageInfo.endCursor;
  }
  const first: number[] = [];
  const last: number[] = [];
  for (let i = 0; i < rounds; i++) {
    first.push((await run(server, graph, 500, page(null))).ms);
    last.push((await run(server, graph, 500, page(lastCursor))).ms);
  }
  console.log(`\n## Keyset pagination (${pages} pages of 10 passages, ${rounds} rounds, median)`);
  console.log(
    `first page ${fmt(median(first))}, last page ${fmt(median(last))}: ratio ${(median(last) / median(first)).toFixed(2)}`,
  );
  await server.stop();
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
