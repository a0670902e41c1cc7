import { parse } from 'graphql';
import type { Graph } from '../../src/graph/graph';
import { writeFactSet } from '../../src/graph/graph-writer';
import { StatementTimeline } from '../../src/graph/statement-timeline';
import type { GraphqlApi } from '../../src/server/app';
import { fixtureFacts } from '../api/fixture';
import { postQuery, serveApp, type ServedApp } from '../support/serve-app';
import { connectTestGraph, emptyDatabase } from '../support/test-graph';

// The release guard step by step (release-consistency.ts): a stand-in schema whose one field reads the release's
// version from Neo4j and then, on its first run, does what an ingest does while a request is running. Whatever
// happens, the answer must be the release the request could read whole, and the field runs again exactly when the
// guard has to send the request again.

jest.setTimeout(120_000);

interface Context {
  graph: Graph;
  timeline: StatementTimeline;
}

/** What the field does after reading the version, on its first run only. */
let duringFirstRun: (graph: Graph) => Promise<void> = async () => undefined;
let runs = 0;

const api: GraphqlApi<Context> = {
  typeDefs: parse('type Query { version: String, stampedVersion: String }'),
  resolvers: {
    Query: {
      // Every statement goes through the request's timeline, as the API's context sends them.
      version: async (_: unknown, __: unknown, { graph, timeline }: Context) => {
        runs++;
        const [row] = await timeline.record(() => graph.readStamped('healthRelease'));
        if (runs === 1) await duringFirstRun(graph);
        return (row?.version as string | undefined) ?? null;
      },
      // The version read by a stamped statement, after what happens during the first run: the statement's own
      // stamp then proves the request (or not), as the API's last statements do.
      stampedVersion: async (_: unknown, __: unknown, { graph, timeline }: Context) => {
        runs++;
        if (runs === 1) await duringFirstRun(graph);
        const [row] = await timeline.record(() => graph.readStamped('testStampedVersion'));
        return (row?.version as string | undefined) ?? null;
      },
    },
  },
  createContext: ({ graph }) => ({ graph, timeline: new StatementTimeline() }),
  coveringReleasesOf: ({ timeline }) => timeline.coveringReleases(),
};

const release = (version: string) =>
  writeFactSet(graph, { ...fixtureFacts(), version }, { force: true, ingestedAt: new Date() });

let graph: Graph;
let served: ServedApp;
/** releaseStamp reads since the last reset (the real reads, counted on their way to Neo4j). */
let stampReads = 0;

beforeAll(async () => {
  graph = connectTestGraph();
  await emptyDatabase(graph);
  const read = graph.read.bind(graph);
  graph.read = (name, ...rest) => {
    if (name === 'releaseStamp') stampReads++;
    return read(name, ...rest);
  };
  await release('A');
  served = await serveApp(graph, { responseCache: false }, api);
  await postQuery(served.url, '{ version }'); // the guard's first stamp
});
afterAll(async () => {
  await served?.stop();
  await graph?.close();
});
beforeEach(() => {
  runs = 0;
  stampReads = 0;
  duringFirstRun = async () => undefined;
});

const version = async () => (await postQuery(served.url, '{ version }')).body;

describe('the release guard', () => {
  it('reads the release stamp once for a request nothing overlaps', async () => {
    expect(await version()).toEqual({ data: { version: 'A' } });
    expect({ runs, stampReads }).toEqual({ runs: 1, stampReads: 1 });
  });

  it('runs a request again when a new release was committed during it, and answers from the new one', async () => {
    duringFirstRun = () => release('B').then(() => undefined);
    expect(await version()).toEqual({ data: { version: 'B' } });
    expect(runs).toBe(2);
  });

  it('waits for a commit still in progress when the request ends, then runs it again', async () => {
    await release('A');
    await version(); // the guard has seen release A
    runs = 0;
    let cleared = false;
    duringFirstRun = async (g) => {
      await g.write('ingestLockSet');
      setTimeout(() => void g.write('ingestLockClear').then(() => (cleared = true)), 300);
    };
    expect(await version()).toEqual({ data: { version: 'A' } });
    expect(cleared).toBe(true);
    expect(runs).toBe(2);
  });

  it('reads no stamp of its own after a request whose last statement read it', async () => {
    expect(await postQuery(served.url, '{ stampedVersion }').then((r) => r.body)).toEqual({
      data: { stampedVersion: 'A' },
    });
    expect({ runs, stampReads }).toEqual({ runs: 1, stampReads: 0 });
    // Two stamped statements side by side: each stamp covers the reads of its own statement.
    expect(await postQuery(served.url, '{ a: stampedVersion b: stampedVersion }').then((r) => r.body)).toEqual({
      data: { a: 'A', b: 'A' },
    });
    expect(stampReads).toBe(0);
    // A plain statement beside one: its reads are not all before a stamp, so the guard reads the stamp itself.
    await postQuery(served.url, '{ version stampedVersion }');
    expect(stampReads).toBe(1);
  });

  it('runs a request again when its last statement read another release, or a commit in progress', async () => {
    duringFirstRun = () => release('D').then(() => undefined);
    expect(await postQuery(served.url, '{ stampedVersion }').then((r) => r.body)).toEqual({
      data: { stampedVersion: 'D' },
    });
    expect(runs).toBe(2);

    runs = 0;
    let cleared = false;
    duringFirstRun = async (g) => {
      await g.write('ingestLockSet');
      setTimeout(() => void g.write('ingestLockClear').then(() => (cleared = true)), 300);
    };
    expect(await postQuery(served.url, '{ stampedVersion }').then((r) => r.body)).toEqual({
      data: { stampedVersion: 'D' },
    });
    expect({ cleared, runs }).toEqual({ cleared: true, runs: 2 });
  });

  it('runs a request again when a release was committed since the stamp it started from', async () => {
    await release('C'); // between requests: the guard still knows the stamp of A
    expect(await version()).toEqual({ data: { version: 'C' } });
    expect(runs).toBe(2);
    runs = 0;
    expect(await version()).toEqual({ data: { version: 'C' } });
    expect(runs).toBe(1);
  });
});
