import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpConnection, postRequest } from '../../bench/http-connection';

/** A real Node HTTP server whose handler each test sets; it records what it received. */
let handle: (request: http.IncomingMessage, body: string, response: http.ServerResponse) => void;
const server = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => handle(request, Buffer.concat(chunks).toString('utf8'), response));
});
let url: URL;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql?x=1`);
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const body = JSON.stringify({ query: '{ 民政 }' });

test('sends the prepared request as Node parses it, and reads a Content-Length answer, many times on one socket', async () => {
  const seen: { request: string; port: number | undefined }[] = [];
  handle = (request, received, response) => {
    seen.push({
      request: `${request.method} ${request.url} ${request.headers['content-type']} ${received}`,
      port: request.socket.remotePort,
    });
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ data: { n: seen.length } }));
  };
  const connection = new HttpConnection(url, postRequest(url, body));
  const answers = [];
  for (let i = 0; i < 3; i++) answers.push(await connection.send());
  connection.close();
  expect(answers.map((a) => [a.status, a.body.toString()])).toEqual([1, 2, 3].map((n) => [200, `{"data":{"n":${n}}}`]));
  expect(seen.map((s) => s.request)).toEqual(Array(3).fill(`POST /graphql?x=1 application/json ${body}`));
  // Keep-alive: one client port for the three requests.
  expect(new Set(seen.map((s) => s.port)).size).toBe(1);
});

test('reads a chunked answer written in several pieces, and a large one arriving in many reads', async () => {
  const large = 'x'.repeat(300_000);
  handle = (request, _received, response) => {
    if (request.url?.includes('large')) return response.end(large);
    response.statusCode = 404;
    response.write('first piece;');
    setTimeout(() => response.end('second piece'), 20);
  };
  const chunked = new HttpConnection(url, postRequest(url, body));
  const answer = await chunked.send();
  expect([answer.status, answer.body.toString()]).toEqual([404, 'first piece;second piece']);
  chunked.close();

  const largeUrl = new URL('/large', url);
  const connection = new HttpConnection(largeUrl, postRequest(largeUrl, body));
  expect((await connection.send()).body.toString()).toBe(large);
  expect((await connection.send()).body.length).toBe(large.length);
  connection.close();
});

test('opens the connection again after the server closed it, and fails a request the server drops', async () => {
  let requests = 0;
  handle = (request, _received, response) => {
    requests++;
    if (requests === 1) {
      response.setHeader('connection', 'close');
      return response.end('closing');
    }
    if (requests === 2) return request.socket.destroy();
    response.end('again');
  };
  const connection = new HttpConnection(url, postRequest(url, body));
  expect((await connection.send()).body.toString()).toBe('closing');
  await expect(connection.send()).rejects.toThrow(`${url.host} closed the connection before answering`);
  expect((await connection.send()).body.toString()).toBe('again');
  connection.close();
});

test('names what is wrong: a second request in flight, a refused connection, a URL it cannot serve', async () => {
  handle = (_request, _received, response) => setTimeout(() => response.end('late'), 50);
  const connection = new HttpConnection(url, postRequest(url, body));
  const first = connection.send();
  await expect(connection.send()).rejects.toThrow('a request is already in flight on this connection');
  expect((await first).body.toString()).toBe('late');
  connection.close();

  const closed = http.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const refusedUrl = new URL(`http://127.0.0.1:${(closed.address() as AddressInfo).port}/`);
  await new Promise((resolve) => closed.close(resolve));
  await expect(new HttpConnection(refusedUrl, postRequest(refusedUrl, body)).send()).rejects.toThrow(/ECONNREFUSED/);

  expect(() => new HttpConnection(new URL('https://example.org/'), Buffer.alloc(0))).toThrow(
    'only http: URLs are supported, got "https://example.org/"',
  );
});
