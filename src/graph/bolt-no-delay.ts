import { createRequire } from 'node:module';
import type { Socket } from 'node:net';

/**
 * TCP_NODELAY on every Bolt socket the driver opens.
 *
 * neo4j-driver 5 opens its sockets with `net.connect` / `tls.connect` and sets only SO_KEEPALIVE, so Nagle's
 * algorithm stays on. A Bolt message larger than one segment (a RUN whose parameters exceed ~1.4 KB: a batch of
 * 20 keys, a long cursor) then leaves its tail in the kernel until the server's delayed ACK arrives: a 40–45 ms
 * stall per statement on Linux. The driver has no option for it (5.28: lib/channel/node/node-channel.js).
 *
 * The driver's NodeChannel hands each new socket to its own `_setupConnectionTimeout(config, socket)` right after
 * creating it, before anything is written. We wrap that prototype method once, in memory, so the socket gets
 * `setNoDelay(true)` first: nothing in node_modules is edited, so `npm ci` cannot undo it. Should a driver
 * upgrade rename the method, `installBoltNoDelay` throws at start-up instead of silently losing the option, and
 * test/graph/bolt-no-delay.test.ts checks the option on the real driver's sockets against the real Neo4j.
 */

const MARK = Symbol.for('civil-affairs-graph.boltNoDelay');

interface NodeChannelPrototype {
  _setupConnectionTimeout(config: unknown, socket: Socket): unknown;
  [MARK]?: true;
}

/** Idempotent: installs the wrapper on the NodeChannel the installed neo4j-driver really uses. */
export function installBoltNoDelay(): void {
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
        'src/graph/bolt-no-delay.ts must be adapted to this driver version',
    );
  }
  if (prototype[MARK]) return;
  prototype._setupConnectionTimeout = function (this: unknown, config: unknown, socket: Socket) {
    socket.setNoDelay(true);
    return original.call(this, config, socket);
  };
  prototype[MARK] = true;
}
