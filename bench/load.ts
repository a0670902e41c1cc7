/**
 * The benchmark's load generator, a process of its own (started by bench/run.ts with an IPC channel) so its work
 * never counts as the server's. On {type: 'run'} it sends one request body to one URL from `concurrency` workers
 * over keep-alive connections, for `durationMs` and at least `minRequests` requests, and answers with every
 * request's latency and the first failure (a status other than 200, or a GraphQL `errors` entry).
 */
import http from 'node:http';

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

function post(agent: http.Agent, url: URL, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function run(job: LoadRequest): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
  const url = new URL(job.url);
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: string | null = null;
  let started = 0;
  const begin = performance.now();
  const end = begin + job.durationMs;
  const worker = async () => {
    while (performance.now() < end || started < job.minRequests) {
      started++;
      const t = performance.now();
      try {
        const { status, text } = await post(agent, url, job.body);
        latencies.push(performance.now() - t);
        if (status !== 200 || text.includes('"errors":[')) {
          failures++;
          firstFailure ??= `HTTP ${status}: ${text.slice(0, 500)}`;
        }
      } catch (error) {
        failures++;
        firstFailure ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, worker));
  const wallMs = performance.now() - begin;
  agent.destroy();
  return { type: 'result', id: job.id, latencies, wallMs, failures, firstFailure };
}

process.on('message', (message: LoadRequest) => {
  if (message.type !== 'run') return;
  void run(message).then((result) => process.send!(result));
});
process.on('disconnect', () => process.exit(0));
process.send?.({ type: 'ready' });
