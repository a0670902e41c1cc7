import { ApolloServer } from '@apollo/server';
import type { Graph, Params, PlanOperator, StatementListener } from '../../src/graph/graph';
import { createContext, resolvers, typeDefs, type Context } from '../../src/graphql';
import { scaleGenerator, type ScaleGenerator } from '../../bench/scale/generate';
import { ordinaryQueries } from '../support/ordinary-queries';
import { config, graphWithSeeds } from './support';

/**
 * Every named API statement (cypher/api-*.cypher), PROFILEd with the parameters real requests send, must find its
 * start nodes through an index seek: a label, index or relationship-type scan costs what the graph's size costs, and
 * the API is to answer in the same time on a graph ten times larger. The parameters are captured from the ordinary
 * queries (test/support/ordinary-queries.ts) and a few on error paths, run through the real resolvers on the seed
 * graph; the plans are then PROFILEd on that graph grown to SCALE times its size by the bench's scale generator
 * (bench/scale/generate.ts), where the planner weighs real counts, and the copies are removed afterwards.
 */

/** How many times the seed graph the plans are checked on. */
const SCALE = 10;

/**
 * Scans known and accepted, each with its reason. Keep it short: an entry here is a statement whose cost grows with
 * the graph.
 */
const ALLOWED_SCANS: Record<string, string> = {
  // Only on the NOT_FOUND path: suggests the nearest names among every entity of the asked labels.
  apiNameCandidates: 'error path only; reads every entity of the labels by design',
  // The list of every indicator concept (a few dozen), unpaged by design: GraphiQL's compare picker.
  apiIndicatorConcepts: 'the whole (small) list by design',
  // The whole matrix, asked for without any filter: every programme by design (MAX_COVERAGE_ROWS bounds it).
  apiCoverageAll: 'coverage without a filter reads every programme by design',
  // Counts by text (and an area's level) only: no index answers CONTAINS. Filters by a node go through the
  // …Candidates statements and apiNodeCountOf (index-backed); without any filter the page reads the count store.
  apiProgrammeCount: 'a count by text or status reads every Programme (no index answers CONTAINS)',
  apiTargetGroupCount: 'a count by text reads every TargetGroup (no index answers CONTAINS)',
  apiAreaCount: 'a count by text or level reads every AdministrativeArea',
  apiIndicatorCount: 'a count by text reads every Indicator (no index answers CONTAINS)',
  apiDocumentCount: 'a count by text reads every Document (a handful)',
};

/** Statements of cypher/api-*.cypher that the captured requests do not reach, and why. */
const NOT_REACHED: Record<string, string> = {};

/** Operators that read a whole label, index or relationship type: their cost is the graph's size. */
const SCANS = new Set([
  'NodeByLabelScan',
  'AllNodesScan',
  'NodeIndexScan',
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
  'DirectedAllRelationshipsScan',
  'UndirectedAllRelationshipsScan',
]);

/** Requests beyond the ordinary queries, to reach the statements of error paths and search. */
const EXTRA = [
  { query: '{ programmes(filter: { targetGroup: "老人家" }) { totalCount } }' },
  { query: '{ search(text: "老年人") { type snippet } }' },
  // A number with its unit (the compact-text branch) within one document.
  {
    query: `{ search(text: "17280元", filter: { documents: ["Document:jiangmen-civil-affairs-plan-2021-2025"] }) {
      type snippet } }`,
  },
  { query: '{ area(name: "都城镇") { institutions { name } } }' },
  // Coverage without a filter (the whole matrix); programmes counted by text only (no node to start from).
  { query: '{ coverage { via } }' },
  { query: '{ programmes(filter: { text: "平安" }) { totalCount } }' },
  // Unfiltered counts (the count store), then filtered ones.
  {
    query: `{ programmes { totalCount } targetGroups { totalCount } areas { totalCount } indicators { totalCount }
      documents { totalCount } }`,
  },
  {
    query: `{ programmes(filter: { targetGroup: "老年人" }) { totalCount } targetGroups(filter: { text: "老" }) { totalCount }
      areas(filter: { level: CITY }) { totalCount } indicators(filter: { area: "江门市" }) { totalCount }
      documents(filter: { text: "民政" }) { totalCount } }`,
  },
  // Filters by a node: candidates found from the asked node, then paged and counted.
  {
    query: `{ targetGroups(filter: { within: "老年人" }) { totalCount edges { node { name } } }
      areas(filter: { within: "郁南县", directOnly: true }) { totalCount edges { node { name } } }
      indicators(filter: { measures: "平安通" }) { totalCount edges { node { name } } }
      texts: indicators(filter: { text: "低保" }) { totalCount edges { node { name } } } }`,
  },
];

describe('the plans of the API statements', () => {
  let graph: Graph;
  let generator: ScaleGenerator | undefined;
  const captured = new Map<string, Params>();

  beforeAll(async () => {
    graph = await graphWithSeeds();
    // A Graph that remembers the first parameters each statement was sent with.
    const recording = {
      readStamped: (name: string, params: Params, listener?: StatementListener) => {
        if (!captured.has(name)) captured.set(name, params);
        return graph.readStamped(name, params, listener);
      },
    } as unknown as Graph;
    const server = new ApolloServer<Context>({ typeDefs, resolvers });
    for (const q of [...ordinaryQueries, ...EXTRA]) {
      const contextValue = createContext({ graph: recording, config });
      await server.executeOperation(
        {
          query: q.query,
          variables: ('variables' in q ? q.variables : undefined) as Record<string, unknown> | undefined,
        },
        { contextValue },
      );
    }
    generator = await scaleGenerator(graph);
    await generator.growTo(SCALE);
  }, 600_000);
  afterAll(async () => {
    await generator?.removeAll();
    await graph?.close();
  }, 600_000);

  it('covers every API statement', () => {
    const api = graph.catalog.names().filter((name) => name.startsWith('api'));
    const missing = api.filter((name) => !captured.has(name) && !(name in NOT_REACHED));
    expect(missing).toEqual([]);
  });

  it('start from an index, outside the allow-list', async () => {
    const scanning: Record<string, PlanOperator[]> = {};
    for (const [name, params] of captured) {
      if (!name.startsWith('api') || name in ALLOWED_SCANS) continue;
      const plan = await graph.profile(name, params);
      const scans = plan.filter((op) => SCANS.has(op.operator));
      if (scans.length > 0) scanning[name] = scans;
    }
    expect(scanning).toEqual({});
  });
});
