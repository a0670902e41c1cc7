import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Graph } from '../graph/graph';
import { writeFactSet, type WriteResult } from '../graph/graph-writer';
import { loadSeeds } from './seed-files';

/**
 * The ingest pipeline: seed files and documents → verified FactSet → Neo4j.
 * Validation happens entirely before Neo4j is touched, and the write is one transaction, so a bad
 * seed file or a failure half-way leaves the previous graph exactly as it was.
 */

export const DEFAULT_SEEDS_DIR = path.resolve(__dirname, '../../seeds');

const ROOT = path.resolve(__dirname, '../..');

/**
 * A hash of the code that turns seeds into the graph (src/ingest, the writer, the ingest and schema Cypher).
 * The release version covers the seeds and documents only, as users cite it; this tells the ingest that the
 * same seeds would now give another graph (say, a better passage splitter), so "nothing changed" is true.
 */
export function pipelineFingerprint(): string {
  const hash = createHash('sha256');
  const files = [
    ...readdirSync(path.join(ROOT, 'src/ingest'))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => `src/ingest/${f}`),
    'src/model/facts.ts',
    'src/graph/graph-writer.ts',
    'src/graph/list-sizes.ts',
    'cypher/ingest.cypher',
    'cypher/list-sizes.cypher',
    'cypher/schema.cypher',
  ].sort();
  for (const file of files) hash.update(file).update(readFileSync(path.join(ROOT, file)));
  return hash.digest('hex');
}

export interface IngestOptions {
  seedsDir?: string;
  /** Rewrite even when the graph already holds this release. */
  force?: boolean;
  log?: (line: string) => void;
}

export async function ingestSeeds(graph: Graph, options: IngestOptions = {}): Promise<WriteResult> {
  const log = options.log ?? (() => undefined);
  const seedsDir = options.seedsDir ?? DEFAULT_SEEDS_DIR;
  const started = Date.now();
  log(`reading and verifying seed files in ${path.relative(process.cwd(), seedsDir) || '.'}`);
  const facts = await loadSeeds(seedsDir);
  for (const warning of facts.warnings) log(`warning: ${warning}`);
  log(
    `verified ${facts.documents.length} documents, ${facts.passages.length} passages, ` +
      `${facts.relations.length} relations, ${facts.indicators.length} indicators, ` +
      `${facts.citations.length} citations, ${facts.mentions.length} mentions (${Date.now() - started} ms)`,
  );
  const result = await writeFactSet(graph, facts, { force: options.force, log, pipeline: pipelineFingerprint() });
  log(`${result.changed ? 'wrote' : 'kept'} release ${result.version.slice(0, 12)} in ${Date.now() - started} ms`);
  return result;
}

/**
 * `npm start`: an empty database gets the seed graph; a graph from other seeds or older ingest code is
 * brought up to date; a current one is left as it is (checked without writing).
 */
export async function ensureSeedGraph(graph: Graph, log: (line: string) => void): Promise<void> {
  const [release] = await graph.read('ingestCurrentRelease');
  log(release?.version ? 'checking the seed graph is current' : 'database is empty: loading the seed graph');
  await ingestSeeds(graph, { log });
}
