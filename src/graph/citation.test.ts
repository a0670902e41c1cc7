import { formatCitation } from './citation';

// The citation string of src/graph/citation.ts (no database).
const parts = {
  issuer: '江门市民政局',
  title: '江门市民政事业发展“十四五”规划（2021-2025年）',
  year: 2022,
  periodFrom: 2021,
  periodTo: 2025,
  sectionPath: ['第四章 兜牢民生底线', '一、完善社会救助体系'],
};

it.each([
  [
    'issuer, title, year, section path and line range',
    parts,
    { start: 320, end: 321 },
    '江门市民政局《江门市民政事业发展“十四五”规划（2021-2025年）》(2022), 第四章 兜牢民生底线 › 一、完善社会救助体系, lines 320–321',
  ],
  ['one line', parts, { start: 6, end: 6 }, expect.stringMatching(/, line 6$/)],
  [
    'the period when there is no year, nothing for what is unknown',
    { ...parts, issuer: null, year: null, sectionPath: [] },
    { start: 1, end: 2 },
    '《江门市民政事业发展“十四五”规划（2021-2025年）》(2021–2025), lines 1–2',
  ],
  [
    'inferred title, issuer and year in one pair of [brackets], never as if printed',
    {
      ...parts,
      title: '江门市民政局2022年工作总结（节选）',
      inferred: ['title', 'issuer', 'year'],
      sectionPath: ['1.“大救助”体系建设取得新成效。'],
    },
    { start: 13, end: 13 },
    '[江门市民政局《江门市民政局2022年工作总结（节选）》(2022)], 1.“大救助”体系建设取得新成效。, line 13',
  ],
  [
    'only what was inferred',
    { ...parts, year: null, inferred: ['period'] },
    { start: 1, end: 1 },
    '江门市民政局《江门市民政事业发展“十四五”规划（2021-2025年）》[(2021–2025)], 第四章 兜牢民生底线 › 一、完善社会救助体系, line 1',
  ],
  [
    'parts apart, each run in its own brackets',
    { ...parts, inferred: ['issuer', 'year'] },
    { start: 1, end: 1 },
    '[江门市民政局]《江门市民政事业发展“十四五”规划（2021-2025年）》[(2022)], 第四章 兜牢民生底线 › 一、完善社会救助体系, line 1',
  ],
])('%s', (_case, given, lines, expected) => {
  expect(formatCitation(given, lines)).toEqual(expected);
});
