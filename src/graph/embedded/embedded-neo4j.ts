import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Neo4jConnection } from '../../config';
import { embeddedLayout, provision, type EmbeddedLayout } from './provision';

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

  const running = await findRunning(layout);
  if (running) {
    options.log(`reusing the embedded Neo4j already running (pid ${running.pid}) on bolt://127.0.0.1:${running.port}`);
    return describe(layout, running.port, options.database, false, async () => undefined);
  }

  const port = (await isPortFree(options.preferredPort)) ? options.preferredPort : await freePort();
  if (port !== options.preferredPort) options.log(`port ${options.preferredPort} is taken; using ${port}`);
  const reused = existsSync(layout.passwordFile);
  options.log(
    `starting Neo4j 5.26 Community (${reused ? 'existing store' : 'new store'}) on bolt://127.0.0.1:${port} …`,
  );
  const started = Date.now();
  const child = await launch(layout, port, options.startTimeoutMs ?? 180_000);
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
  child.stderr?.pipe(log);
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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
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
