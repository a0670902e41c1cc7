import {
  ALL,
  ENTITY_ALWAYS_PROPS,
  ENTITY_FIELD_PROPS,
  ENTITY_PROPS,
  entityProjection,
  evidenceProjection,
  pointProjection,
  readsRelationFields,
  relationProjection,
  unionOf,
  unionOfEntity,
  unionOfEvidence,
  unionOfRelation,
  zipProps,
} from './projection';

describe('evidenceProjection', () => {
  it('reads the quote, the passage and the document only when a selected field needs them', () => {
    const bare = evidenceProjection(new Set(['status']));
    expect(bare.evidenceProps).toContain('status');
    expect(bare.evidenceProps).not.toContain('quote');
    expect([bare.passage, bare.document]).toEqual([false, false]);

    const cited = evidenceProjection(new Set(['quote', 'citation']));
    expect(cited.evidenceProps).toContain('quote');
    expect([cited.passage, cited.document]).toEqual([true, true]);

    const placed = evidenceProjection(new Set(['sectionPath']));
    expect([placed.passage, placed.document]).toEqual([true, false]);
  });

  it('reads everything for ALL, and a batch reads the union of its keys', () => {
    const all = evidenceProjection(ALL);
    expect(all.evidenceProps).toEqual(expect.arrayContaining(['quote', 'note', 'flagsJson', 'implicit', 'impliedBy']));
    const union = unionOfEvidence([evidenceProjection(new Set(['note'])), evidenceProjection(new Set(['document']))]);
    expect(union.evidenceProps).toContain('note');
    expect(union.document).toBe(true);
    expect(union.signature).toBe(
      unionOfEvidence([evidenceProjection(new Set(['document'])), evidenceProjection(new Set(['note']))]).signature,
    );
  });

  it('lists each property once, in one order, so a projection and its own union are the same read', () => {
    // citation and passage both need passageId and documentId, and citation the lines, which `lines` lists first.
    const cited = evidenceProjection(new Set(['citation', 'passage', 'quote']));
    expect(new Set(cited.evidenceProps).size).toBe(cited.evidenceProps.length);
    expect(unionOfEvidence([cited]).evidenceProps).toEqual(cited.evidenceProps);
    expect(unionOfEvidence([cited]).signature).toBe(cited.signature);
  });
});

describe('entityProjection', () => {
  it('always reads ids, names and units, and every other property only when its field is selected', () => {
    expect(entityProjection(new Set(['name'])).props).toEqual(['id', 'name', 'unit']);
    expect(entityProjection(new Set(['name', 'parent', 'level'])).props).toEqual([
      'id',
      'name',
      'unit',
      'level',
      'parentId',
    ]);
    expect(entityProjection(new Set(['area', 'issuer', 'concept'])).props).toEqual(
      expect.arrayContaining(['areaId', 'issuer', 'conceptId']),
    );
    // Everything is every property the records use, whichever field reads it.
    expect(entityProjection(ALL).props).toEqual(ENTITY_PROPS);
    expect(entityProjection(new Set(['table'])).props).toEqual(
      expect.arrayContaining(['tableName', 'tableRow', 'tableSubRow']),
    );
    expect(unionOfEntity([entityProjection(new Set(['aliases'])), entityProjection(new Set(['flags']))]).props).toEqual(
      expect.arrayContaining(['aliases', 'flagsJson']),
    );
  });

  it('reads every property the records use through some field, and no other', () => {
    const throughFields = [...ENTITY_ALWAYS_PROPS, ...Object.values(ENTITY_FIELD_PROPS).flat()];
    expect(new Set(throughFields)).toEqual(new Set(ENTITY_PROPS));
  });

  it('unites selections', () => {
    expect(unionOf(new Set(['a']), new Set(['b']))).toEqual(new Set(['a', 'b']));
    expect(unionOf(ALL, new Set(['b']))).toBe(ALL);
  });
});

describe('pointProjection', () => {
  it('reads the year and kind, what the selected fields need, and everything for the observation record', () => {
    const values = pointProjection(new Set(['year', 'role', 'normalisedValue']));
    expect(values.props).toEqual(['year', 'kind', 'value']);
    expect(values.whole).toBe(false);
    const whole = pointProjection(new Set(['observation']));
    expect(whole.whole).toBe(true);
    expect(whole.props).toEqual(expect.arrayContaining(['id', 'indicatorId', 'ordinal', 'flagsJson', 'text']));
    expect(pointProjection(ALL)).toEqual(whole);
  });
});

describe('relationProjection', () => {
  const names = entityProjection(new Set(['name']));

  it("reads the relationship's own fields only when statementCount, statuses or flags is selected", () => {
    expect(readsRelationFields(new Set(['node', 'statements']))).toBe(false);
    for (const field of ['statementCount', 'statuses', 'flags']) {
      expect(readsRelationFields(new Set(['node', field]))).toBe(true);
    }
    expect(readsRelationFields(ALL)).toBe(true);
  });

  it('keys a read by both parts, and a batch reads the union of the nodes and the fields if any key asks', () => {
    const bare = relationProjection(names, false);
    const withFields = relationProjection(names, true);
    expect(relationProjection(names, false)).toBe(bare);
    expect(withFields.signature).not.toBe(bare.signature);
    expect(relationProjection(entityProjection(new Set(['aliases'])), false).signature).not.toBe(bare.signature);
    const union = unionOfRelation([bare, relationProjection(entityProjection(new Set(['aliases'])), true)]);
    expect(union.fields).toBe(true);
    expect(union.nodeProps).toEqual(expect.arrayContaining(['id', 'name', 'aliases']));
    expect(unionOfRelation([bare, bare]).fields).toBe(false);
  });
});

describe('zipProps', () => {
  it('pairs names with values and leaves nulls out, as properties(n) does', () => {
    expect(zipProps(['id', 'name', 'nameEn'], ['x', '名', null])).toEqual({ id: 'x', name: '名' });
  });
});
