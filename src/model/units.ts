/**
 * Units as the documents print them, and the conversions between them that comparisons may make. Only exact
 * factors are known here (a month is a twelfth of a year, 万 is 10,000); anything else is not comparable, and
 * says so, rather than being guessed.
 */

/** The spelling variants of one unit folded together: 元/人·月, 元/人月, 元/月·人 and 元／人/月 are one unit. */
export function normaliseUnit(unit: string): string {
  const compact = unit
    .replace(/\s+/g, '')
    .replace(/／/g, '/')
    .replace(/[·•．.]/g, '')
    .replace(/（|\(/g, '(')
    .replace(/）|\)/g, ')');
  const perPersonPeriod = /^(.*元)\/(?:人\/?(月|年)|(月|年)\/?人)$/.exec(compact);
  if (perPersonPeriod) return `${perPersonPeriod[1]}/人·${perPersonPeriod[2] ?? perPersonPeriod[3]}`;
  return compact;
}

const MAGNITUDES: Record<string, number> = { '': 1, 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 };
const PERIODS: Record<string, number> = { 月: 1, 年: 12 };

export type Conversion = { factor: number } | { factor: null; why: string };

/** The factor that turns a value printed in `from` into `to`, or why there is none. */
export function conversion(from: string | null, to: string | null): Conversion {
  if (to === null) return { factor: 1 };
  if (from === null) return { factor: null, why: `the series prints no unit; the concept is compared in ${to}` };
  const a = normaliseUnit(from);
  const b = normaliseUnit(to);
  if (a === b) return { factor: 1 };
  const pa = parse(a);
  const pb = parse(b);
  if (pa && pb && pa.base === pb.base && pa.per === pb.per) {
    return {
      factor:
        (MAGNITUDES[pa.magnitude]! * PERIODS[pb.period ?? '月']!) /
        (MAGNITUDES[pb.magnitude]! * PERIODS[pa.period ?? '月']!),
    };
  }
  return { factor: null, why: `no known conversion from ${from} to ${to}` };
}

/** 万元/人·年 → magnitude 万, base 元, per 人, period 年. */
function parse(unit: string): { magnitude: string; base: string; per: string | null; period: string | null } | null {
  const m = /^(万|亿|千|百)?([^/·]+?)(?:\/([^·]+)(?:·(月|年))?)?$/.exec(unit);
  if (!m) return null;
  if (m[4] === undefined && m[3] !== undefined && PERIODS[m[3]] !== undefined) return null;
  return { magnitude: m[1] ?? '', base: m[2]!, per: m[3] ?? null, period: m[4] ?? null };
}
