import { createHash } from 'node:crypto';
import type { Graph } from '../../src/graph/graph';
import { postQuery, serveApp, type ServedApp } from '../support/serve-app';
import { connectTestGraph } from '../support/test-graph';

// Issue 12.6: every error on /graphql is a GraphQL JSON error with a code that names the client's mistake;
// stack traces only when DEBUG_ERRORS asks for them.

interface Reply {
  status: number;
  contentType: string | null;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<Reply> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type'), text, body: JSON.parse(text) };
}

/** What no error answer may carry: Express's HTML page, a stack trace, the server's file paths. */
function expectPlainJson(reply: Reply): void {
  expect(reply.contentType).toMatch(/^application\/json/);
  expect(reply.text).not.toMatch(/<html|<pre>|\n\s+at |node_modules|\/src\//i);
}

describe('errors on /graphql', () => {
  let graph: Graph;
  let served: ServedApp;
  let debug: ServedApp;

  beforeAll(async () => {
    graph = connectTestGraph();
    served = await serveApp(graph, { maxPageSize: 50 });
    debug = await serveApp(graph, { maxPageSize: 50, debugErrors: true });
  });
  afterAll(async () => {
    await served.stop();
    await debug.stop();
    await graph.close();
  });

  describe('bodies Express cannot read', () => {
    it('answers a malformed JSON body with BAD_REQUEST, as JSON, without a stack trace', async () => {
      const reply = await post(served.url, '{"query": ');
      expect(reply.status).toBe(400);
      expectPlainJson(reply);
      expect(reply.body).toEqual({
        errors: [
          {
            message: expect.stringMatching(/^request body is not valid JSON: /),
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      });
    });

    it('answers a 10 MB body with LIMIT_EXCEEDED naming MAX_BODY_BYTES, HTTP 413', async () => {
      const body = JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(10_000_000) });
      const reply = await post(served.url, body);
      expect(reply.status).toBe(413);
      expectPlainJson(reply);
      expect(reply.body.errors).toEqual([
        {
          message: `request body of ${body.length} bytes exceeds MAX_BODY_BYTES 1048576`,
          extensions: { code: 'LIMIT_EXCEEDED', limit: 'MAX_BODY_BYTES', value: body.length, max: 1048576 },
        },
      ]);
    });

    it('adds the stack trace when DEBUG_ERRORS is on', async () => {
      const reply = await post(debug.url, '{"query": ');
      expect(reply.status).toBe(400);
      expect(reply.body.errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(reply.body.errors[0].extensions.stacktrace).toEqual(expect.arrayContaining([expect.any(String)]));
    });
  });

  describe('operations this read-only API does not serve', () => {
    it.each(['mutation', 'subscription'])('a %s is BAD_REQUEST, HTTP 400, and nothing runs', async (kind) => {
      const reply = await post(served.url, JSON.stringify({ query: `${kind} { x }` }));
      expect(reply.status).toBe(400);
      expectPlainJson(reply);
      expect(reply.body.data).toBeUndefined();
      expect(reply.body.errors).toEqual([
        {
          message: `this API is read-only: ${kind} operations are not supported (send a query)`,
          locations: [{ line: 1, column: 1 }],
          extensions: { code: 'BAD_REQUEST' },
        },
      ]);
    });
  });

  describe('persisted queries', () => {
    const query = '{ __typename }';
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
    const persisted = (extra: Record<string, unknown>) => JSON.stringify({ extensions: { persistedQuery: extra } });

    it('a hash that does not match its query is BAD_REQUEST, HTTP 400', async () => {
      const reply = await post(
        served.url,
        JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ other }') } } }),
      );
      expect(reply.status).toBe(400);
      expectPlainJson(reply);
      expect(reply.body.errors).toEqual([
        { message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } },
      ]);
    });

    it('an unsupported version is BAD_REQUEST', async () => {
      const reply = await post(served.url, persisted({ version: 2, sha256Hash: sha256(query) }));
      expect(reply.status).toBe(400);
      expect(reply.body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
    });

    it('an unknown hash is PERSISTED_QUERY_NOT_FOUND; registered, it runs', async () => {
      const hash = sha256(query);
      const unknown = await post(served.url, persisted({ version: 1, sha256Hash: hash }));
      expect(unknown.body.errors[0].extensions).toEqual({ code: 'PERSISTED_QUERY_NOT_FOUND' });
      const registered = await post(
        served.url,
        JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
      );
      expect(registered.body).toEqual({ data: { __typename: 'Query' } });
      expect((await post(served.url, persisted({ version: 1, sha256Hash: hash }))).body).toEqual({
        data: { __typename: 'Query' },
      });
    });
  });

  describe('`first`: one rule, HTTP 400 before anything runs, however it is wrong', () => {
    const page = 'programmes(first: $n) { totalCount }';
    it.each([
      [
        'negative',
        '{ programmes(first: -1) { totalCount } }',
        undefined,
        'BAD_USER_INPUT',
        'first: must not be negative, got -1',
      ],
      [
        'over MAX_PAGE_SIZE',
        '{ programmes(first: 51) { totalCount } }',
        undefined,
        'BAD_USER_INPUT',
        'first: must be at most 50, got 51',
      ],
      [
        'negative, in a variable',
        `query ($n: Int) { ${page} }`,
        { n: -5 },
        'BAD_USER_INPUT',
        'first: must not be negative, got -5',
      ],
      [
        'too large, in a variable',
        `query ($n: Int) { ${page} }`,
        { n: 1e6 },
        'BAD_USER_INPUT',
        'first: must be at most 50, got 1000000',
      ],
      [
        'too large, as a default',
        `query ($n: Int = 99) { ${page} }`,
        undefined,
        'BAD_USER_INPUT',
        'first: must be at most 50, got 99',
      ],
      [
        'too large, in a fragment',
        'query { ...F } fragment F on Query { programmes(first: 500) { totalCount } }',
        undefined,
        'BAD_USER_INPUT',
        'first: must be at most 50, got 500',
      ],
      [
        'not an integer, in a variable',
        `query ($n: Int) { ${page} }`,
        { n: 'x' },
        'BAD_USER_INPUT',
        /Int cannot represent/,
      ],
      [
        'not an integer',
        '{ programmes(first: "x") { totalCount } }',
        undefined,
        'GRAPHQL_VALIDATION_FAILED',
        /Int cannot represent/,
      ],
      [
        'over 32 bits',
        '{ programmes(first: 1099511627776) { totalCount } }',
        undefined,
        'GRAPHQL_VALIDATION_FAILED',
        /32-bit/,
      ],
    ])('%s', async (_what, query, variables, code, message) => {
      const reply = await postQuery(served.url, query, variables);
      expect(reply.status).toBe(400);
      expect(reply.body.data).toBeUndefined();
      expect(reply.body.errors).toHaveLength(1);
      expect(reply.body.errors?.[0]?.extensions?.code).toBe(code);
      expect(reply.body.errors?.[0]?.message).toMatch(message);
    });

    it('lets 0 and MAX_PAGE_SIZE through', async () => {
      const reply = await postQuery(
        served.url,
        '{ a: programmes(first: 0) { totalCount } b: programmes(first: 50) { totalCount } }',
      );
      expect(reply.status).toBe(200);
      expect(reply.body.errors).toBeUndefined();
    });
  });

  it('shows an internal error’s stack trace only when DEBUG_ERRORS is on', async () => {
    const plain = await postQuery(served.url, '{ broken }');
    expect(plain.body.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    const debugged = await postQuery(debug.url, '{ broken }');
    expect(debugged.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(debugged.body.errors?.[0]?.extensions?.stacktrace).toEqual(
      expect.arrayContaining([expect.stringContaining('secret internal detail')]),
    );
  });
});
