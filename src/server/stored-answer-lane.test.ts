import { HeaderMap, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import express from 'express';
import http, { type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { graphqlErrorHandler } from './http-errors';
import { storedAnswerLane } from './stored-answer-lane';

// The lane in front of an Express chain built like app.ts's /graphql one (express.json with a limit, then a
// handler, then graphqlErrorHandler), over real HTTP: whatever the lane does not answer must reach Express and be
// answered exactly as Express alone answers it, on the same keep-alive connection.

const LIMIT = 1_000;
const STORED = '{"data":{"stored":true}}';

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
  ['an operation not stored', Buffer.from('{"query":"{ a }"}'), {}],
  ['a body starting with a BOM', Buffer.from('\ufeff{"query":"{ a }"}'), {}],
  ['malformed JSON', Buffer.from('{"query": '), {}],
  ['a JSON number', Buffer.from('123'), {}],
  ['a batch', Buffer.from('[{"query":"stored"}]'), {}],
  ['leading whitespace', Buffer.from(' {"query":"stored"}'), {}],
  ['a body over the limit', Buffer.from(`{"query":"${'x'.repeat(LIMIT)}"}`), {}],
  [
    'a charset body-parser refuses',
    Buffer.from('{"query":"stored"}'),
    { 'content-type': 'application/json; charset=latin1' },
  ],
  ['a gzipped body', gzipSync('{"query":"stored"}'), { ...json, 'content-encoding': 'gzip' }],
];

describe('the stored-answer lane', () => {
  const chain = expressChain();
  const looked: HTTPGraphQLRequest[] = [];
  let failLookups = false;
  let alone: Served;
  let laned: Served;

  beforeAll(async () => {
    alone = await serve(expressChain().app);
    laned = await serve(
      storedAnswerLane({
        path: '/graphql',
        maxBodyBytes: LIMIT,
        storedAnswer: async (request): Promise<HTTPGraphQLResponse | null> => {
          looked.push(request);
          if (failLookups) throw new Error('Neo4j unreachable');
          if ((request.body as { query?: unknown }).query !== 'stored') return null;
          const headers = new HeaderMap([['content-type', 'application/json; charset=utf-8']]);
          return { status: 200, headers, body: { kind: 'complete', string: STORED } };
        },
        admits: (body) => (body as { query?: unknown }).query !== 'refused',
        next: chain.app,
      }),
    );
  });
  afterAll(async () => {
    await alone?.close();
    await laned?.close();
  });

  it('writes a stored answer itself, without Express', async () => {
    const agent = new http.Agent({ keepAlive: true });
    const body = Buffer.from('{"query":"stored","variables":{"a":1}}');
    const before = chain.calls();
    const reply = await post(laned.port, agent, body, sized(body));
    agent.destroy();
    expect(reply).toEqual({ status: 200, body: STORED });
    expect(chain.calls()).toBe(before);
    const request = looked.at(-1)!;
    expect(request.method).toBe('POST');
    expect(request.body).toEqual({ query: 'stored', variables: { a: 1 } });
    expect(request.headers.get('content-type')).toBe('application/json');
  });

  it.each(handedOn)('hands on %s, answered as Express alone answers it', async (_name, body, headers) => {
    const agents = [new http.Agent({ keepAlive: true }), new http.Agent({ keepAlive: true })];
    const send = (served: Served, agent: http.Agent) =>
      post(served.port, agent, body, sized(body, { ...json, ...headers }));
    const [expected, got] = [await send(alone, agents[0]!), await send(laned, agents[1]!)];
    expect(got).toEqual(expected);
    // The connection is still usable: the next request on it is answered.
    const next = Buffer.from('{"query":"stored"}');
    expect((await post(laned.port, agents[1]!, next, sized(next))).body).toBe(STORED);
    agents.forEach((agent) => agent.destroy());
  });

  it('keeps one keep-alive connection through requests it hands on and answers', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const before = laned.connections();
    for (const [, body, headers] of handedOn.slice(0, 5))
      await post(laned.port, agent, body, sized(body, { ...json, ...headers }));
    agent.destroy();
    expect(laned.connections() - before).toBe(1);
  });

  it('hands a chunked body to Express unread', async () => {
    const agent = new http.Agent({ keepAlive: true });
    const looks = looked.length;
    const reply = await post(laned.port, agent, Buffer.from('{"query":"stored"}'), {
      ...json,
      'transfer-encoding': 'chunked',
    });
    agent.destroy();
    expect(JSON.parse(reply.body)).toEqual({ via: 'express', body: { query: 'stored' } });
    expect(looked.length).toBe(looks);
  });

  it('hands on what the source limits refuse, and a failed lookup, with the body it read', async () => {
    const agent = new http.Agent({ keepAlive: true });
    const refused = Buffer.from('{"query":"refused"}');
    expect(JSON.parse((await post(laned.port, agent, refused, sized(refused))).body)).toEqual({
      via: 'express',
      body: { query: 'refused' },
    });
    failLookups = true;
    try {
      const stored = Buffer.from('{"query":"stored"}');
      expect(JSON.parse((await post(laned.port, agent, stored, sized(stored))).body)).toEqual({
        via: 'express',
        body: { query: 'stored' },
      });
    } finally {
      failLookups = false;
      agent.destroy();
    }
  });
});
