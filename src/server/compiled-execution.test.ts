import { makeExecutableSchema } from '@graphql-tools/schema';
import { execute, GraphQLError, parse, type DocumentNode, type ExecutionResult } from 'graphql';
import { compileQuery } from 'graphql-jit';
import { compiledExecutor } from './compiled-execution';

// graphql-jit's compileQuery, counted: the executor must compile a document once, not per request.
jest.mock('graphql-jit', () => {
  const actual = jest.requireActual<typeof import('graphql-jit')>('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});

// The compiled executor against graphql-js's own `execute` on one schema: the same answers and the same errors,
// which is what lets it stand in for Apollo's execution (the API's integration tests run the real schema on it).

class Refused extends Error {
  readonly extensions = { code: 'NOT_FOUND' };
}

const schema = makeExecutableSchema({
  typeDefs: /* GraphQL */ `
    interface Node {
      id: ID!
    }
    type Programme implements Node {
      id: ID!
      name: String!
      groups(first: Int = 2): [Group!]!
    }
    type Group implements Node {
      id: ID!
      label: String
    }
    type Query {
      node(id: ID!): Node
      programmes(first: Int!): [Programme!]!
      failing: String
      failingNonNull: String!
      refused: String
    }
  `,
  resolvers: {
    Node: { __resolveType: (node: { id: string }) => (node.id.startsWith('P') ? 'Programme' : 'Group') },
    Query: {
      node: async (_root: unknown, { id }: { id: string }) => ({ id, name: `name of ${id}` }),
      programmes: (_root: unknown, { first }: { first: number }) =>
        Array.from({ length: first }, (_, i) => ({ id: `P${i}`, name: `programme ${i}` })),
      failing: async () => {
        throw new Error('the database is away');
      },
      failingNonNull: () => null,
      refused: () => {
        throw new Refused('no such thing');
      },
    },
    Programme: {
      groups: (programme: { id: string }, { first }: { first: number }) =>
        Array.from({ length: first }, (_, i) => Promise.resolve({ id: `G${programme.id}-${i}`, label: null })),
    },
  },
});

async function both(
  source: string,
  variables: Record<string, unknown> = {},
  operationName?: string,
): Promise<[ExecutionResult, ExecutionResult]> {
  const document = parse(source);
  const compiled = await compiledExecutor(schema)(request(document, variables, operationName));
  const interpreted = await execute({ schema, document, variableValues: variables, operationName });
  return [compiled, interpreted];
}

function request(document: DocumentNode, variables: Record<string, unknown>, operationName?: string) {
  return { document, operationName, request: { variables }, context: {} } as Parameters<
    ReturnType<typeof compiledExecutor>
  >[0];
}

/** What a client receives of a result: its JSON. */
const json = (result: ExecutionResult) => JSON.parse(JSON.stringify(result)) as unknown;

describe('compiledExecutor', () => {
  it('answers as graphql-js does: fragments, aliases, abstract types, arguments, variables, defaults', async () => {
    const [compiled, interpreted] = await both(
      `query Q($n: Int!, $skip: Boolean!) {
        first: programmes(first: $n) { id ...P groups { id label } }
        two: programmes(first: 2) { name groups(first: 1) { __typename id } }
        node(id: "P7") { __typename id ... on Programme { name } }
        group: node(id: "G1") { ... on Group { label } ... on Programme @skip(if: $skip) { name } }
      }
      fragment P on Programme { name }`,
      { n: 3, skip: true },
    );
    expect(json(compiled)).toEqual(json(interpreted));
    expect(compiled.data?.first).toHaveLength(3);
  });

  it("gives graphql-js's errors: message, path, locations, an extensions object, the resolver's error as cause", async () => {
    const [compiled, interpreted] = await both('{ failing refused programmes(first: 1) { id } }');
    expect(json(compiled)).toEqual(json(interpreted));
    for (const error of compiled.errors ?? []) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect(error.extensions).toEqual(expect.any(Object));
    }
    const refused = compiled.errors?.find((error) => error.path?.[0] === 'refused');
    expect(refused?.originalError).toBeInstanceOf(Refused);
    expect(refused?.extensions).toEqual({ code: 'NOT_FOUND' });
  });

  it('nulls the parent of a non-null field that resolves to null, as graphql-js does', async () => {
    const [compiled, interpreted] = await both('{ failingNonNull programmes(first: 1) { id } }');
    expect(json(compiled)).toEqual(json(interpreted));
    expect(compiled.data).toBeNull();
  });

  it("leaves a request whose variables fail to graphql-js, whose error carries the variable's node", async () => {
    const [compiled, interpreted] = await both('query ($n: Int!) { programmes(first: $n) { id } }', { n: 'many' });
    expect(compiled).toEqual(interpreted);
    expect(compiled.data).toBeUndefined();
    expect(compiled.errors?.[0]?.nodes?.[0]?.kind).toBe('VariableDefinition');
  });

  it('runs on graphql-js what graphql-jit cannot compile (an operation the document does not have)', async () => {
    const [compiled, interpreted] = await both('query A { failing }', {}, 'B');
    expect(compiled).toEqual(interpreted);
    expect(compiled.errors?.[0]?.message).toBe('Unknown operation named "B".');
  });

  it('compiles a document once and reuses it, per operation name', async () => {
    const executor = compiledExecutor(schema);
    jest.mocked(compileQuery).mockClear();
    const document = parse('query A { programmes(first: 1) { id } } query B { programmes(first: 2) { id } }');
    const first = await executor(request(document, {}, 'A'));
    const again = await executor(request(document, {}, 'A'));
    const other = await executor(request(document, {}, 'B'));
    expect(again).toEqual(first);
    expect(other.data?.programmes).toHaveLength(2);
    expect(jest.mocked(compileQuery)).toHaveBeenCalledTimes(2);
    // The same text parsed again is another document (Apollo's document store keeps one per text).
    await executor(request(parse('query A { programmes(first: 1) { id } }'), {}, 'A'));
    expect(jest.mocked(compileQuery)).toHaveBeenCalledTimes(3);
  });
});
