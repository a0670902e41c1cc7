import { buildASTSchema, isObjectType } from 'graphql';
import { PROJECTED_FIELDS } from '../graph/projection';
import { ENTITY_TYPES } from '../model/facts';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema';

/**
 * Loaders read only the stored properties the selected fields need (src/graph/projection.ts). A field without a
 * resolver of its own is read from the record by graphql-js's default resolver, so its property must be in the
 * projection's tables: a field added to the schema without them would answer empty whenever a loader projects.
 */
const schema = buildASTSchema(loadTypeDefs());
const resolverMap = resolvers as unknown as Record<string, Record<string, unknown> | undefined>;

/** The fields of `typename` that the default resolver answers from the record. */
function defaultResolved(typename: string): string[] {
  const type = schema.getType(typename);
  if (!isObjectType(type)) throw new Error(`${typename} is not an object type of the schema`);
  return Object.keys(type.getFields()).filter((field) => resolverMap[typename]?.[field] === undefined);
}

describe('every field read from a projected record is in the projection tables', () => {
  it.each(ENTITY_TYPES.map((t) => [t]))('%s', (typename) => {
    expect(defaultResolved(typename).filter((field) => !PROJECTED_FIELDS.entity.has(field))).toEqual([]);
  });

  it('Evidence', () => {
    expect(defaultResolved('Evidence').filter((field) => !PROJECTED_FIELDS.evidence.has(field))).toEqual([]);
  });

  const relationTypes = Object.values(schema.getTypeMap()).filter(
    (type) => isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Relation'),
  );
  it.each(relationTypes.map((t) => [t.name]))('%s', (typename) => {
    expect(defaultResolved(typename).filter((field) => !PROJECTED_FIELDS.relation.has(field))).toEqual([]);
  });
});
