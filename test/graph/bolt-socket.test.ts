import net from 'node:net';
import type { Graph } from '../../src/graph/graph';
import { connectTestGraph, testConnection } from '../support/test-graph';

// The driver's own sockets to the real Neo4j have TCP_NODELAY set and write once per tick (src/graph/bolt-socket.ts).
// Node keeps the option a socket was given in an internal symbol, applied to the OS socket when it connects; we read
// it back. A socket's writes reach the OS through its `_write` (one buffer) or `_writev` (several): we count those.

function noDelayOf(socket: net.Socket): unknown {
  const symbol = Object.getOwnPropertySymbols(socket).find((s) => s.description === 'kSetNoDelay');
  return symbol === undefined ? undefined : (socket as unknown as Record<symbol, unknown>)[symbol];
}

describe('Bolt sockets', () => {
  const opened: net.Socket[] = [];
  const connect = net.Socket.prototype.connect;
  let graph: Graph;
  const boltPort = Number(new URL(testConnection().uri).port || 7687);

  beforeAll(() => {
    // Records every socket this process connects from now on (the driver's included), changing nothing else.
    net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
      opened.push(this);
      return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
    } as typeof connect;
    graph = connectTestGraph();
  });
  afterAll(async () => {
    net.Socket.prototype.connect = connect;
    await graph.close();
  });

  it('are opened with TCP_NODELAY, on every connection of the pool', async () => {
    // Two statements at once need two connections; a large parameter is what Nagle would hold back.
    const big = 'x'.repeat(5_000);
    await Promise.all([graph.read('testEcho', { value: big }), graph.read('testEcho', { value: big })]);
    const bolt = opened.filter((socket) => socket.remotePort === boltPort);
    expect(bolt.length).toBeGreaterThanOrEqual(2);
    for (const socket of bolt) expect(noDelayOf(socket)).toBe(true);
  });

  it("send a statement larger than the driver's 1.4 KB chunks in one write to the OS", async () => {
    // The driver's Chunker writes every 1,400 bytes: a 20 KB parameter is 15 writes without the cork.
    await graph.read('testEcho', { value: 'warm' });
    const bolt = opened.filter((socket) => socket.remotePort === boltPort);
    const calls = { write: 0, writev: 0 };
    const restore = bolt.map((socket) => {
      const internals = socket as unknown as Record<'_write' | '_writev', (...args: unknown[]) => unknown>;
      const { _write: write, _writev: writev } = internals;
      internals._write = function (...args: unknown[]) {
        calls.write++;
        return write.apply(this, args);
      };
      internals._writev = function (...args: unknown[]) {
        calls.writev++;
        return writev.apply(this, args);
      };
      return () => Object.assign(internals, { _write: write, _writev: writev });
    });
    try {
      const [row] = await graph.read('testEcho', { value: 'x'.repeat(20_000) });
      expect(row).toEqual({ size: 20_000 });
    } finally {
      for (const undo of restore) undo();
    }
    // RUN (15 chunks) and PULL, corked in one tick: one call, and a vectored one.
    expect(calls).toEqual({ write: 0, writev: 1 });
  });

  it('is a property the shim sets: a plain socket to the same port has it off', async () => {
    const plain = net.connect(boltPort, '127.0.0.1');
    await new Promise<void>((resolve, reject) => plain.once('connect', resolve).once('error', reject));
    expect(noDelayOf(plain)).not.toBe(true);
    plain.destroy();
  });
});
