import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Passage } from '../model/facts';
import { splitIntoPassages, tidy } from './passages';

const DOCUMENTS = join(__dirname, '../../seeds/documents');

/** Fails with the first non-blank character that is in no passage or in two. */
function expectEveryCharacterCoveredOnce(text: string, passages: Passage[]): void {
  const cover = new Uint8Array(text.length);
  for (const p of passages) for (let i = p.startOffset; i < p.endOffset; i++) cover[i]!++;
  for (let i = 0; i < text.length; i++) {
    const blank = /\s/.test(text[i]!);
    if (!blank && cover[i] !== 1) {
      const line = text.slice(0, i).split('\n').length;
      throw new Error(`character ${JSON.stringify(text[i])} at offset ${i} (line ${line}) is in ${cover[i]} passages`);
    }
  }
}

const summary = (ps: Passage[]) => ps.map((p) => [p.kind, p.text, p.sectionPath.join(' > ')]);

describe('splitIntoPassages on inline texts', () => {
  const cases: Array<[string, string, Array<[string, string, string]>]> = [
    [
      'rejoins a sentence broken across lines, blank lines and a page-break space',
      '我市连续多年把提升底线民生保障水平纳入市十件民生实\n\n事推动落实，城乡低保\n\n\n\n 等底线民生保障水平持续提高。\n\n向 11 万名老人发放津贴。\n',
      [
        [
          'PARAGRAPH',
          '我市连续多年把提升底线民生保障水平纳入市十件民生实事推动落实，城乡低保等底线民生保障水平持续提高。',
          '',
        ],
        ['PARAGRAPH', '向11万名老人发放津贴。', ''],
      ],
    ],
    [
      'drops a page number printed between the halves of a sentence, and one after a paragraph',
      '江门市第九届运动会、2019 年世界\n\n\n\n7\n\n排球联赛江门站赛事等成功举办。\n\n43\n\n专栏 4：巩固工程\n',
      [
        ['PARAGRAPH', '江门市第九届运动会、2019年世界排球联赛江门站赛事等成功举办。', ''],
        ['HEADING', '专栏4：巩固工程', '专栏4：巩固工程'],
      ],
    ],
    [
      'keeps a heading and its body on one line, the heading entering the section path',
      '一、综合社会救助水平显著提升\n\n（一）社会救助标准大幅提高。全市城乡低保标准实现一体化。\n(二) 救助机制不断完善。\n',
      [
        ['HEADING', '一、综合社会救助水平显著提升', '一、综合社会救助水平显著提升'],
        [
          'PARAGRAPH',
          '（一）社会救助标准大幅提高。全市城乡低保标准实现一体化。',
          '一、综合社会救助水平显著提升 > （一）社会救助标准大幅提高。',
        ],
        ['HEADING', '(二)救助机制不断完善。', '一、综合社会救助水平显著提升 > (二)救助机制不断完善。'],
      ],
    ],
    [
      'resets deeper levels when a higher heading starts',
      '第一章 回顾\n一、救助\n（一）标准。\n第二章 “十四五” 时期任务\n正文。\n',
      [
        ['HEADING', '第一章 回顾', '第一章 回顾'],
        ['HEADING', '一、救助', '第一章 回顾 > 一、救助'],
        ['HEADING', '（一）标准。', '第一章 回顾 > 一、救助 > （一）标准。'],
        ['HEADING', '第二章 “十四五”时期任务', '第二章 “十四五”时期任务'],
        ['PARAGRAPH', '正文。', '第二章 “十四五”时期任务'],
      ],
    ],
    [
      'turns a titled run of tab-separated lines into one table, cells on their own lines included',
      '正文。\n主要指标完成情况\n\n序号\t指标\t值\n1\t低保\t35\n\n 救助\n2\t特困\t60\n\n后文。\n',
      [
        ['PARAGRAPH', '正文。', ''],
        ['HEADING', '主要指标完成情况', '主要指标完成情况'],
        ['TABLE', '序号\t指标\t值\n1\t低保\t35\n救助\n2\t特困\t60', '主要指标完成情况'],
        ['PARAGRAPH', '后文。', ''],
      ],
    ],
    [
      'treats 目 录 and the lines ending in page numbers as one TOC, without fake headings',
      '目 录\n\n前言\t1\n第一章 回顾\t2\n一、救助.....\t4\n\n前 言\n正文。\n',
      [
        ['TOC', '目 录\n前言\t1\n第一章 回顾\t2\n一、救助.....\t4', ''],
        ['HEADING', '前言', '前言'],
        ['PARAGRAPH', '正文。', '前言'],
      ],
    ],
    [
      'runs a 表 N-N table without tabs up to the next section, its rows not read as headings',
      '第一节 成就\n表 1-1 主要指标\n序号 指标 单位\n一、人口\n1 常住人口数 万人 479.81\n第二节 问题\n',
      [
        ['HEADING', '第一节 成就', '第一节 成就'],
        ['HEADING', '表1-1 主要指标', '第一节 成就 > 表1-1 主要指标'],
        ['TABLE', '序号 指标 单位\n一、人口\n1 常住人口数 万人 479.81', '第一节 成就 > 表1-1 主要指标'],
        ['HEADING', '第二节 问题', '第二节 问题'],
      ],
    ],
    [
      'merges a chapter number printed on its own line with its title',
      '第三章\n 发展任务\n\n一、构建大救助体系\n',
      [
        ['HEADING', '第三章 发展任务', '第三章 发展任务'],
        ['HEADING', '一、构建大救助体系', '第三章 发展任务 > 一、构建大救助体系'],
      ],
    ],
    [
      'reads a wrapped numbered sentence as a paragraph, not a heading',
      '专栏 3：养老服务圈\n1.到 2025 年，新建城区按照每百户不\n低于 30 平方米配建。\n',
      [
        ['HEADING', '专栏3：养老服务圈', '专栏3：养老服务圈'],
        ['PARAGRAPH', '1.到2025年，新建城区按照每百户不低于30平方米配建。', '专栏3：养老服务圈'],
      ],
    ],
    [
      'starts a new paragraph at an indented line or a —— bullet even after an unfinished one',
      '    在县委领导下\n    缩进的新段落\n——五年来，聚焦聚力\n——五年来，创新发展。\n',
      [
        ['PARAGRAPH', '在县委领导下', ''],
        ['PARAGRAPH', '缩进的新段落', ''],
        ['PARAGRAPH', '——五年来，聚焦聚力', ''],
        ['PARAGRAPH', '——五年来，创新发展。', ''],
      ],
    ],
  ];

  it.each(cases)('%s', (_name, text, expected) => {
    const passages = splitIntoPassages('Document:t', text);
    expect(summary(passages)).toEqual(expected);
    expectEveryCharacterCoveredOnce(text, passages);
  });

  it('numbers passages and records offsets and lines into the original text', () => {
    const text = 'A段落开头\n\n继续。\nB。';
    const [a, b] = splitIntoPassages('Document:jiangmen-2022-summary', text);
    expect(a).toMatchObject({
      id: 'Passage:jiangmen-2022-summary:0001',
      ordinal: 1,
      startOffset: 0,
      endOffset: 10,
      startLine: 1,
      endLine: 3,
    });
    expect(b).toMatchObject({
      id: 'Passage:jiangmen-2022-summary:0002',
      ordinal: 2,
      startOffset: 11,
      endOffset: 13,
      startLine: 4,
      endLine: 4,
    });
    expect(text.slice(a!.startOffset, a!.endOffset)).toBe('A段落开头\n\n继续。');
  });

  it('returns no passages for a blank text', () => {
    expect(splitIntoPassages('Document:t', ' \n\t\n')).toEqual([]);
  });
});

