import { createHash } from 'crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { LineCounter, parseDocument, type Document as YamlDocument } from 'yaml';
import type { FactSet } from '../model/facts';
import { validateSeeds } from './seed-validator';

/** A parsed YAML seed file that still knows its lines, so every problem can be reported as `file:line`. */
export interface SeedFile {
  /** Relative to the seeds folder, with `/`: `taxonomy/themes.yaml`. */
  path: string;
  text: string;
  yaml: YamlDocument.Parsed;
  lines: LineCounter;
}

export interface SeedFiles {
  dir: string;
  /** `documents.yaml`, or null when the folder has none (reported by the validator). */
  documents: SeedFile | null;
  /** `taxonomy/*.yaml` then `facts/*.yaml`, each group in sorted order. */
  entityFiles: SeedFile[];
  /** Every file in `documents/`, by its path relative to the seeds folder (`documents/000-….txt`). */
  documentTexts: Map<string, string>;
  /** sha256 over every seed file and document, in sorted path order. */
  version: string;
}

/**
 * Reads and validates a seeds folder (layout and rules: seeds/README.md) and returns the verified FactSet.
 * Throws SeedValidationError listing every problem as `file:line: what is wrong`.
 */
export function loadSeeds(seedsDir: string): FactSet {
  return validateSeeds(readSeedFiles(seedsDir));
}

/** Reads the seed files without judging them; a missing folder just yields no files. */
export function readSeedFiles(seedsDir: string): SeedFiles {
  const hashed: Array<{ path: string; bytes: Buffer }> = [];
  const read = (path: string): SeedFile => {
    const bytes = readFileSync(join(seedsDir, path));
    hashed.push({ path, bytes });
    return parseSeedFile(path, bytes.toString('utf8'));
  };

  const documents = existsSync(join(seedsDir, 'documents.yaml')) ? read('documents.yaml') : null;
  const entityFiles = ['taxonomy', 'facts'].flatMap((folder) =>
    filesIn(seedsDir, folder)
      .filter((name) => /\.ya?ml$/.test(name))
      .map((name) => read(`${folder}/${name}`)),
  );
  const documentTexts = new Map<string, string>();
  for (const name of filesIn(seedsDir, 'documents')) {
    const path = `documents/${name}`;
    const bytes = readFileSync(join(seedsDir, path));
    hashed.push({ path, bytes });
    documentTexts.set(path, bytes.toString('utf8'));
  }
  return { dir: seedsDir, documents, entityFiles, documentTexts, version: datasetVersion(hashed) };
}

export function parseSeedFile(path: string, text: string): SeedFile {
  const lines = new LineCounter();
  const yaml = parseDocument(text, { lineCounter: lines, keepSourceTokens: false });
  return { path, text, yaml, lines };
}

/**
 * sha256 over `path NUL bytes NUL` of each file in sorted path order: any change to a seed or a document,
 * or a rename, gives a new version.
 */
export function datasetVersion(files: ReadonlyArray<{ path: string; bytes: Buffer | string }>): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(f.path).update('\0').update(f.bytes).update('\0');
  }
  return hash.digest('hex');
}

function filesIn(seedsDir: string, folder: string): string[] {
  const dir = join(seedsDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isFile())
    .sort();
}
