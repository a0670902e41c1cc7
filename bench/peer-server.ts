/**
 * The benchmark's peer: @neo4j/graphql 7 over type definitions mirroring ours (bench/peer-typedefs.ts), on the same
 * graph, served by Apollo at the same HTTP path. @neo4j/graphql drives neo4j-driver itself, so this file (and only
 * this one outside src/graph/) creates a driver; it is a devDependency used only by the benchmark.
 */
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express, { type Express } from 'express';
import neo4j from 'neo4j-driver';
import type { Neo4jConnection } from '../src/config';
import type { CypherCatalog } from '../src/graph/cypher-catalog';
import { peerTypeDefs } from './peer-typedefs';

export async function peerApp(
  connection: Neo4jConnection,
  catalog: CypherCatalog,
): Promise<{ app: Express; close(): Promise<void> }> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    maxConnectionPoolSize: 50,
    logging: { level: 'error', logger: () => undefined },
  });
  const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs(catalog), driver }).getSchema();
  const apollo = new ApolloServer({ schema, introspection: false });
  await apollo.start();
  const app = express();
  app.use(
    '/graphql',
    express.json({ limit: 1_048_576 }),
    expressMiddleware(apollo, {
      context: async () => ({ sessionConfig: { database: connection.database } }),
    }),
  );
  return {
    app,
    close: async () => {
      await apollo.stop();
      await driver.close();
    },
  };
}
