import type { Graph } from '../../src/graph/graph';
import { apiServer, execute, graphWithFixture } from './support';

/**
 * The number of statements a request sends to Neo4j is bounded by the query's nesting, not by the number of
 * results: every lookup by id and every relation fetch at one depth is one batched `UNWIND $ids` statement.
 * Counted through the StatementListener the context passes to every Graph.read (the real session path).
 */
const server = apiServer();
let graph: Graph;
beforeAll(async () => {
  // 6 hand-written programmes and 120 generated ones, each with five kinds of relations.
  graph = await graphWithFixture({ generated: 120 });
});
afterAll(() => graph.close());

const NESTED = `
  query ($first: Int) {
    programmes(first: $first) {
      totalCount
      edges { node {
        id name flags { code }
        evidence { quote citation passage { id } }
        targetGroups {
          node { name broader { name } }
          statements { status year quote citation document { title issuer { name } } passage { id text sectionPath lines { start end } } }
        }
        areas { node { name parent { name } ancestors { name } } statements { citation passage { id } } }
        institutions { node { name area { name } } statements { quote } }
        themes { node { name } statements { status } }
        policies { node { title citedBy { passage { id } } } }
      } }
    }
  }`;

it('runs the same number of statements for 5 programmes as for 100', async () => {
  const small = await execute(server, graph, NESTED, { first: 5 });
  const large = await execute(server, graph, NESTED, { first: 100 });
  expect(small.errors).toBeUndefined();
  expect(large.errors).toBeUndefined();
  expect(small.data.programmes.edges).toHaveLength(5);
  expect(large.data.programmes.edges).toHaveLength(100);
  const statementsIn = (result: typeof small) =>
    result.data.programmes.edges.flatMap((e: { node: { targetGroups: { statements: unknown[] }[] } }) =>
      e.node.targetGroups.flatMap((r) => r.statements),
    ).length;
  expect(statementsIn(large)).toBeGreaterThan(10 * statementsIn(small));

  expect(small.statements.length).toBeGreaterThan(0);
  expect(large.statements.length).toBe(small.statements.length);
  expect([...large.statements].sort()).toEqual([...small.statements].sort());
  // The page with its count (the count store) and its five relation types, with what the next level asks of them
  // (look-ahead.ts: the relations' statements, BROADER, parents, institutions' areas); then the programmes' evidence;
  // then what is not read ahead: ancestors, citedBy, and the documents' issuers.
  expect(small.statements).toHaveLength(5);
  expect(small.statements[0]).toBe('apiProgrammePageAhead');
  expect(small.statements.filter((name) => name.startsWith('apiRelations'))).toEqual([]);
});

