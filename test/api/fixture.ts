import { createHash } from 'node:crypto';
import type {
  AdministrativeArea,
  Citation,
  Document,
  Evidence,
  EvidenceStatus,
  FactSet,
  Flag,
  Indicator,
  IndicatorConcept,
  Institution,
  Mention,
  Passage,
  PassageKind,
  Policy,
  Programme,
  Relation,
  RelationType,
  TargetGroup,
  Theme,
} from '../../src/model/facts';
import { relationKey } from '../../src/model/facts';

/**
 * A small, hand-built FactSet for the API tests: two documents split into one passage per line, a taxonomy
 * with a three-level area tree (广东省 › 江门市 › 蓬江区/江海区; 云浮市 › 郁南县 › 都城镇) and a two-level
 * target-group tree (低保对象/特困人员 › 困难群众; 独居老人 › 老年人), six programmes, one indicator with
 * observations, citations and mentions. Offsets, lines and passages of every quote are computed from the
 * text, as the ingest would, so the assertions can name exact passages and lines.
 */

interface LineSpec {
  kind: PassageKind;
  text: string;
}

const JM_PLAN: LineSpec[] = [
  { kind: 'HEADING', text: '江门市民政事业发展“十四五”规划（2021-2025年）' },
  { kind: 'HEADING', text: '第四章 兜牢民生底线' },
  { kind: 'HEADING', text: '一、完善社会救助体系' },
  { kind: 'PARAGRAPH', text: '深入实施“慈善筑迹”项目，为低保对象和特困人员改善居住环境，覆盖蓬江区、江海区。' },
  { kind: 'PARAGRAPH', text: '落实《广东省最低生活保障制度实施办法》，低保对象按月领取低保金，全市持续推进。' },
  { kind: 'PARAGRAPH', text: '建立居家养老助残服务“平安通”平台，为独居老人提供紧急呼援服务，覆盖全市。' },
  { kind: 'HEADING', text: '二、主要指标' },
  { kind: 'TABLE', text: '每千名老年人拥有养老床位数 张 35 ≥40 约束性' },
  { kind: 'PARAGRAPH', text: '各镇（街）社区议事厅已实现全覆盖。' },
];

const YN_PLAN: LineSpec[] = [
  { kind: 'HEADING', text: '第三章 主要任务' },
  { kind: 'HEADING', text: '一、健全临时救助制度' },
  { kind: 'PARAGRAPH', text: '在都城镇试点临时救助备用金制度，及时救助困难群众。' },
  { kind: 'PARAGRAPH', text: '加强儿童关爱保护，计划覆盖全县。贯彻《郁南县临时救助实施细则》。' },
];

interface Built {
  document: Document;
  passages: Passage[];
}

function buildDocument(base: Omit<Document, 'text' | 'sha256' | 'evidence'>, lines: LineSpec[], slug: string): Built {
  const text = lines.map((l) => l.text).join('\n') + '\n';
  const passages: Passage[] = [];
  const headings: string[] = [];
  let offset = 0;
  lines.forEach((line, i) => {
    if (line.kind === 'HEADING' && i > 0) {
      // 第…章 starts a chapter; 一、二、… a section inside it.
      if (/^第.+章/.test(line.text)) headings.splice(0, headings.length, line.text);
      else headings.splice(1, headings.length, line.text);
    }
    passages.push({
      id: `Passage:${slug}:${String(i + 1).padStart(4, '0')}`,
      documentId: base.id,
      ordinal: i + 1,
      sectionPath: [...headings],
      kind: line.kind,
      text: line.text,
      startOffset: offset,
      endOffset: offset + line.text.length,
      startLine: i + 1,
      endLine: i + 1,
    });
    offset += line.text.length + 1;
  });
  const document: Document = {
    ...base,
    text,
    sha256: createHash('sha256').update(text).digest('hex'),
    evidence: [],
  };
  return { document, passages };
}

