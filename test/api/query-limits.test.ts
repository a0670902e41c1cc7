import { buildASTSchema, getIntrospectionQuery, getOperationAST, parse } from 'graphql';
import { loadConfig } from '../../src/config';
import type { Graph } from '../../src/graph/graph';
import { costListSizes, readListSizes, type KnownListSizes } from '../../src/graph/list-sizes';
import * as graphqlApi from '../../src/graphql';
import type { GraphqlApi } from '../../src/server/app';
import { queryCost } from '../../src/server/limits/query-cost';
import { ordinaryQueries } from '../support/ordinary-queries';
import { postQuery, serveApp, type GraphqlReply, type ServedApp } from '../support/serve-app';
import { graphWithSeeds } from './support';

/**
 * The limits of issues 11.1, 12.2 and 12.3 on the real API over the seed graph, through HTTP as clients meet them:
 * ordinary queries are accepted and cost less than MAX_QUERY_COST; hostile ones are refused before any Cypher
 * statement runs; a request that needs too many statements or answers too much is stopped. Statements are counted
 * through the context's StatementListener, as test/api/support.ts does.
 */
const defaults = loadConfig({});
const schema = buildASTSchema(graphqlApi.typeDefs);

/** Names of the statements the requests sent to Neo4j since the last `statements.length = 0`. */
const statements: string[] = [];
const api: GraphqlApi<graphqlApi.Context> = {
  ...graphqlApi,
  createContext: (options) => graphqlApi.createContext({ ...options, listener: (name) => statements.push(name) }),
};

let graph: Graph;
let known: KnownListSizes;
let served: ServedApp;

beforeAll(async () => {
  graph = await graphWithSeeds();
  known = await readListSizes(graph);
  served = await serveApp(graph, {}, api, costListSizes(known.sizes));
}, 300_000);
afterAll(async () => {
  await served.stop();
  await graph.close();
});

/** Posts an operation and tells which statements it sent. */
async function post(url: string, query: string, variables?: Record<string, unknown>) {
  statements.length = 0;
  const reply = await postQuery(url, query, variables);
  return { ...reply, statements: [...statements] };
}

/**
 * The statements a refused request sent, once those still in flight have run: graphql-js answers as soon as an
 * error reaches a nullable parent, without waiting for statements other fields had already sent.
 */
async function settledStatements(): Promise<number> {
  let count = -1;
  for (let waited = 0; waited < 5000 && count !== statements.length; waited += 300) {
    count = statements.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return statements.length;
}

function expectRefused(reply: GraphqlReply, limit: string): void {
  expect(reply.status).toBe(400);
  expect(reply.body.data).toBeUndefined();
  expect(reply.body.errors).toHaveLength(1);
  expect(reply.body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit });
}

describe('list sizes', () => {
  it('are measured by the ingest and recorded with the release', () => {
    expect(known.source).toBe('release');
    // 老年人 is served by dozens of programmes; a programme serves a few groups.
    expect(known.sizes['(:TargetGroup)<-[:SERVES]-']).toMatchObject({
      p99: expect.any(Number),
      lists: expect.any(Number),
    });
    expect(known.sizes['(:TargetGroup)<-[:SERVES]-']!.p99).toBeGreaterThan(10);
    expect(known.sizes['(:Programme)-[:SERVES]->']!.mean).toBeLessThan(5);
    expect(known.sizes['statements per relation']!.p99).toBeGreaterThanOrEqual(1);
  });
});

