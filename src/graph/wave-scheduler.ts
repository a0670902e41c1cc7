/**
 * Dispatches a request's DataLoader batches in waves: a batch waits until none of the request's statements is
 * in flight, then every batch queued by then is dispatched together (on `setImmediate`, after all promise
 * continuations of the last response have run and queued their loads).
 *
 * Why: DataLoader's default is to dispatch on the next tick. Responses of a request's statements arrive one by
 * one, so keys asked for at the same depth would be split over as many batches as there were responses before
 * them, and the number of statements would depend on network timing. In waves, wave k+1 holds every load
 * that the results of wave k made possible, so the number of statements depends only on the query's shape:
 * at most one statement per loader per wave, and the number of waves is bounded by the query's nesting.
 */
export class WaveScheduler {
  private inFlight = 0;
  private armed = false;
  private readonly queued: (() => void)[] = [];

  /** DataLoader's `batchScheduleFn`. */
  readonly schedule = (dispatch: () => void): void => {
    this.queued.push(dispatch);
    this.arm();
  };

  /** Wraps a statement's promise so the scheduler knows when the request is waiting on Neo4j. */
  track<T>(statement: () => Promise<T>): Promise<T> {
    this.inFlight += 1;
    let running: Promise<T>;
    try {
      running = statement();
    } catch (error) {
      running = Promise.reject(error);
    }
    return running.finally(() => {
      this.inFlight -= 1;
      this.arm();
    });
  }

  private arm(): void {
    if (this.armed || this.inFlight > 0 || this.queued.length === 0) return;
    this.armed = true;
    setImmediate(() => {
      this.armed = false;
      // A statement started since arming (a repository's second statement, say): wait for it too.
      if (this.inFlight > 0) return;
      for (const dispatch of this.queued.splice(0)) dispatch();
    });
  }
}
