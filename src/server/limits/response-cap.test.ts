import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import type { Executor } from '../release-consistency';
import { withResponseCap } from './response-cap';

/** An executor that answers `body` (a complete 200 answer) to every request. */
function answering(body: string): Executor<object> {
  const response: HTTPGraphQLResponse = {
    status: 200,
    headers: new HeaderMap([['content-type', 'application/json; charset=utf-8']]),
    body: { kind: 'complete', string: body },
  };
  return { assertStarted: () => undefined, executeHTTPGraphQLRequest: async () => response };
}

const run = (executor: Executor<object>) =>
  executor.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers: new HeaderMap(), search: '', body: {} },
    context: async () => ({}),
  });

describe('withResponseCap', () => {
  // 老 is 3 bytes in UTF-8: 10 of them in quotes are 32 bytes in 12 UTF-16 units.
  const answer = JSON.stringify({ data: { name: '老'.repeat(10) } });
  const bytes = Buffer.byteLength(answer);

  it('passes an answer of exactly the cap, counted in UTF-8 bytes, not UTF-16 units', async () => {
    const inner = answering(answer);
    expect(answer.length).toBeLessThan(bytes);
    expect(await run(withResponseCap(inner, bytes))).toBe(await run(inner));
  });

  it('replaces an answer one byte over the cap with LIMIT_EXCEEDED naming its size, HTTP 400', async () => {
    const refused = await run(withResponseCap(answering(answer), bytes - 1));
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(refused.body.kind === 'complete' && JSON.parse(refused.body.string)).toEqual({
      errors: [
        {
          message: `response size ${bytes} bytes exceeds MAX_RESPONSE_BYTES ${bytes - 1}: ask for fewer items (a smaller \`first\`) or fewer fields`,
          extensions: { code: 'LIMIT_EXCEEDED', limit: 'MAX_RESPONSE_BYTES', value: bytes, max: bytes - 1 },
        },
      ],
    });
  });
});
