import type { RequestHandler } from 'express';
import { LimitExceededError } from '../../errors';
import { sourceBytes, sourceTokens } from './query-source';
import { refusalBody } from './refusal';
import { memoByText } from '../text-memo';

export interface SourceLimits {
  maxQueryBytes: number;
  maxQueryTokens: number;
}

/**
 * MAX_QUERY_BYTES and MAX_QUERY_TOKENS, checked on the query text before Apollo parses it (issue 12.2): parsing,
 * validation and every later check are linear in the document, so bounding it bounds all the work a request
 * causes before the other limits can speak. An Express middleware in front of Apollo, because Apollo turns an
 * error thrown by a plugin before parsing into a 500 "Internal server error". The refusal is written as
 * formatError writes LIMIT_EXCEEDED: HTTP 400, the limit named in `extensions`.
 */
export function querySourceLimits(check: SourceLimitCheck): RequestHandler {
  return (req, res, next) => {
    const error = check(req.method === 'GET' ? req.query : req.body);
    if (!error) return next();
    res.status(400).json(refusalBody(error));
  };
}

/** The limit a request's query text (a POST body or GET parameters) exceeds, if any. */
export type SourceLimitCheck = (params: unknown) => LimitExceededError | undefined;

/**
 * The check of `limits`, its verdict remembered per query text (text-memo.ts). One check serves the GraphQL lane and
 * this middleware, so a text the lane refused and handed to Express to answer is not lexed again.
 */
export function sourceLimitCheck(limits: SourceLimits): SourceLimitCheck {
  const verdict = memoByText((query) => sourceLimitError(query, limits));
  return (params) => {
    const query = queryText(params);
    return query === undefined ? undefined : verdict(query);
  };
}

function sourceLimitError(query: string, limits: SourceLimits): LimitExceededError | undefined {
  const bytes = sourceBytes(query);
  if (bytes > limits.maxQueryBytes) {
    return new LimitExceededError('MAX_QUERY_BYTES', bytes, limits.maxQueryBytes, {
      message: `query size ${bytes} bytes exceeds MAX_QUERY_BYTES ${limits.maxQueryBytes}: send a shorter document (variables do not count)`,
    });
  }
  if (sourceTokens(query, limits.maxQueryTokens) > limits.maxQueryTokens) {
    return new LimitExceededError('MAX_QUERY_TOKENS', undefined, limits.maxQueryTokens, {
      message: `query has more than ${limits.maxQueryTokens} tokens (MAX_QUERY_TOKENS ${limits.maxQueryTokens}): send a shorter document`,
    });
  }
  return undefined;
}

/** The `query` of a GraphQL request (a POST body or GET parameters); anything else is left to Apollo. */
function queryText(params: unknown): string | undefined {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) return undefined;
  const { query } = params as { query?: unknown };
  return typeof query === 'string' ? query : undefined;
}