describe('ordinary queries (issue 11.1)', () => {
  it('are 25 and more: the README examples, the ones issue 11 saw refused, and what researchers write', () => {
    expect(ordinaryQueries.length).toBeGreaterThanOrEqual(25);
  });

  it.each(ordinaryQueries.map((q) => [q.name, q] as const))('%s is accepted and answered', async (_name, q) => {
    const cost = queryCost({
      schema,
      document: parse(q.query),
      operation: getOperationAST(parse(q.query))!,
      variables: q.variables,
      defaultPageSize: defaults.defaultPageSize,
      unknownListSize: defaults.maxPageSize,
      listSizes: costListSizes(known.sizes),
    }).cost;
    expect(cost).toBeLessThan(defaults.maxQueryCost);
    const reply = await post(served.url, q.query, q.variables);
    expect(reply.body.errors).toBeUndefined();
    expect(reply.status).toBe(200);
    expect(reply.body.data).toEqual(expect.any(Object));
    expect(reply.statements.length).toBeLessThanOrEqual(defaults.maxRequestStatements);
  });

  it('lets GraphiQL introspect the real schema (introspection costs what it returns, well under the limit)', async () => {
    const reply = await post(served.url, getIntrospectionQuery({ descriptions: true }));
    expect(reply.body.errors).toBeUndefined();
    expect(reply.statements).toEqual([]);
  });
});

/** Hostile queries that fit MAX_QUERY_BYTES and MAX_QUERY_TOKENS, so the later limits must catch them. */
const fragmentBomb = (levels: number) => {
  let query = `query Bomb { programmes(first: 1) { edges { node { ...F${levels} } } } } fragment F0 on Programme { id name }`;
  for (let k = 1; k <= levels; k++) query += ` fragment F${k} on Programme { ...F${k - 1} ...F${k - 1} }`;
  return query;
};
const aliases = (count: number, field: (i: number) => string) =>
  Array.from({ length: count }, (_, i) => `a${i}: ${field(i)}`).join(' ');

const HOSTILE: [string, string, string][] = [
  [
    'an alias bomb at the root (1000 programme counts: 43 KB)',
    `{ ${aliases(1000, () => 'programmes(first: 0) { totalCount }')} }`,
    'MAX_QUERY_BYTES',
  ],
  [
    '40 root fields',
    `{ ${aliases(40, (i) => `programmes(first: ${i % 3}) { totalCount }`)} }`,
    'MAX_QUERY_ROOT_FIELDS',
  ],
  [
    'an alias bomb under a page of 100',
    `{ programmes(first: 100) { edges { node { ${aliases(
      30,
      () => 'targetGroups { node { programmes { node { name } } } statements { quote passage { text } } }',
    )} } } } }`,
    'MAX_QUERY_COST',
  ],
  ['a fragment bomb of 24 fragments (issue 12.2)', fragmentBomb(24), 'MAX_QUERY_COST'],
  ['a fragment bomb of 30 fragments', fragmentBomb(30), 'MAX_QUERY_COST'],
  [
    'nested pages of 100, ten deep',
    `{ documents(first: 100) { edges { node { passages(first: 100) { edges { node {
        statements { quote passage { mentions { surface } } } } } } } } } }`,
    'MAX_QUERY_COST',
  ],
  [
    'a page of 100 with relations nested to depth 12',
    `{ programmes(first: 100) { edges { node { targetGroups { node { programmes { node {
        areas { node { programmes { node { name } } } } } } } } } } } }`,
    'MAX_QUERY_COST',
  ],
  [
    'ten aliased __schema (introspection is not free)',
    `{ ${aliases(10, () => '__schema { types { name fields { name } } }')} }`,
    'MAX_QUERY_COST',
  ],
  [
    'depth 14',
    `{ programmes(first: 1) { edges { node { narrower { node { narrower { node { narrower { node {
        narrower { node { narrower { node { name } } } } } } } } } } } } } }`,
    'MAX_QUERY_DEPTH',
  ],
];

