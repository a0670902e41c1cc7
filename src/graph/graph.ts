import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';
import type { Neo4jConnection } from '../config';
import { ServiceUnavailableError } from '../errors';
import { installBoltSocketOptions } from './bolt-socket';
import { CypherCatalog } from './cypher-catalog';
import { unstamp, type StampedRows } from './stamped';

/**
 * The only door to Neo4j. One driver per process; each unit of work opens a session, runs named
 * statements from cypher/ (a read in an auto-commit transaction, writes in a managed one: both retry what
 * the driver classifies as retriable) and closes the session in `finally`.
 *
 * Integers: the driver is created with `disableLosslessIntegers`, so Neo4j integers arrive as JS
 * numbers. Every integer in this graph is a year, an offset, a line, an ordinal or a count, all far
 * below 2^53; the ingest refuses unsafe integers, so no precision can be lost, and resolvers need
 * no Integer conversions.
 */

export type Params = Record<string, unknown>;

/** How long reads and managed transactions retry transient failures by default (GraphOptions.maxRetryTimeMs). */
const DEFAULT_MAX_RETRY_MS = 5_000;
/** The driver's own first retry delay is 1 s; reads are short, so they start sooner (doubling, ±20 % jitter). */
const FIRST_RETRY_DELAY_MS = 200;
export type Row = Record<string, unknown>;

/** Observes every statement sent to Neo4j; used to count round-trips per request. */
export type StatementListener = (name: string) => void;

export interface PlanOperator {
  operator: string;
  dbHits: number;
  rows: number;
}

/** An operator of an EXPLAINed plan: its name (NodeUniqueIndexSeek), its details as Neo4j prints them, its inputs. */
export interface PlanNode {
  operator: string;
  details: string;
  children: PlanNode[];
}

export interface GraphOptions {
  txTimeoutMs: number;
  maxConnectionPoolSize?: number;
  /** How long managed transactions retry transient errors (default 5 s). */
  maxRetryTimeMs?: number;
}

export class Graph {
  private constructor(
    private readonly driver: Driver,
    private readonly database: string,
    readonly catalog: CypherCatalog,
    private readonly options: GraphOptions,
  ) {}

