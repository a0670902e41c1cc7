import { HeaderMap, type BaseContext, type HTTPGraphQLResponse } from '@apollo/server';
import { LimitExceededError } from '../../errors';
import type { Executor } from '../release-consistency';
import { refusalBody } from './refusal';

/**
 * MAX_RESPONSE_BYTES: an answer larger than the cap is replaced by a LIMIT_EXCEEDED error naming it, HTTP 400, as
 * formatError writes LIMIT_EXCEEDED. Measured on the answer Apollo serialised, where its size is known at the cost of
 * a length: a string of n UTF-16 units is at most 3n UTF-8 bytes, so only an answer over a third of the cap is
 * counted exactly. (Walking the result before Apollo serialises it cost a millisecond on a page of 100 with its
 * evidence, on every request; the answers this refuses are the rare ones, and their result is in memory either way.)
 */
export function withResponseCap<TContext extends BaseContext>(
  inner: Executor<TContext>,
  maxBytes: number,
): Executor<TContext> {
  return {
    assertStarted: (name) => inner.assertStarted(name),
    async executeHTTPGraphQLRequest(request) {
      const response = await inner.executeHTTPGraphQLRequest(request);
      if (response.body.kind !== 'complete' || response.body.string.length * 3 <= maxBytes) return response;
      const bytes = Buffer.byteLength(response.body.string, 'utf8');
      return bytes <= maxBytes ? response : responseTooLarge(bytes, maxBytes);
    },
  };
}

function responseTooLarge(bytes: number, maxBytes: number): HTTPGraphQLResponse {
  const error = new LimitExceededError('MAX_RESPONSE_BYTES', bytes, maxBytes, {
    message: `response size ${bytes} bytes exceeds MAX_RESPONSE_BYTES ${maxBytes}: ask for fewer items (a smaller \`first\`) or fewer fields`,
  });
  return {
    status: 400,
    headers: new HeaderMap([['content-type', 'application/json; charset=utf-8']]),
    body: { kind: 'complete', string: `${JSON.stringify(refusalBody(error))}\n` },
  };
}
