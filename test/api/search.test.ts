import type { Graph } from '../../src/graph/graph';
import { escapeLucene, highlight } from '../../src/graph/snippet';
import { apiServer, data, execute, graphWithFixture } from './support';
import { PASSAGES } from './fixture';

// search() over the cjk full-text indexes entity_text and passage_text.
const server = apiServer();
let graph: Graph;
beforeAll(async () => {
  graph = await graphWithFixture();
});
afterAll(() => graph.close());

const SEARCH = `
  query ($text: String!, $types: [SearchType!], $first: Int) {
    search(text: $text, types: $types, first: $first) { type score snippet node { __typename id } }
  }`;

it('finds entities by Chinese name and alias, best first, with the match highlighted', async () => {
  const d = await data(server, graph, SEARCH, { text: '低保户', types: ['TARGET_GROUP'] });
  expect(d.search[0]).toMatchObject({
    type: 'TARGET_GROUP',
    node: { __typename: 'TargetGroup', id: 'TargetGroup:dibao' },
    snippet: '低保对象（【低保户】）',
  });
  expect(d.search[0].score).toBeGreaterThan(0);
});

it('finds passages by their text and highlights the matched run', async () => {
  const d = await data(server, graph, SEARCH, { text: '紧急呼援', types: ['PASSAGE'] });
  expect(d.search[0]).toMatchObject({
    type: 'PASSAGE',
    node: { __typename: 'Passage', id: PASSAGES.pingantong },
    snippet: '建立居家养老助残服务“平安通”平台，为独居老人提供【紧急呼援】服务，覆盖全市。',
  });
});

it('finds a single Chinese character as the start of a bigram', async () => {
  const d = await data(server, graph, SEARCH, { text: '老', types: ['TARGET_GROUP'], first: 10 });
  expect(d.search.map((hit: { node: { id: string } }) => hit.node.id)).toEqual(
    expect.arrayContaining(['TargetGroup:elderly', 'TargetGroup:elderly-living-alone']),
  );
  expect(d.search.map((hit: { snippet: string }) => hit.snippet)).toContain('【老】年人');
});

it('mixes entity and passage hits when no type is given', async () => {
  const d = await data(server, graph, SEARCH, { text: '平安通', first: 10 });
  const types = new Set(d.search.map((hit: { type: string }) => hit.type));
  expect(types).toEqual(new Set(['PROGRAMME', 'PASSAGE']));
  expect(d.search.map((hit: { node: { id: string } }) => hit.node.id)).toContain('Programme:pingantong');
});

it('searches Lucene special characters as text', async () => {
  const result = await execute(server, graph, SEARCH, {
    text: '《广东省最低生活保障制度实施办法》 AND (x OR "y") ~ * ?',
  });
  expect(result.errors).toBeUndefined();
  const empty = await execute(server, graph, SEARCH, { text: '   ' });
  expect(empty.errors?.[0]).toMatchObject({
    message: 'text: must not be empty',
    extensions: { code: 'BAD_USER_INPUT' },
  });
  const tooMany = await execute(server, graph, SEARCH, { text: '低保', first: 101 });
  expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
});

describe('search input (issue 12.4)', () => {
  it.each([
    ['1,026 Chinese characters', '养'.repeat(1026), 1026],
    ['342 short words', Array.from({ length: 342 }, () => '养老服务').join(' '), 1709],
    ['900 KB of text', '低保'.repeat(450_000), 900_000],
  ])('refuses %s as BAD_USER_INPUT naming the limit, before any statement runs', async (_what, text, length) => {
    const started = Date.now();
    const result = await execute(server, graph, SEARCH, { text });
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: `text: at most 200 characters (MAX_SEARCH_LENGTH), got ${length}; search for a shorter phrase`,
        path: ['search'],
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
    expect(result.statements).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('searches the longest text allowed without a Lucene error', async () => {
    const result = await execute(server, graph, SEARCH, { text: '养老服务'.repeat(50) });
    expect(result.errors).toBeUndefined();
  });

  it('normalises full-width forms and whitespace before searching', async () => {
    const plain = await data(server, graph, SEARCH, { text: '紧急呼援', types: ['PASSAGE'] });
    const padded = await data(server, graph, SEARCH, { text: '\u3000紧急呼援\u200b\t', types: ['PASSAGE'] });
    expect(padded.search).toEqual(plain.search);
    const fullWidth = await data(server, graph, SEARCH, { text: '床位数 ３５', types: ['PASSAGE'] });
    expect(fullWidth.search[0]).toMatchObject({ node: { id: PASSAGES.indicatorRow } });
  });
});

describe('snippets', () => {
  it.each([
    ['独居老人', '老人', '独居【老人】'],
    // No exact match: the bigrams that occur are highlighted, as the cjk analyzer matched them.
    ['低保对象', '低保人员', '【低保】对象'],
    ['ABC 平安通 x', 'abc', '【ABC】 平安通 x'],
    ['没有', '低保', null],
  ])('highlight(%j, %j) is %j', (text, query, expected) => {
    expect(highlight(text, query)).toBe(expected);
  });

  it('cuts long text around the first match', () => {
    const text = `${'前'.repeat(50)}低保${'后'.repeat(50)}`;
    expect(highlight(text, '低保')).toBe(`…${'前'.repeat(30)}【低保】${'后'.repeat(30)}…`);
  });

  it('escapes Lucene syntax', () => {
    expect(escapeLucene('a+b (c) "d" AND e:f')).toBe('a\\+b \\(c\\) \\"d\\" and e\\:f');
  });
});
