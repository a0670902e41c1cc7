/**
 * One keep-alive HTTP/1.1 connection that sends the same prepared request again and again: the load generator's
 * client (bench/load.ts).
 *
 * Node's `http.request` costs the load process 0.1–0.4 ms of CPU per request (an agent, a request and a response
 * object, header objects, stream events); at concurrency 16 the load process and the server share the machine's two
 * cores, so that cost was measured as the server's slowness, most of all for cached answers (a server serving 5,000
 * requests per second next to a client burning half a core). Here a request is one prepared Buffer and one `write`,
 * and the answer is read just far enough to know its status and its body: 0.03–0.1 ms per request, measured side by
 * side against `http.request` on the same server.
 *
 * It reads what the bench's servers send: a status line, headers, and a body sized by Content-Length or sent
 * chunked. A connection the server closes is opened again on the next request; one closed under a request fails
 * that request.
 */
import net from 'node:net';

export interface Answer {
  status: number;
  body: Buffer;
}

const HEAD_END = Buffer.from('\r\n\r\n');
const CRLF = Buffer.from('\r\n');

/** The request's bytes, built once: request line, the headers the servers need, and the body. */
export function postRequest(url: URL, body: string, headers: Record<string, string> = {}): Buffer {
  const payload = Buffer.from(body, 'utf8');
  const lines = [
    `POST ${url.pathname}${url.search} HTTP/1.1`,
    `Host: ${url.host}`,
    'Content-Type: application/json',
    `Content-Length: ${payload.length}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), payload]);
}

export class HttpConnection {
  private socket: net.Socket | null = null;
  /** Bytes received for the answer in progress. */
  private chunks: Buffer[] = [];
  private received = 0;
  /** Once the head is read: where the body starts and how long it is (null while chunked). */
  private head: { status: number; bodyStart: number; length: number | null; close: boolean } | null = null;
  private waiting: { resolve: (answer: Answer) => void; reject: (error: Error) => void } | null = null;

  constructor(
    private readonly url: URL,
    private readonly request: Buffer,
  ) {
    if (url.protocol !== 'http:') throw new Error(`only http: URLs are supported, got "${url.href}"`);
  }

  /** Sends the request and resolves with the answer; one request at a time per connection. */
  send(): Promise<Answer> {
    if (this.waiting) return Promise.reject(new Error('a request is already in flight on this connection'));
    return new Promise<Answer>((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.open().write(this.request);
    });
  }

  close(): void {
    this.socket?.destroy();
    this.socket = null;
  }

  private open(): net.Socket {
    if (this.socket && !this.socket.destroyed) return this.socket;
    const socket = net.connect(Number(this.url.port || 80), this.url.hostname);
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    // A socket closed by close() or replaced since says nothing about the request in flight now.
    socket.on('error', (error) => {
      if (this.socket === socket) this.fail(error);
    });
    socket.on('close', () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.fail(new Error(`${this.url.host} closed the connection before answering`));
    });
    this.socket = socket;
    return socket;
  }

  private fail(error: Error): void {
    const waiting = this.waiting;
    this.reset();
    this.waiting = null;
    waiting?.reject(error);
  }

  private reset(): void {
    this.chunks = [];
    this.received = 0;
    this.head = null;
  }

  private onData(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.received += chunk.length;
    let answer: Answer | undefined;
    try {
      answer = this.complete();
    } catch (error) {
      this.close();
      this.fail(error as Error);
      return;
    }
    if (!answer) return;
    const close = this.head!.close;
    const waiting = this.waiting;
    this.reset();
    this.waiting = null;
    if (close) this.close();
    waiting?.resolve(answer);
  }

  /** The answer when all of it has arrived, else undefined. */
  private complete(): Answer | undefined {
    if (!this.head) {
      const bytes = this.bytes();
      const end = bytes.indexOf(HEAD_END);
      if (end < 0) return undefined;
      this.head = parseHead(bytes.toString('latin1', 0, end), end + HEAD_END.length, this.url);
    }
    const { bodyStart, length } = this.head;
    if (length !== null) {
      if (this.received < bodyStart + length) return undefined;
      return { status: this.head.status, body: this.bytes().subarray(bodyStart, bodyStart + length) };
    }
    const body = dechunk(this.bytes().subarray(bodyStart));
    return body && { status: this.head.status, body };
  }

  /** Everything received so far, joined once (most answers arrive in one chunk). */
  private bytes(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.received)];
    return this.chunks[0]!;
  }
}

function parseHead(head: string, bodyStart: number, url: URL) {
  const [statusLine = '', ...headerLines] = head.split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine);
  if (!status) throw new Error(`${url.host} answered something other than HTTP/1.1: "${statusLine.slice(0, 80)}"`);
  let length: number | null = null;
  let chunked = false;
  let close = statusLine.startsWith('HTTP/1.0');
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line
      .slice(colon + 1)
      .trim()
      .toLowerCase();
    if (name === 'content-length') length = Number(value);
    else if (name === 'transfer-encoding') chunked = value.includes('chunked');
    else if (name === 'connection') close = value === 'close';
  }
  if (chunked) length = null;
  else if (length === null || !Number.isInteger(length)) {
    throw new Error(`${url.host} answered with neither a Content-Length nor a chunked body`);
  }
  return { status: Number(status[1]), bodyStart, length, close };
}

/** The body of a complete chunked encoding, or undefined while its last chunk has not arrived. */
function dechunk(bytes: Buffer): Buffer | undefined {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = bytes.indexOf(CRLF, at);
    if (lineEnd < 0) return undefined;
    const size = parseInt(bytes.toString('latin1', at, lineEnd).split(';')[0]!, 16);
    if (!Number.isInteger(size)) throw new Error(`a chunked body has a bad chunk size at byte ${at}`);
    const start = lineEnd + CRLF.length;
    // The last chunk, then trailers (none expected) up to an empty line.
    if (size === 0) return bytes.indexOf(HEAD_END, lineEnd) >= 0 ? Buffer.concat(parts) : undefined;
    if (bytes.length < start + size + CRLF.length) return undefined;
    parts.push(bytes.subarray(start, start + size));
    at = start + size + CRLF.length;
  }
}