const jm = buildDocument(
  {
    id: 'Document:jm-plan',
    file: 'documents/001-jm-plan.txt',
    sourceName: '001.txt',
    title: '江门市民政事业发展“十四五”规划（2021-2025年）',
    titleEn: 'Jiangmen Civil Affairs Development Plan 2021-2025',
    issuer: 'Institution:jm-civil-affairs-bureau',
    area: 'AdministrativeArea:jiangmen',
    year: 2022,
    period: { from: 2021, to: 2025 },
    kind: 'PLAN',
    inferred: {},
    flags: [],
    source: { file: 'documents.yaml', line: 1 },
  },
  JM_PLAN,
  'jm-plan',
);

const yn = buildDocument(
  {
    id: 'Document:yn-plan',
    file: 'documents/002-yn-plan.txt',
    sourceName: '002.txt',
    title: '郁南县民政事业发展“十四五”规划',
    titleEn: null,
    issuer: 'Institution:yn-civil-affairs-bureau',
    area: 'AdministrativeArea:yunan',
    year: null,
    period: { from: 2021, to: 2025 },
    kind: 'PLAN',
    inferred: { title: 'the copy has no cover; taken from its project table' },
    flags: [{ code: 'INFERRED', note: 'title inferred from content' }],
    source: { file: 'documents.yaml', line: 20 },
  },
  YN_PLAN,
  'yn-plan',
);

const built = [jm, yn];

/** A located quote: the evidence the ingest would produce for `quote` in `documentId`. */
export function quote(
  documentId: string,
  text: string,
  status: EvidenceStatus | null = null,
  year: number | null = null,
  note: string | null = null,
): Evidence {
  const doc = built.find((b) => b.document.id === documentId);
  if (!doc) throw new Error(`fixture: no document ${documentId}`);
  const start = doc.document.text.indexOf(text);
  if (start < 0) throw new Error(`fixture: quote not in ${documentId}: ${text}`);
  const passage = doc.passages.find((p) => p.startOffset <= start && start < p.endOffset)!;
  const end = start + text.length;
  const lastLine = doc.passages.find((p) => p.startOffset < end && end <= p.endOffset) ?? passage;
  return {
    documentId,
    passageId: passage.id,
    quote: text,
    status,
    year,
    note,
    implicit: null,
    impliedBy: null,
    flags: [],
    startOffset: start,
    endOffset: end,
    startLine: passage.startLine,
    endLine: lastLine.endLine,
    source: { file: 'fixture.ts', line: 1 },
  };
}

const J = 'Document:jm-plan';
const Y = 'Document:yn-plan';
const src = { file: 'taxonomy.yaml', line: 1 };
const noFlags: Flag[] = [];

function area(
  slug: string,
  name: string,
  level: AdministrativeArea['level'],
  parent: string | null,
  code: string | null,
  evidence: Evidence[] = [],
  aliases: string[] = [],
): AdministrativeArea {
  return {
    type: 'AdministrativeArea',
    id: `AdministrativeArea:${slug}`,
    name,
    nameEn: slug,
    aliases,
    level,
    code,
    parent: parent && `AdministrativeArea:${parent}`,
    evidence,
    flags: noFlags,
    source: src,
  };
}

const areas: AdministrativeArea[] = [
  area('guangdong', '广东省', 'PROVINCE', null, '440000', [], ['广东']),
  area('jiangmen', '江门市', 'CITY', 'guangdong', '440700', [quote(J, '江门市民政事业发展')], ['江门']),
  area('pengjiang', '蓬江区', 'DISTRICT', 'jiangmen', '440703', [quote(J, '蓬江区')]),
  area('jianghai', '江海区', 'DISTRICT', 'jiangmen', '440704', [quote(J, '江海区')]),
  area('yunfu', '云浮市', 'CITY', 'guangdong', '445300'),
  area('yunan', '郁南县', 'COUNTY', 'yunfu', '445322', [quote(Y, '覆盖全县')], ['郁南']),
  area('ducheng', '都城镇', 'TOWN', 'yunan', null, [quote(Y, '都城镇')]),
];

function group(
  slug: string,
  name: string,
  nameEn: string,
  broader: string[],
  evidence: Evidence[],
  aliases: string[] = [],
): TargetGroup {
  return {
    type: 'TargetGroup',
    id: `TargetGroup:${slug}`,
    name,
    nameEn,
    aliases,
    broader: broader.map((b) => `TargetGroup:${b}`),
    evidence,
    flags: noFlags,
    source: src,
  };
}

