import type { RequestHandler } from 'express';
import type { Graph } from '../graph/graph';

export interface HealthReport {
  api: 'ok';
  neo4j: 'ok' | 'unavailable';
  /** Version of the loaded release (sha256 over seeds and documents); null before the first ingest. */
  release: string | null;
  /** Why Neo4j counts as unavailable. */
  error?: string;
}

/**
 * A health check must answer quickly even when Neo4j hangs: a load balancer's probe gives up long
 * before the driver's 30 s retry budget or the transaction timeout would.
 */
export const HEALTH_TIMEOUT_MS = 5_000;

/**
 * Checks Neo4j with the cheapest real read: connectivity first (it fails at once, where a read
 * transaction would retry for 30 s), then the Release node.
 */
export async function checkHealth(graph: Graph, timeoutMs = HEALTH_TIMEOUT_MS): Promise<HealthReport> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Neo4j within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const release = await Promise.race([readRelease(graph), timeout]);
    return { api: 'ok', neo4j: 'ok', release };
  } catch (error) {
    // The message only, first line: the driver's own details (addresses, stacks) stay in the server.
    return { api: 'ok', neo4j: 'unavailable', release: null, error: (error as Error).message.split('\n')[0]! };
  } finally {
    clearTimeout(timer);
  }
}

async function readRelease(graph: Graph): Promise<string | null> {
  await graph.verify();
  const [row] = await graph.read('healthRelease');
  return typeof row?.version === 'string' ? row.version : null;
}

/** GET /health: 200 when Neo4j answers, 503 otherwise; the body is the HealthReport either way. */
export function healthHandler(graph: Graph): RequestHandler {
  return async (_req, res) => {
    const report = await checkHealth(graph);
    res
      .status(report.neo4j === 'ok' ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json(report);
  };
}
