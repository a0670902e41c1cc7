import { loadSeeds } from './seed-files';
import { SeedsFolders } from './seeds-folder.testing';
import { SeedValidationError } from './seed-validator';

/** A seeds folder in the lean format (seeds/FORMAT.md): quotes that state relations, refs, a table, concepts. */
const FILES: Record<string, string> = {
  'documents/c.txt': [
    '一、构建大养老服务体系',
    '全县建成长者饭堂12个，其中都城镇长者饭堂“颐乐堂”服务辖区老年人。',
    '县民政局负责长者饭堂建设。都城镇与罗定市边界线联检顺利完成。',
    '表1 主要指标',
    '序号 指标 单位 2020年 2025年',
    '1 城乡低保标准 元/人·月 928（715） ≥1000',
    '2 护理型床位占比 % — 60',
    '到2025年，城乡低保标准达到1100元。',
  ].join('\n'),
  'documents.yaml': `- id: Document:doc-c
  file: documents/c.txt
  title: 某县规划
  area: AdministrativeArea:county
  period: { from: 2021, to: 2025 }
  kind: PLAN
`,
  'taxonomy/base.yaml': `document: Document:doc-c
themes:
  - { id: Theme:da-yanglao, name: 大养老服务, nameEn: Elderly care, evidence: [构建大养老服务体系] }
areas:
  - { id: AdministrativeArea:city, name: 某市, nameEn: City, level: CITY, code: "445300", evidence: [全县建成] }
  - { id: AdministrativeArea:county, name: 某县, nameEn: County, level: COUNTY, code: "445322", parent: AdministrativeArea:city, evidence: [全县建成] }
  - id: AdministrativeArea:county-ducheng
    name: 都城镇
    nameEn: Ducheng Town
    level: TOWN
    parent: AdministrativeArea:county
    evidence:
      - { quote: 都城镇与罗定市边界线联检顺利完成, status: ACHIEVED, borders: AdministrativeArea:luoding }
  - { id: AdministrativeArea:luoding, name: 罗定市, nameEn: Luoding, level: COUNTY_CITY, code: "445381", parent: AdministrativeArea:city, evidence: [罗定市] }
targetGroups:
  - { id: TargetGroup:elderly, name: 老年人, nameEn: Older people, evidence: [辖区老年人] }
institutions:
  - { id: Institution:county-bureau, name: 某县民政局, aliases: [县民政局], kind: GOVERNMENT, area: AdministrativeArea:county, evidence: [县民政局负责] }
concepts:
  - { id: IndicatorConcept:dibao-standard, name: 城乡低保标准, nameEn: Dibao standard, unit: 元/人·月 }
`,
  'facts/c.yaml': `document: Document:doc-c
status: PLANNED
programmes:
  - id: Programme:canteen
    name: 长者饭堂
    kind: FACILITY
    evidence:
      - { quote: 全县建成长者饭堂12个, status: ACHIEVED, year: 2020, partOf: Theme:da-yanglao, implicit: LIST_UNDER_HEADING, note: under 一、构建大养老服务体系 }
      - { quote: 县民政局负责长者饭堂建设, runBy: Institution:county-bureau }
  - id: Programme:ducheng-canteen
    name: 颐乐堂
    kind: BRAND
    evidence:
      - quote: 都城镇长者饭堂“颐乐堂”服务辖区老年人
        status: ACHIEVED
        broader: Programme:canteen
        covers: AdministrativeArea:county-ducheng
        serves: [TargetGroup:elderly]
tables:
  - name: 主要指标
    area: AdministrativeArea:county
    columns:
      - { label: 2020年, year: 2020, kind: BASELINE }
      - { label: 2025年, year: 2025, kind: TARGET }
    rows:
      - id: Indicator:c-row-01
        row: "1"
        name: 城乡低保标准
        concept: IndicatorConcept:dibao-standard
        unit: 元/人·月
        quote: 1 城乡低保标准 元/人·月 928（715） ≥1000
        cells: ["928（715）", "≥1000"]
      - id: Indicator:c-row-02
        row: "2"
        name: 护理型床位占比
        unit: "%"
        quote: 2 护理型床位占比 % — 60
        cells: [—, "60"]
observations:
  - { indicator: Indicator:c-row-01, year: 2025, kind: TARGET, value: 1100, text: 1100元, quote: 到2025年，城乡低保标准达到1100元 }
`,
};

