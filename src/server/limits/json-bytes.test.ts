import { jsonBytes } from './json-bytes';

describe('jsonBytes', () => {
  it.each([
    ['null', null],
    ['numbers', [0, -1, 3.25, 1e21, 2 ** 53, NaN, Infinity]],
    ['strings with escapes and Chinese', ['', 'a"b\\c\n\t', '江门市民政局', '\u0001', '😀']],
    ['booleans', [true, false]],
    ['nested objects and arrays', { data: { a: [{ b: 1, c: null }, []], d: {} }, errors: [{ message: 'x' }] }],
    ['undefined members, left out of objects and null in arrays', { a: undefined, b: [undefined, 1], c: 2 }],
  ])('is the byte length of JSON.stringify for %s', (_name, value) => {
    expect(jsonBytes(value)).toBe(Buffer.byteLength(JSON.stringify(value), 'utf8'));
  });

  it('reads objects without a prototype, as graphql-js builds its results', () => {
    const data = Object.assign(Object.create(null) as Record<string, unknown>, { name: '长者食堂', count: 3 });
    expect(jsonBytes({ data })).toBe(Buffer.byteLength(JSON.stringify({ data }), 'utf8'));
  });
});
