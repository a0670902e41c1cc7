import { sharedRead } from './shared-read';

/** A read whose answers the test releases one by one; `started` counts the reads begun. */
function controlledRead() {
  const pending: ((value: number) => void)[] = [];
  let started = 0;
  const read = () =>
    new Promise<number>((resolve) => {
      started++;
      pending.push(resolve);
    });
  return {
    read,
    get started() {
      return started;
    },
    finish: (value: number) => pending.shift()!(value),
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('sharedRead', () => {
  it('starts a read for the first caller, and one more for everyone who asks while it runs', async () => {
    const control = controlledRead();
    const shared = sharedRead(control.read);
    const first = shared();
    const later = [shared(), shared(), shared()];
    expect(control.started).toBe(1);
    control.finish(1);
    expect(await first).toBe(1);
    await tick();
    expect(control.started).toBe(2); // the late callers' read starts only now, after they asked
    control.finish(2);
    expect(await Promise.all(later)).toEqual([2, 2, 2]);
  });

  it('never answers a caller with a read that began before its call', async () => {
    const control = controlledRead();
    const shared = sharedRead(control.read);
    const answers: number[] = [];
    void shared().then((v) => answers.push(v));
    const asked = shared(); // arrives while read 1 runs
    control.finish(1);
    await tick();
    control.finish(2);
    expect(await asked).toBe(2);
    expect(answers).toEqual([1]);
  });

  it('starts afresh once nothing is running, and passes a failure to every sharer', async () => {
    const shared = sharedRead(() => Promise.reject(new Error('down')));
    await expect(Promise.all([shared(), shared()])).rejects.toThrow('down');
    let reads = 0;
    const counting = sharedRead(async () => ++reads);
    expect(await counting()).toBe(1);
    expect(await counting()).toBe(2);
  });
});
