import { AppError } from '../errors';
import { normaliseSearchText, searchQuery } from './search-text';

describe('normaliseSearchText', () => {
  it.each([
    ['  低保   对象 ', '低保 对象'],
    ['１７２８０元', '17280元'],
    ['ＡＢＣ　平安通', 'ABC 平安通'],
    ['低保\u0000对象\u200b\t\n', '低保 对象'],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseSearchText(raw)).toBe(expected);
  });
});

describe('searchQuery', () => {
  const refused = (raw: string, max = 200): AppError => {
    try {
      searchQuery(raw, max);
    } catch (error) {
      return error as AppError;
    }
    throw new Error('expected a refusal');
  };

  it('escapes Lucene syntax and searches one Chinese character as a prefix', () => {
    expect(searchQuery('a+b AND (c)', 200).lucene).toBe('a\\+b and \\(c\\)');
    expect(searchQuery(' 老 ', 200)).toEqual({ text: '老', lucene: '老*' });
  });

  it.each([
    ['1,026 Chinese characters', '老'.repeat(1026), 1026],
    ['342 short words', Array.from({ length: 342 }, () => '养老服务').join(' '), 1709],
    ['900 KB of text', 'x'.repeat(900_000), 900_000],
  ])('refuses %s as BAD_USER_INPUT naming the limit', (_what, raw, length) => {
    const error = refused(raw);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(
      `text: at most 200 characters (MAX_SEARCH_LENGTH), got ${length}; search for a shorter phrase`,
    );
    expect(error.details).toEqual({ argument: 'text', limit: 'MAX_SEARCH_LENGTH', max: 200, value: length });
  });

  it('counts characters after normalisation, so padding does not count', () => {
    expect(searchQuery(`  ${'低保'.repeat(100)}${' '.repeat(500)}`, 200).text).toHaveLength(200);
    expect(refused(`${'低保'.repeat(100)}老`).details.value).toBe(201);
  });

  it('refuses text with nothing in it', () => {
    expect(refused(' \u200b\t ').message).toBe('text: must not be empty');
  });
});
