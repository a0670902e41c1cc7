/**
 * The one place that reads `process.env`. Every setting is parsed and checked here, at start-up,
 * so a bad value fails fast with a message naming the variable (see .env.example).
 */

export interface Neo4jConnection {
  /** bolt://, bolt+s://, neo4j:// (routing, for clusters) or neo4j+s:// */
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface Config {
  /** Set when NEO4J_URI is given: use that server and provision nothing. */
  neo4j: Neo4jConnection | undefined;
  neo4jDatabase: string;
  /** Preferred Bolt port of the embedded Neo4j; a free one is chosen when it is taken. */
  embeddedBoltPort: number;
  /** Folder of the provisioned Neo4j (jars, store, password), git-ignored. */
  embeddedHome: string;
  port: number;
  neo4jTxTimeoutMs: number;
  /** A request not answered by then gets 503 SERVICE_UNAVAILABLE, whatever the database does. */
  requestDeadlineMs: number;
  /** Items a list with `first` returns when `first` is not given (at most maxPageSize). */
  defaultPageSize: number;
  maxPageSize: number;
  /** Limits checked before a query is parsed: its size in UTF-8 bytes and its number of lexical tokens. */
  maxQueryBytes: number;
  maxQueryTokens: number;
  /** Limits checked before any resolver runs (README "Limits and errors"). */
  maxQueryRootFields: number;
  maxQueryAliases: number;
  maxQueryDepth: number;
  maxQueryCost: number;
  /** Limits on what a request really does: Cypher statements sent, and the size of its JSON response. */
  maxRequestStatements: number;
  maxResponseBytes: number;
  maxBatchSize: number;
  /** The longest search text, in characters after normalisation; Lucene refuses queries of 1,024 clauses and more. */
  maxSearchLength: number;
  /** The largest request body /graphql reads, in bytes. */
  maxBodyBytes: number;
  /**
   * RESPONSE_CACHE=off turns it off: whole answers kept per release (src/server/response-cache.ts), bounded by
   * RESPONSE_CACHE_MAX_BYTES.
   */
  responseCache: boolean;
  responseCacheMaxBytes: number;
  production: boolean;
  /** Stack traces (and internal messages, in production) in error responses: for debugging only. */
  debugErrors: boolean;
  /** WARM_UP: plan every statement and run the examples right after the API listens (graph/warm-up.ts). */
  warmUp: boolean;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Every variable this module reads; docker-compose.yml and .env.example are checked against it. */
export const CONFIG_VARIABLES = [
  'NEO4J_URI',
  'NEO4J_USER',
  'NEO4J_PASSWORD',
  'NEO4J_DATABASE',
  'NEO4J_EMBEDDED_PORT',
  'NEO4J_EMBEDDED_HOME',
  'PORT',
  'NEO4J_TX_TIMEOUT_MS',
  'REQUEST_DEADLINE_MS',
  'DEFAULT_PAGE_SIZE',
  'MAX_PAGE_SIZE',
  'MAX_QUERY_BYTES',
  'MAX_QUERY_TOKENS',
  'MAX_QUERY_ROOT_FIELDS',
  'MAX_QUERY_ALIASES',
  'MAX_QUERY_DEPTH',
  'MAX_QUERY_COST',
  'MAX_REQUEST_STATEMENTS',
  'MAX_RESPONSE_BYTES',
  'MAX_BATCH_SIZE',
  'MAX_SEARCH_LENGTH',
  'MAX_BODY_BYTES',
  'RESPONSE_CACHE',
  'RESPONSE_CACHE_MAX_BYTES',
  'NODE_ENV',
  'DEBUG_ERRORS',
  'WARM_UP',
] as const;

const NEO4J_SCHEMES = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];

/**
 * `npm start` serves in production mode unless NODE_ENV says otherwise: graphql-js drops its development checks
 * (it reads NODE_ENV once, when it is first imported, so this must run before anything imports graphql) and
 * internal error messages stay in the log. `NODE_ENV=development npm start` for the other way.
 */
export function defaultToProduction(env: Env = process.env): void {
  if (!env.NODE_ENV?.trim()) env.NODE_ENV = 'production';
}

/** Parses the environment into a checked Config; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const uri = env.NEO4J_URI?.trim() || undefined;
  const database = env.NEO4J_DATABASE?.trim() || 'neo4j';
  let neo4j: Neo4jConnection | undefined;
  if (uri !== undefined) {
    neo4j = {
      uri: parseNeo4jUri(uri),
      user: env.NEO4J_USER?.trim() || 'neo4j',
      password: required(env, 'NEO4J_PASSWORD', 'is required when NEO4J_URI is set'),
      database,
    };
  }
  const maxPageSize = integer(env, 'MAX_PAGE_SIZE', 100, 1, 10_000);
  return {
    neo4j,
    neo4jDatabase: database,
    embeddedBoltPort: integer(env, 'NEO4J_EMBEDDED_PORT', 7687, 1, 65535),
    embeddedHome: env.NEO4J_EMBEDDED_HOME?.trim() || '.neo4j',
    port: integer(env, 'PORT', 4000, 0, 65535),
    neo4jTxTimeoutMs: integer(env, 'NEO4J_TX_TIMEOUT_MS', 15000, 100, 3_600_000),
    requestDeadlineMs: integer(env, 'REQUEST_DEADLINE_MS', 20_000, 100, 3_600_000),
    // A default above the maximum would make every list without `first` a BAD_USER_INPUT.
    defaultPageSize: integer(env, 'DEFAULT_PAGE_SIZE', Math.min(20, maxPageSize), 1, maxPageSize),
    maxPageSize,
    maxQueryBytes: integer(env, 'MAX_QUERY_BYTES', 16_384, 100, 10_000_000),
    maxQueryTokens: integer(env, 'MAX_QUERY_TOKENS', 2_000, 10, 1_000_000),
    maxQueryRootFields: integer(env, 'MAX_QUERY_ROOT_FIELDS', 20, 1, 10_000),
    maxQueryAliases: integer(env, 'MAX_QUERY_ALIASES', 50, 0, 100_000),
    maxQueryDepth: integer(env, 'MAX_QUERY_DEPTH', 12, 1, 100),
    maxQueryCost: integer(env, 'MAX_QUERY_COST', 50_000, 1, 100_000_000),
    maxRequestStatements: integer(env, 'MAX_REQUEST_STATEMENTS', 100, 1, 100_000),
    maxResponseBytes: integer(env, 'MAX_RESPONSE_BYTES', 5_000_000, 1_000, 1_000_000_000),
    maxBatchSize: integer(env, 'MAX_BATCH_SIZE', 500, 1, 100_000),
    // At most 1,000: the cjk analyzer makes about one clause per character, and Lucene refuses 1,024 clauses.
    maxSearchLength: integer(env, 'MAX_SEARCH_LENGTH', 200, 1, 1_000),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 1_048_576, 1_024, 104_857_600),
    responseCache: onOff(env, 'RESPONSE_CACHE', true),
    responseCacheMaxBytes: integer(env, 'RESPONSE_CACHE_MAX_BYTES', 64 * 1024 * 1024, 1_024, 64 * 1024 * 1024 * 1024),
    production: (env.NODE_ENV ?? '') === 'production',
    debugErrors: boolean(env, 'DEBUG_ERRORS', false),
    warmUp: onOff(env, 'WARM_UP', true),
  };
}

function parseNeo4jUri(uri: string): string {
  let parsed: URL;
  try {
    parsed = new URL(uri);
  } catch {
    throw new ConfigError(
      'NEO4J_URI',
      `not a URI: "${uri}" (expected e.g. bolt://localhost:7687 or neo4j://host:7687)`,
    );
  }
  if (!NEO4J_SCHEMES.includes(parsed.protocol)) {
    throw new ConfigError(
      'NEO4J_URI',
      `unsupported scheme "${parsed.protocol}" in "${uri}" (expected one of ${NEO4J_SCHEMES.join(' ')})`,
    );
  }
  return uri;
}

function required(env: Env, name: string, why: string): string {
  const value = env[name];
  if (value === undefined || value === '') throw new ConfigError(name, why);
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, `must be true or false, got "${env[name]}"`);
}

function onOff(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'on') return true;
  if (raw === 'off') return false;
  throw new ConfigError(name, `must be on or off, got "${env[name]}"`);
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}
