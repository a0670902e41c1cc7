import type { Row } from './graph';

/** A statement's rows, and the release stamp it read last when it is stamped (below). */
export interface StampedRows {
  rows: Row[];
  /** `{stamp, writing, since}` (fragment releaseState, cypher/health.cypher), or undefined for a plain statement. */
  release?: Row;
}

/**
 * A stamped statement (fragment `stampedAnswer`, cypher/health.cypher) returns one row, `answer` and `release`: its
 * own columns as a map, and the release stamp it read after every other read of the statement. This gives the
 * caller the answer as the statement's one row (none when the statement matched nothing), the release on its own;
 * the rows of any other statement pass unchanged.
 */
export function unstamp(rows: Row[]): StampedRows {
  const [row] = rows;
  if (rows.length !== 1 || row === undefined || !('release' in row) || !('answer' in row)) return { rows };
  const answer = row.answer as Row | null;
  return { rows: answer === null ? [] : [answer], release: row.release as Row };
}
