import type { Graph } from '../../src/graph/graph';
import { INTERNAL_MESSAGE } from '../../src/server/format-error';
import { postQuery, serveApp, type ServedApp } from '../support/serve-app';
import { connectTestGraph } from '../support/test-graph';

describe('the HTTP app in production mode', () => {
  let graph: Graph;
  let served: ServedApp;

  beforeAll(async () => {
    graph = connectTestGraph();
    served = await serveApp(graph, { production: true, maxQueryDepth: 3 });
  });
  afterAll(async () => {
    await served.stop();
    await graph.close();
  });

  it('replaces an internal error by a generic message without stack trace, and logs the real one', async () => {
    const reply = await postQuery(served.url, '{ broken }');
    expect(reply.body.errors).toEqual([
      {
        message: INTERNAL_MESSAGE,
        locations: [{ line: 1, column: 3 }],
        path: ['broken'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expect(JSON.stringify(reply.body)).not.toContain('secret');
    expect(served.logs.join('\n')).toContain('secret internal detail');
  });

  it.each([
    ['NOT_FOUND', '{ programme(id: "x") { id } }'],
    ['GRAPHQL_VALIDATION_FAILED', '{ nope }'],
    ['GRAPHQL_PARSE_FAILED', '{ programme('],
    ['LIMIT_EXCEEDED', '{ nested { child { child { value } } } }'],
  ])('keeps the message of %s but no stack trace', async (code, query) => {
    const reply = await postQuery(served.url, query);
    const [error] = reply.body.errors ?? [];
    expect(error?.extensions?.code).toBe(code);
    expect(error?.message).not.toBe(INTERNAL_MESSAGE);
    expect(error?.extensions).not.toHaveProperty('stacktrace');
  });
});
