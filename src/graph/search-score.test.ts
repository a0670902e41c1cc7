import {
  alignLines,
  containsTerm,
  coverage,
  highlightUnit,
  passageUnits,
  queryTerms,
  scoreEntity,
  scorePassage,
  type TextUnit,
} from './search-score';

const unit = (text: string, line = 1): TextUnit => ({ text, startLine: line, endLine: line });

describe('queryTerms', () => {
  it('cuts Chinese into bigrams, keeps numbers whole and joins a number to its unit', () => {
    expect(queryTerms('17280元').terms).toEqual(['17280', '元', '17280元']);
    expect(queryTerms('75.62%').terms).toEqual(['75.62%']);
    expect(queryTerms('孤儿安置').terms).toEqual(['孤儿', '儿安', '安置']);
    expect(queryTerms('ＡＢＣ 老').terms).toEqual(['abc', '老']);
    expect(queryTerms('17280 元')).toEqual(queryTerms('17280元'));
    expect(queryTerms('17280元').numbers).toEqual(['17280', '17280元']);
  });
});

describe('containsTerm', () => {
  it.each([
    ['提高至17280元/人', '17280', true],
    ['提高至172800元', '17280', false],
    ['达75.62%。', '75.62%', true],
    ['达175.62%', '75.62%', false],
    ['3.5万', '3', false],
    ['第3章', '3', true],
  ])('%j holds %j: %j', (haystack, term, expected) => {
    expect(containsTerm(haystack, term)).toBe(expected);
  });
});

describe('scorePassage', () => {
  const query = queryTerms('修订孤儿成年后安置制度');

  it('prefers the sentence matching more of the query over a long passage repeating one word', () => {
    const repeated = scorePassage([unit('成年'.repeat(400) + '。')], null, query);
    const matching = scorePassage(
      [unit('其他工作。'), unit('修订集中供养孤儿成年后安置制度，优化保障措施。')],
      null,
      query,
    );
    expect(matching.score).toBeGreaterThan(repeated.score);
    expect(matching.best.text).toBe('修订集中供养孤儿成年后安置制度，优化保障措施。');
  });

  it('scores 0.95 or more for a passage holding the whole query, and 1 at most', () => {
    const { score } = scorePassage([unit('今年修订孤儿成年后安置制度。')], null, query);
    expect(score).toBeGreaterThanOrEqual(0.95);
    expect(score).toBeLessThanOrEqual(1);
  });

  it('does not punish a long table whose row matches the query', () => {
    const rows = Array.from({ length: 375 }, (_, i) => unit(`指标${i}\t%\t${i}`, i + 2));
    rows[200] = unit('养老机构护理型床位占比\t%\t47\t≥55', 202);
    const table = scorePassage(rows, unit('主要指标', 1), queryTerms('护理型床位占比'));
    const short = scorePassage([unit('提高护理型床位。')], null, queryTerms('护理型床位占比'));
    expect(table.score).toBeGreaterThan(short.score);
    expect(table.score).toBeGreaterThan(0.9);
    // The title first, then the matching row with its line.
    expect(table.snippet.map((u) => u.startLine)).toEqual([1, 202]);
  });

  it('finds a table by its title', () => {
    const rows = [unit('名称\t目标', 2), unit('床位\t35', 3)];
    const titled = scorePassage(rows, unit('“十四五”时期主要指标', 1), queryTerms('十四五主要指标'));
    const untitled = scorePassage(rows, null, queryTerms('十四五主要指标'));
    expect(titled.score).toBeGreaterThan(0.7);
    expect(untitled.score).toBeLessThan(0.1);
  });

  it('shows the units matching at least half as much as the best, three at most, in document order', () => {
    const texts = ['低保对象。', '无关。', '低保标准提高。', '低保标准再提高。', '低保标准。', '低保标准又提高。'];
    const { snippet, best } = scorePassage(
      texts.map((t, i) => unit(t, i + 1)),
      null,
      queryTerms('低保标准'),
    );
    expect(best.startLine).toBe(3);
    expect(snippet.map((u) => u.startLine)).toEqual([3, 4, 5]);
  });
});

describe('scoreEntity', () => {
  it('scores an exact name 1 and a longer name that holds the query below it', () => {
    const query = queryTerms('长者饭堂');
    expect(scoreEntity(['长者食堂', '长者饭堂'], query)).toEqual({ score: 1, field: '长者饭堂' });
    const longer = scoreEntity(['香山长者饭堂'], query);
    expect(longer.score).toBeGreaterThan(0.95);
    expect(longer.score).toBeLessThan(1);
    expect(scoreEntity(['老年人'], query).score).toBe(0);
  });
});

describe('passage units and their lines', () => {
  it('aligns the joined text with the document lines, skipping page numbers', () => {
    const source =
      '社会救助水平明显提升。2020年，全市城乡低保标准提\n\n7\n\n高至 900元/人·月，特困人员标准提高至 17280元\n\n/人·年。';
    const text = '社会救助水平明显提升。2020年，全市城乡低保标准提高至900元/人·月，特困人员标准提高至17280元/人·年。';
    const units = passageUnits('PARAGRAPH', text, source, 253);
    expect(units).toEqual([
      { text: '社会救助水平明显提升。', startLine: 253, endLine: 253 },
      {
        text: '2020年，全市城乡低保标准提高至900元/人·月，特困人员标准提高至17280元/人·年。',
        startLine: 253,
        endLine: 259,
      },
    ]);
    expect(alignLines('ab', 'a\n\nb', 10)).toEqual([10, 12]);
  });

  it('cuts a table into its rows with their lines', () => {
    const source = '名称\t目标\n\n床位\t35\n  护理型\t55';
    const units = passageUnits('TABLE', '名称\t目标\n床位\t35\n护理型\t55', source, 40);
    expect(units.map((u) => [u.text, u.startLine])).toEqual([
      ['名称 目标', 40],
      ['床位 35', 42],
      ['护理型 55', 43],
    ]);
  });
});

describe('highlightUnit', () => {
  it('marks the terms, a number never inside a longer one', () => {
    const q = queryTerms('17280元');
    expect(highlightUnit('标准17280元，另发270元', q)).toBe('标准【17280元】，另发270元');
    expect(highlightUnit('护理型床位占比达75.62%', queryTerms('75.62%'))).toBe('护理型床位占比达【75.62%】');
  });

  it('cuts a long unit around its first match', () => {
    const text = `${'前'.repeat(100)}低保${'后'.repeat(100)}`;
    const out = highlightUnit(text, queryTerms('低保'));
    expect(out).toBe(`…${'前'.repeat(30)}【低保】${'后'.repeat(88)}…`);
  });
});

describe('coverage', () => {
  it('weighs terms by length and counts each once', () => {
    const q = queryTerms('17280元');
    expect(coverage('17280元', q)).toBe(1);
    expect(coverage('17280，另270元', q)).toBeCloseTo(6 / 12);
    expect(coverage('元元元元', q)).toBeCloseTo(1 / 12);
  });
});
