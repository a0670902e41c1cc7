import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Neo4jConnection } from '../../config';
import { PrerequisiteError } from './prerequisites';
import { embeddedLayout, provision, type EmbeddedLayout } from './provision';
import { isAlive, tryStartLock } from './start-lock';

/**
 * Starts (or reuses) the project's own Neo4j: Community 5.26 embedded in a small Java launcher
 * with Bolt on 127.0.0.1. The store and the generated password persist in the embedded home, so a
 * second start reuses them; a Neo4j left running by an earlier process is reused as it is.
 */

export interface EmbeddedNeo4j {
  connection: Neo4jConnection;
  port: number;
  /** True when this process started Neo4j and so must stop it. */
  owned: boolean;
  stop(): Promise<void>;
}

interface State {
  pid: number;
  port: number;
  startedAt: string;
}

export interface EmbeddedOptions {
  home: string;
  preferredPort: number;
  database: string;
  log: (line: string) => void;
  startTimeoutMs?: number;
}

export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const layout = embeddedLayout(options.home);
  await provision(layout, options.log);
  const timeoutMs = options.startTimeoutMs ?? 180_000;
  const deadline = Date.now() + timeoutMs;
  let waitingFor: number | undefined;

  for (;;) {
    const running = await findRunning(layout);
    if (running) {
      options.log(
        `reusing the embedded Neo4j already running (pid ${running.pid}) on bolt://127.0.0.1:${running.port}`,
      );
      return describe(layout, running.port, options.database, false, async () => undefined);
    }
    const lock = tryStartLock(layout.startLock, timeoutMs + 30_000);
    if (lock.acquired) {
      try {
        // The start we waited for may have finished between the check above and the lock.
        if (!(await findRunning(layout))) return await launchOwned(layout, options, timeoutMs);
      } finally {
        lock.release();
      }
      continue;
    }
    const pid = lock.holder?.pid ?? -1;
    if (waitingFor !== pid) {
      options.log(`Neo4j is already starting in another process (pid ${pid}); waiting for it …`);
      waitingFor = pid;
    }
    if (Date.now() > deadline) {
      throw new PrerequisiteError(
        `Neo4j has been starting in process ${pid} for over ${timeoutMs / 1000} s; see ${layout.logFile}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Launches Neo4j on the store (the caller holds the start lock) and records its state for later starts. */
async function launchOwned(
  layout: EmbeddedLayout,
  options: EmbeddedOptions,
  timeoutMs: number,
): Promise<EmbeddedNeo4j> {
  const port = (await isPortFree(options.preferredPort)) ? options.preferredPort : await freePort();
  if (port !== options.preferredPort) options.log(`port ${options.preferredPort} is taken; using ${port}`);
  const reused = existsSync(layout.passwordFile);
  options.log(
    `starting Neo4j 5.26 Community (${reused ? 'existing store' : 'new store'}) on bolt://127.0.0.1:${port} …`,
  );
  const started = Date.now();
  const child = await launch(layout, port, timeoutMs);
  const state: State = { pid: child.pid ?? -1, port, startedAt: new Date().toISOString() };
  writeFileSync(layout.stateFile, JSON.stringify(state, null, 2));
  options.log(`Neo4j ready in ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${state.pid})`);
  return describe(layout, port, options.database, true, () => stopChild(child, layout));
}

/** Stops a Neo4j started by an earlier process (`npm run neo4j stop`). */
export async function stopRunning(home: string): Promise<boolean> {
  const layout = embeddedLayout(home);
  const running = await findRunning(layout);
  if (!running) return false;
  process.kill(running.pid, 'SIGTERM');
  await waitFor(() => !isAlive(running.pid), 60_000);
  rmSync(layout.stateFile, { force: true });
  return true;
}

export async function runningPort(home: string): Promise<number | undefined> {
  return (await findRunning(embeddedLayout(home)))?.port;
}

function describe(
  layout: EmbeddedLayout,
  port: number,
  database: string,
  owned: boolean,
  stop: () => Promise<void>,
): EmbeddedNeo4j {
  const password = readFileSync(layout.passwordFile, 'utf8').trim();
  return { connection: { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password, database }, port, owned, stop };
}

async function findRunning(layout: EmbeddedLayout): Promise<State | undefined> {
  if (!existsSync(layout.stateFile)) return undefined;
  let state: State;
  try {
    state = JSON.parse(readFileSync(layout.stateFile, 'utf8')) as State;
  } catch {
    return undefined;
  }
  if (isAlive(state.pid) && !(await isPortFree(state.port))) return state;
  // A stale state file from a Neo4j that is gone: the store is reused, the file is not.
  rmSync(layout.stateFile, { force: true });
  return undefined;
}

function launch(layout: EmbeddedLayout, port: number, timeoutMs: number): Promise<ChildProcess> {
  const classpath = [layout.classes, path.join(layout.lib, '*')].join(path.delimiter);
  const child = spawn(
    'java',
    ['-Xms256m', '-Xmx2g', '-cp', classpath, 'civilaffairs.EmbeddedNeo4j', layout.home, String(port)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const log = createWriteStream(layout.logFile, { flags: 'a' });
  // The start of stderr, where a failure to open the store shows (kept bounded: Neo4j may run for days).
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log.write(chunk);
    if (err.length < 65_536) err += chunk.toString('utf8');
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`Neo4j did not open Bolt on port ${port} within ${timeoutMs / 1000} s (see ${layout.logFile})`));
    }, timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      log.write(chunk);
      out += chunk.toString('utf8');
      if (out.includes(`BOLT_READY ${port}`)) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      // Another JVM holds the store (one this project did not start, or a start lock that was lost): say so in
      // one line, not with Neo4j's Java stack trace.
      if (/FileLockException|StoreLockException|locked by another process/.test(out + err)) {
        reject(
          new PrerequisiteError(
            `the store ${layout.data} is in use by another Neo4j process; stop it, or wait for it and run npm run neo4j -- status`,
          ),
        );
        return;
      }
      const tail = existsSync(layout.logFile)
        ? readFileSync(layout.logFile, 'utf8').split('\n').slice(-15).join('\n')
        : '';
      reject(
        new Error(
          `Neo4j exited before it was ready (code ${code ?? signal}). Last lines of ${layout.logFile}:\n${tail}`,
        ),
      );
    });
  });
}

async function stopChild(child: ChildProcess, layout: EmbeddedLayout): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  await exited;
  clearTimeout(timer);
  rmSync(layout.stateFile, { force: true });
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
}
