import { parse } from 'graphql';
import type { Config } from '../../src/config';
import { BadUserInputError, NotFoundError } from '../../src/errors';
import type { Graph } from '../../src/graph/graph';
import type { GraphqlApi } from '../../src/server/app';

/**
 * A tiny schema standing in for src/graphql in the server's tests: the server is tested on its own
 * (transport, limits, errors, GraphiQL), whatever the real schema looks like. It answers the
 * portal example of src/server/examples.ts so the browser test can run it, and `release` reads the
 * real Neo4j through the Graph.
 */

export interface StandInContext {
  graph: Graph;
  config: Config;
}

const typeDefs = parse(/* GraphQL */ `
  directive @listSize(assumedSize: Int) on FIELD_DEFINITION

  type Query {
    "Reads the Release node from Neo4j."
    release: Release
    programmes(first: Int, after: String): ProgrammeConnection!
    "NOT_FOUND unless the id is one of the stand-in programmes."
    programme(id: ID!): Programme!
    "Fails like a bug would: a plain Error."
    broken: String
    nested: Nested
  }
  type Release {
    version: String
  }
  type ProgrammeConnection {
    totalCount: Int!
    edges: [ProgrammeEdge!]!
    pageInfo: PageInfo!
  }
  type ProgrammeEdge {
    cursor: String!
    node: Programme!
  }
  type PageInfo {
    hasNextPage: Boolean!
    endCursor: String
  }
  type Programme {
    id: ID!
    name: String!
    nameEn: String
    related: [Programme!]! @listSize(assumedSize: 5)
  }
  type Nested {
    value: Int
    child: Nested
  }
`);

export const STAND_IN_PROGRAMMES = [
  { id: 'Programme:dibao', name: '城乡最低生活保障', nameEn: 'Minimum Living Allowance' },
  { id: 'Programme:tekun', name: '特困人员救助供养', nameEn: 'Support for People in Extreme Poverty' },
  { id: 'Programme:linshi', name: '临时救助', nameEn: 'Temporary Assistance' },
  { id: 'Programme:jujia', name: '居家养老服务', nameEn: 'Home-based Elderly Care' },
  { id: 'Programme:gaoling', name: '高龄津贴', nameEn: 'Allowance for the Very Old' },
];

type Programme = (typeof STAND_IN_PROGRAMMES)[number];

const resolvers = {
  Query: {
    release: async (_: unknown, __: unknown, { graph }: StandInContext) => {
      const [row] = await graph.read('healthRelease');
      return row ? { version: row.version } : null;
    },
    programmes: (_: unknown, args: { first?: number | null; after?: string | null }, { config }: StandInContext) => {
      const first = args.first ?? config.defaultPageSize;
      if (first > config.maxPageSize)
        throw new BadUserInputError('first', `at most ${config.maxPageSize}, got ${first}`);
      const start = args.after ? Number(Buffer.from(args.after, 'base64').toString()) + 1 : 0;
      const page = STAND_IN_PROGRAMMES.slice(start, start + first);
      const edges = page.map((node, i) => ({ cursor: Buffer.from(String(start + i)).toString('base64'), node }));
      return {
        totalCount: STAND_IN_PROGRAMMES.length,
        edges,
        pageInfo: { hasNextPage: start + first < STAND_IN_PROGRAMMES.length, endCursor: edges.at(-1)?.cursor ?? null },
      };
    },
    programme: (_: unknown, { id }: { id: string }) => {
      if (id === '') throw new BadUserInputError('id', 'must not be empty');
      const programme = STAND_IN_PROGRAMMES.find((p) => p.id === id);
      if (!programme) throw new NotFoundError('Programme', id);
      return programme;
    },
    broken: () => {
      throw new Error('secret internal detail');
    },
    nested: () => ({ value: 1 }),
  },
  Programme: {
    related: (programme: Programme) => STAND_IN_PROGRAMMES.filter((p) => p.id !== programme.id),
  },
  Nested: {
    child: () => ({ value: 1 }),
  },
};

export const standInApi: GraphqlApi<StandInContext> = {
  typeDefs,
  resolvers,
  createContext: ({ graph, config }) => ({ graph, config }),
};
