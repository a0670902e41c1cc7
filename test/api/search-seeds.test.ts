import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Graph } from '../../src/graph/graph';
import { apiServer, data, execute, graphWithSeeds } from './support';

// search() over the real seed graph (issue 11.2): re-ranked on one 0–1 scale, filters, tables found by their
// titles, snippet lines with the document's line numbers. Expected lines are read from the seed documents.
const server = apiServer();
let graph: Graph;
beforeAll(async () => {
  graph = await graphWithSeeds();
}, 300_000);
afterAll(() => graph.close());

const DOCS = path.resolve(__dirname, '../../seeds/documents');

/** 1-based lines of the seed document whose file name starts with `prefix` that hold `needle`. */
function linesOf(prefix: string, needle: string): number[] {
  const file = readdirSync(DOCS).find((f) => f.startsWith(prefix))!;
  return readFileSync(path.join(DOCS, file), 'utf8')
    .split('\n')
    .flatMap((line, i) => (line.includes(needle) ? [i + 1] : []));
}

const SEARCH = `
  query ($text: String!, $types: [SearchType!], $first: Int, $filter: SearchFilter) {
    search(text: $text, types: $types, first: $first, filter: $filter) {
      type score snippet tableTitle
      snippetLines { lines { start end } text }
      node { __typename id ... on Passage { kind sectionPath document { id } lines { start end } } }
    }
  }`;

interface Hit {
  type: string;
  score: number;
  snippet: string;
  tableTitle: string | null;
  snippetLines: { lines: { start: number; end: number }; text: string }[];
  node: {
    __typename: string;
    id: string;
    kind?: string;
    sectionPath?: string[];
    document?: { id: string };
    lines?: { start: number; end: number };
  };
}

async function search(text: string, extra: Record<string, unknown> = {}): Promise<Hit[]> {
  return (await data(server, graph, SEARCH, { text, ...extra })).search as Hit[];
}

it('ranks the sentence a paraphrase names first, and shows it with its line', async () => {
  const hits = await search('修订孤儿成年后安置制度', { first: 5 });
  const [line] = linesOf('004', '修订集中供养孤儿成年后安置制度');
  expect(hits[0]).toMatchObject({ type: 'PASSAGE', node: { kind: 'PARAGRAPH' } });
  expect(hits[0]!.node.document!.id).toMatch(/zhongshan/);
  expect(hits[0]!.snippet).toContain('集中供养【孤儿成年后安置制度】');
  expect(hits[0]!.snippetLines[0]).toEqual({
    lines: { start: line, end: line },
    text: '【修订】集中供养【孤儿成年后安置制度】,优化和完善保障措施。',
  });
});

it.each(['17280元', '17280 元', '１７２８０元'])(
  'finds the passages printing %s, whatever the spacing',
  async (text) => {
    const hits = await search(text, { types: ['PASSAGE'], first: 5 });
    const top = hits.slice(0, 2);
    expect(top.map((h) => h.node.document!.id).sort()).toEqual([
      expect.stringMatching(/civil-affairs-plan/),
      expect.stringMatching(/public-services-plan/),
    ]);
    // 003 prints "提高至 17280元" on one line and "/人·年" two lines below: the sentence keeps both lines.
    const [line003] = linesOf('003', '17280元');
    const [line001] = linesOf('001', '17280元');
    const lines = top.map((h) => h.snippetLines.find((l) => l.text.includes('【17280元】'))!.lines.start).sort();
    expect(lines).toEqual([line001, expect.any(Number)].sort());
    const l003 = top.find((h) => /public-services/.test(h.node.document!.id))!.snippetLines[0]!.lines;
    expect(l003.start).toBeLessThanOrEqual(line003!);
    expect(l003.end).toBeGreaterThan(line003!);
    // A number never matches inside another: no hit of the top two matches only on 元.
    for (const hit of top) expect(hit.score).toBeGreaterThan(0.9);
    for (const hit of hits.slice(2)) expect(hit.score).toBeLessThan(0.5);
  },
);

it('finds 75.62% in the one passage printing it', async () => {
  const [hit] = await search('75.62%', { first: 1 });
  const [line] = linesOf('004', '75.62%');
  expect(hit!.node.document!.id).toMatch(/zhongshan/);
  expect(hit!.snippetLines).toEqual([
    { lines: { start: line, end: line }, text: expect.stringContaining('【75.62%】') },
  ]);
});

it('returns a table and its title as one TABLE hit, title line first, then the matching rows', async () => {
  const title = '“十四五”时期江门市民政事业发展主要指标';
  const hits = await search(title, { types: ['PASSAGE'], first: 10 });
  expect(hits[0]).toMatchObject({ node: { kind: 'TABLE' }, tableTitle: title });
  // The title is printed twice: in the table of contents and right above the table.
  expect(linesOf('001', title)).toContain(hits[0]!.snippetLines[0]!.lines.start);
  expect(hits[0]!.snippetLines[0]!.lines.start).toBeLessThan(hits[0]!.node.lines!.start);
  expect(hits[0]!.node.sectionPath!.at(-1)).toBe(title);
  expect(hits.some((h) => h.node.kind === 'HEADING' && h.snippet.includes('主要指标】'))).toBe(false);

  const [row] = await search('养老机构护理型床位占比', { filter: { passageKinds: ['TABLE'] }, first: 20 });
  expect(row!.snippet).toContain('【养老机构护理型床位占比】');
  const rowLine = row!.snippetLines.find((l) => l.text.includes('【养老机构护理型床位占比】'))!;
  expect(rowLine.lines.start).toBeGreaterThan(row!.node.lines!.start - 1);
});

describe('filters', () => {
  it('restricts to documents, a section prefix and passage kinds', async () => {
    const all = await search('养老服务', { first: 50 });
    const documentId = all.find((h) => h.type === 'PASSAGE')!.node.document!.id;
    const inDoc = await search('养老服务', { first: 50, filter: { documents: [documentId] } });
    expect(inDoc.length).toBeGreaterThan(0);
    for (const hit of inDoc.filter((h) => h.type === 'PASSAGE')) expect(hit.node.document!.id).toBe(documentId);

    const chapter = all.find((h) => h.type === 'PASSAGE' && h.node.sectionPath!.length > 0)!.node.sectionPath![0]!;
    const prefix = chapter.slice(0, 3);
    const inSection = await search('养老服务', {
      first: 50,
      filter: { sectionPrefix: [prefix], passageKinds: ['PARAGRAPH'] },
    });
    expect(inSection.length).toBeGreaterThan(0);
    for (const hit of inSection) {
      expect(hit.type).toBe('PASSAGE');
      expect(hit.node.kind).toBe('PARAGRAPH');
      expect(hit.node.sectionPath![0]!.replace(/\s+/g, '')).toMatch(new RegExp(`^${prefix.replace(/\s+/g, '')}`));
    }
  });

  it('refuses an unknown document, naming it', async () => {
    const result = await execute(server, graph, SEARCH, { text: '低保', filter: { documents: ['Document:nope'] } });
    expect(result.errors?.[0]).toMatchObject({
      message: 'filter.documents: no document "Document:nope"',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

it('scores entities and passages on one 0–1 scale, best first, an exact name 1', async () => {
  const hits = await search('长者饭堂', { first: 20 });
  expect(hits.map((h) => h.type)).toEqual(expect.arrayContaining(['PROGRAMME', 'PASSAGE']));
  for (const hit of hits) {
    expect(hit.score).toBeGreaterThan(0);
    expect(hit.score).toBeLessThanOrEqual(1);
  }
  expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  expect(hits[0]).toMatchObject({ type: 'PROGRAMME', score: 1 });
});
