import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { selectedFields } from './selection';

const schema = buildSchema(`
  interface Node { id: ID! }
  type Item implements Node { id: ID! name: String note: String other: Item }
  type Relation { node: Item statements: [String] }
  type Query { item: Item relations: [Relation] }
`);

/** The fields selectedFields sees at `item` (or below `relations`, along `path`) for a query. */
function seen(query: string, path: string[] = []): string[] {
  let fields: ReadonlySet<string> | undefined;
  // The default resolver calls a function of the root value with (args, context, info).
  const capture = (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
    fields = selectedFields(info, path);
    return null;
  };
  execute({ schema, document: parse(query), rootValue: { item: capture, relations: capture } });
  return [...(fields ?? [])].sort();
}

describe('selectedFields', () => {
  it('names the fields selected on the result', () => {
    expect(seen('{ item { id name } }')).toEqual(['id', 'name']);
  });

  it('spreads fragments and inline fragments, whatever their type condition', () => {
    expect(seen('fragment F on Item { note } { item { ...F ... on Node { id } ... on Item { name } } }')).toEqual([
      'id',
      'name',
      'note',
    ]);
  });

  it('counts fields under @skip and @include (a superset is safe; a missing field is not)', () => {
    expect(seen('{ item { name @skip(if: true) note @include(if: false) } }')).toEqual(['name', 'note']);
  });

  it('works a field out once: every item of a list gets the same set', () => {
    const sets: ReadonlySet<string>[] = [];
    const query = parse('{ relations { node { name } } }');
    execute({
      schema,
      document: query,
      rootValue: { relations: [{}, {}, {}] },
      fieldResolver: (source, _args, _ctx, info) => {
        if (info.fieldName === 'node') sets.push(selectedFields(info));
        return (source as Record<string, unknown>)[info.fieldName] ?? {};
      },
    });
    expect(sets).toHaveLength(3);
    expect(new Set(sets).size).toBe(1);
    expect([...sets[0]!]).toEqual(['name']);
  });

  it('merges the selections of one field asked for twice', () => {
    expect(seen('{ item { name } item { note } }')).toEqual(['name', 'note']);
  });

  it("descends along a path (a relation's far node)", () => {
    expect(seen('{ relations { statements node { name other { id } } } }', ['node'])).toEqual(['name', 'other']);
    expect(seen('{ relations { statements } }', ['node'])).toEqual([]);
  });
});
