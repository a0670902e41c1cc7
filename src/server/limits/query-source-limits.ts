import type { RequestHandler } from 'express';
import { LimitExceededError } from '../../errors';
import { sourceBytes, sourceTokens } from './query-source';
import { refusalBody } from './refusal';

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
export function querySourceLimits(limits: SourceLimits): RequestHandler {
  return (req, res, next) => {
    const error = sourceLimitError(req.method === 'GET' ? req.query : req.body, limits);
    if (!error) return next();
    res.status(400).json(refusalBody(error));
  };
}

/** The limit a request's query text (a POST body or GET parameters) exceeds, if any. */
export function sourceLimitError(params: unknown, limits: SourceLimits): LimitExceededError | undefined {
  const query = queryText(params);
  if (query === undefined) return undefined;
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
