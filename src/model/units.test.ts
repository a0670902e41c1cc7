import { conversion, normaliseUnit } from './units';

describe('units', () => {
  it('folds the spellings of a per-person-per-period unit together', () => {
    expect(normaliseUnit('元/人·月')).toBe('元/人·月');
    expect(normaliseUnit('元/人月')).toBe('元/人·月');
    expect(normaliseUnit('元／月·人')).toBe('元/人·月');
    expect(normaliseUnit(' 元/人/年 ')).toBe('元/人·年');
  });

  it.each([
    ['元/人·月', '元/人·年', 12],
    ['元/人年', '元/人·月', 1 / 12],
    ['万人', '人', 10000],
    ['亿元', '万元', 10000],
    ['%', '%', 1],
  ])('converts %s to %s by %d', (from, to, factor) => {
    const c = conversion(from, to);
    expect(c.factor).toBeCloseTo(factor, 10);
  });

  it('says why a conversion is unknown instead of guessing', () => {
    expect(conversion('张', '%')).toEqual({ factor: null, why: 'no known conversion from 张 to %' });
    expect(conversion(null, '元/人·月').factor).toBeNull();
  });
});
