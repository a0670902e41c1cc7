import type { Params, Row } from '../graph';
import { zipProps } from '../projection';
import type { Reader } from '../loaders';
import { toConnection, type Connection, type PageRequest } from '../pagination';

export interface PageOptions {
  /** The lowest cursor (ids of one type share a prefix: `Theme:`); '' by default. */
  firstAfter?: string;
  /**
   * The stored properties to read of each node (src/graph/projection.ts): the page statement then takes `$props`
   * and returns `values`; without it, it returns `props` (every property).
   */
  props?: readonly string[];
}

/**
 * Runs a keyset page statement (`… WHERE n.id > $after … ORDER BY n.id LIMIT $limit`) and its count statement
 * (run only when totalCount is selected: beside the page when the request says so up front, `withCount`). Both get
 * `params`; the page also gets `after` and `limit`.
 * `countAll`, when given, counts the unfiltered list from Neo4j's count store: it runs instead of `count` when no
 * filter is set, that is when every parameter is null or a boolean (booleans only modify a filter: includeNarrower).
 */
export async function keysetPage<T extends { id: string }>(
  read: Reader,
  statements: { page: string; count: string; countAll?: string },
  params: Params,
  request: PageRequest,
  toRecord: (props: Row) => T,
  options: PageOptions = {},
): Promise<Connection<T>> {
  const { firstAfter = '', props } = options;
  const count = async () => {
    const unfiltered = Object.values(params).every((value) => value === null || typeof value === 'boolean');
    const [row] =
      unfiltered && statements.countAll ? await read(statements.countAll, {}) : await read(statements.count, params);
    return (row?.count as number | undefined) ?? 0;
  };
  const counting = request.withCount ? count() : undefined;
  counting?.catch(() => undefined); // a failed page is the answer; its count's failure is then nobody's
  const rows = await read(statements.page, {
    ...params,
    after: request.after ?? firstAfter,
    limit: request.first + 1,
    ...(props ? { props } : {}),
  });
  return toConnection(
    rows.map((row) => toRecord(props ? zipProps(props, row.values as unknown[]) : (row.props as Row))),
    request,
    (node) => node.id,
    () => counting ?? count(),
  );
}
