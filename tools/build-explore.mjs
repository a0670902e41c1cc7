// Builds the explorer (explore/, Vite + React) into dist/explore/, which the API serves at /explore.
// `npm start` and `npm test` run it through tools/ensure-installed.mjs with --if-stale: it builds only when
// dist/explore is missing or older than a file of explore/ (or package-lock.json). Plain JavaScript, as that one.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const HELP = `usage: node tools/build-explore.mjs [--if-stale] [--help]

Builds explore/ (the explorer page) into dist/explore/ with Vite (explore/vite.config.mts).
  --if-stale  build only when dist/explore/index.html is missing or older than a file of explore/
              or package-lock.json (what npm start and npm test do)
  --help      this text`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(HELP);
  process.exit(0);
}
const unknown = args.filter((arg) => arg !== '--if-stale');
if (unknown.length > 0) {
  console.error(`build-explore: unknown argument ${JSON.stringify(unknown[0])} (see --help)`);
  process.exit(2);
}

const OUTPUT = 'dist/explore/index.html';
// Built beside, then moved into place: a failed build leaves the previous one whole.
const PARTIAL = 'dist/explore.partial';

/** The newest modification time of the files under a folder. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

if (args.includes('--if-stale') && existsSync(OUTPUT)) {
  const sources = Math.max(newest('explore'), statSync('package-lock.json').mtimeMs);
  if (statSync(OUTPUT).mtimeMs >= sources) process.exit(0);
}

console.log('[setup] building the explorer (explore/ → dist/explore/) …');
const started = Date.now();
const vite = path.join('node_modules', 'vite', 'bin', 'vite.js');
const run = spawnSync(
  process.execPath,
  [vite, 'build', '--config', 'explore/vite.config.mts', '--outDir', path.resolve(PARTIAL)],
  {
    stdio: 'inherit',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  },
);
if (run.status !== 0) {
  rmSync(PARTIAL, { recursive: true, force: true });
  console.error('[setup] the explorer build failed (see above); dist/explore/ is unchanged');
  process.exit(run.status ?? 1);
}
rmSync('dist/explore', { recursive: true, force: true });
renameSync(PARTIAL, 'dist/explore');
console.log(`[setup] explorer built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
