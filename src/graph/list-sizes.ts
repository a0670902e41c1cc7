import type { Graph, Row } from './graph';

/**
 * How long the lists the API returns without `first` really are (a programme's target groups, a passage's
 * statements …), measured on the graph by `listSizes` (cypher/list-sizes.cypher). The ingest measures them in its
 * write transaction and records them with the release; the API reads them at start, and the query cost sizes a
 * field marked `@listSize(fanOut: …)` by them instead of by a guess.
 */

/** One statistic: a kind of list's length over the nodes that have one. */
export interface ListSize {
  /** 99th percentile: what the query cost counts for a list under one parent. */
  p99: number;
  /** What it counts for a list under many parents, where the long ones average out. */
  mean: number;
  max: number;
  /** How many nodes have such a list. */
  lists: number;
}

/** By statistic name: `(:TargetGroup)<-[:SERVES]-`, `statements per relation` … (cypher/list-sizes.cypher). */
export type ListSizes = Record<string, ListSize>;

/** Runs a named statement: Graph.read, or a statement of the ingest's write transaction. */
export type StatementRunner = (name: string) => Promise<Row[]>;

/** Measures every statistic on the graph as it is (the ingest runs this before it commits). */
export async function measureListSizes(run: StatementRunner): Promise<ListSizes> {
  const sizes: ListSizes = {};
  for (const row of await run('listSizes')) {
    sizes[row.name as string] = {
      p99: row.p99 as number,
      mean: row.mean as number,
      max: row.max as number,
      lists: row.lists as number,
    };
  }
  return sizes;
}

export interface KnownListSizes {
  sizes: ListSizes;
  /** Where they come from: the release, or measured now because the release predates them; none before an ingest. */
  source: 'release' | 'measured' | 'none';
}

/** The sizes recorded with the current release; measured now when the release was written without them. */
export async function readListSizes(graph: Graph): Promise<KnownListSizes> {
  const [row] = await graph.read('releaseListSizes');
  if (!row) return { sizes: {}, source: 'none' };
  if (typeof row.listSizesJson === 'string') {
    return { sizes: JSON.parse(row.listSizesJson) as ListSizes, source: 'release' };
  }
  return { sizes: await measureListSizes((name) => graph.read(name)), source: 'measured' };
}

/** What the query cost reads: each statistic's 99th percentile and mean, by name. */
export function costListSizes(sizes: ListSizes): Record<string, { p99: number; mean: number }> {
  return Object.fromEntries(Object.entries(sizes).map(([name, { p99, mean }]) => [name, { p99, mean }]));
}
