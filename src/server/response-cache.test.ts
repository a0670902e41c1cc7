import { HeaderMap, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import { requestKey, ResponseCache } from './response-cache';

const post = (body: unknown, headers: [string, string][] = [['content-type', 'application/json']]) =>
  ({ method: 'POST', headers: new HeaderMap(headers), search: '', body }) as HTTPGraphQLRequest;
const answer = (string: string, status = 200): HTTPGraphQLResponse => ({
  status,
  headers: new HeaderMap([['content-type', 'application/json']]),
  body: { kind: 'complete', string },
});

describe('requestKey', () => {
  it('ignores whitespace, comments and the order of variables', () => {
    const a = requestKey(post({ query: '{ a(x: 1) { b } }', variables: { p: 1, q: [{ s: 1, r: 2 }] } }));
    const b = requestKey(post({ query: '# c\n{a(x:1){\n b}}', variables: { q: [{ r: 2, s: 1 }], p: 1 } }));
    expect(a).not.toBeNull();
    expect(b).toBe(a);
    expect(requestKey(post({ query: '{ a(x: 1) { b } }', variables: { p: 2 } }))).not.toBe(a);
  });

  it('keeps out batches, unparsable operations and what Apollo refuses against CSRF', () => {
    expect(requestKey(post([{ query: '{ a }' }]))).toBeNull();
    expect(requestKey(post({ query: '{ a(x: "unterminated' }))).toBeNull(); // does not lex
    expect(requestKey(post({ query: '{ a(x: "unterminated' }))).toBeNull(); // nor when remembered
    expect(requestKey(post({ query: '{ a }' }, [['content-type', 'text/plain']]))).toBeNull();
    const get = (headers: [string, string][]) =>
      ({
        method: 'GET',
        headers: new HeaderMap(headers),
        search: '?query=%7Ba%7D',
        body: undefined,
      }) as HTTPGraphQLRequest;
    expect(requestKey(get([]))).toBeNull();
    expect(requestKey(get([['apollo-require-preflight', 'true']]))).toBe(requestKey(post({ query: '{a}' })));
  });

  it('names a persisted query by its hash when its text is not sent', () => {
    const key = requestKey(post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }));
    expect(key).toContain('persisted:abc');
  });
});

describe('ResponseCache', () => {
  const request = (n: number) => post({ query: `{ a${n} }` });

  it('keeps complete answers without errors, per release', () => {
    const cache = new ResponseCache({ maxBytes: 100_000 });
    const slot = cache.slot(request(1), 'r1@t')!;
    expect(cache.lookup(request(1), slot)).toBeNull();
    cache.store(request(1), slot, answer('{"data":{"a1":1}}'));
    expect(cache.lookup(request(1), slot)?.body).toEqual({ kind: 'complete', string: '{"data":{"a1":1}}' });
    const failed = cache.slot(request(2), 'r1@t')!;
    cache.store(request(2), failed, answer('{"errors":[],"data":{"a2":null}}'));
    cache.store(request(2), failed, answer('{"data":{"a2":1}}', 400));
    expect(cache.lookup(request(2), failed)).toBeNull();
    // A new release: the old entries are gone, and the ETag differs.
    const next = cache.slot(request(1), 'r2@t')!;
    expect(next.etag).not.toBe(slot.etag);
    expect(cache.lookup(request(1), next)).toBeNull();
    expect(cache.size.entries).toBe(0);
    expect(cache.slot(request(1), null)).toBeNull();
  });

  it('gives a hit the ETag its answer was stored with, and a fresh slot of the same release the same one', () => {
    const cache = new ResponseCache({ maxBytes: 100_000 });
    const stored = cache.store(request(1), cache.slot(request(1), 'r1@t')!, answer('{"data":{"a1":1}}'));
    const etag = stored.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    const hit = cache.slot(request(1), 'r1@t')!;
    expect(hit.etag).toBe(etag);
    expect(cache.lookup(request(1), hit)?.headers.get('etag')).toBe(etag);
    // Not stored: hashed on demand, the same way.
    expect(cache.slot(request(2), 'r1@t')!.etag).toBe(
      new ResponseCache({ maxBytes: 1 }).slot(request(2), 'r1@t')!.etag,
    );
    expect(cache.slot(request(2), 'r1@t')!.etag).not.toBe(etag);
  });

  it('drops the least recently used entries past its byte bound', () => {
    const body = `{"data":{"x":"${'y'.repeat(1_000)}"}}`;
    const cache = new ResponseCache({ maxBytes: 10_000 }); // about four answers of 2.2 kB
    for (const n of [1, 2, 3, 4]) cache.store(request(n), cache.slot(request(n), 's')!, answer(body));
    expect(cache.lookup(request(1), cache.slot(request(1), 's')!)).not.toBeNull(); // 1 is now the freshest
    cache.store(request(5), cache.slot(request(5), 's')!, answer(body));
    expect(cache.size.bytes).toBeLessThanOrEqual(10_000);
    expect(cache.lookup(request(2), cache.slot(request(2), 's')!)).toBeNull();
    expect(cache.lookup(request(1), cache.slot(request(1), 's')!)).not.toBeNull();
    expect(cache.lookup(request(5), cache.slot(request(5), 's')!)).not.toBeNull();
    expect(cache.stats.evicted).toBeGreaterThan(0);
  });
});
