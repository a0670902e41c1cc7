import type { Config, Neo4jConnection } from '../config';
import { startEmbeddedNeo4j } from './embedded/embedded-neo4j';
import { Graph, type GraphOptions } from './graph';

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

/**
 * Runs `work` with a connected Graph for a command-line tool (ingest, stats, bench): obtains Neo4j as
 * configured, checks it answers, and always closes the driver and releases an embedded Neo4j it started.
 */
export async function withGraph<T>(
  config: Config,
  log: (line: string) => void,
  work: (graph: Graph) => Promise<T>,
  options: Partial<GraphOptions> = {},
): Promise<T> {
  const handle = await obtainNeo4j(config, log);
  const graph = Graph.connect(handle.connection, { txTimeoutMs: config.neo4jTxTimeoutMs, ...options });
  try {
    await graph.verify();
    return await work(graph);
  } finally {
    await graph.close();
    await handle.release();
  }
}
