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
  const result = await writeFactSet(graph, facts, { force: options.force, log });
  log(`${result.changed ? 'wrote' : 'kept'} release ${result.version.slice(0, 12)} in ${Date.now() - started} ms`);
  return result;
}

/** `npm start` on an empty database loads the seed graph; a loaded one is left as it is. */
export async function ensureSeedGraph(graph: Graph, log: (line: string) => void): Promise<void> {
  const [release] = await graph.read('ingestCurrentRelease');
  if (release?.version) {
    log(`seed graph present (release ${String(release.version).slice(0, 12)}); npm run ingest reloads it`);
    return;
  }
  log('database is empty: loading the seed graph');
  await ingestSeeds(graph, { log });
}
