import type { FactSet, Indicator, Relation } from '../../src/model/facts';
import { DEFAULT_SEEDS_DIR } from '../../src/ingest/ingest';
import { loadSeeds } from '../../src/ingest/seed-files';

// What the curation of 002, 003 and 004 must hold, checked on the verified facts of seeds/ (no database): the
// tables row by row, the towns, the shared things as single nodes with each document's statements. The expected
// rows and counts are read off the documents themselves (their tables, their lists), not off the seed files.

const facts: FactSet = loadSeeds(DEFAULT_SEEDS_DIR);
const YUNAN = 'Document:yunan-civil-affairs-plan-2021-2025';
const PUBLIC = 'Document:jiangmen-public-services-plan-2021-2025';
const ZHONGSHAN = 'Document:zhongshan-2024-summary-2025-plan';
const PLAN001 = 'Document:jiangmen-civil-affairs-plan-2021-2025';

const tableRows = (name: string): Indicator[] => facts.indicators.filter((i) => i.table?.name === name);
const rowNumbers = (rows: Indicator[]) => [...new Set(rows.map((i) => Number(i.table!.row)))].sort((a, b) => a - b);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const relationsFrom = (id: string, type: Relation['type']) =>
  facts.relations.filter((r) => r.from === id && r.type === type);
/** Documents with a statement (own evidence or a relation's) about an entity, implied scope statements aside. */
function documentsOf(id: string): Set<string> {
  const all = [...Object.values(facts.entities).flat(), ...facts.indicators].find((e) => e.id === id);
  const statements = [
    ...(all?.evidence ?? []),
    ...facts.relations.filter((r) => r.from === id || r.to === id).flatMap((r) => r.statements),
  ];
  return new Set(statements.filter((s) => !s.impliedBy).map((s) => s.documentId));
}
const areaChildren = (parent: string) => facts.entities.AdministrativeArea.filter((a) => a.parent === parent);

function expectEveryCellTraced(rows: Indicator[]): void {
  for (const row of rows) {
    expect(row.observations.length).toBeGreaterThan(0);
    for (const o of row.observations) expect(o.evidence.length).toBeGreaterThan(0);
  }
}

describe('002 郁南县民政事业发展“十四五”规划', () => {
  it('has every printed row of the 十四五 主要指标 table (序号 1-25; 12 and 14 are not printed, and flagged)', () => {
    const rows = tableRows('“十四五”时期郁南县民政事业发展主要指标');
    expect(rowNumbers(rows)).toEqual(range(1, 25).filter((n) => n !== 12 && n !== 14));
    expectEveryCellTraced(rows);
    const missing = rows.flatMap((r) => r.flags).filter((f) => f.code === 'MISSING_ROW');
    expect(missing.map((f) => f.note)).toEqual([expect.stringContaining('12'), expect.stringContaining('14')]);
  });

  it.each([
    '“十三五”期间郁南县城乡最低生活保障标准',
    '“十三五”期间郁南县城乡特困供养生活标准',
    '“十三五”期间郁南县临时救助发放情况',
    '“十三五”期间郁南县孤儿、事实无人抚养儿童生活保障标准',
  ])('reads the review table %s year by year, 2016 to 2020', (name) => {
    const rows = tableRows(name);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expectEveryCellTraced(rows);
    const years = new Set(rows.flatMap((r) => r.observations.map((o) => o.year)));
    expect([...years].sort()).toEqual([2016, 2017, 2018, 2019, 2020]);
    for (const r of rows) expect(r.area).toBe('AdministrativeArea:yunan');
  });

  it('keeps a bracketed alternative as printed, flagged', () => {
    const cells = facts.indicators.flatMap((i) => i.observations).filter((o) => o.text === '928（715）');
    expect(cells.length).toBeGreaterThan(0);
    for (const o of cells) expect(o.flags.map((f) => f.code)).toContain('AMBIGUOUS');
  });

  it('puts the towns it names under 郁南县 and its boundary neighbours under 云浮市', () => {
    const towns = areaChildren('AdministrativeArea:yunan');
    expect(towns.map((t) => t.name)).toEqual(expect.arrayContaining(['都城镇', '桂圩镇', '千官镇', '宋桂镇']));
    for (const t of towns) expect(t.level).toBe('TOWN');
    expect(areaChildren('AdministrativeArea:yunfu').map((a) => a.name)).toEqual(
      expect.arrayContaining(['郁南县', '云安区', '罗定市']),
    );
    expect(facts.relations.some((r) => r.type === 'BORDERS' && r.statements.some((s) => s.documentId === YUNAN))).toBe(
      true,
    );
  });

  it('states 最低生活保障, 特困人员救助供养 and 双百工程 on the same nodes as 江门 and 中山', () => {
    for (const id of ['Programme:dibao', 'Programme:tekun-gongyang', 'Programme:shuangbai-gongcheng'])
      expect([...documentsOf(id)]).toEqual(expect.arrayContaining([PLAN001, YUNAN]));
    expect([...documentsOf('Programme:dibao')]).toContain(ZHONGSHAN);
  });

  it('flags the conflicting social-work talent targets (350 in the goals, 330 in chapter 3)', () => {
    const talent = facts.indicators
      .flatMap((i) => i.observations.map((o) => ({ i, o })))
      .filter(
        ({ i, o }) =>
          i.evidence.some((e) => e.documentId === YUNAN) &&
          [330, 350].includes(o.value ?? -1) &&
          i.concept === 'IndicatorConcept:social-work-talent',
      );
    expect(new Set(talent.map(({ o }) => o.value))).toEqual(new Set([330, 350]));
    expect(talent.some(({ o, i }) => [...o.flags, ...i.flags].some((f) => f.code === 'CONTRADICTION'))).toBe(true);
  });
});

