import type { Config } from '../config';
import { LimitExceededError } from '../errors';
import type { Graph, Row, StatementListener } from '../graph/graph';
import { Loaders, type Reader } from '../graph/loaders';
import { StatementTimeline } from '../graph/statement-timeline';
import { WaveScheduler } from '../graph/wave-scheduler';

/** Per-request state of the GraphQL layer: how to read the graph, the request's loaders and its limits. */
export interface Context {
  /**
   * Runs a named statement of cypher/ in a managed read transaction, observed by the request's listener; past
   * MAX_REQUEST_STATEMENTS it refuses (LIMIT_EXCEEDED) without sending anything to Neo4j.
   */
  read: Reader;
  loaders: Loaders;
  defaultPageSize: number;
  maxPageSize: number;
  /** MAX_SEARCH_LENGTH: the longest search text, checked before it reaches Lucene. */
  maxSearchLength: number;
  /** Names of the statements this request has sent to Neo4j, in order (for round-trip tests and logs). */
  statements: string[];
  /** When each statement was sent and answered, and the releases stamped ones read (release-consistency.ts). */
  timeline: StatementTimeline;
  /**
   * Read every stored property of what loaders return, whatever the query selects (src/graph/projection.ts ALL):
   * the tests compare answers with and without projections, and the bench's naive variant reads this way.
   */
  readAll: boolean;
}

export interface ContextOptions {
  graph: Graph;
  config: Pick<Config, 'defaultPageSize' | 'maxPageSize' | 'maxBatchSize' | 'maxRequestStatements' | 'maxSearchLength'>;
  /** Told of every statement this request runs, after it is recorded in `statements`. */
  listener?: StatementListener;
  /** Context.readAll; false by default. */
  readAll?: boolean;
}

/** Builds the context of one request; loaders are never shared between requests. */
export function createContext({ graph, config, listener, readAll = false }: ContextOptions): Context {
  const statements: string[] = [];
  const observe: StatementListener = (name) => {
    statements.push(name);
    listener?.(name);
  };
  const scheduler = new WaveScheduler();
  // Counted when a statement is asked for, not when the listener hears of it: a session is opened
  // asynchronously, so a thousand root fields would all pass a check made on `statements`.
  let sent = 0;
  const timeline = new StatementTimeline();
  const read: Reader = (name, params) => {
    if (sent >= config.maxRequestStatements)
      return Promise.reject(statementBudgetExceeded(config.maxRequestStatements));
    sent += 1;
    return scheduler.track(() => timeline.record(() => graph.readStamped(name, params, observe)));
  };
  const loaders = new Loaders(read, { maxBatchSize: config.maxBatchSize, batchScheduleFn: scheduler.schedule });
  return {
    read,
    loaders,
    defaultPageSize: config.defaultPageSize,
    maxPageSize: config.maxPageSize,
    maxSearchLength: config.maxSearchLength,
    statements,
    timeline,
    readAll,
  };
}

/** GraphqlApi.coveringReleasesOf (src/server/app.ts). */
export function coveringReleasesOf(context: Context): Row[] | null {
  return context.timeline.coveringReleases();
}

function statementBudgetExceeded(max: number): LimitExceededError {
  return new LimitExceededError('MAX_REQUEST_STATEMENTS', undefined, max, {
    message:
      `this request needs more than ${max} Cypher statements (MAX_REQUEST_STATEMENTS ${max}): ` +
      `ask for fewer root fields or aliases, or split it into several requests`,
  });
}
