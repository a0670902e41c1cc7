import type { Graph } from '../../src/graph/graph';
import { warmUpQueries } from '../../src/server/warm-up-queries';
import { apiServer, data, execute, graphWithSeeds } from './support';

// The API over the real seed graph (seeds/, written by ingestSeeds). Assertions are invariants that hold
// whatever the curators add: exact behaviour is pinned by the fixture tests.
const server = apiServer();
let graph: Graph;
beforeAll(async () => {
  graph = await graphWithSeeds();
}, 300_000);
afterAll(() => graph.close());

interface Area {
  name: string;
  ancestors: { name: string }[];
}

// A warm-up request that fails plans nothing: each must answer, and find something, on the real graph.
it.each(warmUpQueries)('answers the warm-up request %s', async (query) => {
  const d = await data(server, graph, query);
  expect(JSON.stringify(d)).toMatch(/"name":"[^"]+"|"totalCount":[1-9]|"type":"[A-Z_]+"/);
});

it('reports the release of the seeds', async () => {
  const d = await data(server, graph, `{ release { version counts { name count } } }`);
  expect(d.release.version).toMatch(/^[0-9a-f]{64}$/);
  expect(d.release.counts).toEqual(expect.arrayContaining([{ name: 'documents', count: expect.any(Number) }]));
});

