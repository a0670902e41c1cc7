import type { Graph } from '../../src/graph/graph';
import { apiServer, data, execute, graphWithFixture } from './support';
import { PASSAGES } from './fixture';

// Tracing facts to their sources and walking the graph: indicators, hierarchies, documents, passages, nodes.
const server = apiServer();
let graph: Graph;
beforeAll(async () => {
  graph = await graphWithFixture();
});
afterAll(() => graph.close());

const JM_PLAN = '江门市民政事业发展“十四五”规划（2021-2025年）';

describe('indicators', () => {
  it('trace a target back to the exact passage, line and quote', async () => {
    const d = await data(
      server,
      graph,
      `{ indicators(filter: { text: "养老床位" }) { totalCount edges { node {
          id unit attribute table { name row }
          measures { node { ... on Theme { name } } statements { quote } }
          area { name }
          forArea { node { name } statements { quote } }
          observations(kind: TARGET) { id year kind scope value comparator text flags { code } }
          trace(kind: TARGET) {
            observation { year kind value }
            document { title } passage { id sectionPath lines { start end } }
            sectionPath quote citation
            evidence { status year note startOffset endOffset lines { start end } }
          }
          fullTrace: trace { observation { kind } quote }
        } } } }`,
    );
    expect(d.indicators.totalCount).toBe(1);
    const indicator = d.indicators.edges[0].node;
    expect(indicator).toMatchObject({
      id: 'Indicator:jm-elderly-beds-per-1000',
      unit: '张',
      attribute: '约束性',
      table: { name: '“十四五”时期江门市民政事业发展主要指标', row: '7' },
      measures: [{ node: { name: '大养老服务' }, statements: [{ quote: '每千名老年人拥有养老床位数' }] }],
      area: { name: '江门市' },
      forArea: { node: { name: '江门市' }, statements: [{ quote: '每千名老年人拥有养老床位数' }] },
      observations: [
        {
          id: 'Observation:jm-elderly-beds-per-1000:2025:TARGET:CITY',
          year: 2025,
          kind: 'TARGET',
          scope: 'CITY',
          value: 40,
          comparator: '≥',
          text: '≥40',
          flags: [{ code: 'AMBIGUOUS' }],
        },
      ],
    });
    const rowStart = '江门市民政事业发展“十四五”规划（2021-2025年）\n第四章 兜牢民生底线\n一、完善社会救助体系\n'
      .length;
    expect(indicator.trace).toEqual([
      {
        observation: { year: 2025, kind: 'TARGET', value: 40 },
        document: { title: JM_PLAN },
        passage: {
          id: PASSAGES.indicatorRow,
          sectionPath: ['第四章 兜牢民生底线', '二、主要指标'],
          lines: { start: 8, end: 8 },
        },
        sectionPath: ['第四章 兜牢民生底线', '二、主要指标'],
        quote: '35 ≥40 约束性',
        citation: `江门市民政局《${JM_PLAN}》(2022), 第四章 兜牢民生底线 › 二、主要指标, line 8`,
        evidence: {
          status: 'PLANNED',
          year: 2025,
          note: 'column 2025年目标值',
          startOffset: expect.any(Number),
          endOffset: expect.any(Number),
          lines: { start: 8, end: 8 },
        },
      },
    ]);
    expect(indicator.trace[0].evidence.startOffset).toBeGreaterThan(rowStart);
    // Unfiltered: the indicator's own evidence first (no observation), then each observation in table order.
    expect(indicator.fullTrace).toEqual([
      { observation: null, quote: '每千名老年人拥有养老床位数' },
      { observation: { kind: 'BASELINE' }, quote: '每千名老年人拥有养老床位数 张 35' },
      { observation: { kind: 'TARGET' }, quote: '35 ≥40 约束性' },
    ]);
  });

  it('filter by area (with sub-areas) and by what they measure', async () => {
    const q = `query ($filter: IndicatorFilter) { indicators(filter: $filter) { totalCount } }`;
    expect((await data(server, graph, q, { filter: { area: '广东省' } })).indicators.totalCount).toBe(1);
    expect(
      (await data(server, graph, q, { filter: { area: '广东省', includeSubAreas: false } })).indicators.totalCount,
    ).toBe(0);
    expect((await data(server, graph, q, { filter: { measures: '大养老服务' } })).indicators.totalCount).toBe(1);
    expect((await data(server, graph, q, { filter: { measures: '大救助' } })).indicators.totalCount).toBe(0);
    const result = await execute(server, graph, q, { filter: { measures: '火星计划' } });
    expect(result.errors?.[0]?.message).toBe('measures not found: "火星计划"');
  });
});

