import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { loadConfig } from '../../src/config';
import { AppError } from '../../src/errors';
import type { Graph } from '../../src/graph/graph';
import { writeFactSet } from '../../src/graph/graph-writer';
import { createContext, resolvers, typeDefs, type Context } from '../../src/graphql';
import { connectTestGraph, emptyDatabase } from '../support/test-graph';
import { ingestSeeds } from '../../src/ingest/ingest';
import { fixtureFacts } from './fixture';

/** The API's limits as configured by default (MAX_PAGE_SIZE 100 …), whatever this shell's environment says. */
export const config = loadConfig({});

/** Connects to the test Neo4j and loads the fixture graph (each test file owns the database while it runs). */
export async function graphWithFixture(options: { generated?: number } = {}): Promise<Graph> {
  const graph = connectTestGraph();
  await emptyDatabase(graph);
  await writeFactSet(graph, fixtureFacts(options), { force: true, ingestedAt: new Date('2026-01-02T03:04:05.000Z') });
  return graph;
}

/** Connects to the test Neo4j and loads the real seed graph (seeds/), as `npm run ingest -- --force` would. */
export async function graphWithSeeds(): Promise<Graph> {
  const graph = connectTestGraph();
  await emptyDatabase(graph);
  await ingestSeeds(graph, { force: true });
  return graph;
}

/** Maps AppError codes to extensions.code, as the server layer does, so tests can assert codes. */
function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    return { ...formatted, extensions: { ...formatted.extensions, code: original.code } };
  }
  return formatted;
}

export function apiServer(): ApolloServer<Context> {
  return new ApolloServer<Context>({ typeDefs, resolvers, formatError });
}

/**
 * For a test file that runs the real schema on the seed graph: loads the seeds before its tests and closes the
 * connection after them. Read `graph` and `server` inside tests (they are set in beforeAll).
 */
export function seededApi(): { graph: Graph; server: ApolloServer<Context> } {
  const api = {} as { graph: Graph; server: ApolloServer<Context> };
  beforeAll(async () => {
    api.graph = await graphWithSeeds();
    api.server = apiServer();
  }, 600_000);
  afterAll(() => api.graph?.close());
  return api;
}

export interface Result {
  // GraphQL results are dynamic JSON; tests navigate them freely.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data: any;
  errors: readonly GraphQLFormattedError[] | undefined;
  /** Statements sent to Neo4j by this operation, counted through the context's StatementListener. */
  statements: string[];
}

/** Executes one operation with a fresh request context, as a request to the server would. */
export async function execute(
  server: ApolloServer<Context>,
  graph: Graph,
  query: string,
  variables: Record<string, unknown> = {},
  options: { readAll?: boolean } = {},
): Promise<Result> {
  const statements: string[] = [];
  const contextValue = createContext({ graph, config, listener: (name) => statements.push(name), ...options });
  const response = await server.executeOperation({ query, variables }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return { data, errors, statements };
}

/** Executes an operation that must succeed and returns its data. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function data(server: ApolloServer<Context>, graph: Graph, query: string, variables = {}): Promise<any> {
  const result = await execute(server, graph, query, variables);
  if (result.errors) throw new Error(`unexpected errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data;
}
