import type { Graph } from '../../src/graph/graph';
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
