import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** Runs `npm start`'s command with only the given settings; the user's own NEO4J_* are left out. */
function start(env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(NEO4J_|TEST_NEO4J_|PORT$)/.test(name)),
  );
  return spawnSync('npx', ['tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: { ...clean, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

/** stderr without npm's own warnings about the user's npmrc. */
function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('npm warn'));
}

describe('npm start (src/server/main.ts)', () => {
  it('stops with one line naming the URI when Neo4j cannot be reached', () => {
    const run = start({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' });
    expect(run.status).toBe(1);
    const lines = errorLines(run.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^start-up failed: cannot use Neo4j at bolt:\/\/127\.0\.0\.1:1 \(NEO4J_URI\): /);
    expect(lines[0]).toContain('ECONNREFUSED');
  });

  it('stops with one line naming the variable when the configuration is bad', () => {
    const run = start({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' });
    expect(run.status).toBe(1);
    expect(errorLines(run.stderr)).toEqual([
      expect.stringMatching(/^config error: NEO4J_URI: unsupported scheme "http:"/),
    ]);
  });
});

describe('npm start’s mode', () => {
  const mode = (env: Record<string, string>) => {
    const run = start({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x', ...env });
    return /starting civil-affairs-graph API \((\w+)\)/.exec(run.stdout)?.[1];
  };
  it('is production unless NODE_ENV says otherwise', () => {
    expect(mode({ NODE_ENV: '' })).toBe('production');
    expect(mode({ NODE_ENV: 'development' })).toBe('development');
  });
});
