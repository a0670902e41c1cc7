/**
 * A common place for the application's errors, so every layer reports failures with the same
 * stable codes. The GraphQL boundary (src/server/format-error.ts) turns them into
 * `extensions.code`; graphql-js attaches path and locations itself.
 */
export type ErrorCode = 'NOT_FOUND' | 'BAD_USER_INPUT' | 'SERVICE_UNAVAILABLE' | 'LIMIT_EXCEEDED' | 'INTERNAL';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * Nothing has the id, name or alias the client gave. `suggestions` are the known names nearest to it
 * (src/graph/nearest-names.ts), offered in the message as people type short forms: `area not found: "台山县"
 * (did you mean 台山市?)`, and in `extensions.suggestions` for programs.
 */
export class NotFoundError extends AppError {
  constructor(what: string, input: string, suggestions: readonly string[] = []) {
    super('NOT_FOUND', `${what} not found: "${input}"${didYouMean(suggestions)}`, {
      input,
      ...(suggestions.length > 0 ? { suggestions: [...suggestions] } : {}),
    });
  }
}

function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  const last = suggestions[suggestions.length - 1];
  const list = suggestions.length === 1 ? last : `${suggestions.slice(0, -1).join(', ')} or ${last}`;
  return ` (did you mean ${list}?)`;
}

export class BadUserInputError extends AppError {
  constructor(argument: string, message: string) {
    super('BAD_USER_INPUT', `${argument}: ${message}`, { argument });
  }
}

export class ServiceUnavailableError extends AppError {
  constructor(message: string) {
    super('SERVICE_UNAVAILABLE', message);
  }
}

/**
 * A request that asks for more than a configured limit allows. `limit` names the variable (MAX_QUERY_COST …), and
 * the details say what the request needed (`value`, when it is known) against `max`, plus anything that helps the
 * client ask for less (the cost's costliest fields, say).
 */
export class LimitExceededError extends AppError {
  constructor(
    readonly limit: string,
    value: number | undefined,
    max: number,
    options: { message?: string; details?: Record<string, unknown> } = {},
  ) {
    super(
      'LIMIT_EXCEEDED',
      options.message ?? `${limit} is ${max}; this request needs ${value ?? 'more'}`,
      value === undefined ? { limit, max, ...options.details } : { limit, value, max, ...options.details },
    );
  }
}
