import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tryStartLock } from './start-lock';

describe('tryStartLock', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'start-lock-'));
    file = path.join(dir, 'starting.lock');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is taken once; a second start learns who holds it; released, it can be taken again', () => {
    const first = tryStartLock(file, 60_000);
    expect(first.acquired).toBe(true);
    const second = tryStartLock(file, 60_000);
    expect(second).toEqual({ acquired: false, holder: { pid: process.pid, startedAt: expect.any(String) } });
    if (first.acquired) first.release();
    expect(existsSync(file)).toBe(false);
    expect(tryStartLock(file, 60_000).acquired).toBe(true);
  });

  it('takes over a lock whose process is gone', () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid!;
    writeFileSync(file, JSON.stringify({ pid: gone, startedAt: new Date().toISOString() }));
    expect(tryStartLock(file, 60_000).acquired).toBe(true);
  });

  it('takes over a lock older than any start, whoever holds it', () => {
    writeFileSync(file, JSON.stringify({ pid: process.pid, startedAt: '2026-01-01T00:00:00Z' }));
    const old = new Date(Date.now() - 120_000);
    utimesSync(file, old, old);
    expect(tryStartLock(file, 60_000).acquired).toBe(true);
  });
});
