import type { Passage } from '../model/facts';
import { findMentions, type MentionableEntity } from './mentions';

const entities: MentionableEntity[] = [
  { id: 'AdministrativeArea:jiangmen', type: 'AdministrativeArea', name: '江门市', aliases: ['江门'] },
  { id: 'Institution:jiangmen-civil-affairs-bureau', type: 'Institution', name: '江门市民政局', aliases: [] },
  { id: 'TargetGroup:elderly', type: 'TargetGroup', name: '老年人', aliases: [] },
  { id: 'TargetGroup:elderly-80-plus', type: 'TargetGroup', name: '80周岁以上老年人', aliases: [] },
  { id: 'Programme:pingantong', type: 'Programme', name: '“平安通”', aliases: ['平安通'] },
  { id: 'Theme:x', type: 'Theme', name: '市', aliases: [] },
  { id: 'Indicator:beds', type: 'Indicator', name: '养老床位数', aliases: [] },
  { id: 'Programme:shared', type: 'Programme', name: '平安通', aliases: [] },
];

function passage(text: string, kind: Passage['kind'] = 'PARAGRAPH'): Passage {
  return {
    id: 'Passage:d:0001',
    documentId: 'Document:d',
    ordinal: 1,
    sectionPath: [],
    kind,
    text,
    startOffset: 0,
    endOffset: text.length,
    startLine: 1,
    endLine: 1,
  };
}

describe('findMentions', () => {
  it.each<[string, string, Array<[string, string]>]>([
    // name, text, [entity id, original text covered] per mention
    ['a name', '全市老年人', [['TargetGroup:elderly', '老年人']]],
    [
      'the longest name, not the shorter one inside it',
      '江门市民政局印发',
      [['Institution:jiangmen-civil-affairs-bureau', '江门市民政局']],
    ],
    [
      'a name broken by spaces and a line break',
      '向 80 周岁以上老\n年人发放',
      [['TargetGroup:elderly-80-plus', '80 周岁以上老\n年人']],
    ],
    [
      'an alias, and a longer alias with quotes',
      '江门推进“平安通”',
      [
        ['AdministrativeArea:jiangmen', '江门'],
        ['Programme:pingantong', '“平安通”'],
      ],
    ],
    [
      'every entity sharing a surface',
      '平安通平台',
      [
        ['Programme:pingantong', '平安通'],
        ['Programme:shared', '平安通'],
      ],
    ],
    ['no one-character names and no indicator names', '市养老床位数', []],
    [
      'names back to back',
      '江门市老年人',
      [
        ['AdministrativeArea:jiangmen', '江门市'],
        ['TargetGroup:elderly', '老年人'],
      ],
    ],
  ])('finds %s', (_name, text, expected) => {
    const mentions = findMentions([passage(text)], entities, new Map([['Document:d', text]]));
    expect(mentions.map((m) => [m.entityId, text.slice(m.startOffset, m.endOffset)])).toEqual(expected);
  });

  it('skips the table of contents', () => {
    const text = '老年人\t4';
    expect(findMentions([passage(text, 'TOC')], entities, new Map([['Document:d', text]]))).toEqual([]);
  });

  it('finds every mention in a text of the real size among thousands of names', () => {
    const text = '江门市民政局推进80周岁以上老年人“平安通”服务，惠及困难群众。'.repeat(12000);
    const many: MentionableEntity[] = [...entities];
    for (let i = 0; i < 2000; i++)
      many.push({ id: `Theme:t${i}`, type: 'Theme', name: `江门主题${i}`, aliases: [`平安${i}号`] });
    const mentions = findMentions([passage(text)], many, new Map([['Document:d', text]]));
    expect(mentions).toHaveLength(12000 * 3);
  });

  it('matches an alias only in the documents it is meant in, the full name everywhere', () => {
    const government: MentionableEntity = {
      id: 'Institution:jiangmen-municipal-government',
      type: 'Institution',
      name: '江门市人民政府',
      aliases: ['市政府'],
      aliasDocuments: new Set(['Document:d']),
    };
    const text = '由市政府牵头，江门市人民政府印发';
    const inOther = { ...passage(text), id: 'Passage:other:0001', documentId: 'Document:other' };
    const texts = new Map([
      ['Document:d', text],
      ['Document:other', text],
    ]);
    const found = findMentions([passage(text), inOther], [government], texts).map((m) => [m.documentId, m.surface]);
    expect(found).toEqual([
      ['Document:d', '市政府'],
      ['Document:d', '江门市人民政府'],
      ['Document:other', '江门市人民政府'],
    ]);
  });
});
