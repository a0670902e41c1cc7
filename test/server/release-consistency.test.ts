import { isDeepStrictEqual } from 'node:util';
import * as api from '../../src/graphql';
import type { Graph } from '../../src/graph/graph';
import { writeFactSet } from '../../src/graph/graph-writer';
import { DEFAULT_SEEDS_DIR } from '../../src/ingest/ingest';
import { loadSeeds } from '../../src/ingest/seed-files';
import type { FactSet } from '../../src/model/facts';
import { postQuery, serveApp, type ServedApp } from '../support/serve-app';
import { connectTestGraph, emptyDatabase } from '../support/test-graph';

// Readers in a loop while the graph is rewritten: a changed release, then the same release forced. Every answer
// must be exactly what one release gives, never a mix of two (release-consistency.ts).

jest.setTimeout(600_000);

const QUERIES = [
  `{ coverage(targetGroup: "老年人", area: "台山市") { programme { id } area { id } via serves { quote } covers { quote } } }`,
  `{ indicators(filter: {area: "中山市"}, first: 60) { totalCount edges { node { id observations { year value } } } } }`,
  `{ node(id: "Programme:dibao") { ... on Programme { evidence { quote } areas { node { id } statements { quote document { id } } } } } }`,
];

/** The seed graph without the relations and statements of 004: another release with other answers. */
function withoutZhongshan(facts: FactSet): FactSet {
  const zs = 'Document:zhongshan-2024-summary-2025-plan';
  return {
    ...facts,
    version: `${facts.version}-without-004`,
    relations: facts.relations
      .map((r) => ({ ...r, statements: r.statements.filter((s) => s.documentId !== zs) }))
      .filter((r) => r.statements.length > 0),
  };
}

describe('answers while an ingest commits', () => {
  let graph: Graph;
  let served: ServedApp;
  let seeds: FactSet;
  let changed: FactSet;
  const answers = async () => Promise.all(QUERIES.map(async (q) => (await postQuery(served.url, q)).body));

  beforeAll(async () => {
    graph = connectTestGraph();
    await emptyDatabase(graph);
    seeds = loadSeeds(DEFAULT_SEEDS_DIR);
    changed = withoutZhongshan(seeds);
    served = await serveApp(graph, {}, api);
  });
  afterAll(async () => {
    await served?.stop();
    await graph?.close();
  });

  it('come whole from the release before or the release after, never from both', async () => {
    const seen: { query: number; body: unknown }[] = [];
    /** Reads in a loop (three readers) while `write` runs. */
    const readWhile = async (write: () => Promise<unknown>) => {
      let writing = true;
      const reader = async () => {
        while (writing) (await answers()).forEach((body, query) => seen.push({ query, body }));
      };
      const readers = [reader(), reader(), reader()];
      try {
        await write();
      } finally {
        writing = false;
        await Promise.all(readers);
      }
    };
    await writeFactSet(graph, seeds, { force: true });
    const fromSeeds = await answers();
    await readWhile(() => writeFactSet(graph, changed, { force: true })); // a changed release
    const fromChanged = await answers();
    QUERIES.forEach((_, i) => expect(fromChanged[i]).not.toEqual(fromSeeds[i]));
    await readWhile(async () => {
      await writeFactSet(graph, seeds, { force: true });
      await writeFactSet(graph, seeds, { force: true }); // the same release, rewritten
    });

    // A request the graph changed under on every attempt is refused (503 RELEASE_CHANGING, no data): that is the
    // documented answer when commits outlast the wait (a loaded machine), not a mix. Every other answer is whole.
    const refused = seen.filter(({ body }) => isReleaseChanging(body));
    const whole = seen.filter(
      ({ query, body }) => isDeepStrictEqual(body, fromSeeds[query]) || isDeepStrictEqual(body, fromChanged[query]),
    );
    const mixed = seen.filter((answer) => !refused.includes(answer) && !whole.includes(answer));
    expect(whole.length).toBeGreaterThan(30);
    expect(mixed.map(({ query, body }) => ({ query, body: JSON.stringify(body).slice(0, 300) }))).toEqual([]);
  });
});

function isReleaseChanging(body: unknown): boolean {
  const answer = body as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return (
    answer.data === undefined &&
    answer.errors?.length === 1 &&
    answer.errors[0]!.extensions?.code === 'RELEASE_CHANGING'
  );
}
