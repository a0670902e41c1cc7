import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse, BaseContext } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import { LimitExceededError } from '../../errors';
import { costMessage } from './cost-message';
import { queryCost, type MeasuredListSize } from './query-cost';
import { queryDepth } from './query-depth';
import { aliasCount, rootFieldCount } from './query-shape';

/** The limits of src/config.ts this plugin checks (README "Limits and errors"). */
export interface QueryLimits {
  maxQueryRootFields: number;
  maxQueryAliases: number;
  maxQueryDepth: number;
  maxQueryCost: number;
  /** How the cost sizes a list without `first`: the page size resolvers use, and the fallback for unknown lists. */
  defaultPageSize: number;
  maxPageSize: number;
  /** Measured list lengths by statistic name, recorded with the release (src/graph/list-sizes.ts). */
  listSizes: Readonly<Record<string, MeasuredListSize>>;
}

/**
 * Limits that stop a request while it runs; the API's context throws them (LimitExceededError naming the limit).
 * One such error ends the whole request: its partial data is dropped and it is answered alone, where graphql-js
 * would report it once per field that met it.
 */
const REQUEST_WIDE_LIMITS = new Set(['MAX_REQUEST_STATEMENTS']);
const MAX_PASSED_PER_DOCUMENT = 64;
const MAX_PASSED_KEY_LENGTH = 2_048;

/**
 * Bounds the work of every request, each refusal a LIMIT_EXCEEDED error with HTTP 400 naming the limit (the
 * document's bytes and tokens are checked before Apollo parses it, by query-source-limits.ts):
 * - before any resolver (didResolveOperation): root fields, aliases, depth and estimated cost. A plugin rather
 *   than validation rules because the cost reads `first` from the request's variables, which rules never see;
 * - after execution (willSendResponse): a request-wide limit met while running (the API's Cypher statement
 *   budget). The size of the JSON response is response-cap.ts's, once Apollo has serialised it.
 * Every check is linear in the document: fragments are measured once each, never expanded per spread.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  // The checks read the document, the operation and the variables, nothing else that changes: a request Apollo gives
  // the same DocumentNode (its document store keeps one per query text) with the same operation and variables has
  // passed already. Walking the document again cost 30-50 µs of a 1.5 ms request (PortalProgrammes).
  const passed = new WeakMap<DocumentNode, Set<string>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request }) {
          // No operation chosen: Apollo answers that itself right after this hook.
          if (!operation) return;
          const key = `${operation.name?.value ?? ''}\n${JSON.stringify(request.variables ?? {})}`;
          let verdicts = passed.get(document);
          if (verdicts?.has(key)) return;
          if (verdicts === undefined) passed.set(document, (verdicts = new Set()));
          // Bounded: a client paging through variables must not grow it without end.
          else if (verdicts.size >= MAX_PASSED_PER_DOCUMENT) verdicts.clear();
          const rootFields = rootFieldCount(document, operation);
          if (rootFields > limits.maxQueryRootFields) {
            throw limitExceeded('MAX_QUERY_ROOT_FIELDS', rootFields, limits.maxQueryRootFields, {
              message: `query root fields ${rootFields} exceeds MAX_QUERY_ROOT_FIELDS ${limits.maxQueryRootFields}: split it into several requests`,
            });
          }
          const aliases = aliasCount(document, operation);
          if (aliases > limits.maxQueryAliases) {
            throw limitExceeded('MAX_QUERY_ALIASES', aliases, limits.maxQueryAliases, {
              message: `query aliases ${aliases} exceeds MAX_QUERY_ALIASES ${limits.maxQueryAliases} (fragments counted where they are spread): split it into several requests`,
            });
          }
          const depth = queryDepth(document, operation);
          if (depth > limits.maxQueryDepth) {
            throw limitExceeded('MAX_QUERY_DEPTH', depth, limits.maxQueryDepth, {
              message: `query depth ${depth} exceeds MAX_QUERY_DEPTH ${limits.maxQueryDepth}`,
            });
          }
          const estimate = queryCost({
            schema,
            document,
            operation,
            variables: request.variables,
            defaultPageSize: limits.defaultPageSize,
            unknownListSize: limits.maxPageSize,
            listSizes: limits.listSizes,
          });
          if (estimate.cost > limits.maxQueryCost) {
            const costliest = estimate.costliest();
            throw limitExceeded(
              'MAX_QUERY_COST',
              Number.isFinite(estimate.cost) ? estimate.cost : undefined,
              limits.maxQueryCost,
              {
                message: costMessage(estimate.cost, limits.maxQueryCost, costliest),
                details: {
                  costliest: costliest.map(({ path, size, sizedBy, cost }) => ({
                    path,
                    size,
                    sizedBy,
                    cost: Number.isFinite(cost) ? cost : null,
                  })),
                },
              },
            );
          }
          // A key as long as a large variables object is not worth keeping.
          if (key.length <= MAX_PASSED_KEY_LENGTH) verdicts.add(key);
        },

        async willSendResponse(requestContext) {
          answerRequestWideLimit(requestContext);
        },
      };
    },
  };
}

/** A request that met a request-wide limit while running is answered with that error alone. */
function answerRequestWideLimit(requestContext: GraphQLRequestContextWillSendResponse<BaseContext>): void {
  const { body } = requestContext.response;
  if (body.kind !== 'single') return;
  const error = body.singleResult.errors?.find(
    (e) => e.extensions?.code === 'LIMIT_EXCEEDED' && REQUEST_WIDE_LIMITS.has(e.extensions.limit as string),
  );
  if (!error) return;
  replaceWithError(requestContext, { message: error.message, extensions: error.extensions });
}

/**
 * Apollo has formatted the errors by now (formatError), so the replacement is written in its final shape: the
 * client's own mistake, without a stack trace, as formatError writes LIMIT_EXCEEDED.
 */
function replaceWithError(
  requestContext: GraphQLRequestContextWillSendResponse<BaseContext>,
  error: GraphQLFormattedError,
): void {
  requestContext.response.body = { kind: 'single', singleResult: { errors: [error] } };
  requestContext.response.http.status = 400;
}

/** The client asked for too much: 400, like a validation error (Apollo would answer 500). */
function limitExceeded(
  limit: string,
  value: number | undefined,
  max: number,
  options: { message: string; details?: Record<string, unknown> },
): GraphQLError {
  const error = new LimitExceededError(limit, value, max, options);
  return new GraphQLError(options.message, {
    originalError: error,
    extensions: { code: error.code, http: { status: 400 } },
  });
}
