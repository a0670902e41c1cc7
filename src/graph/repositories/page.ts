import type { Params, Row } from '../graph';
import { zipProps } from '../projection';
import type { PageAhead, Reader } from '../loaders';
import { toConnection, type Connection, type PageRequest } from '../pagination';

export interface PageOptions {
  /** The lowest cursor (ids of one type share a prefix: `Theme:`); '' by default. */
  firstAfter?: string;
  /**
   * The stored properties to read of each node (src/graph/projection.ts): the page statement then takes `$props`
   * and each of its rows is their values; without it, each row is every property.
   */
  props?: readonly string[];
  /**
   * What the page statement reads ahead for the level below (apiProgrammePageAhead's `ahead`, Loaders.pageAhead): its
   * parameters go with the page's, and its answer is primed for the page's nodes.
   */
  ahead?: PageAhead;
}

/**
 * Runs a keyset page statement (`… WHERE n.id > $after … ORDER BY n.id LIMIT $limit`, answering one row: `rows` and
 * `all`, cypher/api-lists.cypher) and, for totalCount, its count statement. The page gets `params`, `after` and
 * `limit`; the count gets `params`.
 * - No filter set (every parameter null or a boolean: booleans only modify a filter, includeNarrower): totalCount is
 *   the page's `all`, the label's count from Neo4j's count store, read with the page. The page is then the list's only
 *   statement, and being stamped it can prove its request read one release (src/graph/stamped.ts).
 * - Otherwise, or where `all` is null (a label given as a parameter): the count statement, run beside the page when
 *   the request selects totalCount up front (`withCount`), else when totalCount is asked for.
 */
export async function keysetPage<T extends { id: string }>(
  read: Reader,
  statements: { page: string; count: string },
  params: Params,
  request: PageRequest,
  toRecord: (props: Row) => T,
  options: PageOptions = {},
): Promise<Connection<T>> {
  const { firstAfter = '', props } = options;
  const unfiltered = Object.values(params).every((value) => value === null || typeof value === 'boolean');
  const count = async () => ((await read(statements.count, params))[0]?.count as number | undefined) ?? 0;
  // Beside the page only when the page's own count cannot serve: a filter is set.
  const counting = request.withCount && !unfiltered ? count() : undefined;
  counting?.catch(() => undefined); // a failed page is the answer; its count's failure is then nobody's
  const [answer] = await read(statements.page, {
    ...params,
    after: request.after ?? firstAfter,
    limit: request.first + 1,
    ...(props ? { props } : {}),
    ...options.ahead?.params,
  });
  const rows = (answer?.rows ?? []) as unknown[];
  const all = answer?.all as number | null | undefined;
  const records = rows.map((row) => toRecord(props ? zipProps(props, row as unknown[]) : (row as Row)));
  options.ahead?.prime(
    answer?.ahead,
    records.slice(0, request.first).map((record) => record.id),
  );
  return toConnection(
    records,
    request,
    (node) => node.id,
    () => counting ?? (unfiltered && typeof all === 'number' ? Promise.resolve(all) : count()),
  );
}
