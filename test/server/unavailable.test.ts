import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Graph } from '../../src/graph/graph';
import { postQuery, serveApp, type ServedApp } from '../support/serve-app';

function connectTestGraphUri(): string {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) throw new Error('TEST_NEO4J_URI is not set: run the tests through jest');
  return uri.replace(/^bolt:/, 'http:').replace(/^neo4j:/, 'http:');
}

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
      error: 'Neo4j is unavailable',
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  // The first request takes a few seconds on purpose: the driver retries a read transaction (5 s, Graph.connect)
  // before giving up. After it, Neo4j is known to be down and requests are answered at once.
  it('answers SERVICE_UNAVAILABLE with HTTP 503 and Retry-After, naming no address, then at once while down', async () => {
    const reply = await postQuery(served.url, '{ release { version } programmes(first: 1) { totalCount } }');
    expect(reply.status).toBe(503);
    expect(reply.body.errors).toEqual([
      expect.objectContaining({
        message: 'Neo4j is unavailable',
        extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE' }),
      }),
    ]);
    const started = Date.now();
    const response = await fetch(`${served.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ release { version } }' }),
    });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(JSON.stringify(await response.json())).not.toContain('127.0.0.1');
    expect(served.logs.filter((l) => l.startsWith('Neo4j is unavailable'))).toHaveLength(1);
  }, 90_000);
});

describe('the HTTP app when Neo4j stalls', () => {
  let stalled: Server;
  const sockets: Socket[] = [];
  let graph: Graph;
  let served: ServedApp;

  beforeAll(async () => {
    // Accepts connections and never answers: a frozen database, as far as the driver can tell.
    stalled = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => stalled.listen(0, '127.0.0.1', resolve));
    const { port } = stalled.address() as AddressInfo;
    graph = Graph.connect(
      { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'x', database: 'neo4j' },
      { txTimeoutMs: 60_000 },
    );
    served = await serveApp(graph, { requestDeadlineMs: 1_500 });
  });
  afterAll(async () => {
    await served.stop();
    await graph.close();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => stalled.close(resolve));
  });

  it('answers within the request deadline, 503 with Retry-After', async () => {
    const started = Date.now();
    const reply = await postQuery(served.url, '{ release { version } }');
    const took = Date.now() - started;
    expect(reply.status).toBe(503);
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(took).toBeGreaterThanOrEqual(1_400);
    expect(took).toBeLessThan(5_000);
  });
});

describe('the HTTP app when Neo4j comes back', () => {
  let proxy: Server;
  const sockets: Socket[] = [];
  let graph: Graph;
  let served: ServedApp;
  let port: number;
  const target = new URL(connectTestGraphUri());

  beforeAll(async () => {
    // A port where the test Neo4j will appear: first nothing listens there, then a proxy to the real one.
    proxy = createServer((client) => {
      const upstream = connect(Number(target.port), target.hostname);
      sockets.push(client, upstream);
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    port = (proxy.address() as AddressInfo).port;
    await new Promise((resolve) => proxy.close(resolve));
    graph = Graph.connect(
      {
        uri: `bolt://127.0.0.1:${port}`,
        user: process.env.TEST_NEO4J_USER ?? 'neo4j',
        password: process.env.TEST_NEO4J_PASSWORD ?? '',
        database: process.env.TEST_NEO4J_DATABASE ?? 'neo4j',
      },
      { txTimeoutMs: 5_000, maxRetryTimeMs: 500 },
    );
    served = await serveApp(graph);
  });
  afterAll(async () => {
    await served.stop();
    await graph.close();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => proxy.close(resolve));
  });

  it('recovers without a restart, with one log line for the outage and one for the recovery', async () => {
    expect((await postQuery(served.url, '{ release { version } }')).status).toBe(503);
    await new Promise<void>((resolve) => proxy.listen(port, '127.0.0.1', resolve));
    const deadline = Date.now() + 30_000;
    let status = 503;
    while (status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      status = (await postQuery(served.url, '{ release { version } }')).status;
    }
    expect(status).toBe(200);
    expect(served.logs.filter((l) => l.startsWith('Neo4j is unavailable'))).toHaveLength(1);
    expect(served.logs.filter((l) => l.startsWith('Neo4j is back after'))).toHaveLength(1);
  }, 60_000);
});