it('batches a list of ids into one lookup', async () => {
  const ids = [
    'Programme:pingantong',
    'TargetGroup:dibao',
    'Nope:missing',
    'AdministrativeArea:ducheng',
    'Document:yn-plan',
  ];
  const result = await execute(server, graph, `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids });
  expect(result.data.nodes).toEqual([
    { __typename: 'Programme', id: 'Programme:pingantong' },
    { __typename: 'TargetGroup', id: 'TargetGroup:dibao' },
    null,
    { __typename: 'AdministrativeArea', id: 'AdministrativeArea:ducheng' },
    { __typename: 'Document', id: 'Document:yn-plan' },
  ]);
  expect(result.statements).toEqual(['apiNodesById']);
});

it('counts a page only when totalCount is selected, and then beside the page, not after it', async () => {
  const uncounted = await execute(server, graph, `{ programmes(first: 3) { edges { node { id } } } }`);
  expect(uncounted.statements).toEqual(['apiProgrammePage']);
  const counted = await execute(
    server,
    graph,
    `{ programmes(first: 3, filter: { text: "救助" }) { totalCount edges { node { id } } } }`,
  );
  expect(counted.errors).toBeUndefined();
  expect(counted.data.programmes.totalCount).toBeGreaterThan(0);
  // Sent before the page's rows came back: the count never waits for them.
  expect(counted.statements).toEqual(['apiProgrammeCount', 'apiProgrammePage']);
  // Without a filter the page reads the label's count itself (the count store): one statement, the same total.
  const all = await execute(server, graph, `{ programmes(first: 3) { totalCount edges { node { id } } } }`);
  expect(all.statements).toEqual(['apiProgrammePage']);
  // Every programme, page by page: as many as the count store says.
  let seen = 0;
  for (let after: string | null = null, more = true; more;) {
    const page = await execute(
      server,
      graph,
      `query($after: String) { programmes(first: 100, after: $after) {
      edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    seen += page.data.programmes.edges.length;
    ({ hasNextPage: more, endCursor: after } = page.data.programmes.pageInfo);
  }
  expect(all.data.programmes.totalCount).toBe(seen);
});

it("resolves a filter's names in the statement that uses them, and asks again only to name one that is missing", async () => {
  const known = await execute(
    server,
    graph,
    `{ programmes(first: 1) { edges { node {
    targetGroups { node { name } } areas { node { name } } } } } }`,
  );
  const programme = known.data.programmes.edges[0].node;
  const [group, area] = [programme.targetGroups[0].node.name, programme.areas[0].node.name] as string[];

  // The rows' statements come with the rows: one statement in all.
  const coverage = await execute(
    server,
    graph,
    `{ coverage(targetGroup: "${group}", area: "${area}") {
      programme { id } targetGroup { id } serves { quote citation passage { id } } covers { status } } }`,
  );
  expect(coverage.errors).toBeUndefined();
  expect(coverage.data.coverage.length).toBeGreaterThan(0);
  expect(coverage.statements).toEqual(['apiCoverage']);
  // The same statements as the relation itself gives, read on their own.
  const row = coverage.data.coverage[0];
  expect(row.serves.length).toBeGreaterThan(0);
  const relations = await execute(
    server,
    graph,
    `{ node(id: "${row.programme.id}") { ... on Programme {
      targetGroups { node { id } statements { quote citation passage { id } } } } } }`,
  );
  const serves = relations.data.node.targetGroups.find(
    (r: { node: { id: string } }) => r.node.id === row.targetGroup.id,
  );
  expect(row.serves).toEqual(serves.statements);
  // There the statements are read ahead with the relations (look-ahead.ts), by relation key.
  expect(relations.statements).toEqual(['apiNodesById', 'apiRelationsOutAhead']);

  const filtered = await execute(
    server,
    graph,
    `{ programmes(filter: { targetGroup: "${group}", area: "${area}" }) { totalCount edges { node { id } } } }`,
  );
  expect(filtered.data.programmes.totalCount).toBeGreaterThan(0);
  expect(filtered.statements).toEqual(['apiProgrammePageByNodes']);

  // An empty answer may hide a name that names nothing: only then is apiResolveNames asked which one it was.
  const missing = await execute(
    server,
    graph,
    `{ coverage(targetGroup: "${group}", area: "no such area") { programme { id } } }`,
  );
  expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  expect(missing.errors?.[0]?.message).toContain('no such area');
  expect(missing.statements.slice(0, 2)).toEqual(['apiCoverage', 'apiResolveNames']);
});

it('reads observations with their evidence in the page statement, as each observation gives it on its own', async () => {
  const page = await execute(
    server,
    graph,
    `{ indicators(first: 5) { edges { node { observations { id year evidence { quote citation passage { id } } } } } } }`,
  );
  expect(page.errors).toBeUndefined();
  expect(page.statements).toEqual(['apiIndicatorPageAhead']);
  const observations = page.data.indicators.edges.flatMap(
    (e: { node: { observations: { id: string; evidence: unknown[] }[] } }) => e.node.observations,
  );
  const quoted = observations.filter((o: { evidence: unknown[] }) => o.evidence.length > 0);
  expect(quoted.length).toBeGreaterThan(0);
  const alone = await execute(
    server,
    graph,
    `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Observation { evidence { quote citation passage { id } } } } }`,
    { ids: observations.map((o: { id: string }) => o.id) },
  );
  expect(alone.statements).toEqual(['apiNodesById', 'apiEvidenceByAbout']);
  expect(alone.data.nodes.map((o: { evidence: unknown[] }) => o.evidence)).toEqual(
    observations.map((o: { evidence: unknown[] }) => o.evidence),
  );
});

it('reads ahead only the evidence of the observations a filter keeps, and a differently filtered alias still gets all of its own', async () => {
  const query = `{ indicators(first: 5) { edges { node {
    targets: observations(kind: TARGET) { id evidence { quote } }
    baselines: observations(kind: BASELINE) { id }
    every: observations { id kind evidence { quote } } } } } }`;
  const both = await execute(server, graph, query);
  expect(both.errors).toBeUndefined();
  // The two aliases keep different observations: the page leaves them to their loader, whose statement reads the
  // evidence of all of them, once.
  expect(both.statements).toEqual(['apiIndicatorPage', 'apiIndicatorObservationsAhead']);
  const nodes = both.data.indicators.edges.map((e: { node: unknown }) => e.node);
  const every = nodes.flatMap((n: { every: { id: string; evidence: unknown[] }[] }) => n.every);
  expect(every.some((o: { evidence: unknown[] }) => o.evidence.length > 0)).toBe(true);
  const alone = await execute(
    server,
    graph,
    `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Observation { evidence { quote } } } }`,
    { ids: every.map((o: { id: string }) => o.id) },
  );
  expect(alone.data.nodes.map((o: { evidence: unknown[] }) => o.evidence)).toEqual(
    every.map((o: { evidence: unknown[] }) => o.evidence),
  );
  const byId = new Map(every.map((o: { id: string; evidence: unknown[] }) => [o.id, o.evidence]));
  // Each alias keeps its own observations of one statement's answer, whether or not it asks for their evidence.
  type Kept = { id: string; kind?: string };
  const ids = (list: Kept[]) => list.map((o) => o.id);
  for (const node of nodes as { targets: Kept[]; baselines: Kept[]; every: Kept[] }[]) {
    expect(ids(node.targets)).toEqual(ids(node.every.filter((o) => o.kind === 'TARGET')));
    expect(ids(node.baselines)).toEqual(ids(node.every.filter((o) => o.kind === 'BASELINE')));
  }
  expect(nodes.some((n: { baselines: Kept[] }) => n.baselines.length > 0)).toBe(true);
  for (const node of nodes) {
    for (const target of (node as { targets: { id: string; evidence: unknown[] }[] }).targets) {
      expect(target.evidence).toEqual(byId.get(target.id));
    }
  }

  // Only TARGET observations asked for (through a variable): their evidence alone is read ahead with the page, and
  // it is theirs.
  const targets = await execute(
    server,
    graph,
    `query ($kind: ObservationKind) { indicators(first: 5) { edges { node {
      observations(kind: $kind) { id evidence { quote } } } } } }`,
    { kind: 'TARGET' },
  );
  expect(targets.statements).toEqual(['apiIndicatorPageAhead']);
  const kept = targets.data.indicators.edges.flatMap((e: { node: { observations: unknown[] } }) => e.node.observations);
  expect(kept.some((o: { evidence: unknown[] }) => o.evidence.length > 0)).toBe(true);
  expect(kept.length).toBeLessThan(every.length);
  for (const edge of targets.data.indicators.edges) {
    for (const o of edge.node.observations) expect(o.evidence).toEqual(byId.get(o.id));
  }
});
