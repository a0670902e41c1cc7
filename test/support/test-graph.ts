import type { Neo4jConnection } from '../../src/config';
import { CypherCatalog } from '../../src/graph/cypher-catalog';
import { Graph } from '../../src/graph/graph';

/** The connection the global setup opened: the real Neo4j of this test run. */
export function testConnection(): Neo4jConnection {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) throw new Error('TEST_NEO4J_URI is not set: run the tests through jest (its global setup starts Neo4j)');
  return {
    uri,
    user: process.env.TEST_NEO4J_USER ?? 'neo4j',
    password: process.env.TEST_NEO4J_PASSWORD ?? '',
    database: process.env.TEST_NEO4J_DATABASE ?? 'neo4j',
  };
}

export function connectTestGraph(catalog?: CypherCatalog): Graph {
  return Graph.connect(testConnection(), { txTimeoutMs: 60_000 }, catalog);
}

/** Gives a test file a clean database: no nodes, no relationships (schema is left to the callers). */
export async function emptyDatabase(graph: Graph): Promise<void> {
  await graph.command('deleteEverything');
}
