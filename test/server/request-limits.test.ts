import type { Graph } from '../../src/graph/graph';
import { postQuery, serveApp, type GraphqlReply, type ServedApp } from '../support/serve-app';
import { connectTestGraph, emptyDatabase } from '../support/test-graph';

// Each limit of the server on its own (README "Limits and errors"), with the stand-in schema and small limits so
// that one request meets exactly one of them. test/api/query-limits.test.ts runs the real API at the defaults.

let graph: Graph;
beforeAll(async () => {
  graph = connectTestGraph();
  await emptyDatabase(graph);
  await graph.write('testCreateRelease', { version: 'test-release-1' });
});
afterAll(async () => {
  await emptyDatabase(graph);
  await graph.close();
});

function expectLimit(reply: GraphqlReply, extensions: Record<string, unknown>, message: string | RegExp): void {
  expect(reply.status).toBe(400);
  expect(reply.body.data).toBeUndefined();
  expect(reply.body.errors).toEqual([
    { message: typeof message === 'string' ? message : expect.stringMatching(message), extensions },
  ]);
}

const aliases = (count: number, field: string) => Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ');

describe('limits on the query document, before it is parsed', () => {
  let served: ServedApp;
  beforeAll(async () => {
    served = await serveApp(graph, { maxQueryBytes: 200, maxQueryTokens: 30 });
  });
  afterAll(() => served.stop());

  it('refuses a document over MAX_QUERY_BYTES, counted in UTF-8 bytes', async () => {
    // 50 ASCII bytes and 50 characters of three bytes each, in a comment: 200 characters would pass.
    const query = `# ${'江'.repeat(50)}\n{ release { version } }`.padEnd(101, ' ');
    expectLimit(
      await postQuery(served.url, query),
      { code: 'LIMIT_EXCEEDED', limit: 'MAX_QUERY_BYTES', value: Buffer.byteLength(query), max: 200 },
      `query size ${Buffer.byteLength(query)} bytes exceeds MAX_QUERY_BYTES 200: send a shorter document (variables do not count)`,
    );
  });

  it('refuses a document over MAX_QUERY_TOKENS', async () => {
    expectLimit(
      await postQuery(served.url, `{ ${aliases(6, 'release { version }')} }`),
      { code: 'LIMIT_EXCEEDED', limit: 'MAX_QUERY_TOKENS', max: 30 },
      'query has more than 30 tokens (MAX_QUERY_TOKENS 30): send a shorter document',
    );
  });

  it('gives a document sent again the verdict it got the first time (verdicts are remembered per text)', async () => {
    const refused = `{ ${aliases(6, 'release { version }')} }`;
    const admitted = `{ ${aliases(2, 'release { version }')} }`;
    for (let round = 0; round < 2; round++) {
      expect((await postQuery(served.url, refused)).status).toBe(400);
      const reply = await postQuery(served.url, admitted);
      expect(reply.status).toBe(200);
      expect(reply.body.data).toEqual({ a0: { version: 'test-release-1' }, a1: { version: 'test-release-1' } });
    }
  });

  it('checks GET requests too', async () => {
    const query = encodeURIComponent(`{ ${aliases(6, 'release { version }')} }`);
    const response = await fetch(`${served.url}/graphql?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { limit: 'MAX_QUERY_TOKENS' } }] });
  });

  it('does not count variables, comments or whitespace as tokens', async () => {
    const reply = await postQuery(
      served.url,
      `# a comment of many words is no token at all\nquery Q($first: Int) {\n  programmes(first: $first) { totalCount }\n}`,
      { first: 1 },
    );
    expect(reply.body.errors).toBeUndefined();
  });
});

describe('limits on the operation, before any resolver runs', () => {
  let served: ServedApp;
  beforeAll(async () => {
    served = await serveApp(graph, { maxQueryRootFields: 3, maxQueryAliases: 4, maxQueryCost: 2000 });
  });
  afterAll(() => served.stop());

  it('refuses more distinct root fields than MAX_QUERY_ROOT_FIELDS', async () => {
    expectLimit(
      await postQuery(served.url, `{ ${aliases(4, 'release { version }')} }`),
      { code: 'LIMIT_EXCEEDED', limit: 'MAX_QUERY_ROOT_FIELDS', value: 4, max: 3 },
      'query root fields 4 exceeds MAX_QUERY_ROOT_FIELDS 3: split it into several requests',
    );
    // The same key twice is one root field.
    expect((await postQuery(served.url, '{ release { version } release { version } }')).body.errors).toBeUndefined();
  });

  it('refuses more aliases than MAX_QUERY_ALIASES, fragments counted where they are spread', async () => {
    const query = `{ programmes(first: 1) { edges { node { ...F } } } x: programmes(first: 2) { edges { node { ...F } } } }
      fragment F on Programme { a: id b: name }`;
    expectLimit(
      await postQuery(served.url, query),
      { code: 'LIMIT_EXCEEDED', limit: 'MAX_QUERY_ALIASES', value: 5, max: 4 },
      /^query aliases 5 exceeds MAX_QUERY_ALIASES 4 /,
    );
  });

  it('weighs every request with its own variables, though the same document passed before', async () => {
    // The plugin remembers what passed per document, operation and variables (query-limits-plugin.ts).
    const query = `query Q($first: Int) { programmes(first: $first) { edges { node { id related { id name related { id } } } } } }`;
    expect((await postQuery(served.url, query, { first: 1 })).body.errors).toBeUndefined();
    const refused = await postQuery(served.url, query, { first: 100 });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'MAX_QUERY_COST' });
    expect((await postQuery(served.url, query, { first: 1 })).body.errors).toBeUndefined();
    expect((await postQuery(served.url, query, { first: 100 })).status).toBe(400);
  });

  it('counts introspection: __schema costs what the whole introspection returns', async () => {
    const one = await postQuery(served.url, '{ __schema { queryType { name } } }');
    expect(one.body.errors).toBeUndefined();
    // The stand-in schema's introspection costs about 1,150: one passes, two do not.
    const reply = await postQuery(served.url, `{ ${aliases(2, '__schema { queryType { name } }')} }`);
    expect(reply.status).toBe(400);
    expect(reply.body.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'MAX_QUERY_COST' });
    expect(reply.body.errors?.[0]?.message).toMatch(
      /^query cost \d+ exceeds MAX_QUERY_COST 2000: ask for fewer fields\.$/,
    );
  });
});

describe('limits on what a request returns', () => {
  let served: ServedApp;
  beforeAll(async () => {
    served = await serveApp(graph, { maxResponseBytes: 1000 });
  });
  afterAll(() => served.stop());

  it('answers MAX_RESPONSE_BYTES instead of a larger response', async () => {
    const small = await postQuery(served.url, '{ programmes(first: 1) { edges { node { id } } } }');
    expect(small.body.errors).toBeUndefined();
    const reply = await postQuery(
      served.url,
      '{ programmes(first: 5) { edges { node { id name nameEn related { id name nameEn } } } } }',
    );
    const value = reply.body.errors?.[0]?.extensions?.value as number;
    expect(value).toBeGreaterThan(1000);
    expectLimit(
      reply,
      { code: 'LIMIT_EXCEEDED', limit: 'MAX_RESPONSE_BYTES', value, max: 1000 },
      `response size ${value} bytes exceeds MAX_RESPONSE_BYTES 1000: ask for fewer items (a smaller \`first\`) or fewer fields`,
    );
  });
});
