/**
 * `compute` remembered per text, for what every request derives from its query text (its cache key, its verdict on
 * the source limits): clients send the same few texts over and over, and lexing each again was a measurable part of
 * what a request cost. Bounded without bookkeeping on the hot path: the memo empties when it holds `maxEntries`
 * texts, and a text longer than `maxLength` is computed each time and never kept.
 */
export function memoByText<T>(
  compute: (text: string) => T,
  { maxEntries = 512, maxLength = 16 * 1024 }: { maxEntries?: number; maxLength?: number } = {},
): (text: string) => T {
  const remembered = new Map<string, T>();
  return (text) => {
    if (remembered.has(text)) return remembered.get(text) as T;
    const value = compute(text);
    if (text.length <= maxLength) {
      if (remembered.size >= maxEntries) remembered.clear();
      remembered.set(text, value);
    }
    return value;
  };
}
