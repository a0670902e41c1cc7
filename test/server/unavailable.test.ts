import { Graph } from '../../src/graph/graph';
import { postQuery, serveApp, type ServedApp } from '../support/serve-app';

// A Graph pointed at a port where nothing listens: a Neo4j that is down, without mocking the driver.
describe('the HTTP app when Neo4j is down', () => {
  let graph: Graph;
  let served: ServedApp;

  beforeAll(async () => {
    graph = Graph.connect(
      { uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x', database: 'neo4j' },
      { txTimeoutMs: 1_000 },
    );
    served = await serveApp(graph);
  });
  afterAll(async () => {
    await served.stop();
    await graph.close();
  });

  it('answers GET /health with 503 at once, naming the cause', async () => {
    const started = Date.now();
    const response = await fetch(`${served.url}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      api: 'ok',
      neo4j: 'unavailable',
      release: null,
      error: expect.stringMatching(/^Neo4j is unavailable: .*ECONNREFUSED 127\.0\.0\.1:1/),
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  // Takes a few seconds on purpose: the driver retries a read transaction (5 s, Graph.connect) before giving up.
  it('reports SERVICE_UNAVAILABLE for a query that needs Neo4j', async () => {
    const reply = await postQuery(served.url, '{ release { version } programmes(first: 1) { totalCount } }');
    expect(reply.status).toBe(200);
    expect(reply.body.data).toEqual({ release: null, programmes: { totalCount: 5 } });
    expect(reply.body.errors).toEqual([
      expect.objectContaining({
        path: ['release'],
        message: expect.stringMatching(/^Neo4j is unavailable/),
        extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE' }),
      }),
    ]);
  }, 90_000);
});
