import type { Row } from '../graph';
import type { Reader } from '../loaders';

export interface ReleaseRecord {
  version: string;
  ingestedAt: string;
  counts: { name: string; count: number }[];
}

/** The release written by the last ingest, or null before the first one. */
export async function currentRelease(read: Reader): Promise<ReleaseRecord | null> {
  const [row] = await read('apiRelease');
  if (!row) return null;
  const props = row.props as Row;
  const counts = props.countsJson ? (JSON.parse(props.countsJson as string) as Record<string, number>) : {};
  return {
    version: props.version as string,
    ingestedAt: props.ingestedAt as string,
    counts: Object.entries(counts).map(([name, count]) => ({ name, count })),
  };
}
