import { loadConfig } from '../src/config';
import { obtainNeo4j, type Neo4jHandle } from '../src/graph/connect';

/**
 * Starts the same provisioned Neo4j that `npm start` uses (or uses NEO4J_URI when set) once for
 * the whole run, and hands its connection to the test files through TEST_NEO4J_* variables.
 */
export default async function globalSetup(): Promise<void> {
  const config = loadConfig();
  const handle = await obtainNeo4j(config, (line) => process.stderr.write(`[neo4j] ${line}\n`));
  process.env.TEST_NEO4J_URI = handle.connection.uri;
  process.env.TEST_NEO4J_USER = handle.connection.user;
  process.env.TEST_NEO4J_PASSWORD = handle.connection.password;
  process.env.TEST_NEO4J_DATABASE = handle.connection.database;
  (globalThis as { __neo4jHandle?: Neo4jHandle }).__neo4jHandle = handle;
}
