import type { ApolloServer, BaseContext, HTTPGraphQLRequest, HTTPGraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { Graph } from '../graph/graph';
import type { ResponseCache } from './response-cache';

/**
 * Every request answers from one release, whole.
 *
 * An ingest replaces the graph in one write transaction, but a request reads it in several statements (its
 * DataLoader waves), and a commit that replaces twenty thousand nodes is applied to the store record by record:
 * a reader running meanwhile sees the graph half deleted, half rewritten (empty lists, NOT_FOUND for 老年人, a
 * node with no labels). Community Neo4j has one database, so the release cannot be swapped by a pointer to
 * another one. Instead the writer announces its commit (IngestLock, set just before and cleared just after,
 * graph-writer.ts), and each request is bracketed by two reads of the release stamp and the lock:
 * - the lock is set before the request: it waits (polling) until the commit is over, then reads;
 * - the stamp changed, or the lock was set, by the end: a commit overlapped its reads, so it runs again.
 * A write that has not begun to commit is invisible to readers, so an unchanged stamp and no lock at both ends
 * mean every statement read the same release.
 *
 * `expressMiddleware` needs only `assertStarted` and `executeHTTPGraphQLRequest` of the server; this wraps both.
 */
export interface ReleaseConsistencyOptions {
  /** How often a request may run again before it gives up (the graph is being rewritten over and over). */
  attempts: number;
  /** How long a request waits for a commit in progress before it gives up. */
  waitMs: number;
  log?: (line: string) => void;
  /**
   * Answers kept per release (response-cache.ts), or none (RESPONSE_CACHE=off). The stamp read before a request
   * scopes it: a stored answer is served only while its release is the one visible, whole, with no commit in
   * progress; an answer is stored only when the stamp read after it is the same.
   */
  cache?: ResponseCache;
}

interface ReleaseState {
  stamp: string | null;
  writing: boolean;
}

/** A lock older than this was left by an ingest that died between its commit and clearing the lock. */
const STALE_LOCK_MS = 10 * 60_000;
const POLL_MS = 50;

export type Executor<TContext extends BaseContext> = Pick<
  ApolloServer<TContext>,
  'assertStarted' | 'executeHTTPGraphQLRequest'
>;

export function withReleaseConsistency<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  graph: Graph,
  options: ReleaseConsistencyOptions,
): Executor<TContext> {
  const state = async (): Promise<ReleaseState> => {
    // A database that cannot be read fails here, before the request runs: SERVICE_UNAVAILABLE (availability.ts).
    const [row] = await graph.read('releaseStamp');
    const since = row?.since ? Date.parse(row.since as string) : NaN;
    const stale = Number.isFinite(since) && Date.now() - since > STALE_LOCK_MS;
    return { stamp: (row?.stamp as string | null | undefined) ?? null, writing: row?.writing === true && !stale };
  };
  /** The state once no commit is in progress, or null when none ended within the deadline. */
  const settled = async (deadline: number): Promise<ReleaseState | null> => {
    for (let s = await state(); ; s = await state()) {
      if (!s.writing) return s;
      if (Date.now() > deadline) return null;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  };
  return {
    assertStarted: (name) => apollo.assertStarted(name),
    async executeHTTPGraphQLRequest(request: {
      httpGraphQLRequest: HTTPGraphQLRequest;
      context: () => Promise<TContext>;
    }): Promise<HTTPGraphQLResponse> {
      const deadline = Date.now() + options.waitMs;
      for (let attempt = 1; attempt <= options.attempts; attempt++) {
        const before = await settled(deadline);
        if (!before) break;
        const slot = options.cache?.slot(request.httpGraphQLRequest, before.stamp) ?? null;
        const stored = slot && options.cache?.lookup(request.httpGraphQLRequest, slot);
        if (stored) return stored;
        const response = await apollo.executeHTTPGraphQLRequest(request);
        if (response.body.kind !== 'complete') return response; // streamed: written as it goes, never repeated
        const after = await state();
        if (!after.writing && before.stamp === after.stamp) {
          return slot && options.cache ? options.cache.store(request.httpGraphQLRequest, slot, response) : response;
        }
        options.log?.(`a new release was committed during a request (attempt ${attempt}): running it again`);
      }
      return releaseChanging(options.attempts);
    },
  };
}

/** The graph changed under every attempt: tell the client to come back rather than answer from two releases. */
function releaseChanging(attempts: number): HTTPGraphQLResponse {
  const headers = new HeaderMap([
    ['content-type', 'application/json; charset=utf-8'],
    ['retry-after', '2'],
  ]);
  const body = JSON.stringify({
    errors: [
      {
        message: `the graph was rewritten during each of ${attempts} attempts to answer; retry shortly`,
        extensions: { code: 'RELEASE_CHANGING' },
      },
    ],
  });
  return { status: 503, headers, body: { kind: 'complete', string: body } };
}
