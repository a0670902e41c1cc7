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

  it('leaves out what a curator declared distinct, and institutions of different areas', () => {
    expect(
      sharedNames([
        { id: 'Programme:jm-gc01', type: 'Programme', name: '救助管理机构建设工程', aliases: [] },
        {
          id: 'Programme:yn-gc01',
          type: 'Programme',
          name: '救助管理机构建设工程',
          aliases: [],
          distinctFrom: ['Programme:jm-gc01'],
        },
        {
          id: 'Institution:jm-gov',
          type: 'Institution',
          name: '江门市人民政府',
          aliases: ['市政府'],
          area: 'AdministrativeArea:jiangmen',
        },
        {
          id: 'Institution:zs-gov',
          type: 'Institution',
          name: '中山市人民政府',
          aliases: ['市政府'],
          area: 'AdministrativeArea:zhongshan',
        },
      ]),
    ).toEqual([]);
  });
});
