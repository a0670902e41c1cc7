import { parameterNames } from './warm-up';

describe('parameterNames', () => {
  it('lists each parameter of a statement once, dynamic labels included', () => {
    expect(
      parameterNames('MATCH (n:$($label)) WHERE n.id IN $ids AND $ids IS NOT NULL RETURN n LIMIT toInteger($limit)'),
    ).toEqual(['label', 'ids', 'limit']);
  });
});
