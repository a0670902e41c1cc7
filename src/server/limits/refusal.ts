import type { LimitExceededError } from '../../errors';

/**
 * A limit's refusal as /graphql writes it outside Apollo (before it parses, after it serialises): one error, as
 * formatError writes LIMIT_EXCEEDED, the limit, value and max in `extensions`. Sent with HTTP 400.
 */
export function refusalBody(error: LimitExceededError): { errors: [{ message: string; extensions: object }] } {
  return { errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }] };
}