const targetGroups: TargetGroup[] = [
  group(
    'people-in-difficulty',
    '困难群众',
    'People in difficulty',
    [],
    [quote(Y, '困难群众')],
    ['困难对象', '困难家庭'],
  ),
  group(
    'dibao',
    '低保对象',
    'Subsistence-allowance recipients',
    ['people-in-difficulty'],
    [quote(J, '低保对象和特困人员')],
    ['低保户'],
  ),
  group('tekun', '特困人员', 'Extremely poor persons', ['people-in-difficulty'], [quote(J, '特困人员改善居住环境')]),
  group('elderly', '老年人', 'Older people', [], [quote(J, '每千名老年人')]),
  group(
    'elderly-living-alone',
    '独居老人',
    'Older people living alone',
    ['elderly'],
    [quote(J, '为独居老人提供紧急呼援服务')],
  ),
  group('children', '儿童', 'Children', [], [quote(Y, '加强儿童关爱保护')]),
];

const themes: Theme[] = [
  {
    type: 'Theme',
    id: 'Theme:da-jiuzhu',
    name: '大救助',
    nameEn: 'Social assistance',
    aliases: ['社会救助'],
    evidence: [quote(J, '完善社会救助体系')],
    flags: noFlags,
    source: src,
  },
  {
    type: 'Theme',
    id: 'Theme:da-yanglao',
    name: '大养老服务',
    nameEn: 'Elderly care',
    aliases: ['养老服务'],
    evidence: [quote(J, '居家养老助残服务')],
    flags: noFlags,
    source: src,
  },
];

const institutions: Institution[] = [
  {
    type: 'Institution',
    id: 'Institution:jm-civil-affairs-bureau',
    name: '江门市民政局',
    nameEn: 'Jiangmen Civil Affairs Bureau',
    aliases: [],
    kind: 'GOVERNMENT',
    area: 'AdministrativeArea:jiangmen',
    parent: null,
    evidence: [],
    flags: noFlags,
    source: src,
  },
  {
    type: 'Institution',
    id: 'Institution:yn-civil-affairs-bureau',
    name: '郁南县民政局',
    nameEn: 'Yunan Civil Affairs Bureau',
    aliases: [],
    kind: 'GOVERNMENT',
    area: 'AdministrativeArea:yunan',
    parent: null,
    evidence: [],
    flags: noFlags,
    source: src,
  },
  {
    type: 'Institution',
    id: 'Institution:gd-civil-affairs-department',
    name: '广东省民政厅',
    nameEn: 'Guangdong Provincial Department of Civil Affairs',
    aliases: ['省民政厅'],
    kind: 'GOVERNMENT',
    area: 'AdministrativeArea:guangdong',
    parent: null,
    evidence: [],
    flags: noFlags,
    source: src,
  },
];

const policies: Policy[] = [
  {
    type: 'Policy',
    id: 'Policy:gd-dibao-measures',
    name: '广东省最低生活保障制度实施办法',
    title: '广东省最低生活保障制度实施办法',
    nameEn: null,
    aliases: [],
    issuer: 'Institution:gd-civil-affairs-department',
    number: '粤民规〔2021〕1号',
    parsedNumber: { issuerCode: '粤民规', year: 2021, serial: 1 },
    year: 2021,
    curated: true,
    evidence: [quote(J, '《广东省最低生活保障制度实施办法》')],
    flags: noFlags,
    source: src,
  },
  {
    type: 'Policy',
    id: 'Policy:yunan-linshi-jiuzhu-xize',
    name: '郁南县临时救助实施细则',
    title: '郁南县临时救助实施细则',
    nameEn: null,
    aliases: [],
    issuer: null,
    number: null,
    parsedNumber: null,
    year: null,
    curated: false,
    evidence: [],
    flags: noFlags,
    source: null,
  },
];

function programme(
  slug: string,
  name: string,
  kind: Programme['kind'],
  evidence: Evidence[],
  aliases: string[] = [],
): Programme {
  return {
    type: 'Programme',
    id: `Programme:${slug}`,
    name,
    nameEn: null,
    aliases,
    kind,
    evidence,
    flags: noFlags,
    source: src,
  };
}