describe('003 江门市公共服务“十四五”规划', () => {
  it('has every row of 表1-1 (20) and 表2-1 (46), each traced, each 表2-1 row with its domain', () => {
    const review = tableRows('十三五期间公共服务主要指标完成情况');
    const targets = tableRows('“十四五”时期江门市公共服务主要指标');
    expect(rowNumbers(review)).toEqual(range(1, 20));
    expect(rowNumbers(targets)).toEqual(range(1, 46));
    expectEveryCellTraced([...review, ...targets]);
    for (const row of targets)
      expect(row.measures.some((m) => m.startsWith('Theme:ps-')) || row.category !== null).toBe(true);
  });

  it('has all 80 items of 专栏1 江门市基本公共服务项目清单, each in its domain', () => {
    const items = new Map<number, string>();
    for (const p of facts.entities.Programme)
      for (const e of p.evidence) {
        const m = /item (\d+) of 80/.exec(e.note ?? '');
        if (m && e.documentId === PUBLIC) items.set(Number(m[1]), p.id);
      }
    expect([...items.keys()].sort((a, b) => a - b)).toEqual(range(1, 80));
    for (const id of items.values())
      expect(relationsFrom(id, 'PART_OF').some((r) => r.to.startsWith('Theme:ps-'))).toBe(true);
  });

  it('shares 养老机构护理型床位占比 and 每千名老年人养老床位 with 001 as one concept, both documents’ series', () => {
    for (const concept of [
      'IndicatorConcept:nursing-bed-share',
      'IndicatorConcept:township-elderly-facility-coverage',
    ]) {
      const series = facts.indicators.filter((i) => i.concept === concept && i.area === 'AdministrativeArea:jiangmen');
      const documents = new Set(series.flatMap((i) => i.evidence.map((e) => e.documentId)));
      expect([...documents]).toEqual(expect.arrayContaining([PLAN001, PUBLIC]));
    }
  });

  it('flags where it and 001 disagree (表2-1 row 29 prints 8 where 001 prints —)', () => {
    const row29 = facts.indicators.find((i) => i.id === 'Indicator:jmps14-row-29')!;
    const flags = [...row29.flags, ...row29.observations.flatMap((o) => o.flags)];
    expect(flags.some((f) => f.code === 'CONTRADICTION')).toBe(true);
  });
});

describe('004 中山市民政局2024年工作总结和2025年工作计划', () => {
  it('puts its towns, streets and zones directly under 中山市', () => {
    const members = areaChildren('AdministrativeArea:zhongshan');
    expect(members.length).toBeGreaterThanOrEqual(13);
    expect(
      members
        .filter((a) => a.level === 'SPECIAL_ZONE')
        .map((a) => a.name)
        .sort(),
    ).toEqual(['中山火炬高技术产业开发区', '翠亨新区'].sort());
    for (const a of members) expect(['TOWN', 'SUBDISTRICT', 'SPECIAL_ZONE']).toContain(a.level);
  });

  it('places town-level programmes in their towns', () => {
    const towns = new Set(areaChildren('AdministrativeArea:zhongshan').map((a) => a.id));
    const placed = facts.relations.filter(
      (r) => r.type === 'COVERS' && towns.has(r.to) && r.statements.some((s) => s.documentId === ZHONGSHAN),
    );
    expect(new Set(placed.map((r) => r.to)).size).toBeGreaterThanOrEqual(5);
  });

  it('gives 香山长者饭堂 its place under 长者食堂, the programme 江门 and 郁南 also run', () => {
    const canteen = facts.entities.Programme.find((p) => p.name === '香山长者饭堂')!;
    expect(relationsFrom(canteen.id, 'BROADER').map((r) => r.to)).toContain('Programme:zhangzhe-shitang');
  });

  it('states its 2025 plans as PLANNED with year 2025', () => {
    const planned = [
      ...Object.values(facts.entities)
        .flat()
        .flatMap((e) => e.evidence),
      ...facts.relations.flatMap((r) => r.statements),
    ].filter((s) => s.documentId === ZHONGSHAN && s.status === 'PLANNED');
    expect(planned.length).toBeGreaterThan(20);
    for (const s of planned) expect(s.year).toBe(2025);
  });
});
