import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '../src/config';

// Docker is not available on the project's machines, so docker-compose.yml is kept honest by reading it.
const root = path.resolve(__dirname, '..');
const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as {
  services: Record<
    string,
    {
      image?: string;
      build?: unknown;
      environment?: Record<string, string>;
      healthcheck?: { test: string[] };
      depends_on?: Record<string, { condition: string }>;
    }
  >;
};

describe('docker-compose.yml', () => {
  const neo4j = compose.services.neo4j!;
  const api = compose.services.api!;

  it('runs Neo4j 5.26 Community with a health check the API waits for', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.healthcheck?.test.join(' ')).toContain('cypher-shell');
    expect(api.depends_on?.neo4j?.condition).toBe('service_healthy');
  });

  it('builds the API from the Dockerfile and wires it to the neo4j service by NEO4J_URI', () => {
    expect(api.build).toBe('.');
    const env = api.environment ?? {};
    const uri = new URL(env.NEO4J_URI!);
    expect(Object.keys(compose.services)).toContain(uri.hostname);
    expect(uri.port).toBe('7687');
  });

  it('sets only variables the config reads, and they parse', () => {
    const env = Object.fromEntries(
      Object.entries(api.environment ?? {}).map(([k, v]) => [k, v.replace(/\$\{\w+:-([^}]*)\}/, '$1')]),
    );
    for (const name of Object.keys(env)) expect(CONFIG_VARIABLES).toContain(name);
    const config = loadConfig(env);
    expect(config.neo4j?.uri).toBe('bolt://neo4j:7687');
    expect(config.production).toBe(true);
  });

  it('gives the Neo4j container the same password as the API', () => {
    const auth = neo4j.environment?.NEO4J_AUTH ?? '';
    expect(auth.replace(/^neo4j\//, '')).toBe(api.environment?.NEO4J_PASSWORD);
  });
});

describe('.env.example', () => {
  it('documents exactly the variables the config reads', () => {
    const text = readFileSync(path.join(root, '.env.example'), 'utf8');
    const documented = [...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect([...new Set(documented)].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });
});
