import type { Passage } from '../model/facts';
import { QuoteLocator, locateQuote, passageAt, stripWhitespace } from './quote-locator';

describe('locateQuote', () => {
  const text = '开展 “寒冬送温暖”专项救助\n\n行动，保障\n独居老人。2022\n\n年累计 6.6 亿元；寒冬送温暖';

  it.each<[string, string, Array<[number, number, number, number]>]>([
    // name, quote, [startOffset, endOffset, startLine, endLine] of every occurrence
    ['a quote on one line', '专项救助', [[10, 14, 1, 1]]],
    ['across a line break and blank lines', '专项救助行动', [[10, 18, 1, 3]]],
    ['ignoring the spaces around numbers in the text', '2022年累计6.6亿元', [[27, 43, 4, 6]]],
    ['ignoring whitespace inside the quote', '独居 老人\n。', [[22, 27, 4, 4]]],
    [
      'every occurrence, in text order',
      '寒冬送温暖',
      [
        [4, 9, 1, 1],
        [44, 49, 6, 6],
      ],
    ],
    ['nothing when punctuation differs', '"寒冬送温暖"', []],
    ['nothing for a blank quote', ' \n ', []],
  ])('finds %s', (_name, quote, expected) => {
    const spans = locateQuote(text, quote);
    expect(spans.map((s) => [s.startOffset, s.endOffset, s.startLine, s.endLine])).toEqual(expected);
    for (const s of spans)
      expect(stripWhitespace(text.slice(s.startOffset, s.endOffset)).text).toBe(stripWhitespace(quote).text);
  });

  it('looks up many quotes in a large text with one locator', () => {
    const big = '民政工作关系民生，连着民心。\n\n'.repeat(20000) + '唯一的句子 在 这里。';
    const locator = new QuoteLocator(big);
    for (let i = 0; i < 500; i++) expect(locator.locate('唯一的句子在这里')).toHaveLength(1);
  });
});

describe('passageAt', () => {
  const passages = [
    { id: 'P1', startOffset: 0, endOffset: 10 },
    { id: 'P2', startOffset: 12, endOffset: 20 },
    { id: 'P3', startOffset: 20, endOffset: 25 },
  ] as Passage[];

  it.each<[number, string | undefined]>([
    [0, 'P1'],
    [9, 'P1'],
    [10, undefined],
    [12, 'P2'],
    [20, 'P3'],
    [24, 'P3'],
    [25, undefined],
    [-1, undefined],
  ])('offset %d → %s', (offset, id) => expect(passageAt(passages, offset)?.id).toBe(id));
});