describe('hierarchies', () => {
  it('areas: parent, children and ancestors; area(name) by name or alias', async () => {
    const q = `query ($name: String) { area(name: $name) { id level code parent { name } children { name } ancestors { name } programmes { node { id } } } }`;
    expect((await data(server, graph, q, { name: '郁南' })).area).toEqual({
      id: 'AdministrativeArea:yunan',
      level: 'COUNTY',
      code: '445322',
      parent: { name: '云浮市' },
      children: [{ name: '都城镇' }],
      ancestors: [{ name: '云浮市' }, { name: '广东省' }],
      programmes: [{ node: { id: 'Programme:yunan-ertong-guanai' } }],
    });
    expect((await data(server, graph, q, { name: '都城镇' })).area.ancestors).toEqual([
      { name: '郁南县' },
      { name: '云浮市' },
      { name: '广东省' },
    ]);
    const both = await execute(server, graph, `{ area(id: "AdministrativeArea:yunan", name: "郁南县") { id } }`);
    expect(both.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('area(id|name) answers an unknown input as the filters do: NOT_FOUND naming it, with the nearest names', async () => {
    const q = `query ($id: ID, $name: String) { area(id: $id, name: $name) { id } }`;
    const cases: [Record<string, string>, string][] = [
      [{ name: '火星' }, 'area not found: "火星"'],
      [{ name: '郁南镇' }, 'area not found: "郁南镇" (did you mean 郁南县?)'],
      [{ name: '都城' }, 'area not found: "都城" (did you mean 都城镇?)'],
      [{ id: 'AdministrativeArea:yunnan' }, 'area not found: "AdministrativeArea:yunnan" (did you mean 郁南县?)'],
      // An id of another type is no area either.
      [{ id: 'Programme:pingantong' }, 'area not found: "Programme:pingantong"'],
    ];
    for (const [variables, message] of cases) {
      const result = await execute(server, graph, q, variables);
      expect({ variables, data: result.data, errors: result.errors }).toEqual({
        variables,
        data: { area: null },
        errors: [expect.objectContaining({ message, path: ['area'], extensions: { code: 'NOT_FOUND' } })],
      });
    }
  });

  it('areas(filter): within an area, by level', async () => {
    const q = `query ($filter: AreaFilter) { areas(filter: $filter, first: 100) { totalCount edges { node { name } } } }`;
    const within = await data(server, graph, q, { filter: { within: '江门市' } });
    expect(within.areas.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      '江海区',
      '江门市',
      '蓬江区',
    ]);
    const districts = await data(server, graph, q, { filter: { level: 'DISTRICT' } });
    expect(districts.areas.totalCount).toBe(2);
  });

  it('target groups: broader, narrower, and the groups within one', async () => {
    const d = await data(
      server,
      graph,
      `{ node(id: "TargetGroup:dibao") { ... on TargetGroup { name aliases broader { name } narrower { name }
           programmes { node { id } statements { status } } evidence { quote } } }
         broad: node(id: "TargetGroup:people-in-difficulty") { ... on TargetGroup { narrower { name } } }
         targetGroups(filter: { within: "困难群众" }) { totalCount edges { node { name } } } }`,
    );
    expect(d.node).toEqual({
      name: '低保对象',
      aliases: ['低保户'],
      broader: [{ name: '困难群众' }],
      narrower: [],
      programmes: [
        { node: { id: 'Programme:cishan-zhuji' }, statements: [{ status: 'PLANNED' }] },
        { node: { id: 'Programme:dibao-monthly' }, statements: [{ status: 'ONGOING' }] },
      ],
      evidence: [{ quote: '低保对象和特困人员' }],
    });
    expect(d.broad.narrower).toEqual([{ name: '低保对象' }, { name: '特困人员' }]);
    expect(d.targetGroups.totalCount).toBe(3);
  });
});

describe('documents and passages', () => {
  it('documents carry issuer, area, inferred fields and flags; passages page in order', async () => {
    const d = await data(
      server,
      graph,
      `{ documents(filter: { area: "云浮市" }) { totalCount edges { node {
          id title year period { from to } kind issuer { name } area { name } inferred { field reason } flags { code note }
          passages(first: 2) { totalCount edges { cursor node { ordinal kind text } } pageInfo { hasNextPage endCursor } }
        } } } }`,
    );
    expect(d.documents.totalCount).toBe(1);
    const doc = d.documents.edges[0].node;
    expect(doc).toMatchObject({
      id: 'Document:yn-plan',
      year: null,
      period: { from: 2021, to: 2025 },
      issuer: { name: '郁南县民政局' },
      area: { name: '郁南县' },
      inferred: [{ field: 'title', reason: 'the copy has no cover; taken from its project table' }],
      flags: [{ code: 'INFERRED', note: 'title inferred from content' }],
    });
    expect(doc.passages.totalCount).toBe(4);
    expect(doc.passages.edges.map((e: { node: { ordinal: number } }) => e.node.ordinal)).toEqual([1, 2]);
    const next = await data(
      server,
      graph,
      `query ($after: String) { node(id: "Document:yn-plan") { ... on Document { passages(first: 10, after: $after) {
          edges { node { ordinal } } pageInfo { hasNextPage hasPreviousPage } } } } }`,
      { after: doc.passages.pageInfo.endCursor },
    );
    expect(next.node.passages).toEqual({
      edges: [{ node: { ordinal: 3 } }, { node: { ordinal: 4 } }],
      pageInfo: { hasNextPage: false, hasPreviousPage: true },
    });
  });

  it('a malformed passage cursor fails only its own field, as BAD_USER_INPUT', async () => {
    const result = await execute(
      server,
      graph,
      `{ node(id: "Document:jm-plan") { id ... on Document { title passages(after: "bm9wZQ==") { totalCount } } } }`,
    );
    expect(result.errors).toEqual([
      expect.objectContaining({ path: ['node', 'passages'], extensions: { code: 'BAD_USER_INPUT' } }),
    ]);
    expect(result.data.node).toBeNull();
    const tooLong = await execute(
      server,
      graph,
      `{ node(id: "Document:jm-plan") { ... on Document { passages(first: 500) { totalCount } } } }`,
    );
    expect(tooLong.errors?.[0]?.message).toBe('first: must be at most 100, got 500');
  });

  it('a cursor of another document’s passages is BAD_USER_INPUT, not a position in this one', async () => {
    const jm = await data(
      server,
      graph,
      `{ node(id: "Document:jm-plan") { ... on Document { passages(first: 5) { pageInfo { endCursor } } } } }`,
    );
    const cursor = jm.node.passages.pageInfo.endCursor;
    const result = await execute(
      server,
      graph,
      `query ($after: String) { node(id: "Document:yn-plan") { ... on Document { passages(first: 2, after: $after) {
          edges { node { ordinal } } } } } }`,
      { after: cursor },
    );
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: `after: the cursor "${cursor}" is of another list (pass a cursor of this list)`,
        path: ['node', 'passages'],
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
  });

  it('a passage lists its mentions, citations and statements; a policy lists the passages citing it', async () => {
    const d = await data(
      server,
      graph,
      `{ cishan: node(id: "${PASSAGES.cishan}") { ... on Passage { mentions { surface startOffset endOffset entity { __typename id } } } }
         dibao: node(id: "${PASSAGES.dibao}") { ... on Passage {
           document { id } cites { title policy { id number curated } }
           statements { about quote } } }
         policy: node(id: "Policy:gd-dibao-measures") { ... on Policy { title issuer { id name policies { id } } number year
           citedBy { title startOffset endOffset passage { id text } document { title } }
           programmes { node { name } statements { quote } } } }
         uncurated: node(id: "Policy:yunan-linshi-jiuzhu-xize") { ... on Policy { curated citedBy { passage { id } } } } }`,
    );
    expect(
      d.cishan.mentions.map(
        (m: { surface: string; entity: { __typename: string } }) => `${m.surface}:${m.entity.__typename}`,
      ),
    ).toEqual([
      '慈善筑迹:Programme',
      '低保对象:TargetGroup',
      '特困人员:TargetGroup',
      '蓬江区:AdministrativeArea',
      '江海区:AdministrativeArea',
    ]);
    expect(d.dibao.cites).toEqual([
      {
        title: '广东省最低生活保障制度实施办法',
        policy: { id: 'Policy:gd-dibao-measures', number: '粤民规〔2021〕1号', curated: true },
      },
    ]);
    expect(d.dibao.statements.map((s: { about: string }) => s.about)).toEqual(
      expect.arrayContaining([
        'Programme:dibao-monthly|GOVERNED_BY|Policy:gd-dibao-measures',
        'Programme:dibao-monthly',
      ]),
    );
    expect(d.policy).toMatchObject({
      title: '广东省最低生活保障制度实施办法',
      issuer: {
        id: 'Institution:gd-civil-affairs-department',
        name: '广东省民政厅',
        policies: [{ id: 'Policy:gd-dibao-measures' }],
      },
      year: 2021,
      citedBy: [
        {
          title: '广东省最低生活保障制度实施办法',
          passage: {
            id: PASSAGES.dibao,
            text: '落实《广东省最低生活保障制度实施办法》，低保对象按月领取低保金，全市持续推进。',
          },
          document: { title: JM_PLAN },
        },
      ],
      programmes: [
        { node: { name: '低保金按月发放' }, statements: [{ quote: '落实《广东省最低生活保障制度实施办法》' }] },
      ],
    });
    expect(d.policy.citedBy[0].endOffset - d.policy.citedBy[0].startOffset).toBe(
      '《广东省最低生活保障制度实施办法》'.length,
    );
    expect(d.uncurated).toEqual({ curated: false, citedBy: [{ passage: { id: PASSAGES.ynErtong } }] });
  });
});

describe('node and nodes', () => {
  it('resolve any global id to its type, null when unknown', async () => {
    const d = await data(
      server,
      graph,
      `{ a: node(id: "Observation:jm-elderly-beds-per-1000:2020:BASELINE:CITY") { __typename ... on Observation { value indicator { name } evidence { quote } } }
         b: node(id: "Programme:does-not-exist") { id }
         c: node(id: "Institution:jm-civil-affairs-bureau") { __typename ... on Institution { area { name } programmes { node { id } } documents { id } policies { id } } } }`,
    );
    expect(d.a).toEqual({
      __typename: 'Observation',
      value: 35,
      indicator: { name: '每千名老年人拥有养老床位数' },
      evidence: [{ quote: '每千名老年人拥有养老床位数 张 35' }],
    });
    expect(d.b).toBeNull();
    expect(d.c).toEqual({
      __typename: 'Institution',
      area: { name: '江门市' },
      programmes: [{ node: { id: 'Programme:cishan-zhuji' } }, { node: { id: 'Programme:pingantong' } }],
      documents: [{ id: 'Document:jm-plan' }],
      policies: [],
    });
  });

  it('nodes() takes at most the maximum page size of ids', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `Programme:x${i}`);
    const result = await execute(server, graph, `query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(result.errors?.[0]).toMatchObject({
      message: 'ids: at most 100 ids per request, got 101',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('an Evidence id resolves with its document, passage and citation', async () => {
    const first = await data(
      server,
      graph,
      `{ node(id: "Programme:shequ-yishiting") { ... on Programme { evidence { id } } } }`,
    );
    const id = first.node.evidence[0].id;
    const d = await data(
      server,
      graph,
      `query ($id: ID!) { node(id: $id) { __typename ... on Evidence { about status year document { id } passage { id } citation } } }`,
      { id },
    );
    expect(d.node).toEqual({
      __typename: 'Evidence',
      about: 'Programme:shequ-yishiting',
      status: 'ACHIEVED',
      year: 2022,
      document: { id: 'Document:jm-plan' },
      passage: { id: 'Passage:jm-plan:0009' },
      citation: `江门市民政局《${JM_PLAN}》(2022), 第四章 兜牢民生底线 › 二、主要指标, line 9`,
    });
  });
});

describe('release and lists', () => {
  it('reports the release written by the ingest', async () => {
    const d = await data(server, graph, `{ release { version ingestedAt counts { name count } } }`);
    expect(d.release.version).toBe('fixture-api-1');
    expect(d.release.ingestedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(d.release.counts).toEqual(
      expect.arrayContaining([
        { name: 'documents', count: 2 },
        { name: 'passages', count: 13 },
      ]),
    );
  });

  it('lists themes, institutions and policies by id, with text filters', async () => {
    const d = await data(
      server,
      graph,
      `{ themes { totalCount edges { node { name programmes { node { id } } indicators { node { id } } } } }
         institutions(filter: { text: "郁南" }) { totalCount edges { node { name } } }
         policies { totalCount edges { node { id curated } } } }`,
    );
    expect(d.themes.totalCount).toBe(2);
    expect(d.themes.edges[1].node).toEqual({
      name: '大养老服务',
      programmes: [{ node: { id: 'Programme:pingantong' } }],
      indicators: [{ node: { id: 'Indicator:jm-elderly-beds-per-1000' } }],
    });
    expect(d.institutions).toEqual({ totalCount: 1, edges: [{ node: { name: '郁南县民政局' } }] });
    expect(d.policies.edges).toEqual([
      { node: { id: 'Policy:gd-dibao-measures', curated: true } },
      { node: { id: 'Policy:yunan-linshi-jiuzhu-xize', curated: false } },
    ]);
  });
});
