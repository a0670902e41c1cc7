import { CODED_AREA_LEVELS, ENTITY_TYPES, ID_PREFIXES, relationKey } from './facts';

describe('facts', () => {
  it.each([
    ['Programme:pingantong', 'SERVES', 'TargetGroup:elderly', 'Programme:pingantong|SERVES|TargetGroup:elderly'],
    [
      'AdministrativeArea:xinhui',
      'PART_OF',
      'AdministrativeArea:jiangmen',
      'AdministrativeArea:xinhui|PART_OF|AdministrativeArea:jiangmen',
    ],
  ] as const)('relationKey(%s, %s, %s) = %s', (from, type, to, key) => {
    expect(relationKey(from, type, to)).toBe(key);
  });

  it('has Document plus every entity type as id prefixes', () => {
    expect([...ID_PREFIXES].sort()).toEqual(['Document', ...ENTITY_TYPES].sort());
  });

  it('requires codes from PROVINCE down to COUNTY only', () => {
    expect(CODED_AREA_LEVELS).toEqual(['PROVINCE', 'CITY', 'DISTRICT', 'COUNTY_CITY', 'COUNTY']);
  });
});
