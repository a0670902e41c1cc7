import type { Graph } from '../../src/graph/graph';
import { createContext } from '../../src/graphql';
import { examples } from '../../src/server/examples';
import { workload } from '../../bench/workload';
import { ordinaryQueries } from '../support/ordinary-queries';
import { config, execute, seededApi } from './support';

/**
 * Loaders read only the stored properties a query's selection needs (src/graph/projection.ts). Every query a user
 * would send must answer exactly as it does when everything is read: the ordinary queries, the README's examples,
 * the bench's workload and a few that reach the same node through differently selected paths.
 */
const MIXED: (string | { query: string; variables: Record<string, unknown> })[] = [
  // The same statements reached with two selections in one wave: one statement, the union read.
  `{ programmes(first: 30) { edges { node { id
      targetGroups { node { name aliases } statements { quote } }
      areas { node { nameEn flags { code } } statements { citation document { title } } }
      themes { statements { note flags { code } passage { text } } } } } } }`,
  // Fragments and inline fragments on the Node interface.
  `fragment E on Entity { name nameEn aliases }
   { node(id: "Programme:ping-an-tong") { ... on Programme { ...E targetGroups { node { ...E } } } } }`,
  // The evidence's document and passage not selected, then only through the citation.
  `{ coverage(area: "江门市") { via area { name level code } inheritedFrom { name nameEn } serves { status year } } }`,
  `{ coverage(targetGroup: "老年人") { programme { name } covers { citation sectionPath lines { start end } } } }`,
  `{ indicators(first: 20) { edges { node { name table { name row subRow } category attribute unit
      area { name aliases } measures { node { ... on Programme { name } } } } } } }`,
  // Fields read from a property only when selected, and the ids a resolver follows (parent, area, issuer, concept).
  `{ areas(first: 30) { edges { node { level code curated parent { name level } children { name parent { code } } } } }
     institutions(first: 30) { edges { node { kind area { name } parent { name } } } }
     policies(first: 30) { edges { node { title number year issuer { name kind } } } }
     indicators(first: 30) { edges { node { concept { name unit } } } }
     programmes(first: 30) { edges { node { kind curated targetGroups { node { curated } } } } } }`,
  // A page reading its relations ahead (apiProgrammePage), with one field under two aliases selecting differently and
  // a field read the other way (MEASURES in), which the page does not read ahead.
  `{ programmes(first: 20) { edges { node { a: targetGroups { node { name } } b: targetGroups { node { nameEn aliases }
      statements { quote } } areas { node { parent { name } } } indicators { node { name } } } } } }`,
  // A relation's own fields (statementCount, statuses, flags) read only where selected: on the page's relations, on
  // the next level's (themes' programmes, read ahead with the page), and under an alias that does not select them.
  `{ programmes(first: 20) { edges { node { targetGroups { statementCount statuses node { name } }
      t: targetGroups { node { name } } areas { node { name } }
      themes { node { programmes { flags { code } statementCount node { name } } indicators { node { name } } } } } } } }`,
  // A page of indicators reading its observations ahead (apiIndicatorPageAhead), filtered by a variable; and one whose
  // two aliases filter them differently, which the observations' loader reads.
  {
    query: `query ($kind: ObservationKind) { indicators(filter: { text: "床位" }, first: 10) { edges { node { name
      observations(kind: $kind) { year value evidence { quote passage { id } } } } } } }`,
    variables: { kind: 'TARGET' },
  },
  `{ indicators(first: 10) { edges { node { t: observations(kind: TARGET) { year evidence { status } }
      a: observations(kind: ACTUAL) { year text } } } } }`,
  // Compared points without their observation record: only the values they select.
  `{ compare(concept: "每千名老年人拥有养老床位数") { points { year role scope comparator normalisedValue } } }`,
];

const queries: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  ...ordinaryQueries.map((q, i) => ({
    name: `ordinary ${i}`,
    query: q.query,
    variables: ('variables' in q ? q.variables : undefined) as Record<string, unknown> | undefined,
  })),
  ...examples.map((e) => ({ name: e.name, query: e.query })),
  ...workload.map((w) => ({ name: w.name, query: w.query })),
  ...MIXED.map((q, i) => ({ name: `mixed ${i}`, ...(typeof q === 'string' ? { query: q } : q) })),
];

describe('projections', () => {
  const api = seededApi();

  const run = async (q: (typeof queries)[number], readAll: boolean) => {
    const { data, errors, statements } = await execute(api.server, api.graph, q.query, q.variables, { readAll });
    return { result: { data, errors }, statements };
  };

  it.each(queries.map((q) => [q.name, q] as const))('%s answers as when everything is read', async (_name, q) => {
    const projected = await run(q, false);
    const whole = await run(q, true);
    expect(projected.result).toEqual(whole.result);
    // Projections never cost a statement: keys of one wave share one statement whatever each place selects. Reading
    // everything reads nothing ahead (look-ahead.ts), so the projected request may send fewer.
    expect(projected.statements.length).toBeLessThanOrEqual(whole.statements.length);
  });

  it('reads less than everything where a query selects little (the nested page: no names in English, aliases, flags)', async () => {
    const bytes = async (readAll: boolean) => {
      let total = 0;
      const measuring = {
        readStamped: async (name: string, params: Record<string, unknown>, listener?: (name: string) => void) => {
          const read = await api.graph.readStamped(name, params, listener);
          total += Buffer.byteLength(JSON.stringify(read.rows));
          return read;
        },
      } as unknown as Graph;
      const contextValue = createContext({ graph: measuring, config, readAll });
      await api.server.executeOperation(
        { query: workload.find((w) => w.name === 'Programmes100Nested')!.query },
        { contextValue },
      );
      return total;
    };
    const [projected, whole] = [await bytes(false), await bytes(true)];
    expect(projected).toBeLessThan(whole * 0.9);
  });
});
