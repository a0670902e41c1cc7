import { HeaderMap, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import express from 'express';
import http, { type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { graphqlErrorHandler } from './http-errors';
import { graphqlLane } from './graphql-lane';

// The lane in front of an Express chain built like app.ts's /graphql one (express.json with a limit, then a
// handler, then graphqlErrorHandler), over real HTTP, with an executor that answers from the request it is given:
// what the lane runs never reaches Express; whatever it does not run reaches Express and is answered exactly as
// Express alone answers it, on the same keep-alive connection.

const LIMIT = 1_000;

function expressChain(): { app: express.Express; calls: () => number } {
  let calls = 0;
  const app = express();
  app.use(
    '/graphql',
    express.json({ limit: LIMIT }),
    (req: express.Request, res: express.Response) => {
      calls++;
      res.json({ via: 'express', body: req.body as unknown });
    },
    graphqlErrorHandler({ debug: false, log: () => undefined }),
  );
  return { app, calls: () => calls };
}

interface Served {
  port: number;
  connections: () => number;
  close(): Promise<void>;
}

async function serve(listener: RequestListener): Promise<Served> {
  let connections = 0;
  const server = http.createServer(listener);
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    connections: () => connections,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

interface Reply {
  status: number;
  body: string;
}

function post(port: number, agent: http.Agent, body: Buffer, headers: http.OutgoingHttpHeaders): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers }, (r) => {
      const chunks: Buffer[] = [];
      r.on('data', (chunk: Buffer) => chunks.push(chunk));
      r.on('end', () => resolve({ status: r.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

const json = { 'content-type': 'application/json' };
const sized = (body: Buffer, headers: http.OutgoingHttpHeaders = json) => ({
  ...headers,
  'content-length': body.length,
});

/** Requests the lane must hand on, each with the headers it is sent with. */
const handedOn: [string, Buffer, http.OutgoingHttpHeaders][] = [
  ['a body starting with a BOM', Buffer.from('\ufeff{"query":"{ a }"}'), {}],
  ['malformed JSON', Buffer.from('{"query": '), {}],
  ['a JSON number', Buffer.from('123'), {}],
  ['a batch', Buffer.from('[{"query":"{ a }"}]'), {}],
  ['leading whitespace', Buffer.from(' {"query":"{ a }"}'), {}],
  ['a body over the limit', Buffer.from(`{"query":"${'x'.repeat(LIMIT)}"}`), {}],
  [
    'a charset body-parser refuses',
    Buffer.from('{"query":"{ a }"}'),
    { 'content-type': 'application/json; charset=latin1' },
  ],
  ['a gzipped body', gzipSync('{"query":"{ a }"}'), { ...json, 'content-encoding': 'gzip' }],
  ['what the source limits refuse', Buffer.from('{"query":"refused"}'), {}],
];

const answer = (status: number, string: string): HTTPGraphQLResponse => ({
  status,
  headers: new HeaderMap([['content-type', 'application/json; charset=utf-8']]),
  body: { kind: 'complete', string },
});

describe('the /graphql lane', () => {
  const chain = expressChain();
  const executed: HTTPGraphQLRequest[] = [];
  let alone: Served;
  let laned: Served;

  /** Answers `{ ran: query }`; `throw` throws, `stream` answers in three chunks. */
  const execute = async (request: HTTPGraphQLRequest): Promise<HTTPGraphQLResponse> => {
    executed.push(request);
    const { query } = request.body as { query?: unknown };
    if (query === 'throw') throw new Error('the executor broke');
    if (query === 'stream') {
      const asyncIterator = (async function* () {
        yield* ['{"part":1}', '{"part":2}', '{"part":3}'];
      })();
      return { status: 200, headers: new HeaderMap(), body: { kind: 'chunked', asyncIterator } };
    }
    return answer(200, JSON.stringify({ ran: query }));
  };

  beforeAll(async () => {
    alone = await serve(expressChain().app);
    laned = await serve(
      graphqlLane({
        path: '/graphql',
        maxBodyBytes: LIMIT,
        execute,
        admits: (body) => (body as { query?: unknown }).query !== 'refused',
        failure: (error) => ({ status: 500, body: JSON.stringify({ failed: (error as Error).message }) }),
        next: chain.app,
      }),
    );
  });
  afterAll(async () => {
    await alone?.close();
    await laned?.close();
  });

  const ran = Buffer.from('{"query":"{ a }","variables":{"a":1}}');

  it('runs a plain JSON POST itself, handing the executor what the Express integration would', async () => {
    const agent = new http.Agent({ keepAlive: true });
    const before = chain.calls();
    const reply = await post(laned.port, agent, ran, sized(ran, { ...json, accept: 'application/json' }));
    agent.destroy();
    expect(reply).toEqual({ status: 200, body: '{"ran":"{ a }"}' });
    expect(chain.calls()).toBe(before);
    const request = executed.at(-1)!;
    expect(request).toMatchObject({ method: 'POST', search: '', body: { query: '{ a }', variables: { a: 1 } } });
    expect(request.headers.get('content-type')).toBe('application/json');
    expect(request.headers.get('accept')).toBe('application/json');
  });

  it.each(handedOn)('hands on %s, answered as Express alone answers it', async (_name, body, headers) => {
    const agents = [new http.Agent({ keepAlive: true }), new http.Agent({ keepAlive: true })];
    const send = (served: Served, agent: http.Agent) =>
      post(served.port, agent, body, sized(body, { ...json, ...headers }));
    const runs = executed.length;
    const [expected, got] = [await send(alone, agents[0]!), await send(laned, agents[1]!)];
    expect(got).toEqual(expected);
    expect(executed.length).toBe(runs);
    // The connection is still usable: the next request on it is answered.
    expect((await post(laned.port, agents[1]!, ran, sized(ran))).status).toBe(200);
    agents.forEach((agent) => agent.destroy());
  });

  it('keeps one keep-alive connection through requests it hands on and runs', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const before = laned.connections();
    for (const [, body, headers] of handedOn) {
      await post(laned.port, agent, body, sized(body, { ...json, ...headers }));
      await post(laned.port, agent, ran, sized(ran));
    }
    agent.destroy();
    expect(laned.connections() - before).toBe(1);
  });

  it('hands a chunked body to Express unread', async () => {
    const agent = new http.Agent({ keepAlive: true });
    const reply = await post(laned.port, agent, ran, { ...json, 'transfer-encoding': 'chunked' });
    agent.destroy();
    expect(JSON.parse(reply.body)).toEqual({ via: 'express', body: { query: '{ a }', variables: { a: 1 } } });
  });

  it('writes a streamed answer chunk by chunk, and the failure answer when the executor throws', async () => {
    const agent = new http.Agent({ keepAlive: true });
    const stream = Buffer.from('{"query":"stream"}');
    expect(await post(laned.port, agent, stream, sized(stream))).toEqual({
      status: 200,
      body: '{"part":1}{"part":2}{"part":3}',
    });
    const broken = Buffer.from('{"query":"throw"}');
    expect(await post(laned.port, agent, broken, sized(broken))).toEqual({
      status: 500,
      body: '{"failed":"the executor broke"}',
    });
    agent.destroy();
  });
});
