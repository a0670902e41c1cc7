// Runs before `npm start` and `npm test` (npm's pre-scripts), so those two commands are all a new
// user needs: on a fresh clone, or when package-lock.json changed, it installs the npm packages first.
// Plain JavaScript on purpose: it must run before any dependency (tsx, typescript) is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const installed = 'node_modules/.package-lock.json';
const stale = !existsSync(installed) || statSync(installed).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  console.log('[setup] installing npm packages (npm ci) …');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error('[setup] npm ci failed (see above)');
    process.exit(run.status ?? 1);
  }
}

// The explorer page (/explore) is built from explore/ into dist/explore/ (git-ignored), when missing or stale.
const build = spawnSync(process.execPath, ['tools/build-explore.mjs', '--if-stale'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
