import { HeaderMap, type HTTPGraphQLRequest, type HTTPGraphQLResponse, type BaseContext } from '@apollo/server';
import { ServiceUnavailableError } from '../errors';
import type { Graph } from '../graph/graph';
import { checkHealth } from './health';
import type { Executor } from './release-consistency';

/**
 * What a client gets while Neo4j is down or stalled: an answer within the request deadline, whatever the
 * database does, and at once while the database is known to be down.
 *
 * - Deadline: a request that has not finished in `deadlineMs` is answered 503 SERVICE_UNAVAILABLE (its work goes
 *   on until Neo4j's transaction timeout ends it; the client does not wait for that). A frozen Neo4j costs each
 *   client the deadline, never more.
 * - Circuit: a request that failed with SERVICE_UNAVAILABLE marks Neo4j down; while down, requests are answered
 *   503 without touching it, except one health probe every `probeMs`, which closes the circuit when it succeeds.
 * - 503 with Retry-After for every SERVICE_UNAVAILABLE answer (not 200 with an error in the body), and one log line
 *   per outage and one per recovery, with the cause (which clients never see: it names internal addresses).
 */
export interface AvailabilityOptions {
  deadlineMs: number;
  /** How often, while down, one request may probe Neo4j. */
  probeMs: number;
  log: (line: string) => void;
}

export function withAvailability<TContext extends BaseContext>(
  inner: Executor<TContext>,
  graph: Graph,
  options: AvailabilityOptions,
): Executor<TContext> {
  let downSince: number | null = null;
  let lastProbe = 0;
  const retryAfter = Math.max(1, Math.ceil(options.probeMs / 1000));

  const markDown = (cause: string) => {
    if (downSince !== null) return;
    downSince = Date.now();
    lastProbe = downSince;
    options.log(`Neo4j is unavailable (${cause}): answering 503 until it is back`);
  };
  const markUp = () => {
    if (downSince === null) return;
    options.log(`Neo4j is back after ${((Date.now() - downSince) / 1000).toFixed(1)} s`);
    downSince = null;
  };
  /** While down: true when a probe (at most one per probeMs) finds Neo4j answering again. */
  const recovered = async (): Promise<boolean> => {
    if (Date.now() - lastProbe < options.probeMs) return false;
    lastProbe = Date.now();
    const health = await checkHealth(graph, Math.min(options.deadlineMs, 2_000));
    if (health.neo4j !== 'ok') return false;
    markUp();
    return true;
  };

  return {
    assertStarted: (name) => inner.assertStarted(name),
    async executeHTTPGraphQLRequest(request: {
      httpGraphQLRequest: HTTPGraphQLRequest;
      context: () => Promise<TContext>;
    }): Promise<HTTPGraphQLResponse> {
      if (downSince !== null && !(await recovered())) return unavailable('Neo4j is unavailable', retryAfter);
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<'deadline'>((resolve) => {
        timer = setTimeout(() => resolve('deadline'), options.deadlineMs);
      });
      try {
        const response = await Promise.race([
          inner.executeHTTPGraphQLRequest(request).catch((error: unknown) => {
            if (!(error instanceof ServiceUnavailableError)) throw error;
            const cause = (error as { cause?: unknown }).cause;
            markDown(typeof cause === 'string' ? cause : error.message);
            return unavailable(error.message, retryAfter);
          }),
          deadline,
        ]);
        // A late answer is not an outage by itself (a heavy query, a commit being applied): the circuit opens
        // only on what says the database is unreachable.
        if (response === 'deadline') return unavailable(`no answer within ${options.deadlineMs} ms`, retryAfter);
        if (response.body.kind === 'complete' && failedWith(response.body.string, 'SERVICE_UNAVAILABLE')) {
          markDown('a request failed with SERVICE_UNAVAILABLE');
          response.status = 503;
          response.headers.set('retry-after', String(retryAfter));
        }
        return response;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/**
 * The body carries an error of `code`. Apollo writes `errors` first (orderExecutionResultFields), so an answer without
 * errors, most of them, is told by its first bytes instead of a search of the whole (100 KB for a page of 100).
 */
function failedWith(body: string, code: string): boolean {
  return body.startsWith('{"errors":') && body.includes(`"${code}"`);
}

function unavailable(message: string, retryAfter: number): HTTPGraphQLResponse {
  const headers = new HeaderMap([
    ['content-type', 'application/json; charset=utf-8'],
    ['retry-after', String(retryAfter)],
  ]);
  const body = JSON.stringify({ errors: [{ message, extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
  return { status: 503, headers, body: { kind: 'complete', string: body } };
}
