import { jsonBytes, jsonBytesBound } from './json-bytes';

describe('jsonBytes', () => {
  it.each([
    ['null', null],
    ['numbers', [0, -1, 3.25, 1e21, 2 ** 53, NaN, Infinity]],
    ['strings with escapes and Chinese', ['', 'a"b\\c\n\t', '江门市民政局', '\u0001', '😀']],
    ['booleans', [true, false]],
    ['nested objects and arrays', { data: { a: [{ b: 1, c: null }, []], d: {} }, errors: [{ message: 'x' }] }],
    ['undefined members, left out of objects and null in arrays', { a: undefined, b: [undefined, 1], c: 2 }],
    ['the worst strings: control characters and lone surrogates', ['\u0000\u001f', '\ud800', '\udc00x']],
  ])('is the byte length of JSON.stringify for %s, and jsonBytesBound is no less', (_name, value) => {
    const exact = Buffer.byteLength(JSON.stringify(value), 'utf8');
    expect(jsonBytes(value)).toBe(exact);
    expect(jsonBytesBound(value)).toBeGreaterThanOrEqual(exact);
  });

  it('bounds a string by 6 bytes per UTF-16 unit, which control characters reach', () => {
    expect(jsonBytesBound('\u0001\u0002')).toBe(Buffer.byteLength(JSON.stringify('\u0001\u0002'), 'utf8'));
    expect(jsonBytesBound({ key: '江门' })).toBe(2 + (3 * 6 + 2) + 1 + (2 * 6 + 2));
  });

  it('reads objects without a prototype, as graphql-js builds its results', () => {
    const data = Object.assign(Object.create(null) as Record<string, unknown>, { name: '长者食堂', count: 3 });
    expect(jsonBytes({ data })).toBe(Buffer.byteLength(JSON.stringify({ data }), 'utf8'));
  });
});
