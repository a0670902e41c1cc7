import { createHash } from 'node:crypto';
import { HeaderMap, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import { stripIgnoredCharacters } from 'graphql';
import { memoByText } from './text-memo';

/**
 * Whole responses kept per release: the graph changes only when an ingest commits a new release, so an operation
 * with the same variables has the same answer until then.
 *
 * - Key: the operation (its text with GraphQL's ignored characters stripped, or a persisted query's hash when only
 *   that is sent), its operationName and variables (keys sorted) and the Accept header (it picks the media type).
 * - The release stamp (release-consistency.ts reads it before each request) scopes the whole cache: the first
 *   request that sees a new stamp empties it. So an entry is never served once a new release is visible, and a
 *   release rewritten with the same version (a forced ingest writes a new ingestedAt) also starts afresh.
 * - ETag: a hash of stamp and key, known before anything runs: a GET with a matching If-None-Match gets 304.
 *   GET answers also say `Cache-Control: public, no-cache` (keep it, ask again each time: the ETag makes that
 *   cheap); POST answers say `no-store`, as HTTP caches do not reuse POST answers anyway.
 * - Only complete 200 answers without `errors` are kept (no partial results, no refusals); a request Apollo
 *   would refuse as a possible CSRF (GET or a non-JSON POST without a preflight header) is never served from here.
 * - Bounded: least recently used entries go first once RESPONSE_CACHE_MAX_BYTES (strings counted at 2 bytes per
 *   UTF-16 unit, as V8 may hold them) is reached; an answer larger than a quarter of it is not kept.
 */
export interface ResponseCacheOptions {
  maxBytes: number;
}

interface Entry {
  body: string;
  headers: [string, string][];
  bytes: number;
  /** Its slot's ETag, kept so that a hit hashes nothing (entries live in one release only). */
  etag: string;
}

/**
 * A request's place in the cache: what it asks for (`key`) and the ETag of its answer in the current release,
 * hashed when first asked for (a stored answer brings its own).
 */
export class CacheSlot {
  private tag: string | undefined;

  constructor(
    readonly key: string,
    private readonly stamp: string,
    known?: string,
  ) {
    this.tag = known;
  }

  get etag(): string {
    this.tag ??= etagOf(this.stamp, this.key);
    return this.tag;
  }
}

/** A hash of the release stamp and the key: the same request in the same release, the same ETag. */
function etagOf(stamp: string, key: string): string {
  const hash = createHash('sha256').update(stamp).update('\0').update(key).digest('base64url');
  return `"${hash.slice(0, 32)}"`;
}

export const GET_CACHE_CONTROL = 'public, no-cache';

export class ResponseCache {
  private stamp: string | null = null;
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  /** Counters for logs and tests. */
  readonly stats = { hits: 0, misses: 0, notModified: 0, stored: 0, evicted: 0, cleared: 0 };

  constructor(private readonly options: ResponseCacheOptions) {}

  /** The request's slot in release `stamp`, or null when it is not to be cached (see above). */
  slot(request: HTTPGraphQLRequest, stamp: string | null): CacheSlot | null {
    if (stamp === null) return null; // no release yet: nothing identifies the graph's state
    const key = requestKey(request);
    if (key === null) return null;
    if (stamp !== this.stamp) this.reset(stamp);
    return new CacheSlot(key, stamp, this.entries.get(key)?.etag);
  }

  /** 304 when a GET's If-None-Match names this slot's ETag; else the stored answer, or null. */
  lookup(request: HTTPGraphQLRequest, slot: CacheSlot): HTTPGraphQLResponse | null {
    if (request.method === 'GET' && matches(request.headers.get('if-none-match'), slot.etag)) {
      this.stats.notModified++;
      return { status: 304, headers: this.headersFor(request, slot, []), body: { kind: 'complete', string: '' } };
    }
    const entry = this.entries.get(slot.key);
    if (!entry) {
      this.stats.misses++;
      return null;
    }
    this.stats.hits++;
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(slot.key);
    this.entries.set(slot.key, entry);
    return {
      status: 200,
      headers: this.headersFor(request, slot, entry.headers),
      body: { kind: 'complete', string: entry.body },
    };
  }

  /** Keeps a complete answer without errors, and gives it its ETag (and Cache-Control, for a GET). */
  store(request: HTTPGraphQLRequest, slot: CacheSlot, response: HTTPGraphQLResponse): HTTPGraphQLResponse {
    if (!isCacheable(response) || response.body.kind !== 'complete') return response;
    const headers = [...response.headers].filter(([name]) => name !== 'cache-control' && name !== 'etag');
    const body = response.body.string;
    const bytes = 2 * (body.length + slot.key.length) + 200;
    if (bytes <= this.options.maxBytes / 4) {
      const previous = this.entries.get(slot.key);
      if (previous) {
        this.entries.delete(slot.key);
        this.bytes -= previous.bytes;
      }
      this.entries.set(slot.key, { body, headers, bytes, etag: slot.etag });
      this.bytes += bytes;
      this.stats.stored++;
      this.evict();
    }
    return { ...response, headers: this.headersFor(request, slot, headers) };
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private headersFor(request: HTTPGraphQLRequest, slot: CacheSlot, stored: [string, string][]): HeaderMap {
    const headers = new HeaderMap(stored);
    headers.set('etag', slot.etag);
    headers.set('cache-control', request.method === 'GET' ? GET_CACHE_CONTROL : 'no-store');
    return headers;
  }

  private reset(stamp: string): void {
    if (this.entries.size > 0) this.stats.cleared++;
    this.entries.clear();
    this.bytes = 0;
    this.stamp = stamp;
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.bytes <= this.options.maxBytes) return;
      this.entries.delete(key);
      this.bytes -= entry.bytes;
      this.stats.evicted++;
    }
  }
}