const programmes: Programme[] = [
  programme('cishan-zhuji', '慈善筑迹', 'BRAND', [quote(J, '深入实施“慈善筑迹”项目')], ['慈善筑迹项目']),
  programme('dibao-monthly', '低保金按月发放', 'SERVICE', [quote(J, '低保对象按月领取低保金')]),
  programme('pingantong', '平安通', 'PLATFORM', [quote(J, '“平安通”平台')], ['平安通平台']),
  programme('shequ-yishiting', '社区议事厅', 'FACILITY', [quote(J, '社区议事厅已实现全覆盖', 'ACHIEVED', 2022)]),
  programme('yunan-ertong-guanai', '儿童关爱保护', 'PROGRAMME', [quote(Y, '加强儿童关爱保护')]),
  programme('yunan-linshi-jiuzhu', '临时救助备用金', 'SYSTEM', [quote(Y, '临时救助备用金制度')]),
];

const concepts: IndicatorConcept[] = [];

const indicators: Indicator[] = [
  {
    type: 'Indicator',
    id: 'Indicator:jm-elderly-beds-per-1000',
    name: '每千名老年人拥有养老床位数',
    nameEn: 'Elderly-care beds per 1,000 older people',
    aliases: [],
    unit: '张',
    category: '养老服务',
    attribute: '约束性',
    table: { name: '“十四五”时期江门市民政事业发展主要指标', row: '7', subRow: null },
    area: 'AdministrativeArea:jiangmen',
    concept: null,
    measures: ['Theme:da-yanglao'],
    evidence: [quote(J, '每千名老年人拥有养老床位数')],
    flags: noFlags,
    source: src,
    observations: [
      {
        year: 2020,
        kind: 'BASELINE',
        scope: 'CITY',
        value: 35,
        comparator: null,
        text: '35',
        completion: null,
        evidence: [quote(J, '每千名老年人拥有养老床位数 张 35', 'ACHIEVED', 2020)],
        flags: noFlags,
        source: src,
      },
      {
        year: 2025,
        kind: 'TARGET',
        scope: 'CITY',
        value: 40,
        comparator: '≥',
        text: '≥40',
        completion: null,
        evidence: [quote(J, '35 ≥40 约束性', 'PLANNED', 2025, 'column 2025年目标值')],
        flags: [{ code: 'AMBIGUOUS', note: 'fixture flag' }],
        source: src,
      },
    ],
  },
];

function relation(from: string, type: RelationType, to: string, statements: Evidence[], flags: Flag[] = []): Relation {
  return { key: relationKey(from, type, to), from, type, to, statements, flags };
}

const P = (slug: string) => `Programme:${slug}`;
const TG = (slug: string) => `TargetGroup:${slug}`;
const A = (slug: string) => `AdministrativeArea:${slug}`;

