import type { ErrorRequestHandler } from 'express';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { INTERNAL_MESSAGE } from './format-error';

/**
 * Errors raised by Express before Apollo sees the request (the JSON body parser: a malformed body, one over
 * MAX_BODY_BYTES, an unsupported charset), answered as GraphQL JSON errors with a code, like every other answer
 * of /graphql. Express's own handler would answer an HTML page with a stack trace and the server's file paths.
 * Stack traces only when DEBUG_ERRORS asks for them.
 */

export interface HttpErrorOptions {
  debug: boolean;
  log: (line: string) => void;
}

interface HttpError {
  status: number;
  message: string;
  extensions: Record<string, unknown>;
}

/** body-parser's errors carry `type`, `status` and, for a body too large, `length` and `limit`. */
interface BodyParserError extends Error {
  type?: string;
  status?: number;
  expose?: boolean;
  length?: number;
  limit?: number;
}

export function describeHttpError(error: unknown): HttpError {
  const e = error as BodyParserError;
  if (e?.type === 'entity.too.large') {
    return {
      status: 413,
      message: `request body ${e.length === undefined ? '' : `of ${e.length} bytes `}exceeds MAX_BODY_BYTES ${e.limit}`,
      extensions: { code: 'LIMIT_EXCEEDED', limit: 'MAX_BODY_BYTES', value: e.length, max: e.limit },
    };
  }
  if (e?.type === 'entity.parse.failed') {
    return {
      status: 400,
      message: `request body is not valid JSON: ${e.message}`,
      extensions: { code: ApolloServerErrorCode.BAD_REQUEST },
    };
  }
  const status = typeof e?.status === 'number' ? e.status : 500;
  if (status >= 400 && status < 500 && e?.expose !== false) {
    return { status, message: e.message, extensions: { code: ApolloServerErrorCode.BAD_REQUEST } };
  }
  return { status: 500, message: INTERNAL_MESSAGE, extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR } };
}

/** For /graphql: `{ errors: [{ message, extensions: { code } }] }`. */
export function graphqlErrorHandler(options: HttpErrorOptions): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const { status, body } = graphqlErrorAnswer(error, options);
    res.status(status).type('application/json').send(body);
  };
}

/** The status and JSON body /graphql answers `error` with (logged when it is the server's own). */
export function graphqlErrorAnswer(error: unknown, options: HttpErrorOptions): { status: number; body: string } {
  const described = describeHttpError(error);
  if (described.status >= 500) options.log(`internal error in HTTP handling: ${stackOf(error)}`);
  const extensions = options.debug
    ? { ...described.extensions, stacktrace: stackOf(error).split('\n') }
    : described.extensions;
  return { status: described.status, body: JSON.stringify({ errors: [{ message: described.message, extensions }] }) };
}

/** For every other path (GraphiQL's assets, /health): `{ error }`, never Express's HTML page. */
export function fallbackErrorHandler(options: HttpErrorOptions): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const described = describeHttpError(error);
    if (described.status >= 500) options.log(`internal error in HTTP handling: ${stackOf(error)}`);
    res
      .status(described.status)
      .json({ error: described.message, ...(options.debug ? { stacktrace: stackOf(error).split('\n') } : {}) });
  };
}

function stackOf(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
