import type { Config } from '../config';
import type { Graph, StatementListener } from '../graph/graph';
import { Loaders, type Reader } from '../graph/loaders';
import { WaveScheduler } from '../graph/wave-scheduler';

/** Per-request state of the GraphQL layer: how to read the graph, the request's loaders and its limits. */
export interface Context {
  /** Runs a named statement of cypher/ in a managed read transaction, observed by the request's listener. */
  read: Reader;
  loaders: Loaders;
  maxPageSize: number;
  /** MAX_SEARCH_LENGTH: the longest search text, checked before it reaches Lucene. */
  maxSearchLength: number;
  /** Names of the statements this request has sent to Neo4j, in order (for round-trip tests and logs). */
  statements: string[];
}

export interface ContextOptions {
  graph: Graph;
  config: Pick<Config, 'maxPageSize' | 'maxBatchSize' | 'maxSearchLength'>;
  /** Told of every statement this request runs, after it is recorded in `statements`. */
  listener?: StatementListener;
}

/** Builds the context of one request; loaders are never shared between requests. */
export function createContext({ graph, config, listener }: ContextOptions): Context {
  const statements: string[] = [];
  const observe: StatementListener = (name) => {
    statements.push(name);
    listener?.(name);
  };
  const scheduler = new WaveScheduler();
  const read: Reader = (name, params) => scheduler.track(() => graph.read(name, params, observe));
  const loaders = new Loaders(read, { maxBatchSize: config.maxBatchSize, batchScheduleFn: scheduler.schedule });
  return { read, loaders, maxPageSize: config.maxPageSize, maxSearchLength: config.maxSearchLength, statements };
}
