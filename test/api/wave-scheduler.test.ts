import DataLoader from 'dataloader';
import { WaveScheduler } from '../../src/graph/wave-scheduler';

// Why the API batches in waves (src/graph/wave-scheduler.ts), shown without a database: two statements answer
// at different times, and each answer asks for one more key of the same loader.
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

async function batchesOf(scheduler?: WaveScheduler): Promise<string[][]> {
  const batches: string[][] = [];
  const loader = new DataLoader(
    async (keys: readonly string[]) => {
      batches.push([...keys]);
      return keys;
    },
    { batchScheduleFn: scheduler?.schedule },
  );
  const track = <T>(p: Promise<T>) => (scheduler ? scheduler.track(() => p) : p);
  const first = deferred<string>();
  const second = deferred<string>();
  const done = Promise.all([
    track(first.promise).then((key) => loader.load(key)),
    track(second.promise).then((key) => loader.load(key)),
  ]);
  first.resolve('a');
  await new Promise((r) => setTimeout(r, 5));
  second.resolve('b');
  await done;
  return batches;
}

it('DataLoader alone sends one batch per response', async () => {
  expect(await batchesOf()).toEqual([['a'], ['b']]);
});

it('in waves, keys asked for by every response of a wave share one batch', async () => {
  expect(await batchesOf(new WaveScheduler())).toEqual([['a', 'b']]);
});

it('a failed statement does not stop the waves', async () => {
  const scheduler = new WaveScheduler();
  const loader = new DataLoader(async (keys: readonly string[]) => keys, { batchScheduleFn: scheduler.schedule });
  await expect(scheduler.track(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  await expect(loader.load('x')).resolves.toBe('x');
});
