import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Graph } from '../../src/graph/graph';
import { writeFactSet } from '../../src/graph/graph-writer';
import { readGraphStats } from '../../src/graph/graph-stats';
import { DEFAULT_SEEDS_DIR, ingestSeeds, pipelineFingerprint } from '../../src/ingest/ingest';
import { loadSeeds } from '../../src/ingest/seed-files';
import { connectTestGraph, emptyDatabase } from '../support/test-graph';

// The ingest against the real Neo4j and the real seed files: idempotent, atomic, fully evidenced.

let graph: Graph;

// Each test here reads or rewrites the whole seed graph (20k nodes, 10k statements, full-text indexes refilled
// after every write): on a shared 2-core CI machine one step can take minutes. These are correctness tests;
// speed is measured in bench/.
jest.setTimeout(300_000);

beforeAll(async () => {
  graph = connectTestGraph();
  await emptyDatabase(graph);
  await ingestSeeds(graph);
});
afterAll(async () => {
  await graph.close();
});

const fingerprint = async () => JSON.stringify(await graph.read('graphFingerprint'));

describe('ingest', () => {
  it('loads all five documents as passages', async () => {
    const rows = await graph.read('passagesPerDocument');
    expect(rows.map((r) => r.id)).toEqual([
      'Document:jiangmen-2022-summary',
      'Document:jiangmen-civil-affairs-plan-2021-2025',
      'Document:jiangmen-public-services-plan-2021-2025',
      'Document:yunan-civil-affairs-plan-2021-2025',
      'Document:zhongshan-2024-summary-2025-plan',
    ]);
    for (const row of rows) expect(row.passages).toBeGreaterThan(5);
  });

  it('gives every curated node and relation verified evidence (100%)', async () => {
    const stats = await readGraphStats(graph);
    expect(stats.curatedNodes.total).toBeGreaterThan(100);
    expect(stats.curatedNodes.evidenced).toBe(stats.curatedNodes.total);
    expect(stats.curatedRelations.total).toBeGreaterThan(100);
    expect(stats.curatedRelations.evidenced).toBe(stats.curatedRelations.total);
    expect(await graph.read('invariantNodesWithoutEvidence')).toEqual([]);
    expect(await graph.read('invariantRelationsWithoutEvidence')).toEqual([]);
    expect(await graph.read('invariantEvidenceOutsideItsPassage')).toEqual([]);
  });

  it('keeps area and target-group hierarchies free of cycles', async () => {
    expect(await graph.read('invariantHierarchyCycles')).toEqual([]);
  });

  it('gives every indicator at least one observation', async () => {
    expect(await graph.read('invariantIndicatorsWithoutObservations')).toEqual([]);
  });

  it('changes nothing when run twice, even when forced to rewrite', async () => {
    const before = await fingerprint();
    const again = await ingestSeeds(graph);
    expect(again.changed).toBe(false);
    const forced = await ingestSeeds(graph, { force: true });
    expect(forced.changed).toBe(true);
    expect(await fingerprint()).toBe(before);
  });

  it('rewrites the same seeds when the ingest code changed, and only then', async () => {
    const facts = await loadSeeds(DEFAULT_SEEDS_DIR);
    const current = pipelineFingerprint();
    expect((await writeFactSet(graph, facts, { pipeline: current })).changed).toBe(false);
    expect((await writeFactSet(graph, facts, { pipeline: 'another ingest' })).changed).toBe(true);
    expect((await writeFactSet(graph, facts, { pipeline: current })).changed).toBe(true);
    expect((await writeFactSet(graph, facts, { pipeline: current })).changed).toBe(false);
  });

  it('fails on a quote that is not in its document, naming file, line and quote, and leaves the graph as it was', async () => {
    const before = await fingerprint();
    const dir = mkdtempSync(path.join(tmpdir(), 'seeds-'));
    try {
      cpSync(DEFAULT_SEEDS_DIR, dir, { recursive: true });
      const file = path.join(dir, 'facts', 'jiangmen-2022-summary.yaml');
      const lines = readFileSync(file, 'utf8').split('\n');
      // The first quote written as `quote: …` (block or flow style); only its text is replaced.
      const index = lines.findIndex((l) => /quote: [^,}]+/.test(l));
      expect(index).toBeGreaterThanOrEqual(0);
      lines[index] = lines[index]!.replace(/quote: [^,}]+/, 'quote: 这句话不在任何文件里');
      writeFileSync(file, lines.join('\n'));
      const failure = ingestSeeds(graph, { seedsDir: dir, force: true });
      await expect(failure).rejects.toThrow(`facts/jiangmen-2022-summary.yaml:${index + 1}`);
      await expect(ingestSeeds(graph, { seedsDir: dir, force: true })).rejects.toThrow('这句话不在任何文件里');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await fingerprint()).toBe(before);
  });

  it('rolls back a write that fails half-way in Neo4j, leaving the previous graph exactly', async () => {
    const before = await fingerprint();
    const facts = await loadSeeds(DEFAULT_SEEDS_DIR);
    // Two passages with one id violate the passage_id constraint after the old graph was deleted
    // and documents were written: Neo4j rejects the transaction and must roll all of it back.
    const broken = { ...facts, version: 'broken', passages: [...facts.passages, facts.passages[0]!] };
    await expect(writeFactSet(graph, broken, { force: true })).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
    expect(await fingerprint()).toBe(before);
  });
});

describe('coverage of documents 000 and 001', () => {
  it('reads both indicator tables of 001 row by row', async () => {
    const rows = await graph.read('indicatorTableRows');
    const byTable = Object.fromEntries(rows.map((r) => [String(r.table), r]));
    const thirteenth = Object.entries(byTable).find(
      ([name]) => name === '“十三五”时期江门市民政事业发展主要指标完成情况',
    );
    const fourteenth = Object.entries(byTable).find(([name]) => name === '“十四五”时期江门市民政事业发展主要指标');
    expect(thirteenth?.[1].rows).toBe(15);
    expect(fourteenth?.[1].rows).toBe(25);
    // Sub-rows are indicators of their own.
    expect(Number(thirteenth?.[1].indicators)).toBeGreaterThan(15);
    expect(Number(fourteenth?.[1].indicators)).toBeGreaterThanOrEqual(25);
  });

  it.each([
    '慈善筑迹',
    '平安通',
    '长者食堂',
    '邑康保',
    '益食堂',
    '颐食堂',
    '维达老地方',
    '万胜老友记',
    '颐康苑',
    '杏龄居养',
    '广东兜底民生服务社会工作双百工程',
    '流浪乞讨人员救助管理机构建设工程',
    '智慧民政',
  ])('has the programme %s', async (name) => {
    const [row] = await graph.read('entitiesByName', { names: [name] });
    expect((row?.ids as string[]).some((id) => id.startsWith('Programme:'))).toBe(true);
  });

  it('has 江门市 with its 3 districts and 4 county-level cities, coded', async () => {
    const rows = await graph.read('childrenOfArea', { id: 'AdministrativeArea:jiangmen' });
    const codes = rows.map((r) => r.code);
    expect(codes).toEqual(
      expect.arrayContaining(['440703', '440704', '440705', '440781', '440783', '440784', '440785']),
    );
  });

  it('has an English name for every theme, target group and area', async () => {
    expect(await graph.read('entitiesWithoutEnglishName')).toEqual([]);
  });
});
