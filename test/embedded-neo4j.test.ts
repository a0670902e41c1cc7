import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, copyFileSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j, runningPort } from '../src/graph/embedded/embedded-neo4j';
import { embeddedLayout } from '../src/graph/embedded/provision';
import { loadConfig } from '../src/config';
import { Graph } from '../src/graph/graph';

// The embedded Neo4j's own life cycle, on a store of its own (a temp home sharing the provisioned jars):
// the store and password persist across restarts, a running Neo4j is reused, a taken port is avoided.
const embedded = loadConfig().neo4j === undefined;
const describeEmbedded = embedded ? describe : describe.skip;

describeEmbedded('embedded Neo4j', () => {
  let home: string;
  let blocker: net.Server;
  let blockedPort: number;

  beforeAll(async () => {
    home = mkdtempSync(path.join(tmpdir(), 'embedded-neo4j-'));
    const shared = embeddedLayout(loadConfig().embeddedHome);
    const layout = embeddedLayout(home);
    symlinkSync(shared.lib, layout.lib);
    mkdirSync(path.dirname(layout.classes), { recursive: true });
    symlinkSync(shared.classes, layout.classes);
    copyFileSync(shared.stamp, layout.stamp);
    // Occupy a port and ask for it: the launcher must pick another.
    blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    blockedPort = (blocker.address() as net.AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => blocker.close(resolve));
    rmSync(home, { recursive: true, force: true });
  });

  const start = () => startEmbeddedNeo4j({ home, preferredPort: blockedPort, database: 'neo4j', log: () => undefined });

  it('keeps data across a restart, reuses a running Neo4j and avoids a taken port', async () => {
    const first = await start();
    expect(first.owned).toBe(true);
    expect(first.port).not.toBe(blockedPort);
    let graph = Graph.connect(first.connection, { txTimeoutMs: 30_000 });
    await graph.write('testCreateMarker', { at: 'first start' });

    const second = await start();
    expect(second.owned).toBe(false);
    expect(second.port).toBe(first.port);
    expect(second.connection.password).toBe(first.connection.password);

    await graph.close();
    await first.stop();
    expect(await runningPort(home)).toBeUndefined();

    const third = await start();
    expect(third.owned).toBe(true);
    graph = Graph.connect(third.connection, { txTimeoutMs: 30_000 });
    const [row] = await graph.read('testCountMarkers');
    expect(row?.count).toBe(1);
    await graph.close();
    await third.stop();
  }, 240_000);

  it('lets one of two starts at once launch Neo4j; the other says so in one line and reuses it', async () => {
    const lines: string[] = [];
    const [a, b] = await Promise.all([
      start(),
      startEmbeddedNeo4j({ home, preferredPort: blockedPort, database: 'neo4j', log: (line) => lines.push(line) }),
    ]);
    expect([a.owned, b.owned].sort()).toEqual([false, true]);
    expect(b.port).toBe(a.port);
    if (!b.owned) expect(lines.filter((l) => /already starting/.test(l))).toHaveLength(1);
    await (a.owned ? a : b).stop();
  }, 240_000);

  it('npm run neo4j -- start twice at once: the second prints one line that it is already starting, no stack trace', async () => {
    const env = { ...process.env, NEO4J_EMBEDDED_HOME: home, NEO4J_EMBEDDED_PORT: String(blockedPort) };
    const tsx = path.join(__dirname, '..', 'node_modules/.bin/tsx');
    const spawnStart = () => {
      const child = spawn(tsx, ['src/cli/neo4j.ts', 'start'], { cwd: path.join(__dirname, '..'), env });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      return { child, exited, output: () => output };
    };
    const first = spawnStart();
    const second = spawnStart();
    // The one that did not launch Neo4j reuses it and ends; the other keeps it running in the foreground.
    const ended = await Promise.race([first.exited.then(() => second), second.exited.then(() => first)]);
    const [quitter, owner] = ended === second ? [first, second] : [second, first];
    expect(await quitter.exited).toBe(0);
    expect(quitter.output()).toMatch(
      /\[neo4j\] Neo4j is already starting in another process \(pid \d+\); waiting for it/,
    );
    expect(quitter.output()).toMatch(/reusing the embedded Neo4j already running/);
    expect(quitter.output()).not.toMatch(/Exception|\n\s+at /);
    owner.child.kill('SIGINT');
    expect(await owner.exited).toBe(0);
    expect(owner.output()).not.toMatch(/Exception|\n\s+at /);
    expect(await runningPort(home)).toBeUndefined();
  }, 240_000);
});