it('pages through every programme once, with the right total', async () => {
  const seen: string[] = [];
  let after: string | null = null;
  let total = -1;
  for (let page = 0; page < 100; page++) {
    const d = await data(
      server,
      graph,
      `query ($after: String) { programmes(first: 97, after: $after) {
         totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    total = d.programmes.totalCount;
    seen.push(...d.programmes.edges.map((e: { node: { id: string } }) => e.node.id));
    if (!d.programmes.pageInfo.hasNextPage) break;
    after = d.programmes.pageInfo.endCursor;
  }
  expect(total).toBeGreaterThan(97);
  expect(seen).toHaveLength(total);
  expect(new Set(seen).size).toBe(total);
  expect([...seen].sort()).toEqual(seen);
});

it('coverage of 困难群众 in 江门市: each row within 江门市 or inherited from above it, with both statements', async () => {
  const d = await data(
    server,
    graph,
    `{ coverage(targetGroup: "困难群众", area: "江门市") {
         programme { id } targetGroup { name } area { name ancestors { name } } via inheritedFrom { name }
         serves { citation } covers { citation } } }`,
  );
  expect(d.coverage.length).toBeGreaterThan(0);
  const rows = d.coverage as {
    area: Area;
    via: string;
    inheritedFrom: { name: string } | null;
    serves: unknown[];
    covers: unknown[];
  }[];
  for (const row of rows) {
    if (row.via === 'INHERITED') expect(row.inheritedFrom?.name).toBe(row.area.name);
    else expect([row.area.name, ...row.area.ancestors.map((a) => a.name)]).toContain('江门市');
    expect(row.serves.length).toBeGreaterThan(0);
    expect(row.covers.length).toBeGreaterThan(0);
  }
  expect(rows.some((r) => r.via === 'SUB_AREA')).toBe(true);
  // The same programmes as the programme filter that also looks above the area.
  const filtered: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 20; page++) {
    const p = await data(
      server,
      graph,
      `query ($after: String) { programmes(first: 100, after: $after, filter: { targetGroup: "困难群众", area: "江门市", includeAncestors: true }) {
         edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    filtered.push(...p.programmes.edges.map((e: { node: { id: string } }) => e.node.id));
    if (!p.programmes.pageInfo.hasNextPage) break;
    after = p.programmes.pageInfo.endCursor;
  }
  const fromCoverage = new Set(d.coverage.map((row: { programme: { id: string } }) => row.programme.id));
  expect(new Set(filtered)).toEqual(fromCoverage);
});

it('traces indicator observations to cited passages', async () => {
  const d = await data(
    server,
    graph,
    `{ indicators(first: 20) { edges { node { id trace { quote citation document { title } passage { text } } } } } }`,
  );
  const steps = d.indicators.edges.flatMap((e: { node: { trace: unknown[] } }) => e.node.trace);
  expect(steps.length).toBeGreaterThan(0);
  for (const step of steps as { citation: string; document: { title: string } }[]) {
    expect(step.citation).toContain(`《${step.document.title}》`);
    expect(step.citation).toMatch(/lines? \d+/);
  }
});

it('finds 慈善筑迹 by search', async () => {
  const d = await data(server, graph, `{ search(text: "慈善筑迹", types: [PROGRAMME]) { node { id } snippet } }`);
  expect(d.search[0]).toEqual({ node: { id: 'Programme:cishan-zhuji' }, snippet: '【慈善筑迹】' });
});

it('keeps the statements of a deep nested query bounded on the real graph', async () => {
  const query = `query ($first: Int) { programmes(first: $first) { edges { node {
      targetGroups { node { broader { name } } statements { citation passage { id } } }
      areas { node { ancestors { name } } statements { quote } }
      institutions { node { name } } themes { node { name } } policies { node { citedBy { passage { id } } } }
      evidence { citation } } } } }`;
  const small = await execute(server, graph, query, { first: 10 });
  const large = await execute(server, graph, query, { first: 100 });
  expect(small.errors).toBeUndefined();
  expect(large.errors).toBeUndefined();
  // Page, count-free: one statement per loader per wave, however many programmes.
  expect(large.statements.length).toBeLessThanOrEqual(12);
  expect(large.statements.length).toBeGreaterThanOrEqual(small.statements.length);
});

// The model for many documents and areas: programme hierarchy, areas below the county, scope inherited from a
// city's documents, and indicator series compared across areas.
describe('many documents and areas', () => {
  interface Statement {
    quote: string;
    document: { id: string };
  }

  it('finds 长者食堂 in 新会区 through its two brands, with the hierarchy statements', async () => {
    const d = await data(
      server,
      graph,
      `{ programmes(filter: {programme: "长者食堂", area: "新会区", includeSubAreas: false}) {
           edges { node { name broader { node { name } statements { quote } } } } } }`,
    );
    const nodes = d.programmes.edges.map((e: { node: unknown }) => e.node) as {
      name: string;
      broader: { node: { name: string }; statements: { quote: string }[] }[];
    }[];
    // 长者食堂 itself covers 新会区 too (000 names the districts); its two 新会区 brands come through the hierarchy.
    expect(nodes.map((n) => n.name)).toEqual(expect.arrayContaining(['万胜老友记', '维达老地方']));
    for (const n of nodes.filter((x) => x.name !== '长者食堂')) {
      const edge = n.broader.find((b) => b.node.name === '长者食堂');
      expect(edge?.statements[0]?.quote).toContain(n.name);
      expect(edge?.statements[0]?.quote).toContain('长者食堂');
    }
    const narrow = await data(
      server,
      graph,
      `{ programmes(filter: {programme: "长者食堂", includeNarrowerProgrammes: false, area: "新会区", includeSubAreas: false}) { totalCount } }`,
    );
    expect(narrow.programmes.totalCount).toBe(nodes.length - 2);
  });

  it('lists a programme’s editions as narrower and its place as broader', async () => {
    const d = await data(
      server,
      graph,
      `{ node(id: "Programme:zhangzhe-shitang") { ... on Programme { narrower { node { name } } } } }`,
    );
    expect(d.node.narrower.map((r: { node: { name: string } }) => r.node.name)).toEqual(
      expect.arrayContaining(['益食堂', '颐食堂', '维达老地方', '万胜老友记']),
    );
  });

  it('answers coverage of 老年人 in 台山市 with city-wide 江门 programmes, INHERITED from 江门市', async () => {
    const d = await data(
      server,
      graph,
      `{ coverage(area: "台山市", targetGroup: "老年人") {
           programme { id name } area { name } via inheritedFrom { name } covers { impliedBy document { id } } } }`,
    );
    const rows = d.coverage as {
      programme: { id: string };
      area: { name: string };
      via: string;
      inheritedFrom: { name: string } | null;
      covers: { impliedBy: string | null; document: { id: string } }[];
    }[];
    const inherited = rows.filter((r) => r.via === 'INHERITED');
    expect(inherited.length).toBeGreaterThan(5);
    for (const row of inherited) {
      expect(row.inheritedFrom).toEqual({ name: row.area.name });
      expect(['江门市', '广东省']).toContain(row.area.name);
    }
    const pingantong = inherited.find((r) => r.programme.id === 'Programme:pingantong');
    expect(pingantong?.area.name).toBe('江门市');
    expect(pingantong?.covers.some((c) => c.impliedBy === 'DOCUMENT_SCOPE')).toBe(true);
    const without = await data(
      server,
      graph,
      `{ coverage(area: "台山市", targetGroup: "老年人", includeAncestors: false) { via } }`,
    );
    expect(without.coverage.every((r: { via: string }) => r.via !== 'INHERITED')).toBe(true);
    expect(without.coverage.length).toBeLessThan(rows.length);
  });

  it('lists the direct members of 江门市 apart from all its descendants', async () => {
    const query = (direct: boolean) =>
      data(
        server,
        graph,
        `{ areas(filter: {within: "江门市", directOnly: ${direct}}, first: 100) { edges { node { name level parent { name } } } } }`,
      );
    const direct = (await query(true)).areas.edges.map(
      (e: { node: { name: string; parent: { name: string } } }) => e.node,
    );
    const all = (await query(false)).areas.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(direct.map((a: { name: string }) => a.name).sort()).toEqual(
      ['台山市', '开平市', '恩平市', '新会区', '江海区', '蓬江区', '鹤山市'].sort(),
    );
    expect(direct.every((a: { parent: { name: string } }) => a.parent.name === '江门市')).toBe(true);
    expect(all).toContain('江门市');
    expect(all.length).toBeGreaterThan(direct.length);
  });

  it('lists the institutions placed in a town, each naming that town as its area', async () => {
    const d = await data(
      server,
      graph,
      `{ areas(filter: {within: "郁南县"}, first: 100) { edges { node { id name institutions { id name area { id } } } } } }`,
    );
    type Listed = { id: string; name: string; institutions: { id: string; name: string; area: { id: string } }[] };
    const areas: Listed[] = d.areas.edges.map((e: { node: Listed }) => e.node);
    const ducheng = areas.find((a) => a.name === '都城镇')!;
    expect(ducheng.institutions.map((i) => i.name)).toContain('都城镇敬老院');
    for (const area of areas) expect(area.institutions.every((i) => i.area.id === area.id)).toBe(true);
    // Every institution placed in the county's areas is listed, once, under its own area.
    const placed = areas.flatMap((a) => a.institutions.map((i) => i.id));
    expect(new Set(placed).size).toBe(placed.length);
    const inCounty = new Set(areas.map((a) => a.id));
    const expected: string[] = [];
    let after: string | null = null;
    do {
      const page: {
        institutions: {
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { id: string; area: { id: string } | null } }[];
        };
      } = await data(
        server,
        graph,
        `query ($after: String) { institutions(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id area { id } } } } }`,
        { after },
      );
      for (const { node } of page.institutions.edges)
        if (node.area && inCounty.has(node.area.id)) expected.push(node.id);
      after = page.institutions.pageInfo.hasNextPage ? page.institutions.pageInfo.endCursor : null;
    } while (after);
    expect(placed.sort()).toEqual(expected.sort());
  });

  it('compares one indicator concept across 江门市 and 郁南县, each series with its own quotes', async () => {
    const d = await data(
      server,
      graph,
      `{ compare(concept: "每万名城镇常住人口拥有社区工作者", areas: ["江门市", "郁南县"]) {
           area { name } indicator { id } unit comparable
           points { year kind role value normalisedValue observation { evidence { quote document { id } } } } } }`,
    );
    const series = d.compare as {
      area: { name: string };
      indicator: { id: string };
      points: { year: number; value: number | null; observation: { evidence: Statement[] } }[];
    }[];
    expect(new Set(series.map((s) => s.area.name))).toEqual(new Set(['江门市', '郁南县']));
    for (const s of series) {
      expect(s.points.length).toBeGreaterThan(0);
      const expectedDocument = s.area.name === '郁南县' ? 'Document:yunan-civil-affairs-plan-2021-2025' : undefined;
      for (const p of s.points) {
        expect(p.observation.evidence.length).toBeGreaterThan(0);
        if (expectedDocument) expect(p.observation.evidence[0]!.document.id).toBe(expectedDocument);
      }
    }
    const yunanOnly = await data(
      server,
      graph,
      `{ indicators(filter: {area: "郁南县"}, first: 100) { edges { node { area { name } } } } }`,
    );
    const areas = new Set(
      yunanOnly.indicators.edges.map((e: { node: { area: { name: string } } }) => e.node.area.name),
    );
    expect([...areas]).toEqual(['郁南县']);
  });
});

describe('types that say what they are (issue 11.3)', () => {
  it('a policy’s issuer is the Institution, which lists it among its policies, apart from its documents', async () => {
    const d = await data(
      server,
      graph,
      `{ policy: node(id: "Policy:jiangmen-disaster-relief-supplies-measures") { ... on Policy {
           issuer { id name policies { id } documents { id } } } } }`,
    );
    const issuer = d.policy.issuer;
    expect(issuer).toMatchObject({ id: 'Institution:jiangmen-civil-affairs-bureau', name: '江门市民政局' });
    expect(issuer.policies).toContainEqual({ id: 'Policy:jiangmen-disaster-relief-supplies-measures' });
    expect(issuer.documents).toContainEqual({ id: 'Document:jiangmen-2022-summary' });
    expect(issuer.documents.every((doc: { id: string }) => doc.id.startsWith('Document:'))).toBe(true);
  });

  it('an indicator’s area is the node, as an institution’s is; forArea is the relation with its statements', async () => {
    const d = await data(
      server,
      graph,
      `{ indicators(first: 100) { edges { node { id area { id } forArea { node { id } statements { quote } } } } } }`,
    );
    const withArea = d.indicators.edges.filter((e: { node: { area: unknown } }) => e.node.area !== null);
    expect(withArea.length).toBeGreaterThan(0);
    for (const { node } of withArea) {
      expect(node.forArea.node.id).toBe(node.area.id);
      expect(node.forArea.statements.length).toBeGreaterThan(0);
    }
  });

  it('cites 000, whose issuer, title and year are all inferred, with one pair of brackets', async () => {
    const d = await data(
      server,
      graph,
      `{ document: node(id: "Document:jiangmen-2022-summary") { ... on Document { evidence { citation } } } }`,
    );
    const citation: string = d.document.evidence[0].citation;
    expect(citation.startsWith('[江门市民政局《江门市民政局2022年工作总结（节选）》(2022)], ')).toBe(true);
    expect(citation.match(/\[/g)).toHaveLength(1);
  });
});
