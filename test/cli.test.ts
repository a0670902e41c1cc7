import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// The command lines a user types: --help, a clear error naming the bad input, exit codes.
const root = path.resolve(__dirname, '..');
const tsx = path.join(root, 'node_modules/.bin/tsx');

function run(script: string, args: string[]) {
  const result = spawnSync(tsx, [script, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.each([
  ['src/cli/ingest.ts', 'npm run ingest'],
  ['src/cli/stats.ts', 'npm run stats'],
  ['src/cli/neo4j.ts', 'npm run neo4j'],
  ['bench/run.ts', 'npm run bench'],
  ['bench/scale/generate.ts', 'npm run bench:scale'],
  ['src/server/main.ts', 'npm start'],
])('%s', (script, usage) => {
  it('prints its usage with --help and exits 0', () => {
    const { code, stdout } = run(script, ['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(`Usage: ${usage}`);
  });
});

it.each([
  ['bench/run.ts', ['--quick', '--frobnicate'], 'unknown option "--frobnicate"'],
  ['bench/run.ts', ['--rounds', 'many'], '--rounds must be a positive whole number, got "many"'],
  ['bench/scale/generate.ts', ['--factor', '0'], '--factor must be a whole number from 1 to 1000, got "0"'],
])('%s %j names the bad input and exits 1 before touching Neo4j', (script, args, message) => {
  const { code, stderr } = run(script, args);
  expect(code).toBe(1);
  expect(stderr).toContain(message);
});

it('ingest names an unknown option and exits 1', () => {
  const { code, stderr } = run('src/cli/ingest.ts', ['--frobnicate']);
  expect(code).toBe(1);
  expect(stderr).toContain('unknown option "--frobnicate"');
});

it('ingest --check validates without Neo4j and names every bad line of a broken seed folder', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'seeds-cli-'));
  try {
    cpSync(path.join(root, 'seeds'), dir, { recursive: true });
    const file = path.join(dir, 'taxonomy', 'themes.yaml');
    const text = readFileSync(file, 'utf8');
    // An unknown field and a reference to an id that does not exist.
    writeFileSync(file, text.replace(/^(\s*)nameEn:/m, '$1colour: blue\n$1nameEn:'));
    const facts = path.join(dir, 'facts', 'jiangmen-2022-summary.yaml');
    writeFileSync(facts, readFileSync(facts, 'utf8').replace(/to: Theme:da-cishan/, 'to: Theme:no-such-theme'));
    const { code, stderr } = run('src/cli/ingest.ts', ['--check', '--seeds', dir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/taxonomy\/themes\.yaml:\d+: .*colour/);
    expect(stderr).toMatch(/facts\/jiangmen-2022-summary\.yaml:\d+: .*Theme:no-such-theme/);
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('ingest --check names a YAML syntax error first, not after a thousand problems that follow from it', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'seeds-cli-'));
  try {
    cpSync(path.join(root, 'seeds'), dir, { recursive: true });
    const file = path.join(dir, 'taxonomy', 'themes.yaml');
    const lines = readFileSync(file, 'utf8').split('\n');
    const broken = lines.findIndex((line) => /^\s+evidence:$/.test(line));
    lines[broken] += ' ]: {';
    writeFileSync(file, lines.join('\n'));
    const { code, stderr } = run('src/cli/ingest.ts', ['--check', '--seeds', dir]);
    expect(code).toBe(1);
    const out = stderr.trim().split('\n');
    expect(out[1]).toMatch(new RegExp(`^\\d+ problem\\(s\\) in the seed files:$`));
    expect(out[2]).toMatch(new RegExp(`^taxonomy/themes\\.yaml:${broken + 1}: YAML: `));
    expect(out[3]).toMatch(/^\d+ further problem\(s\) not listed: most follow from taxonomy\/themes\.yaml not parsing/);
    expect(out).toHaveLength(4);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('ingest --check passes on the project seeds', () => {
  const { code, stdout } = run('src/cli/ingest.ts', ['--check']);
  expect(code).toBe(0);
  expect(stdout).toMatch(/seed files are valid: 5 documents/);
});

it('provisions nothing, and needs no Java or Maven, when NEO4J_URI points at a Neo4j of ones own', () => {
  // A PATH holding node alone: java and mvn cannot be found.
  const bin = mkdtempSync(path.join(tmpdir(), 'node-only-'));
  try {
    symlinkSync(process.execPath, path.join(bin, 'node'));
    const result = spawnSync(tsx, ['src/cli/neo4j.ts', 'provision'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: 'neo4j://cluster.example:7687', NEO4J_PASSWORD: 'x', PATH: bin },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('nothing to provision');
  } finally {
    rmSync(bin, { recursive: true, force: true });
  }
});