const folders = new SeedsFolders();
afterAll(() => folders.removeAll());
const write = (files: Record<string, string>): string => folders.write(files, 'lean-');

function problems(edits: Array<[string, string, string]>): readonly string[] {
  const files = { ...FILES };
  for (const [file, from, to] of edits) {
    if (!files[file]!.includes(from)) throw new Error(`no ${from} in ${file}`);
    files[file] = files[file]!.replace(from, to);
  }
  try {
    loadSeeds(write(files));
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected a SeedValidationError');
}

describe('the lean seed format', () => {
  const facts = loadSeeds(write(FILES));
  const relation = (key: string) => facts.relations.find((r) => r.key === key);

  it('turns relation keys on an evidence entry into relations stated by that quote', () => {
    const broader = relation('Programme:ducheng-canteen|BROADER|Programme:canteen');
    expect(broader?.statements.map((s) => [s.quote, s.status])).toEqual([
      ['都城镇长者饭堂“颐乐堂”服务辖区老年人', 'ACHIEVED'],
    ]);
    expect(relation('Programme:ducheng-canteen|SERVES|TargetGroup:elderly')).toBeDefined();
    expect(relation('Programme:canteen|RUN_BY|Institution:county-bureau')?.statements[0]?.status).toBe('PLANNED');
    expect(relation('AdministrativeArea:county-ducheng|BORDERS|AdministrativeArea:luoding')).toBeDefined();
    // The quote is the entity's own evidence too.
    const canteen = facts.entities.Programme.find((p) => p.id === 'Programme:canteen')!;
    expect(canteen.evidence.map((e) => e.quote)).toEqual(['全县建成长者饭堂12个', '县民政局负责长者饭堂建设']);
  });

  it("records a programme's scope from its document unless the document names an area for it", () => {
    const scope = relation('Programme:canteen|COVERS|AdministrativeArea:county');
    expect(scope?.statements).toHaveLength(1);
    expect(scope?.statements[0]).toMatchObject({ impliedBy: 'DOCUMENT_SCOPE', quote: '全县建成长者饭堂12个' });
    expect(relation('Programme:ducheng-canteen|COVERS|AdministrativeArea:county')).toBeUndefined();
  });

  it('turns a table into indicators and its cells into observations', () => {
    const dibao = facts.indicators.find((i) => i.id === 'Indicator:c-row-01')!;
    expect(dibao).toMatchObject({
      area: 'AdministrativeArea:county',
      concept: 'IndicatorConcept:dibao-standard',
      table: { name: '主要指标', row: '1' },
    });
    expect(
      dibao.observations.map((o) => [o.year, o.kind, o.value, o.comparator, o.text, o.flags.map((f) => f.code)]),
    ).toEqual([
      [2020, 'BASELINE', 928, null, '928（715）', ['AMBIGUOUS']],
      [2025, 'TARGET', 1000, '≥', '≥1000', []],
      [2025, 'TARGET', 1100, null, '1100元', []],
    ]);
    expect(dibao.observations[0]!.evidence[0]).toMatchObject({
      status: 'ACHIEVED',
      year: 2020,
      note: 'column “2020年”',
      implicit: 'TABLE_ROW',
    });
    expect(dibao.observations[2]!.evidence[0]).toMatchObject({
      status: 'PLANNED',
      year: 2025,
      quote: '到2025年，城乡低保标准达到1100元',
    });
    const beds = facts.indicators.find((i) => i.id === 'Indicator:c-row-02')!;
    expect(beds.observations[0]).toMatchObject({ value: null, text: '—', flags: [{ code: 'UNKNOWN_VALUE' }] });
    expect(relation('Indicator:c-row-01|OF_CONCEPT|IndicatorConcept:dibao-standard')).toBeDefined();
    expect(facts.entities.IndicatorConcept.map((c) => [c.id, c.unit])).toEqual([
      ['IndicatorConcept:dibao-standard', '元/人·月'],
    ]);
  });

  it('adds the statements and aliases of a ref: entry to the entity another file defines', () => {
    const files = {
      ...FILES,
      'facts/d.yaml': `document: Document:doc-c
programmes:
  - ref: Programme:canteen
    aliases: [饭堂]
    evidence:
      - { quote: 其中都城镇长者饭堂, status: ACHIEVED, covers: AdministrativeArea:county-ducheng }
`,
    };
    const loaded = loadSeeds(write(files));
    const canteen = loaded.entities.Programme.find((p) => p.id === 'Programme:canteen')!;
    expect(canteen.aliases).toEqual(['饭堂']);
    expect(canteen.evidence.map((e) => e.quote)).toContain('其中都城镇长者饭堂');
    expect(
      loaded.relations.find((r) => r.key === 'Programme:canteen|COVERS|AdministrativeArea:county-ducheng'),
    ).toBeDefined();
    // The document now names an area for it, so no scope is implied.
    expect(
      loaded.relations.find((r) => r.key === 'Programme:canteen|COVERS|AdministrativeArea:county'),
    ).toBeUndefined();
  });

  it.each([
    [
      'a quote that does not name the other end',
      [['facts/c.yaml', '{ quote: 县民政局负责长者饭堂建设, runBy', '{ quote: 负责长者饭堂建设, runBy']],
      /facts\/c.yaml:9: relation Programme:canteen\|RUN_BY\|Institution:county-bureau: the quote does not name Institution:county-bureau \(某县民政局, 县民政局\)/,
    ],
    [
      'a quote that cuts a name',
      [['facts/c.yaml', '{ quote: 县民政局负责长者饭堂建设, runBy', '{ quote: 县民政局负责长者饭, runBy']],
      /facts\/c.yaml:9: quote ends inside 长者饭堂: "县民政局负责长者饭"/,
    ],
    [
      'a cycle of programmes',
      [
        [
          'facts/c.yaml',
          '      - { quote: 县民政局负责长者饭堂建设, runBy: Institution:county-bureau }',
          '      - { quote: 县民政局负责长者饭堂建设, runBy: Institution:county-bureau, broader: Programme:ducheng-canteen, implicit: CONTEXT, note: x }',
        ],
      ],
      /cycle in `broader`: Programme:(canteen|ducheng-canteen) → /,
    ],
    [
      'a township code of the wrong length',
      [['taxonomy/base.yaml', '    level: TOWN\n', '    level: TOWN\n    code: "445322"\n']],
      /AdministrativeArea:county-ducheng: code must be the nine-digit township code at level TOWN, got "445322"/,
    ],
    [
      'a cell with no number',
      [['facts/c.yaml', 'cells: [—, "60"]', 'cells: [—, 六十]']],
      /cell 2 \(“六十”, column “2025年”\) holds no number the ingest can read/,
    ],
    [
      'cells that do not match the columns',
      [['facts/c.yaml', 'cells: [—, "60"]', 'cells: [—]']],
      /`cells` has 1 entries but the table has 2 columns/,
    ],
    [
      'an observation of an unknown indicator',
      [['facts/c.yaml', '{ indicator: Indicator:c-row-01,', '{ indicator: Indicator:c-row-99,']],
      /unknown id Indicator:c-row-99/,
    ],
  ] as const)('reports %s', (_what, edits, message) => {
    const found = problems(edits.map((e) => [...e] as [string, string, string]));
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });
});
