import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { datasetVersion, readSeedFiles } from './seed-files';

describe('datasetVersion', () => {
  const a = { path: 'documents.yaml', bytes: '- id: Document:a\n' };
  const b = { path: 'documents/a.txt', bytes: '正文。' };
  const base = datasetVersion([a, b]);

  it.each<[string, Array<{ path: string; bytes: string }>, boolean]>([
    ['the same files in another order', [b, a], true],
    ['a changed byte', [a, { ...b, bytes: '正文！' }], false],
    ['a renamed file', [a, { ...b, path: 'documents/b.txt' }], false],
    ['an added file', [a, b, { path: 'facts/x.yaml', bytes: '' }], false],
    [
      'content moved between files',
      [
        { ...a, bytes: a.bytes + b.bytes },
        { ...b, bytes: '' },
      ],
      false,
    ],
  ])('%s → same version: %s', (_name, files, same) => {
    expect(datasetVersion(files) === base).toBe(same);
  });

  it('is a sha256 in hex', () => expect(base).toMatch(/^[0-9a-f]{64}$/));
});

describe('readSeedFiles', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'seed-files-'));
    for (const sub of ['taxonomy', 'facts', 'documents']) mkdirSync(join(dir, sub));
    writeFileSync(join(dir, 'documents.yaml'), '- id: Document:a\n');
    writeFileSync(join(dir, 'taxonomy/b.yaml'), 'themes: []\n');
    writeFileSync(join(dir, 'taxonomy/a.yml'), 'areas:\n  - id: x\n');
    writeFileSync(join(dir, 'taxonomy/notes.md'), 'not a seed file');
    writeFileSync(join(dir, 'facts/c.yaml'), 'document: Document:a\n');
    writeFileSync(join(dir, 'documents/a.txt'), '正文。');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads documents.yaml, taxonomy then facts in sorted order, and the document texts', () => {
    const seeds = readSeedFiles(dir);
    expect(seeds.documents?.path).toBe('documents.yaml');
    expect(seeds.entityFiles.map((f) => f.path)).toEqual(['taxonomy/a.yml', 'taxonomy/b.yaml', 'facts/c.yaml']);
    expect([...seeds.documentTexts]).toEqual([['documents/a.txt', '正文。']]);
  });

  it('keeps line numbers for the YAML nodes', () => {
    const file = readSeedFiles(dir).entityFiles[0]!;
    const id = (file.yaml.getIn(['areas', 0], true) as { range: [number] }).range[0];
    expect(file.lines.linePos(id).line).toBe(2);
  });

  it('returns no files for a missing folder instead of throwing', () => {
    const seeds = readSeedFiles(join(dir, 'missing'));
    expect([seeds.documents, seeds.entityFiles, seeds.documentTexts.size]).toEqual([null, [], 0]);
  });
});
