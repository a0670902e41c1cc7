import type { Graph } from '../../src/graph/graph';
import { scaleGenerator } from '../../bench/scale/generate';
import { connectTestGraph, emptyDatabase } from '../support/test-graph';

/**
 * The benchmark's scale generator (bench/scale/generate.ts) on a small graph of the seed graph's shape, written with
 * the ingest's own statements: copies point into their own copy, and removal leaves the graph and its release as
 * they were.
 */
describe('the scale generator', () => {
  let graph: Graph;

  beforeAll(async () => {
    graph = connectTestGraph();
    await emptyDatabase(graph);
    await graph.writeTransaction(async (tx) => {
      await tx.run('ingestDocuments', { rows: [{ id: 'Document:d', title: '规划', kind: 'PLAN', file: 'd.txt' }] });
      await tx.run('ingestPassages', {
        rows: [
          { id: 'Passage:d#1', documentId: 'Document:d', ordinal: 1, text: '长者食堂服务老年人', sectionPath: [] },
        ],
      });
      await tx.run('ingestEntities', {
        rows: [
          { label: 'Programme', props: { id: 'Programme:p', name: '长者食堂', aliases: ['食堂'] } },
          { label: 'TargetGroup', props: { id: 'TargetGroup:g', name: '老年人', aliases: [] } },
        ],
      });
      await tx.run('ingestRelations', {
        rows: [
          {
            type: 'SERVES',
            from: 'Programme:p',
            to: 'TargetGroup:g',
            props: { key: 'Programme:p|SERVES|TargetGroup:g' },
          },
        ],
      });
      await tx.run('ingestEvidence', {
        rows: [
          {
            subjectId: null,
            props: {
              id: 'Evidence:e',
              about: 'Programme:p|SERVES|TargetGroup:g',
              passageId: 'Passage:d#1',
              documentId: 'Document:d',
              quote: '长者食堂',
            },
          },
        ],
      });
      await tx.run('ingestRelease', { props: { id: 'Release:current', version: 'v1', pipeline: 'p1' } });
    });
  });

  afterAll(async () => {
    await emptyDatabase(graph);
    await graph.close();
  });

  it('grows the graph to 3× with copies pointing into their own copy, then removes exactly them', async () => {
    const generator = await scaleGenerator(graph);
    // 5 nodes; HAS_PASSAGE, SERVES and IN_PASSAGE.
    expect(generator.seed).toEqual({ nodes: 5, relationships: 3, version: 'v1', pipeline: 'p1' });

    const step = await generator.growTo(3);
    expect(step).toMatchObject({ factor: 3, nodesWritten: 10, relationshipsWritten: 6 });
    expect(step.perSecond).toBeGreaterThan(0);
    const [shape] = await graph.read('benchScaleSeedShape');
    expect(shape).toMatchObject({ nodes: 15, relationships: 9, version: 'v1' });

    const [copy] = await graph.read('benchScaleProbeEvidence', { id: 'Evidence:e~2', programmeId: 'Programme:p~2' });
    // Found by its label and id; the quote, which the copy does not change, copied from the seed node in Neo4j.
    expect(copy).toEqual({
      about: 'Programme:p~2|SERVES|TargetGroup:g~2',
      quote: '长者食堂',
      servesKey: 'Programme:p~2|SERVES|TargetGroup:g~2',
      copy: true,
    });

    // A second generator refuses a graph that still holds copies.
    await expect(scaleGenerator(graph)).rejects.toThrow(/still holds 10 nodes of an earlier scale run/);

    const { removed } = await generator.removeAll();
    expect(removed).toBe(10);
    const [after] = await graph.read('benchScaleSeedShape');
    expect(after).toEqual({ nodes: 5, relationships: 3, version: 'v1', pipeline: 'p1' });
    const [original] = await graph.read('benchScaleProbeEvidence', { id: 'Evidence:e', programmeId: 'Programme:p' });
    expect(original).toEqual({
      about: 'Programme:p|SERVES|TargetGroup:g',
      quote: '长者食堂',
      servesKey: 'Programme:p|SERVES|TargetGroup:g',
      copy: false,
    });
  });
});
