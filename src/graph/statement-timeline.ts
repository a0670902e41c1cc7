import type { Row } from './graph';

import type { StampedRows } from './stamped';

interface Entry {
  sent: number;
  answered?: number;
  release?: Row;
}

/**
 * When each statement of one request was sent and answered (on one clock of events), and the release a stamped
 * statement read. The release guard (src/server/release-consistency.ts) needs no stamp read of its own after a
 * request whose last statement was stamped and sent once every other statement had been answered: that statement's
 * stamp was read after every read of the request.
 */
export class StatementTimeline {
  private clock = 0;
  private readonly entries: Entry[] = [];

  /** Runs one statement of the request and records when, and the release it read if it is stamped. */
  async record(run: () => Promise<StampedRows>): Promise<Row[]> {
    const entry: Entry = { sent: ++this.clock };
    this.entries.push(entry);
    try {
      const { rows, release } = await run();
      entry.release = release;
      return rows;
    } finally {
      entry.answered = ++this.clock;
    }
  }

  /**
   * The release read last by the request, when it was read after every other read: by a stamped statement sent
   * once every other statement had been answered, and with every statement answered by now. Null otherwise (no
   * statement, none stamped, a stamped one overlapping another, or one still running).
   */
  finalRelease(): Row | null {
    if (this.entries.some((entry) => entry.answered === undefined)) return null;
    const last = this.entries.find(
      (entry) =>
        entry.release !== undefined &&
        this.entries.every((other) => other === entry || (other.answered ?? Infinity) < entry.sent),
    );
    return last?.release ?? null;
  }
}
