import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { BadUserInputError } from '../errors';
import { findBadPageSize } from './page-size';

/**
 * Refuses, once the operation is chosen and before anything runs, what the client got wrong about this API:
 *
 * - a mutation or a subscription: the API is read-only (schema has neither root type). graphql-js would fail at
 *   execution with a plain error, which Apollo calls INTERNAL_SERVER_ERROR; it is the client's mistake, so it is
 *   BAD_REQUEST (Apollo's code for a request it cannot serve, as for a mutation over GET), HTTP 400.
 * - a `first` outside 0…MAX_PAGE_SIZE: BAD_USER_INPUT naming `first`, HTTP 400, as a `first` that is not an
 *   integer already is (validation or variable coercion): one rule for every wrong page size.
 *
 * It is listed before the limits plugin, so these plainer answers win over a cost computed from a wrong `first`.
 */
export function requestChecksPlugin(options: { maxPageSize: number }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          if (operation.operation !== 'query') {
            throw new GraphQLError(
              `this API is read-only: ${operation.operation} operations are not supported (send a query)`,
              { nodes: [operation], extensions: { code: ApolloServerErrorCode.BAD_REQUEST, http: { status: 400 } } },
            );
          }
          const bad = findBadPageSize(document, operation, request.variables ?? {}, options.maxPageSize);
          if (bad) {
            const error = new BadUserInputError('first', bad.message.slice('first: '.length));
            throw new GraphQLError(error.message, {
              nodes: [bad.node],
              originalError: error,
              extensions: { code: error.code, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
