import type { Graph } from '../src/graph/graph';
import { connectTestGraph, emptyDatabase } from './support/test-graph';

// Proves the tests talk to a real Neo4j: a uniqueness constraint is enforced by the database itself.

describe('the test database', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = connectTestGraph();
    await emptyDatabase(graph);
    await graph.command('testCreateProbeConstraint');
  });
  afterAll(async () => {
    await graph.command('testDropProbeConstraint');
    await emptyDatabase(graph);
    await graph.close();
  });

  it('is Neo4j 5.26', async () => {
    const [info] = await graph.read('testServerInfo');
    expect(info).toMatchObject({ name: 'Neo4j Kernel' });
    expect(String(info?.version)).toMatch(/^5\.26\./);
  });

  it('enforces a uniqueness constraint with Neo4j’s own error', async () => {
    await graph.write('testCreateProbe', { key: 'a' });
    await expect(graph.write('testCreateProbe', { key: 'a' })).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
  });
});
