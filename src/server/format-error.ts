import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError } from '../errors';

export interface FormatErrorOptions {
  production: boolean;
  /** DEBUG_ERRORS: stack traces in responses (and internal messages in production). */
  debug: boolean;
  log: (line: string) => void;
}

/** Codes a client may see as they are: its own mistakes, or a dependency being down. */
const PUBLIC_CODES = new Set<string>([
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'SERVICE_UNAVAILABLE',
  'LIMIT_EXCEEDED',
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.BAD_REQUEST,
]);

export const INTERNAL_MESSAGE = 'Internal server error';

/**
 * Apollo's `formatError`: the boundary where application errors become GraphQL errors.
 * An AppError anywhere in the chain of `originalError`s gives `extensions.code` its own code
 * (validation and limit errors included); GraphQL's own client errors keep Apollo's code; a refusal Apollo
 * makes with an HTTP 4xx status but no code (a persisted-query hash that does not match its query, an
 * unsupported persisted-query version) is the client's mistake: BAD_REQUEST. Anything else is
 * INTERNAL_SERVER_ERROR, logged here in full and, in production, shown to the client only as a generic
 * message. Stack traces reach the client only when DEBUG_ERRORS asks for them.
 */
export function createFormatError(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const appError = findAppError(error);
    const code = appError
      ? appError.code
      : isClientRefusal(error)
        ? ApolloServerErrorCode.BAD_REQUEST
        : formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
      return withExtensions(formatted, { ...appError?.details, code }, { stacktrace: options.debug });
    }
    options.log(`internal error${pathOf(formatted)}: ${describe(error)}`);
    if (options.production && !options.debug) {
      return {
        message: INTERNAL_MESSAGE,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR },
      };
    }
    return withExtensions(
      formatted,
      { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR },
      { stacktrace: options.debug },
    );
  };
}

/** Apollo adds `stacktrace` when includeStacktraceInErrorResponses is on; `keep` decides whether it stays. */
function withExtensions(
  formatted: GraphQLFormattedError,
  extra: Record<string, unknown>,
  keep: { stacktrace: boolean },
): GraphQLFormattedError {
  const extensions: Record<string, unknown> = { ...formatted.extensions, ...extra };
  if (!keep.stacktrace) delete extensions.stacktrace;
  return { ...formatted, extensions };
}

/** A GraphQLError Apollo raised about the request itself: an HTTP 4xx status, no code of its own. */
function isClientRefusal(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return false;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** Resolver errors arrive wrapped by graphql-js (locatedError), validation errors by Apollo. */
function findAppError(error: unknown): AppError | undefined {
  let current: unknown = error;
  for (let hops = 0; hops < 8 && current instanceof Error; hops++) {
    if (current instanceof AppError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

function pathOf(formatted: GraphQLFormattedError): string {
  return formatted.path ? ` at ${formatted.path.join('.')}` : '';
}

function describe(error: unknown): string {
  let current: unknown = error;
  // Log the innermost error: its stack points at the code that failed, not at graphql-js.
  while (current instanceof Error && (current as { originalError?: unknown }).originalError instanceof Error) {
    current = (current as { originalError?: unknown }).originalError;
  }
  return current instanceof Error ? (current.stack ?? current.message) : String(current);
}
