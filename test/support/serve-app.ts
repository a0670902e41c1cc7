import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig, type Config } from '../../src/config';
import type { Graph } from '../../src/graph/graph';
import type { BaseContext } from '@apollo/server';
import { createApp, type GraphqlApi } from '../../src/server/app';
import type { MeasuredListSize } from '../../src/server/limits/query-cost';
import { standInApi, type StandInContext } from './stand-in-api';

export interface ServedApp {
  /** e.g. http://127.0.0.1:40123 */
  url: string;
  /** Log lines the app wrote (internal errors). */
  logs: string[];
  stop(): Promise<void>;
}

/**
 * Starts the real Express + Apollo app on a free port of 127.0.0.1, with the stand-in schema unless
 * another GraphQL layer is given, and the list sizes the query cost reads (none: the schema's guesses).
 * The Graph stays the caller's: it is not closed by stop().
 */
export async function serveApp<TContext extends BaseContext = StandInContext>(
  graph: Graph,
  overrides: Partial<Config> = {},
  api: GraphqlApi<TContext> = standInApi as unknown as GraphqlApi<TContext>,
  listSizes: Record<string, MeasuredListSize> = {},
): Promise<ServedApp> {
  const config: Config = { ...loadConfig({}), ...overrides };
  const logs: string[] = [];
  const { handler, close } = await createApp({ graph, config, log: (line) => logs.push(line), api, listSizes });
  const server: Server = await new Promise((resolve, reject) => {
    const s = createServer(handler).listen(0, '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    logs,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await close();
    },
  };
}

export interface GraphqlReply {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
  };
}

/** POSTs one operation to /graphql. */
export async function postQuery(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphqlReply> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphqlReply['body'] };
}
