import { AppError } from '../errors';
import { decodeCursor, encodeCursor, ordinalAfter, pageRequest, passageKey, toConnection } from './pagination';

// Cursors and page checks of src/graph/pagination.ts (no database).
describe('cursors', () => {
  it.each(['Programme:cishan-zhuji', '17', 'TargetGroup:困难群众'])('round-trips %j', (key) => {
    expect(decodeCursor(encodeCursor(key))).toBe(key);
  });

  it.each(['', 'abc', '!!!', Buffer.from('Programme:x').toString('base64'), encodeCursor('x') + '='])(
    'rejects %j as BAD_USER_INPUT naming `after`',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }) as AppError);
      expect(() => decodeCursor(cursor)).toThrow(/^after: malformed cursor/);
    },
  );
});

describe('pageRequest', () => {
  const programmes = { idPrefix: 'Programme:' };

  it.each([
    [undefined, 20, 100, 20],
    [null, 20, 10, 10],
    [undefined, 5, 100, 5],
    [0, 20, 100, 0],
    [100, 20, 100, 100],
  ])('first %j with default %d and maximum %d asks for %d', (first, defaultPageSize, maxPageSize, size) => {
    expect(pageRequest(first, null, { defaultPageSize, maxPageSize }, programmes)).toEqual({
      first: size,
      after: null,
    });
  });

  it('names `first` and the limit when over it', () => {
    expect(() => pageRequest(101, null, { defaultPageSize: 20, maxPageSize: 100 }, programmes)).toThrow(
      'first: must be at most 100, got 101',
    );
  });

  it('takes a cursor of its own list', () => {
    expect(
      pageRequest(5, encodeCursor('Programme:x'), { defaultPageSize: 20, maxPageSize: 100 }, programmes).after,
    ).toBe('Programme:x');
    const passages = pageRequest(
      5,
      encodeCursor(passageKey('Document:a', 17)),
      { defaultPageSize: 20, maxPageSize: 100 },
      { passagesOf: 'Document:a' },
    );
    expect(ordinalAfter(passages)).toBe(17);
  });

  it.each([
    ['a theme cursor for programmes', encodeCursor('Theme:da-jiuzhu'), programmes],
    ['a passage cursor for programmes', encodeCursor(passageKey('Document:a', 3)), programmes],
    ['a programme cursor for passages', encodeCursor('Programme:x'), { passagesOf: 'Document:a' }],
    ['another document’s passage cursor', encodeCursor(passageKey('Document:b', 3)), { passagesOf: 'Document:a' }],
  ])('refuses %s as BAD_USER_INPUT naming `after`', (_what, cursor, list) => {
    expect(() => pageRequest(5, cursor, { defaultPageSize: 20, maxPageSize: 100 }, list)).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        message: `after: the cursor "${cursor}" is of another list (pass a cursor of this list)`,
      }) as AppError,
    );
  });
});

describe('toConnection', () => {
  const rows = ['a', 'b', 'c'];
  it('uses the extra row only to know there is a next page', async () => {
    const page = toConnection(
      rows,
      { first: 2, after: null },
      (r) => r,
      async () => 3,
    );
    expect(page.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: encodeCursor('a'),
      endCursor: encodeCursor('b'),
    });
    expect(await page.count()).toBe(3);
  });

  it('counts once however often totalCount is asked for', async () => {
    const count = jest.fn(async () => 3);
    const page = toConnection(rows, { first: 5, after: 'x' }, (r) => r, count);
    await Promise.all([page.count(), page.count()]);
    expect(count).toHaveBeenCalledTimes(1);
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });
});
