import { sharedNames } from './shared-names';

describe('sharedNames', () => {
  it('finds two entities of one type sharing a name or alias, quotation marks aside', () => {
    expect(
      sharedNames([
        { id: 'Programme:a', type: 'Programme', name: '双百工程', aliases: [] },
        { id: 'Programme:b', type: 'Programme', name: '广东双百', aliases: ['“双百工程”'] },
        { id: 'TargetGroup:c', type: 'TargetGroup', name: '双百工程', aliases: [] },
        { id: 'Programme:d', type: 'Programme', name: '平安通', aliases: ['平安通'] },
      ]),
    ).toEqual([{ name: '双百工程', ids: ['Programme:a', 'Programme:b'] }]);
  });
});