const relations: Relation[] = [
  // 慈善筑迹: two target groups, two districts of 江门市.
  relation(P('cishan-zhuji'), 'SERVES', TG('dibao'), [quote(J, '为低保对象和特困人员改善居住环境', 'PLANNED', 2025)]),
  relation(P('cishan-zhuji'), 'SERVES', TG('tekun'), [quote(J, '为低保对象和特困人员改善居住环境', 'PLANNED', 2025)]),
  relation(P('cishan-zhuji'), 'COVERS', A('pengjiang'), [quote(J, '覆盖蓬江区、江海区', 'PLANNED', 2025)]),
  relation(P('cishan-zhuji'), 'COVERS', A('jianghai'), [quote(J, '覆盖蓬江区、江海区', 'PLANNED', 2025)]),
  relation(P('cishan-zhuji'), 'RUN_BY', 'Institution:jm-civil-affairs-bureau', [
    quote(J, '深入实施“慈善筑迹”项目', 'ONGOING'),
  ]),
  relation(P('cishan-zhuji'), 'PART_OF', 'Theme:da-jiuzhu', [quote(J, '深入实施“慈善筑迹”项目', 'ONGOING')]),
  // 低保金按月发放: 江门市 itself, governed by the provincial measures.
  relation(P('dibao-monthly'), 'SERVES', TG('dibao'), [quote(J, '低保对象按月领取低保金', 'ONGOING')]),
  relation(P('dibao-monthly'), 'COVERS', A('jiangmen'), [quote(J, '全市持续推进', 'ONGOING')]),
  relation(P('dibao-monthly'), 'GOVERNED_BY', 'Policy:gd-dibao-measures', [
    quote(J, '落实《广东省最低生活保障制度实施办法》', 'ONGOING'),
  ]),
  relation(P('dibao-monthly'), 'PART_OF', 'Theme:da-jiuzhu', [quote(J, '低保对象按月领取低保金', 'ONGOING')]),
  // 平安通: achieved, two statements on SERVES.
  relation(P('pingantong'), 'SERVES', TG('elderly-living-alone'), [
    quote(J, '为独居老人提供紧急呼援服务', 'ACHIEVED', 2020),
    quote(J, '建立居家养老助残服务“平安通”平台', 'ACHIEVED', 2020),
  ]),
  relation(P('pingantong'), 'COVERS', A('jiangmen'), [quote(J, '覆盖全市', 'ACHIEVED', 2020)]),
  relation(P('pingantong'), 'RUN_BY', 'Institution:jm-civil-affairs-bureau', [
    quote(J, '“平安通”平台', 'ACHIEVED', 2020),
  ]),
  relation(P('pingantong'), 'PART_OF', 'Theme:da-yanglao', [
    quote(J, '居家养老助残服务“平安通”平台', 'ACHIEVED', 2020),
  ]),
  // 郁南县: children county-wide; temporary assistance in one town, serving the broad group directly.
  relation(P('yunan-ertong-guanai'), 'SERVES', TG('children'), [quote(Y, '加强儿童关爱保护', 'PLANNED')]),
  relation(P('yunan-ertong-guanai'), 'COVERS', A('yunan'), [quote(Y, '计划覆盖全县', 'PLANNED')]),
  relation(P('yunan-linshi-jiuzhu'), 'SERVES', TG('people-in-difficulty'), [quote(Y, '及时救助困难群众', 'PLANNED')]),
  relation(P('yunan-linshi-jiuzhu'), 'COVERS', A('ducheng'), [quote(Y, '在都城镇试点临时救助备用金制度', 'PLANNED')]),
  relation(P('yunan-linshi-jiuzhu'), 'RUN_BY', 'Institution:yn-civil-affairs-bureau', [
    quote(Y, '临时救助备用金制度', 'PLANNED'),
  ]),
  relation(P('yunan-linshi-jiuzhu'), 'PART_OF', 'Theme:da-jiuzhu', [quote(Y, '一、健全临时救助制度', 'PLANNED')]),
  // The indicator's MEASURES and FOR_AREA reuse its evidence, as the ingest does.
  relation('Indicator:jm-elderly-beds-per-1000', 'MEASURES', 'Theme:da-yanglao', indicators[0]!.evidence),
  relation('Indicator:jm-elderly-beds-per-1000', 'FOR_AREA', A('jiangmen'), indicators[0]!.evidence),
  // Hierarchies and issuers come from `parent`, `broader` and `issuer` and reuse the entity's evidence.
  ...areas.filter((a) => a.parent).map((a) => relation(a.id, 'PART_OF', a.parent!, a.evidence)),
  ...targetGroups.flatMap((g) => g.broader.map((b) => relation(g.id, 'BROADER', b, g.evidence))),
  relation(J, 'ISSUED_BY', 'Institution:jm-civil-affairs-bureau', []),
  relation(Y, 'ISSUED_BY', 'Institution:yn-civil-affairs-bureau', []),
  relation('Policy:gd-dibao-measures', 'ISSUED_BY', 'Institution:gd-civil-affairs-department', []),
];

function mention(passageId: string, entityId: string, surface: string): Mention {
  const passage = [...jm.passages, ...yn.passages].find((p) => p.id === passageId)!;
  const at = passage.text.indexOf(surface);
  if (at < 0) throw new Error(`fixture: ${surface} not in ${passageId}`);
  return {
    passageId,
    documentId: passage.documentId,
    entityId,
    surface,
    startOffset: passage.startOffset + at,
    endOffset: passage.startOffset + at + surface.length,
  };
}

