import type { Graph } from '../../src/graph/graph';
import { connectTestGraph } from '../support/test-graph';

// Graph.read starts the driver's statement without capturing a call-site stack (src/graph/graph.ts,
// withoutCallSite): what a failed read tells its caller must not suffer for it, and nothing else may lose stacks.
describe('a failed read', () => {
  let graph: Graph;
  beforeAll(() => {
    graph = connectTestGraph();
  });
  afterAll(async () => {
    await graph.close();
  });

  it("keeps Neo4j's code and message", async () => {
    // testEcho reads $value: without it Neo4j refuses the statement.
    await expect(graph.read('testEcho', {})).rejects.toMatchObject({
      code: 'Neo.ClientError.Statement.ParameterMissing',
      message: expect.stringContaining('value') as unknown,
    });
  });

  it('leaves the stack limit of every other error as it was', async () => {
    const before = Error.stackTraceLimit;
    await graph.read('testEcho', { value: 'x' });
    await graph.read('testEcho', {}).catch(() => undefined);
    expect(Error.stackTraceLimit).toBe(before);
    expect(new Error('after').stack).toContain('read-errors.test');
  });
});
