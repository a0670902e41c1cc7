import { createRequire } from 'node:module';
import type { Socket } from 'node:net';

/**
 * Two settings on every Bolt socket the driver opens, which the driver has no option for (5.28:
 * lib/channel/node/node-channel.js, lib/channel/chunking.js):
 *
 * 1. TCP_NODELAY. The driver sets only SO_KEEPALIVE, so Nagle's algorithm stays on. A Bolt message larger than one
 *    segment (a RUN whose parameters exceed ~1.4 KB: a batch of 20 keys, a long cursor) then leaves its tail in the
 *    kernel until the server's delayed ACK arrives: a 40–45 ms stall per statement on Linux.
 * 2. One write per tick. The driver's Chunker writes to the socket each time its 1,400-byte buffer fills, so a RUN
 *    of a 6 KB statement is five `write` calls, and with TCP_NODELAY five segments the server reads one by one.
 *    The socket is corked at the first write of a tick and uncorked on the next tick, as Node's own HTTP client
 *    does: whatever the driver writes in one go (BEGIN, RUN's chunks, PULL) leaves in one `writev`. Nothing waits:
 *    `process.nextTick` runs before the event loop polls again.
 *
 * The driver's NodeChannel hands each new socket to its own `_setupConnectionTimeout(config, socket)` right after
 * creating it, before anything is written. We wrap that prototype method once, in memory: nothing in node_modules
 * is edited, so `npm ci` cannot undo it. Should a driver upgrade rename the method, `installBoltSocketOptions`
 * throws at start-up instead of silently losing both, and test/graph/bolt-socket.test.ts checks them on the real
 * driver's sockets against the real Neo4j.
 */

const MARK = Symbol.for('civil-affairs-graph.boltSocketOptions');

interface NodeChannelPrototype {
  _setupConnectionTimeout(config: unknown, socket: Socket): unknown;
  [MARK]?: true;
}

/** Idempotent: installs the wrapper on the NodeChannel the installed neo4j-driver really uses. */
export function installBoltSocketOptions(): void {
  // Resolve from neo4j-driver's own location: the bolt-connection package it loads, nested or hoisted.
  const requireFromDriver = createRequire(require.resolve('neo4j-driver'));
  const channelModule = requireFromDriver('neo4j-driver-bolt-connection/lib/channel/node/node-channel') as {
    default?: { prototype?: NodeChannelPrototype };
  };
  const prototype = channelModule.default?.prototype;
  const original = prototype?._setupConnectionTimeout;
  if (!prototype || typeof original !== 'function') {
    throw new Error(
      'neo4j-driver-bolt-connection: NodeChannel.prototype._setupConnectionTimeout not found; ' +
        'src/graph/bolt-socket.ts must be adapted to this driver version',
    );
  }
  if (prototype[MARK]) return;
  prototype._setupConnectionTimeout = function (this: unknown, config: unknown, socket: Socket) {
    socket.setNoDelay(true);
    writeOncePerTick(socket);
    return original.call(this, config, socket);
  };
  prototype[MARK] = true;
}

/** Corks `socket` at the first write of a tick and uncorks it on the next: one tick's writes, one syscall. */
function writeOncePerTick(socket: Socket): void {
  const write = socket.write;
  let corked = false;
  const uncork = () => {
    corked = false;
    socket.uncork();
  };
  socket.write = function (this: Socket, ...args: Parameters<Socket['write']>) {
    if (!corked) {
      corked = true;
      this.cork();
      process.nextTick(uncork);
    }
    return write.apply(this, args);
  } as Socket['write'];
}
