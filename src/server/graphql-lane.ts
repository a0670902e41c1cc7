import { IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import { HeaderMap, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';

/**
 * POST /graphql served in the HTTP listener, before Express.
 *
 * Express's part of a GraphQL request (its router, request and response prototypes, body-parser, `res.send`) is
 * work a plain JSON POST does not need, and it shows: a stored answer from the response cache costs less than
 * Express's trip to reach it (side by side at c=16: the app through Express 2,170 req/s, the same lookup as
 * Express's first middleware 2,470, here 3,850), and every uncached request pays it too. So a POST to /graphql
 * whose body this lane can read exactly as express.json would (JSON, UTF-8, not compressed, a Content-Length within
 * MAX_BODY_BYTES) is read here and handed to the executor (release consistency, availability, the response cache,
 * Apollo) as @as-integrations/express5 would hand it, and its answer written as `res.send` would write it:
 * - a body that is not a JSON object goes on to Express as a fresh request with the same bytes, so body-parser
 *   reads it and answers its own errors (malformed JSON, a BOM, a size mismatch) exactly as without this lane;
 * - what the source limits refuse goes on to Express with `req.body` set (body-parser skips a request already
 *   read: on-finished's isFinished), which writes the refusal;
 * - whatever this lane does not take (GET, other types, chunked or compressed bodies) goes to Express untouched.
 */
export interface GraphqlLaneOptions {
  path: string;
  maxBodyBytes: number;
  /** Runs a request (release-consistency.ts, availability.ts, Apollo). */
  execute(request: HTTPGraphQLRequest): Promise<HTTPGraphQLResponse>;
  /** False for what the full path refuses before Apollo (the source limits): that refusal is its to write. */
  admits(body: object): boolean;
  /** What an executor that throws answers (it should not: Apollo answers its own errors); written as is. */
  failure(error: unknown): { status: number; body: string };
  /** Everything this lane does not answer: the Express app. */
  next: RequestListener;
}

export function graphqlLane(options: GraphqlLaneOptions): RequestListener {
  return (req, res) => {
    if (!takesLane(req, options)) return options.next(req, res);
    readBody(req, (error, bytes) => {
      // The client went away while sending: there is nobody to answer.
      if (error) return res.destroy();
      const body = jsonObject(bytes);
      if (body === null) return options.next(replayed(req, bytes), res);
      if (!options.admits(body)) {
        (req as IncomingMessage & { body?: unknown }).body = body;
        return options.next(req, res);
      }
      options.execute(graphQLRequest(req, body)).then(
        (answer) => writeAnswer(res, answer),
        (failed: unknown) => writeFailure(res, options.failure(failed)),
      );
    });
  };
}

/** A POST to `path` whose body express.json would read as it comes, within its limit. */
function takesLane(req: IncomingMessage, options: GraphqlLaneOptions): boolean {
  if (req.method !== 'POST') return false;
  const url = req.url ?? '';
  const query = url.indexOf('?');
  if ((query === -1 ? url : url.slice(0, query)) !== options.path) return false;
  const { headers } = req;
  if (!isUtf8Json(headers['content-type']) || headers['transfer-encoding'] !== undefined) return false;
  const encoding = headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  const declared = headers['content-length'];
  if (declared === undefined || !/^\d{1,10}$/.test(declared)) return false;
  const length = Number(declared);
  return length > 0 && length <= options.maxBodyBytes;
}

/** `application/json`, with no parameter or only `charset=utf-8`. */
function isUtf8Json(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const [type = '', ...parameters] = contentType.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return parameters.every((parameter) => parameter === 'charset=utf-8' || parameter === 'charset="utf-8"');
}

/** The whole body (Node's parser ends it at Content-Length; body-parser checks the size of a replayed one). */
function readBody(req: IncomingMessage, done: (error: Error | null, bytes: Buffer) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    size += chunk.length;
  });
  req.once('end', () => done(null, Buffer.concat(chunks, size)));
  req.once('error', (error) => done(error, Buffer.alloc(0)));
}

/** The body as a JSON object, or null for anything body-parser is to judge (it strips a BOM; JSON.parse does not). */
function jsonObject(bytes: Buffer): object | null {
  if (bytes[0] !== 0x7b /* { */) return null;
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

/** A request with `req`'s line, headers and socket whose body is `bytes` again, unread. */
function replayed(req: IncomingMessage, bytes: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.headers = req.headers;
  copy.rawHeaders = req.rawHeaders;
  // Received whole: otherwise, once read, the copy counts as aborted and destroys the socket it shares.
  copy.complete = true;
  copy.push(bytes);
  copy.push(null);
  return copy;
}

/** The request as @as-integrations/express5 hands it to Apollo, so the cache key is the same. */
function graphQLRequest(req: IncomingMessage, body: object): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '';
  const query = url.indexOf('?');
  return { method: 'POST', headers, search: query === -1 ? '' : url.slice(query), body };
}

/** As Express's `res.send` writes a complete answer (its headers, its length, its body), or chunk by chunk. */
function writeAnswer(res: ServerResponse, answer: HTTPGraphQLResponse): void {
  res.statusCode = answer.status ?? 200;
  for (const [name, value] of answer.headers) res.setHeader(name, value);
  if (answer.body.kind === 'complete') {
    res.setHeader('content-length', Buffer.byteLength(answer.body.string));
    res.end(answer.body.string);
    return;
  }
  void (async (chunks: AsyncIterableIterator<string>) => {
    for await (const chunk of chunks) res.write(chunk);
    res.end();
  })(answer.body.asyncIterator).catch((error: unknown) => res.destroy(error as Error));
}

function writeFailure(res: ServerResponse, failure: { status: number; body: string }): void {
  // Headers already sent (a stream that failed): all that is left is to cut it.
  if (res.headersSent) return void res.destroy();
  res.statusCode = failure.status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(failure.body));
  res.end(failure.body);
}
