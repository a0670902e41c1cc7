import type { GraphQLResolveInfo } from 'graphql';
import { REF_FIELDS, RELATION_FIELDS } from './look-ahead';
import { resolvers } from './resolvers';
import type { Context } from './context';

/**
 * The look-ahead tables must say what the resolvers do: a relation field read ahead under another type or
 * direction than its resolver asks for would be read for nothing, and its resolver would send a statement anyway.
 * Every field of every entity type's resolvers is called on a stand-in record with stand-in loaders that record
 * what they are asked (no query runs here: the round-trips and projections tests run the real ones on Neo4j).
 */
type Call = { method: string; args: unknown[] };

/** The loaders that are DataLoaders (asked with `.load`); every other member is a method. */
const DATA_LOADERS = new Set([
  'node',
  'ancestors',
  'institutionsInArea',
  'mentions',
  'cites',
  'citedBy',
  'passagePages',
]);

function standInContext(calls: Call[]): Context {
  const record = (method: string, args: unknown[], answer: unknown) => {
    calls.push({ method, args });
    return Promise.resolve(answer);
  };
  const loaders = new Proxy(
    {},
    {
      get: (_target, method: string) =>
        DATA_LOADERS.has(method)
          ? { load: (...args: unknown[]) => record(`${method}.load`, args, []) }
          : (...args: unknown[]) => record(method, args, method.endsWith('As') ? null : []),
    },
  );
  return { loaders, readAll: true } as unknown as Context;
}

const RECORD = { id: 'X', parentId: 'P', areaId: 'A', issuerId: 'I', conceptId: 'C', documentId: 'D' };
// No selection to read: the context reads everything (readAll). The field nodes key what a request derives per field.
const info = { fieldNodes: [] } as unknown as GraphQLResolveInfo;

/** The (type, direction) pairs a field's resolver asks Loaders.relations for, and whether it asks for a node by id. */
async function whatItReads(typename: string, field: string): Promise<{ relations: string[]; nodeById: boolean }> {
  const calls: Call[] = [];
  const resolve = (resolvers as unknown as Record<string, Record<string, unknown>>)[typename]![field] as (
    ...args: unknown[]
  ) => unknown;
  await resolve(RECORD, {}, standInContext(calls), info);
  return {
    relations: calls.filter((c) => c.method === 'relations').map((c) => `${String(c.args[0])} ${String(c.args[1])}`),
    nodeById: calls.some((c) => c.method === 'maybeNodeAs'),
  };
}

const TYPES = [
  'Programme',
  'TargetGroup',
  'AdministrativeArea',
  'Theme',
  'Institution',
  'Indicator',
  'IndicatorConcept',
  'Policy',
];
/** Read from both ends (a document names neighbours in one direction): not read ahead. */
const NOT_AHEAD = new Set(['AdministrativeArea.borders']);

describe.each(TYPES)('the look-ahead tables for %s', (typename) => {
  const fields = Object.keys((resolvers as unknown as Record<string, object>)[typename]!);

  it.each(fields)(
    '%s is in RELATION_FIELDS exactly when its resolver reads one relation type, as the table says',
    async (field) => {
      const { relations } = await whatItReads(typename, field);
      const listed = RELATION_FIELDS[typename]?.[field];
      if (NOT_AHEAD.has(`${typename}.${field}`)) return expect(listed).toBeUndefined();
      expect(listed ? [`${listed.type} ${listed.direction}`] : []).toEqual(relations);
    },
  );

  it.each(fields)('%s is in REF_FIELDS exactly when its resolver reads a node by an id property', async (field) => {
    const { nodeById } = await whatItReads(typename, field);
    expect(REF_FIELDS[typename]?.[field] !== undefined).toBe(nodeById);
  });
});