describe('hostile queries are refused before any Cypher statement runs (issues 11.1, 12.2, 12.3)', () => {
  it.each(HOSTILE)('%s', async (_name, query, limit) => {
    const reply = await post(served.url, query);
    expectRefused(reply, limit);
    expect(reply.statements).toEqual([]);
  });

  it('refuses the fragment bomb in milliseconds, while /health keeps answering', async () => {
    const health = async () => {
      const started = performance.now();
      const response = await fetch(`${served.url}/health`);
      return { status: response.status, ms: performance.now() - started };
    };
    const bomb = async () => {
      const started = performance.now();
      const reply = await postQuery(served.url, fragmentBomb(30));
      return { reply, ms: performance.now() - started };
    };
    // Before issue 12.2, 24 fragments held the event loop 9.7 s, and 30 about ten minutes.
    const [bombs, healthDuringBombs] = await Promise.all([Promise.all([bomb(), bomb(), bomb(), bomb()]), health()]);
    for (const { reply, ms } of bombs) {
      expectRefused(reply, 'MAX_QUERY_COST');
      expect(ms).toBeLessThan(1000);
    }
    expect(healthDuringBombs.status).toBe(200);
    expect(healthDuringBombs.ms).toBeLessThan(5000);
  });

  it('names the costliest fields and what to lower', async () => {
    const reply = await post(served.url, HOSTILE[2]![1]);
    const error = reply.body.errors?.[0];
    expect(error?.message).toMatch(
      /^query cost \d+ exceeds MAX_QUERY_COST 50000\. Costliest branch \(\d+\): programmes ×100 \(first\) › /,
    );
    expect(error?.message).toContain('To lower it, pass a smaller `first` to programmes');
    expect(error?.extensions?.costliest).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'programmes', size: 100, sizedBy: 'first' })]),
    );
  });
});

describe('work and response bounded while a request runs (issue 12.3)', () => {
  let strict: ServedApp;
  let open: ServedApp;
  beforeAll(async () => {
    strict = await serveApp(
      graph,
      // ProgrammeProfile needs 4 statements (its relations read their next level ahead, look-ahead.ts).
      { maxRequestStatements: 3, maxResponseBytes: 20_000 },
      api,
      costListSizes(known.sizes),
    );
    // The pre-execution limits lifted, to show what the statement budget does on its own.
    open = await serveApp(
      graph,
      { maxQueryBytes: 1_000_000, maxQueryTokens: 100_000, maxQueryRootFields: 10_000, maxQueryAliases: 10_000 },
      api,
      costListSizes(known.sizes),
    );
  });
  afterAll(async () => {
    await strict.stop();
    await open.stop();
  });

  it('stops a request at MAX_REQUEST_STATEMENTS and answers that error alone, without partial data', async () => {
    const profile = ordinaryQueries.find((q) => q.name === 'ProgrammeProfile')!;
    const reply = await post(strict.url, profile.query);
    expectRefused(reply, 'MAX_REQUEST_STATEMENTS');
    expect(reply.body.errors?.[0]?.message).toMatch(/needs more than 3 Cypher statements \(MAX_REQUEST_STATEMENTS 3\)/);
    expect(await settledStatements()).toBe(3);
  });

  it('sends at most MAX_REQUEST_STATEMENTS for 1000 aliases of programmes(first: 0) { totalCount }', async () => {
    const reply = await post(open.url, `{ ${aliases(1000, () => 'programmes(first: 0) { totalCount }')} }`);
    expectRefused(reply, 'MAX_REQUEST_STATEMENTS');
    // Issue 12.3 saw 1,000.
    expect(await settledStatements()).toBe(defaults.maxRequestStatements);
  });

  it('replaces a response over MAX_RESPONSE_BYTES by an error saying so', async () => {
    const themes = ordinaryQueries.find((q) => q.name === 'ThemesAtAGlance')!;
    const reply = await post(strict.url, themes.query);
    expectRefused(reply, 'MAX_RESPONSE_BYTES');
    const { value, max } = reply.body.errors![0]!.extensions as { value: number; max: number };
    expect(max).toBe(20_000);
    expect(value).toBeGreaterThan(max);
    expect(reply.body.errors?.[0]?.message).toBe(
      `response size ${value} bytes exceeds MAX_RESPONSE_BYTES 20000: ask for fewer items (a smaller \`first\`) or fewer fields`,
    );
  });

  it('lets the same request through under the default cap', async () => {
    const themes = ordinaryQueries.find((q) => q.name === 'ThemesAtAGlance')!;
    const reply = await post(served.url, themes.query);
    expect(reply.status).toBe(200);
    expect(reply.body.errors).toBeUndefined();
  });
});
