import diagnostics from 'node:diagnostics_channel';
import { Socket } from 'node:net';

/**
 * What a process reads from and sends to Neo4j, measured on the wire so every variant of the benchmark is
 * measured the same way, whatever its driver usage: the API, the hand-written Cypher server and @neo4j/graphql
 * all talk Bolt over client sockets this process opens (node's `net.client.socket` diagnostics channel announces
 * each one). The only client sockets a variant server opens are Bolt ones (the load generator is another process).
 *
 * - bytesRead: bytes received on those sockets (records, summaries, handshakes), socket.bytesRead summed over
 *   the sockets, closed ones included.
 * - statements: Bolt RUN messages sent. Outgoing bytes are Bolt chunks (2-byte length, data; 0x0000 ends a
 *   message); a message whose first bytes are a struct marker 0xB_ and tag 0x10 is a RUN (Bolt 4 and 5).
 */
export interface BoltCounts {
  bytesRead: number;
  statements: number;
}

const RUN_TAG = 0x10;

export function startBoltMeter(): () => BoltCounts {
  const parsers = new Map<Socket, (bytes: Uint8Array) => void>();
  let closedBytes = 0;
  let statements = 0;
  diagnostics.channel('net.client.socket').subscribe((message) => {
    const socket = (message as { socket: Socket }).socket;
    parsers.set(
      socket,
      runCounter(() => statements++),
    );
    socket.once('close', () => {
      closedBytes += socket.bytesRead;
      parsers.delete(socket);
    });
  });
  // net.Socket re-assigns an instance's `write` while connecting, so the prototype's is the one to observe.
  const write = Socket.prototype.write as (this: Socket, ...args: unknown[]) => boolean;
  Socket.prototype.write = function (this: Socket, chunk: unknown, ...rest: unknown[]) {
    const parser = parsers.get(this);
    if (parser && chunk instanceof Uint8Array) parser(chunk);
    return write.call(this, chunk, ...rest);
  } as Socket['write'];
  const sockets = parsers.keys.bind(parsers);
  return () => {
    let open = 0;
    for (const socket of sockets()) open += socket.bytesRead;
    return { bytesRead: closedBytes + open, statements };
  };
}

/**
 * Follows the chunked outgoing stream across writes: calls `onRun` at the start of each RUN message. The Bolt
 * handshake (magic 0x6060B017 and four versions, 20 bytes) comes first and is skipped; when it offers the manifest
 * handshake (version 0x000001FF, Bolt 5.7+ drivers), the chosen version (4 bytes) and capabilities (a varint) follow.
 */
export function runCounter(onRun: () => void): (bytes: Uint8Array) => void {
  let handshake = 20;
  const offered: number[] = [];
  let manifest = 0; // bytes of the version choice still to skip
  let varint = false; // skipping the capabilities varint
  let header: number[] = []; // bytes of a chunk length being read
  let remaining = 0; // bytes left in the current chunk
  let messageStart = true; // the next data byte starts a message
  let firstByte = -1; // the message's first byte, while waiting for its second
  return (bytes) => {
    let i = 0;
    while (handshake > 0 && i < bytes.length) {
      offered.push(bytes[i++]!);
      handshake--;
      if (
        handshake === 0 &&
        Buffer.from(offered)
          .subarray(4)
          .toString('hex')
          .match(/^(.{8})*000001ff/)
      )
        manifest = 4;
    }
    while (manifest > 0 && i < bytes.length) {
      i++;
      if (--manifest === 0) varint = true;
    }
    while (varint && i < bytes.length) varint = (bytes[i++]! & 0x80) !== 0;
    while (i < bytes.length) {
      if (remaining === 0) {
        header.push(bytes[i++]!);
        if (header.length < 2) continue;
        remaining = (header[0]! << 8) | header[1]!;
        header = [];
        if (remaining === 0) messageStart = true; // end of message (or a no-op keep-alive chunk)
        continue;
      }
      const take = Math.min(remaining, bytes.length - i);
      if (messageStart || firstByte >= 0) {
        for (let k = 0; k < take; k++) {
          const byte = bytes[i + k]!;
          if (messageStart) {
            messageStart = false;
            firstByte = byte;
          } else if (firstByte >= 0) {
            if ((firstByte & 0xf0) === 0xb0 && byte === RUN_TAG) onRun();
            firstByte = -1;
            break;
          }
        }
      }
      remaining -= take;
      i += take;
    }
  };
}
