import type { Neo4jHandle } from '../src/graph/connect';

/** Stops the embedded Neo4j only if the global setup started it (a reused one keeps running). */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __neo4jHandle?: Neo4jHandle }).__neo4jHandle?.release();
}
