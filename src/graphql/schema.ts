import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { concatAST, parse, Source, type DocumentNode } from 'graphql';

/** The schema lives in schema/*.graphql, one file per domain; root fields are added with `extend type Query`. */
export const SCHEMA_DIR = path.resolve(__dirname, '../../schema');

/** Parses every schema file into one document; parse errors name the file. */
export function loadTypeDefs(dir: string = SCHEMA_DIR): DocumentNode {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort();
  return concatAST(
    files.map((file) => parse(new Source(readFileSync(path.join(dir, file), 'utf8'), `schema/${file}`))),
  );
}
