import { ApolloServer, type ApolloServerOptionsWithTypeDefs, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { makeExecutableSchema } from '@graphql-tools/schema';
import express from 'express';
import type { RequestListener } from 'node:http';
import type { DocumentNode } from 'graphql';
import type { Config } from '../config';
import type { Graph, Row } from '../graph/graph';
import { examples } from './examples';
import { warmUpQueries } from './warm-up-queries';
import { exploreRouter } from './explore';
import { createFormatError } from './format-error';
import { graphiqlRouter } from './graphiql';
import { healthHandler } from './health';
import { fallbackErrorHandler, graphqlErrorAnswer, graphqlErrorHandler } from './http-errors';
import type { MeasuredListSize } from './limits/query-cost';
import { queryLimitsPlugin } from './limits/query-limits-plugin';
import { querySourceLimits, sourceLimitCheck } from './limits/query-source-limits';
import { withAvailability } from './availability';
import { withReleaseConsistency } from './release-consistency';
import { withResponseCap } from './limits/response-cap';
import { requestChecksPlugin } from './request-checks-plugin';
import { ResponseCache } from './response-cache';
import { graphqlLane } from './graphql-lane';
import { compiledExecution } from './compiled-execution';

export const GRAPHQL_PATH = '/graphql';

/** What the server needs from src/graphql (its index.ts exports exactly these). */
export interface GraphqlApi<TContext extends BaseContext> {
  typeDefs: DocumentNode;
  resolvers: ApolloServerOptionsWithTypeDefs<TContext>['resolvers'];
  createContext(options: { graph: Graph; config: Config }): TContext;
  /** The release stamps the request's statements read, when they came after each of its reads (Context.timeline). */
  coveringReleasesOf?(context: TContext): Row[] | null;
}

export interface AppOptions<TContext extends BaseContext> {
  graph: Graph;
  config: Config;
  log: (line: string) => void;
  /** Passed in rather than imported so tests can serve a stand-in schema; main.ts passes src/graphql. */
  api: GraphqlApi<TContext>;
  /**
   * Measured list lengths by statistic name, recorded with the release (src/graph/list-sizes.ts); the query cost
   * sizes `@listSize(fanOut: …)` fields by them. Without them it falls back to the schema's guesses.
   */
  listSizes?: Readonly<Record<string, MeasuredListSize>>;
}

export interface App {
  /**
   * Ready to listen (`http.createServer(handler)`): GraphQL and GraphiQL at /graphql, the explorer at /explore,
   * GET /health. A plain JSON POST to /graphql is served before Express (graphql-lane.ts).
   */
  handler: RequestListener;
  /**
   * Runs the example operations once, in-process: the first request of each kind then finds Node's code paths
   * compiled and Neo4j's pages cached (main.ts calls it before listening; Cypher plans: graph/warm-up.ts).
   */
  warmUp(): Promise<number>;
  /** Stops Apollo (plugins' shutdown hooks); the HTTP server and the Graph belong to the caller. */
  close(): Promise<void>;
}

/** Builds the HTTP application around a started Apollo Server. */
export async function createApp<TContext extends BaseContext>(options: AppOptions<TContext>): Promise<App> {
  const { graph, config, log, api, listSizes = {} } = options;
  const schema = makeExecutableSchema({ typeDefs: api.typeDefs, resolvers: api.resolvers });
  const apollo = new ApolloServer<TContext>({
    // Each operation compiled once, Apollo's pipeline around it (compiled-execution.ts).
    gateway: compiledExecution(schema),
    formatError: createFormatError({ production: config.production, debug: config.debugErrors, log }),
    // Stack traces only when DEBUG_ERRORS asks; formatError removes them from the client's own mistakes.
    includeStacktraceInErrorResponses: config.debugErrors,
    // Introspection stays on in production too: the schema is public and GraphiQL needs it.
    introspection: true,
    // main.ts owns shutdown; Apollo's own handlers would stop it early and re-send the signal.
    stopOnTerminationSignals: false,
    plugins: [
      // GraphiQL is served by graphiqlRouter, from node_modules; Apollo's landing page would load a CDN.
      ApolloServerPluginLandingPageDisabled(),
      // Cache-Control is the response cache's (release-consistency.ts, response-cache.ts). Apollo's own plugin would
      // wrap every field's resolver to collect hints the schema never gives: 5-18 % of a large query's time.
      ApolloServerPluginCacheControlDisabled(),
      // Before the limits: a mutation or a wrong `first` gets its own answer, not a cost computed from it.
      requestChecksPlugin({ maxPageSize: config.maxPageSize }),
      queryLimitsPlugin({ ...config, listSizes }),
    ],
  });
  await apollo.start();
  const cache = config.responseCache ? new ResponseCache({ maxBytes: config.responseCacheMaxBytes }) : undefined;

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', healthHandler(graph));
  app.use(graphiqlRouter({ endpoint: GRAPHQL_PATH, examples }));
  // The explorer page for policy staff (explore/, built into dist/explore/).
  app.use(exploreRouter());
  // The document's size in bytes and tokens, checked before Apollo parses anything, by the lane and by Express.
  const sourceLimits = sourceLimitCheck(config);
  // Each request answers from one release, whole, even while an ingest commits a new one (release-consistency.ts);
  // whatever the database does, within the deadline, and at once while it is known to be down (availability.ts).
  const executor = withAvailability(
    withReleaseConsistency(withResponseCap(apollo, config.maxResponseBytes), graph, {
      attempts: 3,
      waitMs: config.requestDeadlineMs / 2,
      log,
      cache,
      coveringReleasesOf: api.coveringReleasesOf,
    }),
    graph,
    { deadlineMs: config.requestDeadlineMs, probeMs: 2_000, log },
  );
  // A fresh context per request: its DataLoaders must not cache across requests.
  const context = async () => api.createContext({ graph, config });
  app.use(
    GRAPHQL_PATH,
    express.json({ limit: config.maxBodyBytes }),
    querySourceLimits(sourceLimits),
    // expressMiddleware calls only the two methods an Executor has of the server.
    expressMiddleware(executor as ApolloServer<TContext>, { context }),
    // A body that is not JSON or too large fails in express.json: a GraphQL error with a code, not an HTML page.
    graphqlErrorHandler({ debug: config.debugErrors, log }),
  );
  app.use(fallbackErrorHandler({ debug: config.debugErrors, log }));

  const warmUp = async (): Promise<number> => {
    const started = Date.now();
    const requests = [
      ...examples.map((e) => ({ query: e.query, variables: e.variables ? JSON.parse(e.variables) : undefined })),
      ...warmUpQueries.map((query) => ({ query, variables: undefined })),
    ];
    for (const request of requests) {
      await apollo.executeOperation(request, { contextValue: api.createContext({ graph, config }) });
    }
    return Date.now() - started;
  };

  // Plain JSON POSTs to /graphql skip Express, to the same executor (graphql-lane.ts).
  const handler = graphqlLane({
    path: GRAPHQL_PATH,
    maxBodyBytes: config.maxBodyBytes,
    execute: (httpGraphQLRequest) => executor.executeHTTPGraphQLRequest({ httpGraphQLRequest, context }),
    admits: (body) => sourceLimits(body) === undefined,
    failure: (error) => graphqlErrorAnswer(error, { debug: config.debugErrors, log }),
    next: app,
  });
  return { handler, close: () => apollo.stop(), warmUp };
}
