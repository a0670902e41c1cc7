import { ListsByPair } from './lists-by-pair';

describe('ListsByPair', () => {
  it('keeps a list per pair, in the order added, and nothing for a pair never added', () => {
    const lists = new ListsByPair<number>();
    lists.add('SERVES', 'Programme:a', 1);
    lists.add('SERVES', 'Programme:a', 2);
    lists.add('COVERS', 'Programme:a', 3);
    expect(lists.get('SERVES', 'Programme:a')).toEqual([1, 2]);
    expect(lists.get('COVERS', 'Programme:a')).toEqual([3]);
    expect(lists.get('COVERS', 'Programme:b')).toBeUndefined();
    expect(lists.get('PART_OF', 'Programme:a')).toBeUndefined();
  });

  it('never mixes two pairs that would join into the same string', () => {
    const lists = new ListsByPair<string>();
    lists.set('a|b', 'c', ['first']);
    lists.set('a', 'b|c', ['second']);
    expect(lists.get('a|b', 'c')).toEqual(['first']);
    expect(lists.get('a', 'b|c')).toEqual(['second']);
  });
});
