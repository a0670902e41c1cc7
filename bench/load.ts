/**
 * The benchmark's load generator, a process of its own (started by bench/run.ts with an IPC channel) so its work
 * never counts as the server's. On {type: 'run'} it sends one request body to one URL from `concurrency` workers
 * over keep-alive connections, for `durationMs` and at least `minRequests` requests, and answers with every
 * request's latency and the first failure (a status other than 200, or a GraphQL `errors` entry). Its client is
 * bench/http-connection.ts, light enough not to be what is measured.
 */
import { HttpConnection, postRequest } from './http-connection';

export interface LoadRequest {
  type: 'run';
  id: number;
  url: string;
  body: string;
  concurrency: number;
  durationMs: number;
  minRequests: number;
}

export interface LoadResult {
  type: 'result';
  id: number;
  latencies: number[];
  wallMs: number;
  failures: number;
  firstFailure: string | null;
}

async function run(job: LoadRequest): Promise<LoadResult> {
  const url = new URL(job.url);
  const request = postRequest(url, job.body);
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: string | null = null;
  let started = 0;
  const begin = performance.now();
  const end = begin + job.durationMs;
  const connections = Array.from({ length: job.concurrency }, () => new HttpConnection(url, request));
  const worker = async (connection: HttpConnection) => {
    while (performance.now() < end || started < job.minRequests) {
      started++;
      const t = performance.now();
      try {
        const { status, body } = await connection.send();
        latencies.push(performance.now() - t);
        if (status !== 200 || body.includes('"errors":[')) {
          failures++;
          firstFailure ??= `HTTP ${status}: ${body.toString('utf8', 0, 500)}`;
        }
      } catch (error) {
        failures++;
        firstFailure ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(connections.map(worker));
  const wallMs = performance.now() - begin;
  for (const connection of connections) connection.close();
  return { type: 'result', id: job.id, latencies, wallMs, failures, firstFailure };
}

process.on('message', (message: LoadRequest) => {
  if (message.type !== 'run') return;
  void run(message).then((result) => process.send!(result));
});
process.on('disconnect', () => process.exit(0));
process.send?.({ type: 'ready' });
