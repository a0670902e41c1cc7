/** Adds `value` to the list of `key`, starting it when there is none. */
export function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Lists by a pair of strings (a group: a relation type, a projection's signature; and an id or relation key), one
 * Map inside another: no key string is built per call. Joining the pair cost a new string, flattened and hashed,
 * for every relation and statement of a page of 100 and every lookup of its resolvers; here each id read from a
 * statement is hashed once and then found by its cached hash.
 */
export class ListsByPair<V> {
  private readonly byFirst = new Map<string, Map<string, V[]>>();

  get(first: string, second: string): V[] | undefined {
    return this.byFirst.get(first)?.get(second);
  }

  /** Appends `value` to the list of the pair. */
  add(first: string, second: string, value: V): void {
    append(this.listsOf(first), second, value);
  }

  /** Sets the list of the pair. */
  set(first: string, second: string, list: V[]): void {
    this.listsOf(first).set(second, list);
  }

  private listsOf(first: string): Map<string, V[]> {
    let bySecond = this.byFirst.get(first);
    if (bySecond === undefined) this.byFirst.set(first, (bySecond = new Map()));
    return bySecond;
  }
}
