import diagnostics from 'node:diagnostics_channel';
import type { Socket } from 'node:net';

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
  const sockets = new Set<Socket>();
  let closedBytes = 0;
  let statements = 0;
  diagnostics.channel('net.client.socket').subscribe((message) => {
    const socket = (message as { socket: Socket }).socket;
    sockets.add(socket);
    socket.once('close', () => {
      closedBytes += socket.bytesRead;
      sockets.delete(socket);
    });
    const parser = runCounter(() => statements++);
    const write = socket.write.bind(socket) as (...args: unknown[]) => boolean;
    socket.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (chunk instanceof Uint8Array) parser(chunk);
      return write(chunk, ...rest);
    }) as Socket['write'];
  });
  return () => {
    let open = 0;
    for (const socket of sockets) open += socket.bytesRead;
    return { bytesRead: closedBytes + open, statements };
  };
}

/**
 * Follows the chunked outgoing stream across writes: calls `onRun` at the start of each RUN message. The Bolt
 * handshake (magic 0x6060B017 and four versions, 20 bytes) comes first and is skipped.
 */
function runCounter(onRun: () => void): (bytes: Uint8Array) => void {
  let handshake = 20;
  let header: number[] = []; // bytes of a chunk length being read
  let remaining = 0; // bytes left in the current chunk
  let messageStart = true; // the next data byte starts a message
  let firstByte = -1; // the message's first byte, while waiting for its second
  return (bytes) => {
    let i = 0;
    if (handshake > 0) {
      const skip = Math.min(handshake, bytes.length);
      handshake -= skip;
      i = skip;
    }
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