function citation(passageId: string, policyId: string, title: string): Citation {
  const passage = [...jm.passages, ...yn.passages].find((p) => p.id === passageId)!;
  const at = passage.text.indexOf(`《${title}》`);
  if (at < 0) throw new Error(`fixture: 《${title}》 not in ${passageId}`);
  return {
    passageId,
    documentId: passage.documentId,
    title,
    policyId,
    startOffset: passage.startOffset + at,
    endOffset: passage.startOffset + at + title.length + 2,
  };
}

/** Passage ids of the fixture, by what they hold. */
export const PASSAGES = {
  cishan: 'Passage:jm-plan:0004',
  dibao: 'Passage:jm-plan:0005',
  pingantong: 'Passage:jm-plan:0006',
  indicatorRow: 'Passage:jm-plan:0008',
  ynLinshi: 'Passage:yn-plan:0003',
  ynErtong: 'Passage:yn-plan:0004',
};

/**
 * Programmes generated to make lists long (`Programme:gen-001` …), each serving, covering, run by and part of
 * something with one statement per relation. Their ids sort among the hand-written ones (after dibao-monthly).
 */
function generatedProgrammes(count: number): { programmes: Programme[]; relations: Relation[] } {
  const groups = ['dibao', 'tekun', 'elderly-living-alone', 'children'];
  const places = ['pengjiang', 'jianghai', 'jiangmen', 'ducheng', 'yunan'];
  const list: Programme[] = [];
  const links: Relation[] = [];
  for (let i = 1; i <= count; i++) {
    const id = P(`gen-${String(i).padStart(3, '0')}`);
    list.push({ ...programme(id.slice('Programme:'.length), `生成项目${i}`, 'PROJECT', [quote(J, '全市持续推进')]) });
    links.push(
      relation(id, 'SERVES', TG(groups[i % groups.length]!), [quote(J, '低保对象按月领取低保金', 'ONGOING')]),
      relation(id, 'COVERS', A(places[i % places.length]!), [quote(J, '覆盖全市', 'PLANNED')]),
      relation(id, 'RUN_BY', i % 2 ? 'Institution:jm-civil-affairs-bureau' : 'Institution:yn-civil-affairs-bureau', [
        quote(Y, '临时救助备用金制度'),
      ]),
      relation(id, 'PART_OF', i % 2 ? 'Theme:da-jiuzhu' : 'Theme:da-yanglao', [quote(J, '完善社会救助体系')]),
      relation(id, 'GOVERNED_BY', 'Policy:gd-dibao-measures', [quote(J, '落实《广东省最低生活保障制度实施办法》')]),
    );
  }
  return { programmes: list, relations: links };
}

/** The fixture; `generated` adds that many generated programmes (for tests of long lists). */
export function fixtureFacts(options: { generated?: number } = {}): FactSet {
  const extra = generatedProgrammes(options.generated ?? 0);
  return {
    version: 'fixture-api-1',
    documents: built.map((b) => b.document),
    passages: built.flatMap((b) => b.passages),
    entities: {
      Theme: themes,
      Programme: [...programmes, ...extra.programmes],
      TargetGroup: targetGroups,
      AdministrativeArea: areas,
      Institution: institutions,
      Policy: policies,
      IndicatorConcept: concepts,
    },
    indicators,
    relations: [...relations, ...extra.relations],
    citations: [
      citation(PASSAGES.dibao, 'Policy:gd-dibao-measures', '广东省最低生活保障制度实施办法'),
      citation(PASSAGES.ynErtong, 'Policy:yunan-linshi-jiuzhu-xize', '郁南县临时救助实施细则'),
    ],
    mentions: [
      mention(PASSAGES.cishan, 'Programme:cishan-zhuji', '慈善筑迹'),
      mention(PASSAGES.cishan, 'TargetGroup:dibao', '低保对象'),
      mention(PASSAGES.cishan, 'TargetGroup:tekun', '特困人员'),
      mention(PASSAGES.cishan, 'AdministrativeArea:pengjiang', '蓬江区'),
      mention(PASSAGES.cishan, 'AdministrativeArea:jianghai', '江海区'),
      mention(PASSAGES.pingantong, 'Programme:pingantong', '平安通'),
      mention(PASSAGES.pingantong, 'TargetGroup:elderly-living-alone', '独居老人'),
    ],
    warnings: [],
  };
}
