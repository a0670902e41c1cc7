import { BadUserInputError } from '../errors';

/**
 * Relay connections over keyset pages (https://relay.dev/graphql/connections.htm). A cursor is the base64 of the
 * last row's sort key (an id, or a document's id and a passage ordinal); the next page starts strictly after it, so
 * pages have no duplicates or gaps however deep they go, and no statement ever skips rows. A cursor says which list
 * it is of (ids of one type, passages of one document), so a cursor of another list is refused, not read as a
 * position in this one (which gave an empty or a wrong page).
 */

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** The number of items over all pages; computed only when asked for (it costs a statement). */
  count: () => Promise<number>;
}

/** A checked `first` / `after` pair: `after` is the decoded sort key, null for the first page. */
export interface PageRequest {
  first: number;
  after: string | null;
  /** totalCount is selected: its statement runs beside the page's rather than after it (one round trip less). */
  withCount?: boolean;
}

/** DEFAULT_PAGE_SIZE and MAX_PAGE_SIZE (src/config.ts); the query cost sizes a list without `first` the same way. */
export interface PageSizes {
  /** Items a page holds when `first` is not given. */
  defaultPageSize: number;
  maxPageSize: number;
}

const CURSOR_PREFIX = 'cursor:';

export function encodeCursor(key: string): string {
  return Buffer.from(CURSOR_PREFIX + key, 'utf8').toString('base64');
}

/** Throws BAD_USER_INPUT naming `after` when the cursor is not one this API handed out. */
export function decodeCursor(cursor: string): string {
  const decoded = /^[A-Za-z0-9+/]*={0,2}$/.test(cursor) ? Buffer.from(cursor, 'base64').toString('utf8') : '';
  if (!decoded.startsWith(CURSOR_PREFIX) || encodeCursor(decoded.slice(CURSOR_PREFIX.length)) !== cursor) {
    throw new BadUserInputError('after', `malformed cursor "${cursor}" (pass an endCursor or cursor of this API)`);
  }
  return decoded.slice(CURSOR_PREFIX.length);
}

/**
 * The list a page is of, which its cursors must come from: a root list of one type, whose ids start with
 * `idPrefix` (`Programme:`), or the passages of one document.
 */
export type CursorList = { idPrefix: string } | { passagesOf: string };

/** The sort key of a passage in its document's list: the document's id and the passage's ordinal. */
export function passageKey(documentId: string, ordinal: number): string {
  return `${documentId}#${ordinal}`;
}

/**
 * Checks `first` (the default page size when absent) against the maximum page size and decodes `after`, which must be a cursor of `list`
 * (BAD_USER_INPUT naming `after` otherwise). For passages, `after` becomes the ordinal.
 */
export function pageRequest(
  first: number | null | undefined,
  after: string | null | undefined,
  { defaultPageSize, maxPageSize }: PageSizes,
  list: CursorList,
): PageRequest {
  const size = first ?? Math.min(defaultPageSize, maxPageSize);
  if (size < 0) throw new BadUserInputError('first', `must not be negative, got ${size}`);
  if (size > maxPageSize) throw new BadUserInputError('first', `must be at most ${maxPageSize}, got ${size}`);
  return { first: size, after: after === null || after === undefined ? null : keyInList(after, list) };
}

function keyInList(cursor: string, list: CursorList): string {
  const key = decodeCursor(cursor);
  if ('idPrefix' in list) {
    if (key.startsWith(list.idPrefix)) return key;
  } else {
    const prefix = `${list.passagesOf}#`;
    const ordinal = key.slice(prefix.length);
    if (key.startsWith(prefix) && /^\d+$/.test(ordinal)) return ordinal;
  }
  throw new BadUserInputError('after', `the cursor "${cursor}" is of another list (pass a cursor of this list)`);
}

/** The ordinal a page of passages starts after (pageRequest checked it is one). */
export function ordinalAfter(request: PageRequest): number {
  return request.after === null ? 0 : Number(request.after);
}

/**
 * Builds a connection from up to `first + 1` rows fetched in sort order after the cursor: the extra row only
 * tells that a next page exists.
 */
export function toConnection<T>(
  rows: T[],
  request: PageRequest,
  keyOf: (node: T) => string,
  count: () => Promise<number>,
): Connection<T> {
  const edges = rows.slice(0, request.first).map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > request.first,
      hasPreviousPage: request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    count: () => (counted ??= count()),
  };
}
