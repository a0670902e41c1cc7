import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('uses the embedded Neo4j and documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.neo4j).toBeUndefined();
    expect(config).toMatchObject({ port: 4000, maxPageSize: 100, neo4jDatabase: 'neo4j', embeddedBoltPort: 7687 });
    expect(config).toMatchObject({ maxSearchLength: 200, maxBodyBytes: 1_048_576, debugErrors: false });
    expect(config).toMatchObject({
      defaultPageSize: 20,
      maxQueryBytes: 16_384,
      maxQueryTokens: 2_000,
      maxQueryRootFields: 20,
      maxQueryAliases: 50,
      maxQueryDepth: 12,
      maxQueryCost: 50_000,
      maxRequestStatements: 100,
      maxResponseBytes: 5_000_000,
    });
  });

  it('reads WARM_UP as on or off, on by default, and names a bad value', () => {
    expect(loadConfig({}).warmUp).toBe(true);
    expect(loadConfig({ WARM_UP: 'OFF' }).warmUp).toBe(false);
    expect(loadConfig({ WARM_UP: 'on' }).warmUp).toBe(true);
    expect(() => loadConfig({ WARM_UP: 'maybe' })).toThrow('WARM_UP: must be on or off, got "maybe"');
  });

  it('keeps the default page size within a smaller MAX_PAGE_SIZE', () => {
    expect(loadConfig({ MAX_PAGE_SIZE: '10' }).defaultPageSize).toBe(10);
  });

  it('uses a configured server, including a neo4j:// routing URI for clusters', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j://core1:7687', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p' });
    expect(config.neo4j).toEqual({ uri: 'neo4j://core1:7687', user: 'u', password: 'p', database: 'neo4j' });
  });

  it.each([
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' }, 'NEO4J_URI', /unsupported scheme "http:"/],
    [{ NEO4J_URI: 'not a uri', NEO4J_PASSWORD: 'x' }, 'NEO4J_URI', /not a URI: "not a uri"/],
    [{ NEO4J_URI: 'bolt://localhost:7687' }, 'NEO4J_PASSWORD', /required when NEO4J_URI is set/],
    [{ PORT: 'eighty' }, 'PORT', /whole number, got "eighty"/],
    [{ MAX_PAGE_SIZE: '0' }, 'MAX_PAGE_SIZE', /between 1 and 10000, got 0/],
    [{ NEO4J_TX_TIMEOUT_MS: '-5' }, 'NEO4J_TX_TIMEOUT_MS', /whole number/],
    [{ MAX_SEARCH_LENGTH: '2000' }, 'MAX_SEARCH_LENGTH', /between 1 and 1000, got 2000/],
    [{ DEBUG_ERRORS: 'yes' }, 'DEBUG_ERRORS', /true or false, got "yes"/],
    [{ MAX_PAGE_SIZE: '10', DEFAULT_PAGE_SIZE: '20' }, 'DEFAULT_PAGE_SIZE', /between 1 and 10, got 20/],
    [{ MAX_REQUEST_STATEMENTS: '0' }, 'MAX_REQUEST_STATEMENTS', /between 1 and 100000, got 0/],
  ])('rejects %j naming %s', (env, variable, message) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message.startsWith(`${variable}: `)).toBe(true);
  });
});
