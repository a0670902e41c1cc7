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
 * request each of whose statements was stamped, or answered before a stamped statement was sent: every read of
 * the request then came before a stamp read, each of which proves the reads before it (when they all saw the release
 * the request started from, with no commit in progress).
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
   * The releases the request's stamped statements read, when they cover every statement: each statement is stamped,
   * or was answered before a stamped one was sent. Null otherwise (no statement, one not covered, or one still
   * running).
   */
  coveringReleases(): Row[] | null {
    if (this.entries.length === 0 || this.entries.some((entry) => entry.answered === undefined)) return null;
    const stamped = this.entries.flatMap(({ sent, release }) => (release ? [{ sent, release }] : []));
    const lastSent = Math.max(...stamped.map((entry) => entry.sent));
    const covered = this.entries.every(
      (entry) => entry.release !== undefined || (entry.answered ?? Infinity) < lastSent,
    );
    return covered ? stamped.map((entry) => entry.release) : null;
  }
}
