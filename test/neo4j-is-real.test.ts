import { CypherCatalog } from '../src/graph/cypher-catalog';
import type { Graph } from '../src/graph/graph';
import { connectTestGraph, emptyDatabase } from './support/test-graph';

// Proves the tests talk to a real Neo4j: a uniqueness constraint is enforced by the database itself.
const catalog = new CypherCatalog();
catalog.addFile(
  'neo4j-is-real.test.ts',
  `
// name: createProbeConstraint
CREATE CONSTRAINT probe_key IF NOT EXISTS FOR (p:RealityProbe) REQUIRE p.key IS UNIQUE
// name: dropProbeConstraint
DROP CONSTRAINT probe_key IF EXISTS
// name: createProbe
CREATE (:RealityProbe {key: $key})
// name: deleteEverything
MATCH (n) DETACH DELETE n
// name: serverInfo
CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition
`,
);

describe('the test database', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = connectTestGraph(catalog);
    await emptyDatabase(graph);
    await graph.command('createProbeConstraint');
  });
  afterAll(async () => {
    await graph.command('dropProbeConstraint');
    await emptyDatabase(graph);
    await graph.close();
  });

  it('is Neo4j 5.26', async () => {
    const [info] = await graph.read('serverInfo');
    expect(info).toMatchObject({ name: 'Neo4j Kernel' });
    expect(String(info?.version)).toMatch(/^5\.26\./);
  });

  it('enforces a uniqueness constraint with Neo4j’s own error', async () => {
    await graph.write('createProbe', { key: 'a' });
    await expect(graph.write('createProbe', { key: 'a' })).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
  });
});
