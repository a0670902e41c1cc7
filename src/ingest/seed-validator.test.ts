import { loadSeeds } from './seed-files';
import { SeedsFolders } from './seeds-folder.testing';
import { SeedValidationError } from './seed-validator';

/** A small valid seeds folder; each error case below breaks one thing in it. */
const FIXTURE: Record<string, string> = {
  'documents/a.txt': [
    '第一章 总则',
    '',
    '一、救助',
    '全市建成“平安通”平台，服务独居老',
    '',
    '人。依据《江门市居家社区养老服务管理办法》执行。江门市民政局负责。',
    '',
  ].join('\n'),
  'documents.yaml': `- id: Document:doc-a
  file: documents/a.txt
  title: 测试文档
  issuer: Institution:bureau
  area: AdministrativeArea:jiangmen
  year: 2022
  kind: SUMMARY
  inferred:
    title: the excerpt has no title
  evidence:
    - quote: 江门市民政局负责
`,
  'taxonomy/base.yaml': `document: Document:doc-a
themes:
  - id: Theme:da-jiuzhu
    name: 救助
    nameEn: Assistance
    evidence:
      - quote: 一、救助
areas:
  - id: AdministrativeArea:guangdong
    name: 广东省
    nameEn: Guangdong
    level: PROVINCE
    code: 440000
    evidence: [{ quote: 全市建成 }]
  - id: AdministrativeArea:jiangmen
    name: 江门市
    nameEn: Jiangmen
    level: CITY
    code: "440700"
    parent: AdministrativeArea:guangdong
    evidence: [{ quote: 江门市民政局 }]
targetGroups:
  - id: TargetGroup:elderly
    name: 老年人
    nameEn: Older people
    evidence: [{ quote: 独居老人 }]
  - id: TargetGroup:elderly-living-alone
    name: 独居老人
    nameEn: Older people living alone
    broader: [TargetGroup:elderly]
    evidence: [{ quote: 服务独居老人 }]
institutions:
  - id: Institution:bureau
    name: 江门市民政局
    kind: GOVERNMENT
    area: AdministrativeArea:jiangmen
    evidence: [{ quote: 江门市民政局负责 }]
policies:
  - id: Policy:jm-home-care-measures
    title: 江门市居家社区养老服务管理办法
    number: 江府〔2021〕3号
    issuer: Institution:bureau
    evidence: [{ quote: 《江门市居家社区养老服务管理办法》 }]
`,
  'facts/doc-a.yaml': `document: Document:doc-a
programmes:
  - id: Programme:pingantong
    name: “平安通”
    aliases: [平安通]
    kind: PLATFORM
    evidence:
      - quote: 全市建成“平安通”平台
indicators:
  - id: Indicator:a-platforms
    name: 平台数
    unit: 个
    area: AdministrativeArea:jiangmen
    measures: [Programme:pingantong]
    evidence: [{ quote: 全市建成 }]
    observations:
      - year: 2022
        kind: ACTUAL
        scope: CITY
        value: null
        flags: [{ code: UNKNOWN_VALUE, note: 文中无数字 }]
relations:
  - from: Programme:pingantong
    type: SERVES
    to: [TargetGroup:elderly-living-alone]
    evidence:
      - quote: 服务独居老人
        status: ACHIEVED
        year: 2022
        implicit: CONTEXT
        note: the sentence names 平安通
  - from: Programme:pingantong
    type: GOVERNED_BY
    to: Policy:jm-home-care-measures
    evidence:
      - quote: 依据《江门市居家社区养老服务管理办法》执行
        status: ONGOING
        implicit: CONTEXT
        note: the sentence before names 平安通
`,
};

const folders = new SeedsFolders();
afterAll(() => folders.removeAll());
const writeSeeds = (files: Record<string, string>): string => folders.write(files, 'seeds-');

type Edit = [file: string, from: string, to: string];

function edited(edits: Edit[]): Record<string, string> {
  const files = { ...FIXTURE };
  for (const [file, from, to] of edits) {
    const text = files[file]!;
    if (!text.includes(from)) throw new Error(`fixture ${file} has no ${JSON.stringify(from)}`);
    files[file] = text.replace(from, to);
  }
  return files;
}

