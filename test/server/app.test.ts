import type { Graph } from '../../src/graph/graph';
import { GRAPHIQL_ASSETS_PATH } from '../../src/server/graphiql';
import { postQuery, serveApp, type ServedApp } from '../support/serve-app';
import { STAND_IN_PROGRAMMES } from '../support/stand-in-api';
import { connectTestGraph, emptyDatabase } from '../support/test-graph';

// The app with the stand-in schema over the real Neo4j of the test run.

describe('the HTTP app', () => {
  let graph: Graph;
  let served: ServedApp;

  beforeAll(async () => {
    graph = connectTestGraph();
    await emptyDatabase(graph);
    await graph.write('testCreateRelease', { version: 'test-release-1' });
    served = await serveApp(graph, { maxQueryDepth: 5, maxQueryCost: 1000, maxPageSize: 50 });
  });
  afterAll(async () => {
    await served.stop();
    await emptyDatabase(graph);
    await graph.close();
  });

  describe('GET /health', () => {
    it('is 200 with the release version when Neo4j answers', async () => {
      const response = await fetch(`${served.url}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ api: 'ok', neo4j: 'ok', release: 'test-release-1' });
    });
  });

  describe('/graphql', () => {
    it('answers POST, reading Neo4j through the Graph', async () => {
      const reply = await postQuery(served.url, '{ release { version } }');
      expect(reply).toEqual({ status: 200, body: { data: { release: { version: 'test-release-1' } } } });
    });

    it('answers GET (with the header Apollo wants against CSRF)', async () => {
      const query = encodeURIComponent('{ programmes(first: 1) { totalCount } }');
      const response = await fetch(`${served.url}/graphql?query=${query}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { programmes: { totalCount: STAND_IN_PROGRAMMES.length } } });
    });

    it('gives an AppError its own code', async () => {
      const reply = await postQuery(served.url, '{ programme(id: "Programme:nope") { name } }');
      expect(reply.body.errors).toEqual([
        expect.objectContaining({
          message: 'Programme not found: "Programme:nope"',
          path: ['programme'],
          extensions: expect.objectContaining({ code: 'NOT_FOUND', input: 'Programme:nope' }),
        }),
      ]);
    });

    it('reports BAD_USER_INPUT from a resolver', async () => {
      const reply = await postQuery(served.url, '{ programme(id: "") { id } programmes(first: 1) { totalCount } }');
      expect(reply.status).toBe(200);
      expect(reply.body.errors?.[0]).toMatchObject({ message: 'id: must not be empty', path: ['programme'] });
      expect(reply.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('keeps GRAPHQL_VALIDATION_FAILED for validation errors', async () => {
      const reply = await postQuery(served.url, '{ programmes { nope } }');
      expect(reply.status).toBe(400);
      expect(reply.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('calls any other failure INTERNAL_SERVER_ERROR, without a stack trace unless DEBUG_ERRORS, and logs it', async () => {
      const reply = await postQuery(served.url, '{ broken }');
      const [error] = reply.body.errors ?? [];
      expect(error?.message).toBe('secret internal detail');
      expect(error?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(served.logs.join('\n')).toContain('internal error at broken: Error: secret internal detail');
    });
  });

  describe('limits', () => {
    it('refuses a query deeper than MAX_QUERY_DEPTH before running it', async () => {
      const reply = await postQuery(
        served.url,
        '{ nested { child { child { child { child { child { value } } } } } } }',
      );
      expect(reply.status).toBe(400);
      expect(reply.body.data).toBeUndefined();
      expect(reply.body.errors).toEqual([
        {
          message: 'query depth 7 exceeds MAX_QUERY_DEPTH 5',
          extensions: { code: 'LIMIT_EXCEEDED', limit: 'MAX_QUERY_DEPTH', value: 7, max: 5 },
        },
      ]);
    });

    it('refuses a query costing more than MAX_QUERY_COST, counting `first` from the variables', async () => {
      const query = 'query Q($n: Int) { programmes(first: $n) { edges { node { related { id name } } } } }';
      // 1 + (1 + n × (1 + (1 + 5 × 2))) = 2 + 12n: 50 → 602 passes, without n DEFAULT_PAGE_SIZE (20) too.
      expect((await postQuery(served.url, query, { n: 50 })).body.errors).toBeUndefined();
      const tooMuch = await postQuery(
        served.url,
        `{ a: programmes(first: 50) { edges { node { related { id name } } } } b: programmes(first: 50) { edges { node { related { id name } } } } }`,
      );
      expect(tooMuch.status).toBe(400);
      expect(tooMuch.body.errors).toEqual([
        {
          message:
            'query cost 1204 exceeds MAX_QUERY_COST 1000. Costliest branch (602): a ×50 (first) › ' +
            'a.edges.node.related ×5 (@listSize(assumedSize)). To lower it, pass a smaller `first` to a, ' +
            'or select less under a.edges.node.related (or ask for it in a separate query).',
          extensions: {
            code: 'LIMIT_EXCEEDED',
            limit: 'MAX_QUERY_COST',
            value: 1204,
            max: 1000,
            costliest: [
              { path: 'a', size: 50, sizedBy: 'first', cost: 602 },
              { path: 'a.edges.node.related', size: 5, sizedBy: '@listSize(assumedSize)', cost: 550 },
            ],
          },
        },
      ]);
    });

    it('lets GraphiQL introspect the schema at the default limits, however deep its introspection query is', async () => {
      const { getIntrospectionQuery } = await import('graphql');
      // Introspection costs what it returns (about 1,150 here): more than this test's MAX_QUERY_COST of 1000.
      const atDefaults = await serveApp(graph);
      try {
        const reply = await postQuery(atDefaults.url, getIntrospectionQuery());
        expect(reply.body.errors).toBeUndefined();
      } finally {
        await atDefaults.stop();
      }
    });
  });

  describe('GraphiQL', () => {
    it('is the page a browser gets at GET /graphql, with no URL outside this server', async () => {
      const response = await fetch(`${served.url}/graphql`, {
        headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      const html = await response.text();
      expect(html).toContain('ResearcherCoverage');
      expect(html).toContain('PortalProgrammes');
      expect(html).toContain('StaffIndicatorTargets');
      expect(html).not.toMatch(/https?:\/\/|\/\/[a-z0-9.-]+\.[a-z]{2,}\//i);
      expect(html).not.toContain('{{');
      const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
      expect(sources.length).toBeGreaterThanOrEqual(4);
      for (const source of sources) expect(source).toMatch(new RegExp(`^(${GRAPHIQL_ASSETS_PATH}/|data:)`));
    });

    it.each([
      ['graphiql.min.js', /javascript/],
      ['graphiql.min.css', /css/],
      ['react.production.min.js', /javascript/],
      ['react-dom.production.min.js', /javascript/],
    ])('serves %s from node_modules', async (file, type) => {
      const response = await fetch(`${served.url}${GRAPHIQL_ASSETS_PATH}/${file}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(type);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    });

    it('serves nothing else under its assets path', async () => {
      expect((await fetch(`${served.url}${GRAPHIQL_ASSETS_PATH}/..%2Fpackage.json`)).status).toBe(404);
      expect((await fetch(`${served.url}${GRAPHIQL_ASSETS_PATH}/index.js`)).status).toBe(404);
    });

    it('leaves GET /graphql to Apollo for clients that want JSON', async () => {
      const response = await fetch(`${served.url}/graphql?query=%7B__typename%7D`, {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
      });
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    });
  });
});
