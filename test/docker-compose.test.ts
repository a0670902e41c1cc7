import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '../src/config';

// Docker is not available on the project's machines, so docker-compose.yml is kept honest by reading it.
const root = path.resolve(__dirname, '..');
const text = readFileSync(path.join(root, 'docker-compose.yml'), 'utf8');
const compose = parse(text) as {
  services: Record<
    string,
    {
      image?: string;
      build?: unknown;
      environment?: Record<string, string>;
      ports?: string[];
      healthcheck?: { test: string[] };
      depends_on?: Record<string, { condition: string }>;
    }
  >;
};

/** Compose's interpolation for what these tests need: `${VAR:?message}` takes VAR from `env`, or fails. */
function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(/\$\{(\w+):\?[^}]*\}/g, (_all, name: string) => {
    if (env[name] === undefined) throw new Error(`${name} is required`);
    return env[name];
  });
}

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
    const shell = { NEO4J_PASSWORD: 'chosen-for-this-deployment' };
    const env = Object.fromEntries(Object.entries(api.environment ?? {}).map(([k, v]) => [k, interpolate(v, shell)]));
    for (const name of Object.keys(env)) expect(CONFIG_VARIABLES).toContain(name);
    const config = loadConfig(env);
    expect(config.neo4j?.uri).toBe('bolt://neo4j:7687');
    expect(config.neo4j?.password).toBe('chosen-for-this-deployment');
    expect(config.production).toBe(true);
  });

  it('gives the Neo4j container the same password as the API', () => {
    const shell = { NEO4J_PASSWORD: 'p' };
    const auth = interpolate(neo4j.environment?.NEO4J_AUTH ?? '', shell);
    expect(auth).toBe(`neo4j/${interpolate(api.environment?.NEO4J_PASSWORD ?? '', shell)}`);
  });

  it('takes the password from the environment with no default: compose refuses to start without it', () => {
    expect(neo4j.environment?.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?[^}]+\}$/);
    expect(api.environment?.NEO4J_PASSWORD).toMatch(/^\$\{NEO4J_PASSWORD:\?[^}]+\}$/);
    expect(() => interpolate(api.environment?.NEO4J_PASSWORD ?? '', {})).toThrow('NEO4J_PASSWORD is required');
    // No `${VAR:-default}` and no literal password anywhere in the file.
    expect(text).not.toMatch(/\$\{\w+:?-/);
    expect(text).not.toMatch(/civil-affairs-graph|NEO4J_AUTH:\s*neo4j\/[^$]/);
  });

  it('publishes Neo4j on loopback only; the API reaches it over the compose network', () => {
    for (const port of neo4j.ports ?? []) expect(port).toMatch(/^127\.0\.0\.1:\d+:\d+$/);
    expect(Object.keys(compose.services)).toContain(new URL(api.environment?.NEO4J_URI ?? '').hostname);
  });
});

describe('.env.example', () => {
  it('documents exactly the variables the config reads', () => {
    const text = readFileSync(path.join(root, '.env.example'), 'utf8');
    const documented = [...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    expect([...new Set(documented)].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
  const copied = [...dockerfile.matchAll(/^COPY (?:--from=\S+ )?(.+) (\S+)$/gm)].map((m) => m[2]!.replace(/^\.\//, ''));

  it('copies into the image every folder the server reads at run time, the explorer build included', () => {
    // src/server/explore.ts serves dist/explore, built in a stage of its own (it needs the dev dependencies).
    for (const folder of ['schema', 'cypher', 'seeds', 'src', 'dist/explore']) expect(copied).toContain(folder);
    expect(dockerfile).toMatch(/^RUN node tools\/build-explore\.mjs$/m);
  });
});
