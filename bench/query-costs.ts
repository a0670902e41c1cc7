/**
 * 1. The query cost (MAX_QUERY_COST) of the ordinary queries of test/support/ordinary-queries.ts: the README's
 *    three examples, the queries issue 11 saw refused, and what researchers write. One row per query with the list
 *    sizes the running API would use (those recorded with the release), so the cost rule's figures can be compared
 *    across commits (7d4c6c5 prints them under the rule before issue 11).
 * 2. How long the API takes to refuse a fragment bomb (issue 12.2: fragments each spreading the previous one
 *    twice), over HTTP, and how long /health takes meanwhile.
 *
 *   npx tsx bench/query-costs.ts
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildASTSchema, getOperationAST, parse } from 'graphql';
import { loadConfig, type Config } from '../src/config';
import { withGraph } from '../src/graph/connect';
import type { Graph } from '../src/graph/graph';
import { costListSizes, readListSizes } from '../src/graph/list-sizes';
import * as api from '../src/graphql';
import { typeDefs } from '../src/graphql';
import { createApp } from '../src/server/app';
import type { MeasuredListSize } from '../src/server/limits/query-cost';
import { queryCost } from '../src/server/limits/query-cost';
import { queryDepth } from '../src/server/limits/query-depth';
import { ordinaryQueries } from '../test/support/ordinary-queries';
import { median } from './stats';

async function main(): Promise<void> {
  const config = loadConfig();
  await withGraph(
    config,
    (line) => console.error(`[neo4j] ${line}`),
    async (graph) => {
      const known = await readListSizes(graph);
      const listSizes = costListSizes(known.sizes);
      printCosts(config, listSizes, known.source);
      await timeFragmentBombs(graph, config, listSizes);
    },
  );
}

function printCosts(config: Config, listSizes: Record<string, MeasuredListSize>, source: string): void {
  const schema = buildASTSchema(typeDefs);
  console.log(
    `## Query cost of ${ordinaryQueries.length} ordinary queries (MAX_QUERY_COST ${config.maxQueryCost}, ` +
      `${Object.keys(listSizes).length} list sizes from the ${source === 'none' ? 'schema' : source})`,
  );
  console.log('query                            depth        cost  verdict');
  let refused = 0;
  for (const { name, query, variables } of ordinaryQueries) {
    const document = parse(query);
    const operation = getOperationAST(document);
    if (!operation) throw new Error(`${name}: not one operation`);
    const { cost } = queryCost({
      schema,
      document,
      operation,
      variables,
      defaultPageSize: config.defaultPageSize,
      unknownListSize: config.maxPageSize,
      listSizes,
    });
    const over = cost > config.maxQueryCost;
    if (over) refused++;
    console.log(
      `${name.padEnd(33)}${String(queryDepth(document, operation)).padStart(5)}${String(cost).padStart(12)}  ${over ? 'REFUSED' : 'ok'}`,
    );
  }
  console.log(`${refused} of ${ordinaryQueries.length} refused`);
}

/** `levels` fragments, each spreading the previous one twice: 2^levels copies of the first one's fields. */
function fragmentBomb(levels: number): string {
  let query = `query Bomb { programmes(first: 1) { edges { node { ...F${levels} } } } } fragment F0 on Programme { id name }`;
  for (let k = 1; k <= levels; k++) query += ` fragment F${k} on Programme { ...F${k - 1} ...F${k - 1} }`;
  return query;
}

async function timeFragmentBombs(
  graph: Graph,
  config: Config,
  listSizes: Record<string, MeasuredListSize>,
): Promise<void> {
  const { handler, close } = await createApp({ graph, config, log: () => undefined, api, listSizes });
  const server = createServer(handler).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const timed = async (request: () => Promise<Response>) => {
    const started = performance.now();
    const response = await request();
    await response.text();
    return { status: response.status, ms: performance.now() - started };
  };
  const bomb = (levels: number) => () =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: fragmentBomb(levels) }),
    });
  console.log('\n## Fragment bombs over HTTP (median of 10; /health asked at the same time)');
  console.log('fragments  bytes  status  refused in   /health');
  for (const levels of [24, 30, 60]) {
    const rounds = [];
    for (let i = 0; i < 10; i++) {
      const [refusal, health] = await Promise.all([timed(bomb(levels)), timed(() => fetch(`${url}/health`))]);
      rounds.push({ refusal, health });
    }
    console.log(
      `${String(levels).padStart(9)}${String(fragmentBomb(levels).length).padStart(7)}${String(rounds[0]!.refusal.status).padStart(8)}` +
        `${median(rounds.map((r) => r.refusal.ms))
          .toFixed(1)
          .padStart(9)} ms${median(rounds.map((r) => r.health.ms))
          .toFixed(1)
          .padStart(7)} ms`,
    );
  }
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await close();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
