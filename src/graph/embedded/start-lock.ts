import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';

/**
 * Who is starting the embedded Neo4j of one store. Two starts at once (two `npm run neo4j -- start`, or
 * `npm start` beside the tests) used to launch two JVMs on one store; the second died on Neo4j's store lock and
 * printed its Java stack trace. The first start takes this lock (a file created exclusively, holding its pid)
 * until Bolt is ready and the state file is written; a second start sees it, says in one line that Neo4j is
 * already starting, and waits to reuse it.
 */

export interface LockHolder {
  pid: number;
  startedAt: string;
}

export type LockAttempt = { acquired: true; release: () => void } | { acquired: false; holder: LockHolder | undefined };

/**
 * Takes the lock, or names who holds it. A lock whose process is gone, or older than `staleAfterMs` (a start
 * never takes that long), is removed and taken.
 */
export function tryStartLock(file: string, staleAfterMs: number): LockAttempt {
  for (let attempt = 0; attempt < 3; attempt++) {
    const holder: LockHolder = { pid: process.pid, startedAt: new Date().toISOString() };
    try {
      writeFileSync(file, JSON.stringify(holder), { flag: 'wx' });
      return { acquired: true, release: () => rmSync(file, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = readHolder(file);
    if (!isStale(file, current, staleAfterMs)) return { acquired: false, holder: current };
    rmSync(file, { force: true });
  }
  return { acquired: false, holder: readHolder(file) };
}

function readHolder(file: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    // Being written this instant, or gone: not known yet.
    return undefined;
  }
}

function isStale(file: string, holder: LockHolder | undefined, staleAfterMs: number): boolean {
  let age: number;
  try {
    age = Date.now() - statSync(file).mtimeMs;
  } catch {
    return true; // removed meanwhile: try again
  }
  if (age > staleAfterMs) return true;
  return holder !== undefined && !isAlive(holder.pid);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
