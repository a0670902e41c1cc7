/**
 * Type definitions for @neo4j/graphql 7 mirroring ours over the same labels, properties and relationship types
 * (cypher/schema.cypher, cypher/ingest.cypher, src/graph/graph-writer.ts): the benchmark's peer. Only what the
 * comparable queries of bench/workload.ts read. Node evidence (an observation's) is the Evidence nodes whose
 * `about` is the node's id: a @cypher field, as @neo4j/graphql would have it written.
 */
import type { CypherCatalog } from '../src/graph/cypher-catalog';

/** The @cypher statements come from cypher/bench-peer.cypher, as every Cypher statement of the project. */
export const peerTypeDefs = (catalog: CypherCatalog): string => /* GraphQL */ `
  type Programme @node(labels: ["Programme"]) {
    id: ID!
    name: String!
    nameEn: String
    targetGroups: [TargetGroup!]! @relationship(type: "SERVES", direction: OUT)
    areas: [AdministrativeArea!]! @relationship(type: "COVERS", direction: OUT)
    themes: [Theme!]! @relationship(type: "PART_OF", direction: OUT)
  }

  type TargetGroup @node(labels: ["TargetGroup"]) {
    id: ID!
    name: String!
    broader: [TargetGroup!]! @relationship(type: "BROADER", direction: OUT)
  }

  type AdministrativeArea @node(labels: ["AdministrativeArea"]) {
    id: ID!
    name: String!
    level: String
    parent: AdministrativeArea
      @cypher(statement: ${JSON.stringify(catalog.get('benchPeerAreaParent'))}, columnName: "parent")
  }

  type Theme @node(labels: ["Theme"]) {
    id: ID!
    name: String!
  }

  type Indicator @node(labels: ["Indicator"]) {
    id: ID!
    name: String!
    unit: String
    observations: [Observation!]! @relationship(type: "HAS_OBSERVATION", direction: OUT)
  }

  type Observation @node(labels: ["Observation"]) {
    id: ID!
    ordinal: Int!
    year: Int!
    kind: String!
    scope: String
    comparator: String
    value: Float
    text: String
    evidence: [Evidence!]!
      @cypher(statement: ${JSON.stringify(catalog.get('benchPeerNodeEvidence'))}, columnName: "e")
  }

  type Evidence @node(labels: ["Evidence"]) {
    id: ID!
    quote: String!
    status: String
    year: Int
    passage: [Passage!]! @relationship(type: "IN_PASSAGE", direction: OUT)
  }

  type Passage @node(labels: ["Passage"]) {
    id: ID!
    sectionPath: [String!]!
    startLine: Int!
    endLine: Int!
  }
`;
