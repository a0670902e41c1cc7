import type { Passage, Policy } from '../model/facts';
import { autoPolicyId, citedPolicies, extractCitations } from './policy-citations';

function passageOver(text: string, id = 'Passage:d:0001'): Passage {
  return {
    id,
    documentId: 'Document:d',
    ordinal: 1,
    sectionPath: [],
    kind: 'PARAGRAPH',
    text,
    startOffset: 0,
    endOffset: text.length,
    startLine: 1,
    endLine: 1,
  };
}

const curated = [{ id: 'Policy:cishan-fa', title: '中华人民共和国慈善法', aliases: ['慈善法'] }] as Policy[];

describe('extractCitations', () => {
  it.each<[string, string, Array<[string, string]>]>([
    // name, text, [title, cited text] for each citation
    [
      'one title',
      '出台《江门市居家社区养老服务管理办法》，',
      [['江门市居家社区养老服务管理办法', '《江门市居家社区养老服务管理办法》']],
    ],
    [
      'a 〈…〉 kept inside the title',
      '出台《江门市贯彻〈广东省救助办法〉的实施意见》。',
      [['江门市贯彻〈广东省救助办法〉的实施意见', '《江门市贯彻〈广东省救助办法〉的实施意见》']],
    ],
    [
      'a title broken by a line break',
      '根据《江门市国民经济和社会发展第十四个五\n\n年规划和 2035 年远景目标纲要》',
      [
        [
          '江门市国民经济和社会发展第十四个五年规划和2035年远景目标纲要',
          '《江门市国民经济和社会发展第十四个五\n\n年规划和 2035 年远景目标纲要》',
        ],
      ],
    ],
    [
      'two titles side by side',
      '落实《民法典》《未成年人保护法》',
      [
        ['民法典', '《民法典》'],
        ['未成年人保护法', '《未成年人保护法》'],
      ],
    ],
    [
      'only the outer title of a nested 《》',
      '《关于贯彻《慈善法》的意见》',
      [['关于贯彻《慈善法》的意见', '《关于贯彻《慈善法》的意见》']],
    ],
    ['nothing for an unclosed 《 but the titles after it', '《未闭合 见《规划》', [['规划', '《规划》']]],
    ['nothing for an empty title', '《》', []],
  ])('finds %s', (_name, text, expected) => {
    const citations = extractCitations([passageOver(text)], new Map([['Document:d', text]]));
    expect(citations.map((c) => [c.title, text.slice(c.startOffset, c.endOffset)])).toEqual(expected);
  });

  it('uses the curated id for a curated title or alias, a stable hash id otherwise', () => {
    const text = '落实《慈善法》《中华人民共和国慈善法》《彩票管理条例》';
    const ids = extractCitations([passageOver(text)], new Map([['Document:d', text]]), curated).map((c) => c.policyId);
    expect(ids).toEqual(['Policy:cishan-fa', 'Policy:cishan-fa', autoPolicyId('彩票管理条例')]);
    expect(autoPolicyId('彩票管理条例')).toMatch(/^Policy:[0-9a-f]{12}$/);
    expect(autoPolicyId('彩票管理 条例')).toBe(autoPolicyId('彩票管理条例'));
  });

  it('searches only inside each passage, with offsets into the whole document', () => {
    const text = '前文《甲法》。\n\n后文《乙法》。';
    const passages = [
      passageOver('前文《甲法》。', 'P1'),
      { ...passageOver('后文《乙法》。', 'P2'), startOffset: 9, endOffset: 16 },
    ];
    const citations = extractCitations(passages, new Map([['Document:d', text]]));
    expect(citations.map((c) => [c.passageId, c.title, c.startOffset, c.endOffset])).toEqual([
      ['P1', '甲法', 2, 6],
      ['P2', '乙法', 11, 15],
    ]);
  });

  it('makes one uncurated Policy per cited title', () => {
    const text = '《慈善法》《条例》《条例》';
    const policies = citedPolicies(
      extractCitations([passageOver(text)], new Map([['Document:d', text]]), curated),
      curated,
    );
    expect(policies.map((p) => [p.id, p.title, p.curated])).toEqual([[autoPolicyId('条例'), '条例', false]]);
  });
});