function problemsOf(files: Record<string, string>): readonly string[] {
  try {
    loadSeeds(writeSeeds(files));
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected a SeedValidationError');
}

/** 1-based line of the first line containing `marker`. */
function lineOf(text: string, marker: string): number {
  const index = text.indexOf(marker);
  if (index === -1) throw new Error(`no ${JSON.stringify(marker)} in the edited file`);
  return text.slice(0, index).split('\n').length;
}

describe('loadSeeds on a valid folder', () => {
  const facts = loadSeeds(writeSeeds(FIXTURE));

  it('splits every document into passages', () => {
    expect(facts.documents.map((d) => [d.id, d.file, d.kind, d.inferred])).toEqual([
      ['Document:doc-a', 'documents/a.txt', 'SUMMARY', { title: 'the excerpt has no title' }],
    ]);
    expect(facts.passages.map((p) => [p.id, p.kind, p.text])).toEqual([
      ['Passage:doc-a:0001', 'HEADING', '第一章 总则'],
      ['Passage:doc-a:0002', 'HEADING', '一、救助'],
      [
        'Passage:doc-a:0003',
        'PARAGRAPH',
        '全市建成“平安通”平台，服务独居老人。依据《江门市居家社区养老服务管理办法》执行。江门市民政局负责。',
      ],
    ]);
  });

  it('verifies evidence: offsets, lines, passage and source line', () => {
    const [statement] = facts.relations.find(
      (r) => r.key === 'Programme:pingantong|SERVES|TargetGroup:elderly-living-alone',
    )!.statements;
    const text = facts.documents[0]!.text;
    expect(statement).toMatchObject({
      documentId: 'Document:doc-a',
      passageId: 'Passage:doc-a:0003',
      quote: '服务独居老人',
      status: 'ACHIEVED',
      year: 2022,
      note: 'the sentence names 平安通',
      startLine: 4,
      endLine: 6,
      source: { file: 'facts/doc-a.yaml', line: 27 },
    });
    expect(text.slice(statement!.startOffset, statement!.endOffset)).toBe('服务独居老\n\n人');
  });

  it('derives relations from parent, broader, issuer, area and measures, reusing the evidence', () => {
    expect(facts.relations.map((r) => [r.key, r.statements.map((s) => s.quote)])).toEqual(
      expect.arrayContaining([
        ['Document:doc-a|ISSUED_BY|Institution:bureau', ['江门市民政局负责']],
        ['AdministrativeArea:jiangmen|PART_OF|AdministrativeArea:guangdong', ['江门市民政局']],
        ['TargetGroup:elderly-living-alone|BROADER|TargetGroup:elderly', ['服务独居老人']],
        ['Policy:jm-home-care-measures|ISSUED_BY|Institution:bureau', ['《江门市居家社区养老服务管理办法》']],
        ['Indicator:a-platforms|FOR_AREA|AdministrativeArea:jiangmen', ['全市建成']],
        ['Indicator:a-platforms|MEASURES|Programme:pingantong', ['全市建成']],
        [
          'Programme:pingantong|GOVERNED_BY|Policy:jm-home-care-measures',
          ['依据《江门市居家社区养老服务管理办法》执行'],
        ],
      ]),
    );
    expect(facts.relations).toHaveLength(9);
  });

  it('keeps typed entities, parsed document numbers and observations', () => {
    expect(facts.entities.AdministrativeArea.map((a) => [a.id, a.code, a.parent])).toEqual([
      ['AdministrativeArea:guangdong', '440000', null],
      ['AdministrativeArea:jiangmen', '440700', 'AdministrativeArea:guangdong'],
    ]);
    expect(facts.entities.Policy[0]).toMatchObject({
      curated: true,
      parsedNumber: { issuerCode: '江府', year: 2021, serial: 3 },
    });
    expect(facts.indicators[0]!.observations[0]).toMatchObject({
      year: 2022,
      value: null,
      flags: [{ code: 'UNKNOWN_VALUE', note: '文中无数字' }],
    });
  });

  it('links citations to curated policies and finds mentions', () => {
    expect(facts.citations.map((c) => [c.title, c.policyId])).toEqual([
      ['江门市居家社区养老服务管理办法', 'Policy:jm-home-care-measures'],
    ]);
    expect(facts.mentions.map((m) => [m.entityId, m.surface])).toEqual([
      ['Theme:da-jiuzhu', '救助'],
      ['Programme:pingantong', '“平安通”'],
      ['TargetGroup:elderly-living-alone', '独居老人'],
      ['AdministrativeArea:jiangmen', '江门市'], // inside the cited title
      ['Institution:bureau', '江门市民政局'],
    ]);
  });

  it('gives a version that changes with any file', () => {
    expect(facts.version).toMatch(/^[0-9a-f]{64}$/);
    expect(loadSeeds(writeSeeds(FIXTURE)).version).toBe(facts.version);
    const changed = { ...FIXTURE, 'documents/b.txt': '另一份。' };
    expect(loadSeeds(writeSeeds(changed)).version).not.toBe(facts.version);
  });

  it('follows YAML anchors and aliases, as YAML dumpers write them', () => {
    const loaded = loadSeeds(
      writeSeeds(
        edited([
          [
            'facts/doc-a.yaml',
            '        note: the sentence names 平安通\n',
            '        note: the sentence names 平安通\n    flags: &shared\n      - { code: INFERRED, note: 推断 }\n',
          ],
          [
            'facts/doc-a.yaml',
            '        note: the sentence before names 平安通\n',
            '        note: the sentence before names 平安通\n    flags: *shared\n',
          ],
        ]),
      ),
    );
    const flagsOf = (key: string) => loaded.relations.find((r) => r.key === key)!.flags;
    expect(flagsOf('Programme:pingantong|GOVERNED_BY|Policy:jm-home-care-measures')).toEqual([
      { code: 'INFERRED', note: '推断' },
    ]);
    expect(flagsOf('Programme:pingantong|SERVES|TargetGroup:elderly-living-alone')).toEqual([
      { code: 'INFERRED', note: '推断' },
    ]);
  });

  it('warns about a quote found more than once and uses the first', () => {
    const loaded = loadSeeds(
      writeSeeds(edited([['facts/doc-a.yaml', 'evidence: [{ quote: 全市建成 }]', 'evidence: [{ quote: 江门市 }]']])),
    );
    const indicator = loaded.indicators[0]!;
    expect(indicator.evidence[0]).toMatchObject({ startLine: 6, quote: '江门市' });
    expect(loaded.warnings).toEqual([
      expect.stringMatching(
        /^facts\/doc-a\.yaml:\d+: quote found 2 times in Document:doc-a \(lines 6, 6\); using the first: "江门市"$/,
      ),
    ]);
  });
});

describe('loadSeeds reports', () => {
  // [what, edits, file, marker on the reported line, message after `file:line: `]
  const cases: Array<[string, Edit[], string, string, string | RegExp]> = [
    [
      'an unknown field',
      [['facts/doc-a.yaml', '    kind: PLATFORM\n', '    kind: PLATFORM\n    colour: red\n']],
      'facts/doc-a.yaml',
      'colour',
      'programmes[0] Programme:pingantong: unknown field `colour`',
    ],
    [
      'a wrong enum value',
      [['facts/doc-a.yaml', 'kind: PLATFORM', 'kind: WEBSITE']],
      'facts/doc-a.yaml',
      'WEBSITE',
      /programmes\[0\] Programme:pingantong: `kind` must be one of PROGRAMME .*, got "WEBSITE"/,
    ],
    [
      'a wrong type',
      [['documents.yaml', 'year: 2022', 'year: 二〇二二']],
      'documents.yaml',
      'year',
      'documents[0] Document:doc-a: `year` must be an integer, got "二〇二二"',
    ],
    [
      'an entity without evidence',
      [['taxonomy/base.yaml', '    evidence:\n      - quote: 一、救助\n', '']],
      'taxonomy/base.yaml',
      'Theme:da-jiuzhu',
      'themes[0] Theme:da-jiuzhu: needs at least one `evidence` entry (a quote from a document)',
    ],
    [
      'relation evidence without status',
      [['facts/doc-a.yaml', '        status: ONGOING\n', '']],
      'facts/doc-a.yaml',
      '依据《',
      'relations[1] evidence[0]: `status` is required (or set `status:` for the file)',
    ],
    [
      'a theme without nameEn',
      [['taxonomy/base.yaml', '    nameEn: Assistance\n', '']],
      'taxonomy/base.yaml',
      'Theme:da-jiuzhu',
      'themes[0] Theme:da-jiuzhu: `nameEn` is required',
    ],
    [
      'a CITY without code',
      [['taxonomy/base.yaml', '    code: "440700"\n', '']],
      'taxonomy/base.yaml',
      'AdministrativeArea:jiangmen',
      'areas[1] AdministrativeArea:jiangmen: code is required at level CITY',
    ],
    [
      'an id of the wrong section',
      [['taxonomy/base.yaml', 'id: Theme:da-jiuzhu', 'id: Programme:da-jiuzhu']],
      'taxonomy/base.yaml',
      'Programme:da-jiuzhu',
      'themes[0] Programme:da-jiuzhu: id Programme:da-jiuzhu must start with Theme: in this section',
    ],
    [
      'an id that is not kebab-case',
      [['facts/doc-a.yaml', 'id: Indicator:a-platforms', 'id: Indicator:A_Platforms']],
      'facts/doc-a.yaml',
      'A_Platforms',
      /slug must be lowercase ASCII kebab-case/,
    ],
    [
      'a duplicate id, naming both places',
      [
        [
          'facts/doc-a.yaml',
          'programmes:\n',
          'themes:\n  - { id: Theme:da-jiuzhu, name: 救助, nameEn: A, evidence: [{ quote: 一、救助 }] }\nprogrammes:\n',
        ],
      ],
      'facts/doc-a.yaml',
      'Theme:da-jiuzhu',
      'duplicate id Theme:da-jiuzhu: first defined at taxonomy/base.yaml:3',
    ],
    [
      'a reference to an unknown id',
      [['facts/doc-a.yaml', 'to: [TargetGroup:elderly-living-alone]', 'to: [TargetGroup:nobody]']],
      'facts/doc-a.yaml',
      'TargetGroup:nobody',
      'unknown id TargetGroup:nobody: no seed file defines it',
    ],
    [
      'a reference of the wrong type',
      [['taxonomy/base.yaml', 'parent: AdministrativeArea:guangdong', 'parent: Institution:bureau']],
      'taxonomy/base.yaml',
      'parent: Institution',
      'areas[1] AdministrativeArea:jiangmen: `parent` must be a AdministrativeArea id, got Institution:bureau',
    ],
    [
      'a relation pair that is not allowed',
      [['facts/doc-a.yaml', 'to: [TargetGroup:elderly-living-alone]', 'to: [Theme:da-jiuzhu]']],
      'facts/doc-a.yaml',
      '  - from: Programme:pingantong\n    type: SERVES',
      'relation Programme:pingantong|SERVES|Theme:da-jiuzhu: Programme SERVES Theme is not allowed (allowed: Programme SERVES TargetGroup)',
    ],
    [
      'BROADER in a relations section',
      [['facts/doc-a.yaml', 'type: SERVES', 'type: BROADER']],
      'facts/doc-a.yaml',
      '  - from: Programme:pingantong\n    type: BROADER',
      /Programme BROADER TargetGroup is not allowed \(allowed: Programme BROADER Programme, TargetGroup BROADER TargetGroup\)/,
    ],
    [
      'a cycle in area parents',
      [['taxonomy/base.yaml', '    code: 440000\n', '    code: 440000\n    parent: AdministrativeArea:jiangmen\n']],
      'taxonomy/base.yaml',
      'AdministrativeArea:guangdong',
      'cycle in `parent`: AdministrativeArea:guangdong → AdministrativeArea:jiangmen → AdministrativeArea:guangdong',
    ],
    [
      'a cycle in broader',
      [
        [
          'taxonomy/base.yaml',
          '    nameEn: Older people\n',
          '    nameEn: Older people\n    broader: [TargetGroup:elderly-living-alone]\n',
        ],
      ],
      'taxonomy/base.yaml',
      'TargetGroup:elderly\n',
      'cycle in `broader`: TargetGroup:elderly → TargetGroup:elderly-living-alone → TargetGroup:elderly',
    ],
    [
      'a quote not in its document',
      [['facts/doc-a.yaml', '全市建成“平安通”平台', '全市建成"平安通"平台']],
      'facts/doc-a.yaml',
      '"平安通"',
      'quote not found in Document:doc-a (whitespace is ignored, punctuation is not): "全市建成"平安通"平台"',
    ],
    [
      'evidence quoting an unknown document',
      [
        [
          'facts/doc-a.yaml',
          '      - quote: 服务独居老人\n',
          '      - quote: 服务独居老人\n        document: Document:nowhere\n',
        ],
      ],
      'facts/doc-a.yaml',
      '服务独居老人\n',
      'evidence quotes unknown document Document:nowhere',
    ],
    [
      'a document file that does not exist',
      [['documents.yaml', 'file: documents/a.txt', 'file: documents/z.txt']],
      'documents.yaml',
      'file:',
      /file not found: documents\/z\.txt/,
    ],
    [
      'a null value without UNKNOWN_VALUE',
      [['facts/doc-a.yaml', 'code: UNKNOWN_VALUE', 'code: INFERRED']],
      'facts/doc-a.yaml',
      'value: null',
      /value is null or missing: give the printed number, or null with an UNKNOWN_VALUE flag/,
    ],
    [
      'a YAML error',
      [['facts/doc-a.yaml', '    kind: PLATFORM\n', '    kind: PLATFORM\n    kind: BRAND\n']],
      'facts/doc-a.yaml',
      'kind: BRAND',
      /^YAML: Map keys must be unique/,
    ],
  ];

  it.each(cases)('%s as file:line', (_what, edits, file, marker, message) => {
    const files = edited(edits);
    const problems = problemsOf(files);
    const prefix = `${file}:${marker === '' ? 0 : lineOf(files[file]!, marker)}: `;
    const matching = problems.filter(
      (p) =>
        p.startsWith(prefix) &&
        (typeof message === 'string' ? p.endsWith(message) : message.test(p.slice(prefix.length))),
    );
    expect({ problems, found: matching.length > 0 }).toEqual({ problems, found: true });
  });

  it('collects every problem, one per line of the message, not just the first', () => {
    const files = edited([
      ['facts/doc-a.yaml', 'kind: PLATFORM', 'kind: WEBSITE'],
      ['taxonomy/base.yaml', '    nameEn: Assistance\n', ''],
      ['documents.yaml', 'year: 2022', 'year: 二〇二二'],
    ]);
    let error: unknown;
    try {
      loadSeeds(writeSeeds(files));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeedValidationError);
    const { message, problems } = error as SeedValidationError;
    expect(problems).toHaveLength(3);
    expect(message.split('\n')).toEqual(['3 problem(s) in the seed files:', ...problems]);
    expect(problems.map((p) => p.split(':')[0])).toEqual(['documents.yaml', 'facts/doc-a.yaml', 'taxonomy/base.yaml']);
  });

  it('puts the first cause first: a YAML syntax error alone, what follows from it counted, not listed', () => {
    // An unclosed flow sequence: the parser reports many errors after it, and every id of the file is unknown.
    const files = edited([
      ['taxonomy/base.yaml', '    evidence: [{ quote: 全市建成 }]\n', '    evidence: [{ quote: 全市建成 }\n'],
    ]);
    let error: unknown;
    try {
      loadSeeds(writeSeeds(files));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeedValidationError);
    const { problems, warnings, message } = error as SeedValidationError;
    expect(problems).toEqual([expect.stringMatching(/^taxonomy\/base\.yaml:\d+: YAML: /)]);
    const lines = message.split('\n');
    expect(lines[1]).toBe(problems[0]);
    expect(lines[2]).toMatch(/^\d+ further problem\(s\) not listed: most follow from taxonomy\/base\.yaml not parsing/);
    expect(lines).toHaveLength(3);
    // The parser's follow-on errors in the same file are one warning.
    expect(warnings).toEqual([
      expect.stringMatching(/^taxonomy\/base\.yaml: \d+ further YAML error\(s\) after line \d+/),
    ]);
  });

  it('reports a folder without documents.yaml', () => {
    const { ['documents.yaml']: _dropped, ...rest } = FIXTURE;
    expect(problemsOf(rest)).toContain('documents.yaml:0: file not found: every seeds folder needs documents.yaml');
  });
});
