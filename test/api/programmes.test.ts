import type { Graph } from '../../src/graph/graph';
import { apiServer, data, execute, graphWithFixture } from './support';

// Filter semantics, keyset pagination and input errors of `programmes`, against the fixture graph (fixture.ts).
const server = apiServer();
let graph: Graph;
beforeAll(async () => {
  graph = await graphWithFixture();
});
afterAll(() => graph.close());

const PROGRAMME_IDS = `
  query ($filter: ProgrammeFilter, $first: Int, $after: String) {
    programmes(filter: $filter, first: $first, after: $after) {
      totalCount
      edges { cursor node { id } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;

async function ids(filter: Record<string, unknown>): Promise<string[]> {
  const d = await data(server, graph, PROGRAMME_IDS, { filter, first: 100 });
  const list = d.programmes.edges.map((e: { node: { id: string } }) => e.node.id.replace('Programme:', ''));
  expect(d.programmes.totalCount).toBe(list.length);
  return list;
}

describe('programmes(filter)', () => {
  it.each([
    [
      'no filter',
      {},
      ['cishan-zhuji', 'dibao-monthly', 'pingantong', 'shequ-yishiting', 'yunan-ertong-guanai', 'yunan-linshi-jiuzhu'],
    ],
    // 低保对象 and 特困人员 are BROADER 困难群众: programmes serving them count for it.
    [
      'a broad group by name includes narrower groups',
      { targetGroup: '困难群众' },
      ['cishan-zhuji', 'dibao-monthly', 'yunan-linshi-jiuzhu'],
    ],
    [
      'includeNarrower: false keeps direct SERVES only',
      { targetGroup: '困难群众', includeNarrower: false },
      ['yunan-linshi-jiuzhu'],
    ],
    ['a group by alias', { targetGroup: '低保户' }, ['cishan-zhuji', 'dibao-monthly']],
    ['a group by id', { targetGroup: 'TargetGroup:elderly' }, ['pingantong']],
    // 江门市 includes 蓬江区 and 江海区 (PART_OF).
    ['a city includes its districts', { area: '江门市' }, ['cishan-zhuji', 'dibao-monthly', 'pingantong']],
    [
      'includeSubAreas: false keeps direct COVERS only',
      { area: '江门市', includeSubAreas: false },
      ['dibao-monthly', 'pingantong'],
    ],
    // 郁南县 includes its town 都城镇.
    ['a county includes its towns', { area: '郁南县' }, ['yunan-ertong-guanai', 'yunan-linshi-jiuzhu']],
    [
      'a province includes every level below it',
      { area: '广东' },
      ['cishan-zhuji', 'dibao-monthly', 'pingantong', 'yunan-ertong-guanai', 'yunan-linshi-jiuzhu'],
    ],
    ['a district', { area: 'AdministrativeArea:pengjiang' }, ['cishan-zhuji']],
    ['names are trimmed', { area: ' 蓬江区 ' }, ['cishan-zhuji']],
    ['group and area combine with AND', { targetGroup: '困难群众', area: '郁南县' }, ['yunan-linshi-jiuzhu']],
    ['a theme by alias', { theme: '养老服务' }, ['pingantong']],
    ['an institution', { institution: '江门市民政局' }, ['cishan-zhuji', 'pingantong']],
    // 社区议事厅 has no relations: its own evidence is ACHIEVED.
    ['status on relations or own evidence', { status: 'ACHIEVED' }, ['pingantong', 'shequ-yishiting']],
    ['status ONGOING', { status: 'ONGOING' }, ['cishan-zhuji', 'dibao-monthly']],
    ['text in the name', { text: '救助' }, ['yunan-linshi-jiuzhu']],
    ['text in an alias', { text: '平台' }, ['pingantong']],
  ])('%s', async (_case, filter, expected) => {
    expect(await ids(filter)).toEqual(expected);
  });

  it.each([
    [{ targetGroup: '火星人' }, 'targetGroup not found: "火星人"'],
    [{ area: '北京市' }, 'area not found: "北京市"'],
    [{ theme: 'Theme:none' }, 'theme not found: "Theme:none"'],
    // An id of another type is not a target group.
    [{ targetGroup: 'AdministrativeArea:jiangmen' }, 'targetGroup not found: "AdministrativeArea:jiangmen"'],
    // Short forms and near misses: the nearest known names, those containing the input first.
    [{ area: '都城' }, 'area not found: "都城" (did you mean 都城镇?)'],
    [{ targetGroup: '老人' }, 'targetGroup not found: "老人" (did you mean 独居老人 or 老年人?)'],
    [{ programme: 'Programme:pingantongg' }, 'programme not found: "Programme:pingantongg" (did you mean 平安通?)'],
  ])('%j is NOT_FOUND naming the input', async (filter, message) => {
    const result = await execute(server, graph, PROGRAMME_IDS, { filter });
    expect(result.errors).toEqual([expect.objectContaining({ message, extensions: { code: 'NOT_FOUND' } })]);
  });
});

describe('programmes pagination', () => {
  it('walks every page without duplicates or gaps, with the right totalCount', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const d = await data(server, graph, PROGRAMME_IDS, { first: 2, after });
      const page = d.programmes;
      expect(page.totalCount).toBe(6);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual([...(await ids({}))].map((id) => `Programme:${id}`));
  });

  it('pages a filtered list with the filtered total', async () => {
    const first = await data(server, graph, PROGRAMME_IDS, { filter: { area: '江门市' }, first: 2 });
    expect(first.programmes.totalCount).toBe(3);
    expect(first.programmes.pageInfo.hasNextPage).toBe(true);
    const second = await data(server, graph, PROGRAMME_IDS, {
      filter: { area: '江门市' },
      first: 2,
      after: first.programmes.pageInfo.endCursor,
    });
    expect(second.programmes.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['Programme:pingantong']);
    expect(second.programmes.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('reads a deep page with a keyset range seek, never SKIP', async () => {
    const { statements } = await execute(server, graph, PROGRAMME_IDS, { first: 1 });
    // No filter: the page reads the count store itself.
    expect(statements).toEqual(['apiProgrammePage']);
    const page = graph.catalog.get('apiProgrammePage');
    expect(page).toMatch(/p\.id > \$after/);
    expect(page).toMatch(/ORDER BY p\.id\s+LIMIT/);
    expect(page).not.toMatch(/\bSKIP\b/);
  });

  it('first: 0 gives no edges but the total', async () => {
    const d = await data(server, graph, PROGRAMME_IDS, { first: 0 });
    expect(d.programmes).toMatchObject({ totalCount: 6, edges: [], pageInfo: { hasNextPage: true, endCursor: null } });
  });

  it.each([
    [{ first: 101 }, 'first: must be at most 100, got 101'],
    [{ filter: { area: '  ' } }, 'area: must not be empty (give an id, a name or an alias)'],
    [{ first: -1 }, 'first: must not be negative, got -1'],
    [
      { first: 2, after: 'not-a-cursor!' },
      'after: malformed cursor "not-a-cursor!" (pass an endCursor or cursor of this API)',
    ],
    [
      { first: 2, after: Buffer.from('Programme:x').toString('base64') },
      expect.stringMatching(/^after: malformed cursor/),
    ],
  ])('%j is BAD_USER_INPUT', async (variables, message) => {
    const result = await execute(server, graph, PROGRAMME_IDS, variables);
    expect(result.errors).toEqual([expect.objectContaining({ message, extensions: { code: 'BAD_USER_INPUT' } })]);
    expect(result.statements).toEqual([]);
  });

  it('refuses a cursor of another list as BAD_USER_INPUT, where it gave an empty page', async () => {
    const themes = await data(server, graph, `{ themes(first: 1) { pageInfo { endCursor } } }`);
    const cursor = themes.themes.pageInfo.endCursor;
    const result = await execute(server, graph, PROGRAMME_IDS, { first: 2, after: cursor });
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: `after: the cursor "${cursor}" is of another list (pass a cursor of this list)`,
        path: ['programmes'],
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
    expect(result.statements).toEqual([]);
    // The programmes' own cursor, from a filtered list of them, is a position in the list as a whole.
    const filtered = await data(server, graph, PROGRAMME_IDS, { filter: { area: '江门市' }, first: 1 });
    const whole = await data(server, graph, PROGRAMME_IDS, { first: 1, after: filtered.programmes.pageInfo.endCursor });
    expect(whole.programmes.edges).toHaveLength(1);
  });
});

describe('programme relations', () => {
  it('carry their statements with status, year, document, passage and citation', async () => {
    const d = await data(
      server,
      graph,
      `{ programmes(filter: { text: "平安通" }) { edges { node {
          targetGroups { node { id name } type key statementCount statuses
            statements { status year quote citation document { title } passage { id text sectionPath lines { start end } } } }
          areas { node { name } statements { quote } }
          institutions { node { name } }
          themes { node { name } }
          indicators { node { id } }
        } } } }`,
    );
    const pingantong = d.programmes.edges[0].node;
    expect(pingantong.targetGroups).toEqual([
      {
        node: { id: 'TargetGroup:elderly-living-alone', name: '独居老人' },
        type: 'SERVES',
        key: 'Programme:pingantong|SERVES|TargetGroup:elderly-living-alone',
        statementCount: 2,
        statuses: ['ACHIEVED'],
        statements: [
          {
            status: 'ACHIEVED',
            year: 2020,
            quote: '建立居家养老助残服务“平安通”平台',
            citation:
              '江门市民政局《江门市民政事业发展“十四五”规划（2021-2025年）》(2022), 第四章 兜牢民生底线 › 一、完善社会救助体系, line 6',
            document: { title: '江门市民政事业发展“十四五”规划（2021-2025年）' },
            passage: {
              id: 'Passage:jm-plan:0006',
              text: '建立居家养老助残服务“平安通”平台，为独居老人提供紧急呼援服务，覆盖全市。',
              sectionPath: ['第四章 兜牢民生底线', '一、完善社会救助体系'],
              lines: { start: 6, end: 6 },
            },
          },
          expect.objectContaining({ quote: '为独居老人提供紧急呼援服务', status: 'ACHIEVED' }),
        ],
      },
    ]);
    expect(pingantong.areas).toEqual([{ node: { name: '江门市' }, statements: [{ quote: '覆盖全市' }] }]);
    expect(pingantong.institutions).toEqual([{ node: { name: '江门市民政局' } }]);
    expect(pingantong.themes).toEqual([{ node: { name: '大养老服务' } }]);
    expect(pingantong.indicators).toEqual([]);
  });
});

describe('coverage', () => {
  const COVERAGE = `
    query ($targetGroup: String, $area: String, $theme: String) {
      coverage(targetGroup: $targetGroup, area: $area, theme: $theme) {
        programme { id } targetGroup { name } area { name }
        serves { status quote passage { id } } covers { status quote }
      }
    }`;

  it('draws programme × group × area for 困难群众 in 江门市, with both relations’ statements', async () => {
    const d = await data(server, graph, COVERAGE, { targetGroup: '困难群众', area: '江门市' });
    expect(
      d.coverage.map((r: { programme: { id: string }; targetGroup: { name: string }; area: { name: string } }) =>
        [r.programme.id, r.targetGroup.name, r.area.name].join(' '),
      ),
    ).toEqual([
      'Programme:cishan-zhuji 低保对象 江海区',
      'Programme:cishan-zhuji 低保对象 蓬江区',
      'Programme:cishan-zhuji 特困人员 江海区',
      'Programme:cishan-zhuji 特困人员 蓬江区',
      'Programme:dibao-monthly 低保对象 江门市',
    ]);
    expect(d.coverage[4]).toMatchObject({
      serves: [{ status: 'ONGOING', quote: '低保对象按月领取低保金', passage: { id: 'Passage:jm-plan:0005' } }],
      covers: [{ status: 'ONGOING', quote: '全市持续推进' }],
    });
  });

  it('filters by theme and reports unknown names', async () => {
    const d = await data(server, graph, COVERAGE, { theme: '大救助', area: '郁南县' });
    expect(d.coverage).toHaveLength(1);
    expect(d.coverage[0]).toMatchObject({
      programme: { id: 'Programme:yunan-linshi-jiuzhu' },
      area: { name: '都城镇' },
    });
    const result = await execute(server, graph, COVERAGE, { area: '火星' });
    expect(result.errors?.[0]).toMatchObject({ message: 'area not found: "火星"', extensions: { code: 'NOT_FOUND' } });
  });
});
