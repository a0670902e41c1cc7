#!/usr/bin/env node
// Quick check for curators while a facts file is being written: every quote in FILE.yaml is found in its
// document (whitespace ignored). `npm run ingest -- --check` is the full check; this one needs no other file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const [file] = process.argv.slice(2);
if (!file || file === '--help' || file === '-h') {
  console.log('Usage: node tools/quote-check.mjs seeds/facts/FILE.yaml\nLists every quote not found in its document.');
  process.exit(file ? 0 : 2);
}
const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../seeds');
const docs = parse(readFileSync(path.join(seeds, 'documents.yaml'), 'utf8'));
const squash = (s) => String(s).replace(/\s+/g, '');
const texts = new Map(docs.map((d) => [d.id, squash(readFileSync(path.join(seeds, d.file), 'utf8'))]));
const data = parse(readFileSync(file, 'utf8'));
let checked = 0;
let missing = 0;
function visit(node, document, key) {
  if (Array.isArray(node)) {
    for (const item of node) {
      if (typeof item === 'string' && key === 'evidence') check(item, document);
      else visit(item, document, key);
    }
  } else if (node && typeof node === 'object') {
    const doc = node.document ?? document;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'quote' && typeof v === 'string') check(v, doc);
      else visit(v, doc, k);
    }
  }
}
function check(quote, document) {
  checked++;
  const text = texts.get(document);
  if (text === undefined) {
    missing++;
    console.log(`unknown document ${document}: ${quote}`);
  } else if (!text.includes(squash(quote))) {
    missing++;
    console.log(`NOT FOUND: ${quote}`);
  }
}
visit(data, data.document, null);
console.log(`${checked} quotes checked, ${missing} not found`);
process.exit(missing ? 1 : 0);