function isCacheable(response: HTTPGraphQLResponse): boolean {
  if ((response.status ?? 200) !== 200 || response.body.kind !== 'complete') return false;
  // `"errors":` can only be a key: inside a JSON string its quotes are escaped. (A field aliased `errors` makes
  // an answer uncacheable, never the reverse.)
  return !response.body.string.includes('"errors":');
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

interface OperationRequest {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

/**
 * What identifies a request's answer, or null when it is not to be cached: a batch, a request Apollo's CSRF
 * prevention would refuse, an operation that does not lex.
 */
export function requestKey(request: HTTPGraphQLRequest): string | null {
  let operation: OperationRequest;
  if (request.method === 'GET') {
    if (!hasPreflightHeader(request)) return null;
    const params = new URLSearchParams(request.search);
    try {
      operation = {
        query: params.get('query') ?? undefined,
        operationName: params.get('operationName') ?? undefined,
        variables: params.has('variables') ? JSON.parse(params.get('variables') as string) : undefined,
        extensions: params.has('extensions') ? JSON.parse(params.get('extensions') as string) : undefined,
      };
    } catch {
      return null;
    }
  } else if (request.method === 'POST') {
    const type = request.headers.get('content-type') ?? '';
    if (!/^application\/(graphql-response\+)?json\b/i.test(type) && !hasPreflightHeader(request)) return null;
    if (typeof request.body !== 'object' || request.body === null || Array.isArray(request.body)) return null;
    operation = request.body as OperationRequest;
  } else {
    return null;
  }
  const text = operationText(operation);
  if (text === null) return null;
  const name = typeof operation.operationName === 'string' ? operation.operationName : '';
  // JSON.stringify of [accept, text, name, variables], with the text encoded once per text, not per request.
  const variables = JSON.stringify(canonical(operation.variables ?? {}));
  return `[${JSON.stringify(request.headers.get('accept') ?? '')},${text},${JSON.stringify(name)},${variables}]`;
}

function hasPreflightHeader(request: HTTPGraphQLRequest): boolean {
  return request.headers.has('apollo-require-preflight') || request.headers.has('x-apollo-operation-name');
}

/**
 * A query text as keyed: GraphQL's ignored characters stripped, then JSON-encoded for the key (requestKey), or null
 * when it does not lex. Lexing the text for every request was most of what a cache hit cost in JavaScript.
 */
const keyedText = memoByText((query: string): string | null => {
  try {
    return JSON.stringify(stripIgnoredCharacters(query));
  } catch {
    return null; // a syntax error: Apollo answers it, nothing to keep
  }
});

/** The operation's part of the key, JSON-encoded: its text as keyed or a persisted query's hash; null: not cached. */
function operationText(operation: OperationRequest): string | null {
  if (typeof operation.query === 'string') return keyedText(operation.query);
  const hash = (operation.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery
    ?.sha256Hash;
  return typeof hash === 'string' ? JSON.stringify(`persisted:${hash}`) : null;
}

/** JSON with object keys sorted, so {a, b} and {b, a} are one key. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}
