import type { Config, Neo4jConnection } from '../config';
import { startEmbeddedNeo4j } from './embedded/embedded-neo4j';

export interface Neo4jHandle {
  connection: Neo4jConnection;
  /** 'configured' when NEO4J_URI points at an existing server, else 'embedded'. */
  source: 'configured' | 'embedded';
  /** Stops the embedded Neo4j if this process started it; a no-op otherwise. */
  release(): Promise<void>;
}

/**
 * NEO4J_URI set: use that server or cluster as it is, provision nothing.
 * Not set: provision (once) and start, or reuse, the project's embedded Neo4j.
 */
export async function obtainNeo4j(config: Config, log: (line: string) => void): Promise<Neo4jHandle> {
  if (config.neo4j) {
    return { connection: config.neo4j, source: 'configured', release: async () => undefined };
  }
  const embedded = await startEmbeddedNeo4j({
    home: config.embeddedHome,
    preferredPort: config.embeddedBoltPort,
    database: config.neo4jDatabase,
    log,
  });
  return { connection: embedded.connection, source: 'embedded', release: () => embedded.stop() };
}
