/**
 * One read shared by every caller that asks while it can still answer them all, and never an answer read before
 * the caller asked: the first caller starts a read; callers arriving while it runs share the next one, which starts
 * when it ends. However many requests run at once, at most two reads are out, and each caller's answer was read
 * after its call (the release guard relies on that: release-consistency.ts).
 */
export function sharedRead<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | null = null;
  let queued: Promise<T> | null = null;
  const start = (): Promise<T> => {
    const current = read();
    running = current;
    const settle = () => {
      if (running === current) running = null;
    };
    current.then(settle, settle);
    return current;
  };
  return () => {
    if (running === null) return start();
    if (queued === null) {
      queued = running
        .then(
          () => undefined,
          () => undefined,
        )
        .then(() => {
          queued = null;
          return start();
        });
    }
    return queued;
  };
}
