import { memoByText } from './text-memo';

function counted<T>(compute: (text: string) => T) {
  const calls: string[] = [];
  return { calls, compute: (text: string) => (calls.push(text), compute(text)) };
}

describe('memoByText', () => {
  it('computes a text once, including an answer of undefined or null', () => {
    const { calls, compute } = counted((text) => (text === 'u' ? undefined : text === 'n' ? null : text.length));
    const memo = memoByText(compute);
    expect([memo('abc'), memo('abc'), memo('u'), memo('u'), memo('n'), memo('n')]).toEqual([
      3,
      3,
      undefined,
      undefined,
      null,
      null,
    ]);
    expect(calls).toEqual(['abc', 'u', 'n']);
  });

  it('computes a text longer than maxLength every time', () => {
    const { calls, compute } = counted((text) => text.length);
    const memo = memoByText(compute, { maxLength: 3 });
    memo('abcd');
    memo('abcd');
    memo('abc');
    memo('abc');
    expect(calls).toEqual(['abcd', 'abcd', 'abc']);
  });

  it('starts afresh once it holds maxEntries texts', () => {
    const { calls, compute } = counted((text) => text);
    const memo = memoByText(compute, { maxEntries: 2 });
    memo('a');
    memo('b');
    memo('c'); // full: forgets a and b, keeps c
    memo('c');
    memo('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
