import { editDistance, nearestNames, type NameCandidate } from './nearest-names';

const area = (slug: string, name: string, aliases: string[] = [], nameEn: string | null = null): NameCandidate => ({
  id: `AdministrativeArea:${slug}`,
  name,
  aliases,
  nameEn,
});

const AREAS = [
  area('taishan', '台山市', [], 'Taishan'),
  area('taicheng', '台城街道'),
  area('kaiping', '开平市', ['开平'], 'Kaiping'),
  area('jiangmen', '江门市', ['江门'], 'Jiangmen'),
  area('jianghai', '江海区', [], 'Jianghai District'),
  area('yunan', '郁南县', [], 'Yunan County'),
];

describe('nearestNames', () => {
  it.each([
    ['a short form', '台山', ['台山市']],
    ['a near miss', '台山县', ['台山市']],
    ['a long form', '江门市民政', ['江门市']],
    ['an English name in any case', 'taishan city', ['台山市']],
    ['full-width forms', '　台山　', ['台山市']],
    ['an id with a typo', 'AdministrativeArea:yunnan', ['郁南县']],
    ['nothing near', '火星', []],
  ])('%s: %j → %j', (_what, input, expected) => {
    expect(nearestNames(input, AREAS)).toEqual(expected);
  });

  it('puts names containing the input before names a few edits away, shortest first, at most three', () => {
    expect(nearestNames('江', AREAS)).toEqual(['江门市', '江海区']);
    expect(nearestNames('市', [...AREAS, area('a', '市a'), area('b', '市b')], 3)).toHaveLength(3);
  });

  it('suggests nothing for an input no one types as a name', () => {
    expect(nearestNames('台山'.repeat(100), AREAS)).toEqual([]);
    expect(nearestNames('   ', AREAS)).toEqual([]);
  });
});

describe('editDistance', () => {
  it.each([
    ['台山', '台山市', 1],
    ['台山县', '台山市', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%j → %j is %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it('gives up past the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});
