/**
 * The GraphQL layer: schema (schema/*.graphql), resolvers (thin: loaders and repositories of src/graph/ do the
 * work) and the per-request context. The server (src/server/) wires these into Apollo Server.
 */
import { loadTypeDefs } from './schema';

export const typeDefs = loadTypeDefs();
export { resolvers } from './resolvers';
export { createContext, coveringReleasesOf, type Context, type ContextOptions } from './context';
