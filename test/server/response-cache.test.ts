import * as api from '../../src/graphql';
import type { Graph } from '../../src/graph/graph';
import { writeFactSet } from '../../src/graph/graph-writer';
import type { GraphqlApi } from '../../src/server/app';
import { GET_CACHE_CONTROL } from '../../src/server/response-cache';
import { fixtureFacts } from '../api/fixture';
import { graphWithFixture } from '../api/support';
import { serveApp, type ServedApp } from '../support/serve-app';

// The release-keyed response cache (src/server/response-cache.ts) in the real app over the real Neo4j: the
// statements each request sends are counted through the context's StatementListener.

const QUERY = `query ($first: Int, $group: String) {
  programmes(first: $first, filter: { targetGroup: $group }) { totalCount edges { node { id name } } }
}`;

describe('the response cache', () => {
  let graph: Graph;
  let served: ServedApp;
  let off: ServedApp;
  let statements: string[] = [];
  const counted: GraphqlApi<api.Context> = {
    ...api,
    createContext: (options) => api.createContext({ ...options, listener: (name) => statements.push(name) }),
  };

  /** POSTs an operation; returns status, headers, body and the statements it sent. */
  const post = async (target: ServedApp, body: unknown) => {
    statements = [];
    const response = await fetch(`${target.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, text: await response.text(), sent: statements };
  };
  const get = async (query: string, variables: unknown, headers: Record<string, string> = {}) => {
    statements = [];
    const search = new URLSearchParams({ query, variables: JSON.stringify(variables) });
    const response = await fetch(`${served.url}/graphql?${search}`, {
      headers: { 'apollo-require-preflight': 'true', ...headers },
    });
    return { status: response.status, headers: response.headers, text: await response.text(), sent: statements };
  };

  beforeAll(async () => {
    graph = await graphWithFixture({ generated: 10 });
    served = await serveApp(graph, {}, counted);
    off = await serveApp(graph, { responseCache: false }, counted);
  });
  afterAll(async () => {
    await served?.stop();
    await off?.stop();
    await graph?.close();
  });

  it('answers a repeated operation from the cache, sending no statement', async () => {
    const first = await post(served, { query: QUERY, variables: { first: 5, group: null } });
    expect(first.status).toBe(200);
    expect(first.sent.length).toBeGreaterThan(0);
    expect(JSON.parse(first.text).data.programmes.edges).toHaveLength(5);
    // Other whitespace and comments, variables in another order: the same operation.
    const again = await post(served, {
      query: `# the same\n${QUERY.replace(/\s+/g, '   ')}`,
      variables: { group: null, first: 5 },
    });
    expect(again.sent).toEqual([]);
    expect(again.text).toBe(first.text);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    // Other variables: another answer.
    const other = await post(served, { query: QUERY, variables: { first: 6, group: null } });
    expect(other.sent.length).toBeGreaterThan(0);
    expect(other.headers.get('etag')).not.toBe(first.headers.get('etag'));
  });

  it('serves a stored answer before Express as Express serves it: same status, headers and body', async () => {
    const body = JSON.stringify({ query: QUERY, variables: { first: 4, group: null } });
    const send = async (stream: boolean) => {
      statements = [];
      // A body sent in chunks, without Content-Length, is left to Express (stored-answer-lane.ts).
      const sent = stream
        ? new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode(body)), c.close()) })
        : body;
      const response = await fetch(`${served.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: sent,
        ...(stream ? { duplex: 'half' } : {}),
      } as RequestInit);
      const headers: [string, string][] = [];
      response.headers.forEach((value, name) => void (name !== 'date' && headers.push([name, value])));
      return { status: response.status, headers, text: await response.text(), sent: statements };
    };
    const first = await send(false);
    expect(first.sent.length).toBeGreaterThan(0);
    const [viaLane, viaExpress] = [await send(false), await send(true)];
    expect(viaLane.sent).toEqual([]);
    expect(viaExpress.sent).toEqual([]);
    expect(viaLane).toEqual(viaExpress);
    expect(viaLane.text).toBe(first.text);
  });

  it('gives GET answers an ETag and Cache-Control, and answers If-None-Match with 304 without running anything', async () => {
    const first = await get(QUERY, { first: 3 });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe(GET_CACHE_CONTROL);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const revalidated = await get(QUERY, { first: 3 }, { 'if-none-match': etag as string });
    expect(revalidated).toMatchObject({ status: 304, text: '', sent: [] });
    expect(revalidated.headers.get('etag')).toBe(etag);
    const stale = await get(QUERY, { first: 3 }, { 'if-none-match': '"something-else"' });
    expect(stale.status).toBe(200);
    expect(stale.text).toBe(first.text);
  });

  it('keeps no errors and no partial results', async () => {
    const query = '{ a: programmes(filter: { targetGroup: "nobody" }) { totalCount } b: programmes { totalCount } }';
    const first = await post(served, { query });
    expect(JSON.parse(first.text).errors[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    const again = await post(served, { query });
    expect(again.sent.length).toBeGreaterThan(0);
  });

  it('is emptied when a new release becomes visible', async () => {
    const before = await post(served, { query: QUERY, variables: { first: 100 } });
    expect((await post(served, { query: QUERY, variables: { first: 100 } })).sent).toEqual([]);
    const etag = (await get(QUERY, { first: 100 })).headers.get('etag') as string;

    await writeFactSet(graph, fixtureFacts({ generated: 12 }), { force: true, ingestedAt: new Date() });
    const after = await post(served, { query: QUERY, variables: { first: 100 } });
    expect(after.sent.length).toBeGreaterThan(0);
    expect(JSON.parse(after.text).data.programmes.totalCount).toBe(
      JSON.parse(before.text).data.programmes.totalCount + 2,
    );
    const revalidated = await get(QUERY, { first: 100 }, { 'if-none-match': etag });
    expect(revalidated.status).toBe(200);
    expect(revalidated.headers.get('etag')).not.toBe(etag);
  });

  it('is off with RESPONSE_CACHE=off: every request runs, each answer no-store', async () => {
    const body = { query: QUERY, variables: { first: 2 } };
    const first = await post(off, body);
    const again = await post(off, body);
    expect(first.sent.length).toBeGreaterThan(0);
    expect(again.sent).toEqual(first.sent);
    expect(again.headers.get('cache-control')).toBe('no-store');
  });
});
