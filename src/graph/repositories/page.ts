import type { Params, Row } from '../graph';
import type { Reader } from '../loaders';
import { toConnection, type Connection, type PageRequest } from '../pagination';

/**
 * Runs a keyset page statement (`… WHERE n.id > $after … ORDER BY n.id LIMIT $limit`) and its count statement
 * (run only when totalCount is selected). Both get `params`; the page also gets `after` and `limit`.
 */
export async function keysetPage<T extends { id: string }>(
  read: Reader,
  statements: { page: string; count: string },
  params: Params,
  request: PageRequest,
  toRecord: (props: Row) => T,
  firstAfter = '',
): Promise<Connection<T>> {
  const rows = await read(statements.page, { ...params, after: request.after ?? firstAfter, limit: request.first + 1 });
  const count = async () => {
    const [row] = await read(statements.count, params);
    return (row?.count as number | undefined) ?? 0;
  };
  return toConnection(
    rows.map((row) => toRecord(row.props as Row)),
    request,
    (node) => node.id,
    count,
  );
}
