import type { ApolloServer, BaseContext, HTTPGraphQLRequest, HTTPGraphQLResponse } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { Graph, Row } from '../graph/graph';
import type { ResponseCache } from './response-cache';
import { sharedRead } from './shared-read';

/**
 * Every request answers from one release, whole.
 *
 * An ingest replaces the graph in one write transaction, but a request reads it in several statements (its
 * DataLoader waves), and a commit that replaces twenty thousand nodes is applied to the store record by record:
 * a reader running meanwhile sees the graph half deleted, half rewritten (empty lists, NOT_FOUND for 老年人, a
 * node with no labels). Community Neo4j has one database, so the release cannot be swapped by a pointer to
 * another one. Instead the writer announces its commit (IngestLock, set just before and cleared just after,
 * graph-writer.ts), and a request is checked by one read of the release stamp and the lock, after its statements:
 * - `known` is the last stamp a completed read saw with no lock set. Every ingest writes a new stamp (a forced one
 *   a new ingestedAt), so the stamp names the quiet time between two commits in which that read fell.
 * - The read after the request sees no lock and the stamp the request started with: that read and the one behind
 *   `known` fell in the same quiet time, and every statement of the request ran between them. No commit was being
 *   applied meanwhile, and the request read one release.
 * - Otherwise (a lock, another stamp, or no read yet) it waits (polling) until no commit is in progress, reads
 *   the stamp, and runs again from there.
 * One stamp read per request, not one on each side of it: a round trip is most of what a small request costs. And
 * often none: a one-row statement reads the stamp itself, after collecting its answer (fragment stampedAnswer,
 * src/graph/stamped.ts). A stamp read seeing the release of `known` with no lock proves every read before it, as the
 * read after the request would; so when each statement of the request was stamped, or answered before a stamped one
 * was sent (StatementTimeline), and every stamp the request read saw `from`, the guard needs no read of its own.
 *
 * `expressMiddleware` needs only `assertStarted` and `executeHTTPGraphQLRequest` of the server; this wraps both.
 */
export interface ReleaseConsistencyOptions<TContext extends BaseContext = BaseContext> {
  /** How often a request may run again before it gives up (the graph is being rewritten over and over). */
  attempts: number;
  /** How long a request waits for a commit in progress before it gives up. */
  waitMs: number;
  log?: (line: string) => void;
  /**
   * Answers kept per release (response-cache.ts), or none (RESPONSE_CACHE=off). The stamp a request starts from
   * scopes it: a stored answer is served only when a read after finding it sees its release still visible, with no
   * commit in progress; an answer is stored only when the read after it proves it whole (above).
   */
  cache?: ResponseCache;
  /**
   * The release stamps a request's statements read, when every read of the request came before one of them
   * (StatementTimeline), or null: when each saw the release the request started from, with no commit in progress,
   * they prove the request as the guard's own read after it would, with no round trip of their own.
   */
  coveringReleasesOf?: (context: TContext) => Row[] | null;
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
  apollo: Executor<TContext>,
  graph: Graph,
  options: ReleaseConsistencyOptions<TContext>,
): Executor<TContext> {
  /** The last state a completed read saw with no lock set (the read started last wins), or null before any. */
  let known: ReleaseState | null = null;
  let reads = 0;
  let knownRead = 0;
  // Concurrent requests share a read that began after each of them asked (shared-read.ts): at c=16 one round trip
  // serves many requests, and the proof above holds for each.
  const state = sharedRead(async (): Promise<ReleaseState> => {
    const read = ++reads;
    // A database that cannot be read fails here: SERVICE_UNAVAILABLE (availability.ts).
    const [row] = await graph.read('releaseStamp');
    const seen = releaseState(row);
    if (!seen.writing && read > knownRead) {
      known = seen;
      knownRead = read;
    }
    return seen;
  });
  /** The state once no commit is in progress, or null when none ended within the deadline. */
  const settled = async (deadline: number): Promise<ReleaseState | null> => {
    for (let s = await state(); ; s = await state()) {
      if (!s.writing) return s;
      if (Date.now() > deadline) return null;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  };
  /** True when a read now sees `from`'s release, with no commit in progress. */
  const still = async (from: ReleaseState): Promise<boolean> => sameQuietRelease(from, await state());
  return {
    assertStarted: (name) => apollo.assertStarted(name),
    async executeHTTPGraphQLRequest(request: {
      httpGraphQLRequest: HTTPGraphQLRequest;
      context: () => Promise<TContext>;
    }): Promise<HTTPGraphQLResponse> {
      const deadline = Date.now() + options.waitMs;
      for (let attempt = 1; attempt <= options.attempts; attempt++) {
        // Taken before any statement runs: the first attempt starts from the last quiet state seen, a repeat
        // from a fresh one (it follows a lock or a new stamp).
        const from = attempt === 1 && known !== null ? known : await settled(deadline);
        if (!from) break;
        const slot = options.cache?.slot(request.httpGraphQLRequest, from.stamp) ?? null;
        const stored = slot && options.cache?.lookup(request.httpGraphQLRequest, slot);
        if (stored) {
          if (await still(from)) return stored;
        } else {
          let context: TContext | undefined;
          const response = await apollo.executeHTTPGraphQLRequest({
            ...request,
            context: async () => (context = await request.context()),
          });
          if (response.body.kind !== 'complete') return response; // streamed: written as it goes, never repeated
          // The request's statements may have read the stamp after each of its reads: then those are the read.
          const covering = context && options.coveringReleasesOf?.(context);
          const proved = covering
            ? covering.every((release) => sameQuietRelease(from, releaseState(release)))
            : await still(from);
          if (proved) {
            return slot && options.cache
              ? options.cache.store(request.httpGraphQLRequest, slot, response)
              : noStore(response);
          }
        }
        options.log?.(`a new release was committed during a request (attempt ${attempt}): running it again`);
      }
      return releaseChanging(options.attempts);
    },
  };
}

/** The stamp and lock a read saw (fragment releaseState); a lock left by a dead ingest counts as none. */
function releaseState(row: Row | undefined): ReleaseState {
  const since = row?.since ? Date.parse(row.since as string) : NaN;
  const stale = Number.isFinite(since) && Date.now() - since > STALE_LOCK_MS;
  return { stamp: (row?.stamp as string | null | undefined) ?? null, writing: row?.writing === true && !stale };
}

/** `now` sees `from`'s release, with no commit in progress. */
function sameQuietRelease(from: ReleaseState, now: ReleaseState): boolean {
  return !now.writing && now.stamp === from.stamp;
}

/** An answer not kept (no cache, or nothing identifies the release yet) says so to HTTP caches too. */
function noStore(response: HTTPGraphQLResponse): HTTPGraphQLResponse {
  if (!response.headers.has('cache-control')) response.headers.set('cache-control', 'no-store');
  return response;
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
