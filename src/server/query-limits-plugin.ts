import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { LimitExceededError } from '../errors';
import { queryCost } from './query-cost';
import { queryDepth } from './query-depth';

export interface QueryLimits {
  /** MAX_QUERY_DEPTH */
  maxDepth: number;
  /** MAX_QUERY_COST */
  maxCost: number;
  /** MAX_PAGE_SIZE: the assumed length of a list asked for without `first`. */
  maxPageSize: number;
}

/**
 * Refuses an operation that is too deep or too costly once it is parsed, validated and chosen,
 * before any resolver runs. A plugin rather than a validation rule because the cost reads `first`
 * from the request's variables, which validation rules never see.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request }) {
          // No operation chosen: Apollo answers that itself right after this hook.
          if (!operation) return;
          const depth = queryDepth(document, operation);
          if (depth > limits.maxDepth) throw limitExceeded('query depth', depth, 'MAX_QUERY_DEPTH', limits.maxDepth);
          const cost = queryCost({
            schema,
            document,
            operation,
            variables: request.variables,
            defaultListSize: limits.maxPageSize,
          });
          if (cost > limits.maxCost) throw limitExceeded('query cost', cost, 'MAX_QUERY_COST', limits.maxCost);
        },
      };
    },
  };
}

function limitExceeded(what: string, value: number, limit: string, max: number): GraphQLError {
  const error = new LimitExceededError(limit, value, max);
  return new GraphQLError(`${what} ${value} exceeds ${limit} ${max}`, {
    originalError: error,
    // The client asked for too much: 400, like a validation error (Apollo would answer 500).
    extensions: { code: error.code, http: { status: 400 } },
  });
}
