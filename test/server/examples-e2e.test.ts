import * as api from '../../src/graphql';
import type { Graph } from '../../src/graph/graph';
import { ensureSeedGraph } from '../../src/ingest/ingest';
import { examples } from '../../src/server/examples';
import { postQuery, serveApp, type ServedApp } from '../support/serve-app';
import { connectTestGraph } from '../support/test-graph';

// What a first-time user does: open GraphiQL on the seed graph and run each example, with the
// default limits. Every example must answer with data, not an error.
describe('the examples on the seed graph, through the real schema', () => {
  let graph: Graph;
  let served: ServedApp;

  beforeAll(async () => {
    graph = connectTestGraph();
    await ensureSeedGraph(graph, () => undefined);
    served = await serveApp(graph, {}, api);
  }, 180_000);
  afterAll(async () => {
    await served?.stop();
    await graph?.close();
  });

  it.each(examples.map((e) => [e.name, e] as const))('%s answers with data', async (_name, example) => {
    const variables = example.variables ? (JSON.parse(example.variables) as Record<string, unknown>) : undefined;
    const reply = await postQuery(served.url, example.query, variables);
    expect(reply.body.errors).toBeUndefined();
    expect(reply.status).toBe(200);
    const [root] = Object.values(reply.body.data ?? {}) as unknown[];
    const items = Array.isArray(root) ? root : (root as { edges?: unknown[] } | undefined)?.edges;
    expect(items?.length).toBeGreaterThan(0);
  });
});