  static connect(connection: Neo4jConnection, options: GraphOptions, catalog = CypherCatalog.load()): Graph {
    // Nagle + delayed ACK cost 40 ms per statement over one TCP segment; the Chunker writes every 1.4 KB.
    installBoltSocketOptions();
    const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: options.maxConnectionPoolSize ?? 50,
      connectionAcquisitionTimeout: 20_000,
      // Managed transactions retry transient failures; past this they fail. The driver's 30 s default
      // would keep an API request waiting half a minute before it can answer SERVICE_UNAVAILABLE.
      maxTransactionRetryTime: options.maxRetryTimeMs ?? DEFAULT_MAX_RETRY_MS,
      logging: { level: 'error', logger: () => undefined },
    });
    return new Graph(driver, connection.database, catalog, options);
  }

  /** Fails with one clear line when Neo4j cannot be reached or refuses the credentials. */
  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
    } catch (error) {
      throw toAppError(error);
    }
  }

  /**
   * One read statement in an auto-commit transaction: RUN and PULL in one round trip, where a managed transaction
   * takes two (BEGIN, RUN, PULL, then COMMIT); measured 18-30 % faster per API request (issue 14). A read of one
   * statement has nothing to commit, so it loses nothing but the driver's retries, which `retrying` keeps: errors the
   * driver calls retriable are tried again with backoff for up to maxRetryTimeMs, as executeRead would.
   */
  async read(name: string, params: Params = {}, listener?: StatementListener): Promise<Row[]> {
    return (await this.readStamped(name, params, listener)).rows;
  }

  /** `read`, with the release a stamped statement read after its rows (src/graph/stamped.ts). */
  async readStamped(name: string, params: Params = {}, listener?: StatementListener): Promise<StampedRows> {
    const query = this.catalog.get(name);
    listener?.(name);
    return this.retrying(async () => {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      try {
        const result = await withoutCallSite(() => session.run(query, params, { timeout: this.options.txTimeoutMs }));
        return unstamp(result.records.map(toRow));
      } finally {
        await session.close();
      }
    });
  }

  async write(name: string, params: Params = {}, listener?: StatementListener): Promise<Row[]> {
    return this.run('WRITE', (tx) => this.runIn(tx, name, params, listener));
  }

  /** Several statements in one write transaction: all of them commit, or none (ingest uses this). */
  async writeTransaction<T>(work: (tx: Transaction) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.run('WRITE', (tx) => work(new Transaction(tx, this)), timeoutMs);
  }

  /**
   * Like writeTransaction, with hooks around the commit itself: `beforeCommit` runs (in its own transactions)
   * once the work is done and before the commit, `afterCommit` once the commit is over, whether it succeeded
   * or not. A commit that replaces the whole graph is applied to the store record by record, and readers can
   * see that in-between state (src/server/release-consistency.ts); the hooks let the writer say so. No retry:
   * the ingest's work is not meant to run twice.
   */
  async writeTransactionAnnounced<T>(
    work: (tx: Transaction) => Promise<T>,
    hooks: { beforeCommit(): Promise<void>; afterCommit(): Promise<void> },
    timeoutMs?: number,
  ): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    const tx = session.beginTransaction({ timeout: timeoutMs ?? this.options.txTimeoutMs });
    try {
      const result = await work(new Transaction(tx, this));
      await hooks.beforeCommit();
      try {
        await tx.commit();
      } finally {
        await hooks.afterCommit();
      }
      return result;
    } catch (error) {
      if (tx.isOpen()) await tx.rollback();
      throw toAppError(error);
    } finally {
      await session.close();
    }
  }

  /** Runs a statement outside a transaction function: needed for schema commands in some servers. */
  async command(name: string, params: Params = {}): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      await session.run(this.catalog.get(name), params);
    } catch (error) {
      throw toAppError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs a named statement under PROFILE in a read transaction and returns its plan's operators, depth first
   * (e.g. NodeUniqueIndexSeek), with the rows and db hits of each: the tests check that no API statement scans.
   */
  async profile(name: string, params: Params = {}): Promise<PlanOperator[]> {
    return this.run('READ', async (tx) => {
      const result = await tx.run(`PROFILE\n${this.catalog.get(name)}`, params);
      const operators: PlanOperator[] = [];
      const walk = (plan: { operatorType: string; dbHits: number; rows: number; children: unknown[] }) => {
        operators.push({ operator: plan.operatorType.split('@')[0] ?? '', dbHits: plan.dbHits, rows: plan.rows });
        plan.children.forEach((child) => walk(child as typeof plan));
      };
      if (result.summary.profile) walk(result.summary.profile);
      return operators;
    });
  }

  /**
   * The plan Neo4j would run a named statement with (EXPLAIN: nothing runs), as a tree: the tests check where in it a
   * stamped statement reads the release (src/graph/stamped.ts).
   */
  async explain(name: string): Promise<PlanNode> {
    return this.run('READ', async (tx) => {
      const result = await tx.run(`EXPLAIN\n${this.catalog.get(name)}`);
      type Plan = { operatorType: string; arguments: Record<string, unknown>; children: Plan[] };
      const toNode = (plan: Plan): PlanNode => ({
        operator: plan.operatorType.split('@')[0] ?? '',
        details: String(plan.arguments.Details ?? ''),
        children: plan.children.map(toNode),
      });
      return toNode(result.summary.plan as unknown as Plan);
    });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /** @internal used by Transaction */
  async runIn(tx: Runner, name: string, params: Params, listener?: StatementListener): Promise<Row[]> {
    listener?.(name);
    const result = await tx.run(this.catalog.get(name), params);
    return result.records.map(toRow);
  }

  /** Runs `work` until it succeeds, fails with an error that is not retriable, or retrying outlasts maxRetryTimeMs. */
  private async retrying<T>(work: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + (this.options.maxRetryTimeMs ?? DEFAULT_MAX_RETRY_MS);
    for (let delay = FIRST_RETRY_DELAY_MS; ; delay *= 2) {
      try {
        return await work();
      } catch (error) {
        const wait = delay * (0.8 + Math.random() * 0.4);
        if (!neo4j.isRetriableError(error) || Date.now() + wait > deadline) throw toAppError(error);
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  private async run<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
    timeoutMs?: number,
  ): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session[mode] });
    const config = { timeout: timeoutMs ?? this.options.txTimeoutMs };
    try {
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      throw toAppError(error);
    } finally {
      await session.close();
    }
  }
}

/** What runs a statement: a managed transaction, or an explicit one (writeTransactionAnnounced). */
type Runner = Pick<ManagedTransaction, 'run'>;

export class Transaction {
  constructor(
    private readonly tx: Runner,
    private readonly graph: Graph,
  ) {}

  run(name: string, params: Params = {}): Promise<Row[]> {
    return this.graph.runIn(this.tx, name, params);
  }
}

/**
 * Runs `start` (a synchronous driver call) with no stack captured for the errors it creates. The driver's Result
 * captures `new Error().stack` for every statement, to give the statement's error its caller's frames should it
 * fail, and formatting it under tsx's source maps costs 90-160 µs per statement, a tenth of a small API request's
 * CPU (CompareDibao, PortalProgrammes). Those frames are the API's own resolvers down to `readStamped`, which name
 * no more than the failed statement's message already does; its error keeps name, code and message.
 */
function withoutCallSite<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function toRow(record: Neo4jRecord): Row {
  return record.toObject() as Row;
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Connection failures become SERVICE_UNAVAILABLE; everything else passes on unchanged. */
export function toAppError(error: unknown): unknown {
  const code = (error as { code?: string }).code;
  if (code && UNAVAILABLE_CODES.has(code)) {
    // The driver's message names the database's address (ECONNREFUSED 127.0.0.1:7687): not for clients. It
    // stays in `cause`, for the operator's log lines (start-up, outages).
    return Object.assign(new ServiceUnavailableError('Neo4j is unavailable'), {
      cause: (error as Error).message.split('\n')[0],
    });
  }
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return new ServiceUnavailableError(`Neo4j refused the credentials (check NEO4J_USER / NEO4J_PASSWORD)`);
  }
  if (
    code === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
    code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'
  ) {
    return new ServiceUnavailableError(`Neo4j transaction timed out (NEO4J_TX_TIMEOUT_MS)`);
  }
  return error;
}