describe('splitIntoPassages on the real documents', () => {
  const files = readdirSync(DOCUMENTS)
    .filter((f) => f.endsWith('.txt'))
    .sort();

  it('finds the five documents', () => expect(files).toHaveLength(5));

  it.each(files)('%s: every non-blank character lies in exactly one passage, in order', (file) => {
    const text = readFileSync(join(DOCUMENTS, file), 'utf8');
    const passages = splitIntoPassages('Document:x', text);
    expectEveryCharacterCoveredOnce(text, passages);
    for (let i = 1; i < passages.length; i++)
      expect(passages[i]!.startOffset).toBeGreaterThanOrEqual(passages[i - 1]!.endOffset);
    for (const p of passages) expect(p.text.trim()).not.toBe('');
  });

  const shapes: Array<[string, string, string[]]> = [
    // file prefix, passage kind and text start, expected section path
    ['001', 'TOC', []],
    [
      '001',
      '（一）完善救助政策供给。',
      ['第四章 “十四五”时期发展任务', '一、构建精准化的“大救助”体系', '（一）完善救助政策供给。'],
    ],
    // Tables the table of contents lists are entries of their chapter, not of the item printed before them.
    ['001', '序号\t类别\t指标名称', ['第三章 总体要求', '“十四五”时期江门市民政事业发展主要指标']],
    ['001', '序号\t指标\t', ['第一章 “十三五”时期发展回顾', '“十三五”时期江门市民政事业发展主要指标完成情况']],
    ['002', '第三章 发展任务', ['第三章 发展任务']],
    [
      '003',
      '表2-1 “十四五”时期江门市公共服务主要指标',
      ['第二章 总体要求', '第三节 总体目标', '表2-1 “十四五”时期江门市公共服务主要指标'],
    ],
    [
      '004',
      '(一)兜底保障水平稳步提升。落实',
      ['2024年工作总结', '一、全力兜好底线,基本民生保障体系建设再上新水平', '(一)兜底保障水平稳步提升。'],
    ],
  ];

  it.each(shapes)('%s has a passage starting "%s" under the expected sections', (prefix, start, path) => {
    const file = files.find((f) => f.startsWith(prefix))!;
    const passages = splitIntoPassages('Document:x', readFileSync(join(DOCUMENTS, file), 'utf8'));
    const found = passages.filter((p) => (start === 'TOC' ? p.kind === 'TOC' : p.text.startsWith(start)));
    expect(found.map((p) => p.sectionPath)).toContainEqual(path);
  });

  it('000: rejoins the hard-wrapped lines into whole sentences', () => {
    const file = files.find((f) => f.startsWith('000'))!;
    const passages = splitIntoPassages('Document:x', readFileSync(join(DOCUMENTS, file), 'utf8'));
    expect(passages.some((p) => p.text.includes('纳入市十件民生实事推动落实'))).toBe(true);
    expect(passages.filter((p) => p.kind === 'HEADING').map((p) => p.text)[0]).toBe('1.“大救助”体系建设取得新成效。');
  });
});

describe('tidy', () => {
  it.each([
    ['达 6.6 亿元', '达6.6亿元'],
    ['第四章“十四五” 时期发展任务', '第四章 “十四五”时期发展任务'],
    ['表 2-1  主要指标', '表2-1 主要指标'],
    ['COVID 19 防控', 'COVID 19防控'],
  ])('%j → %j', (input, output) => expect(tidy(input)).toBe(output));
});
