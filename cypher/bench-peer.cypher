// The @cypher fields of the benchmark's @neo4j/graphql type definitions (bench/peer-typedefs.ts). `this` is the
// node the field is on, as @neo4j/graphql binds it.

// name: benchPeerAreaParent
MATCH (this)-[:PART_OF]->(parent:AdministrativeArea) RETURN parent

// name: benchPeerNodeEvidence
MATCH (e:Evidence {about: this.id}) RETURN e ORDER BY e.documentId, e.startOffset, e.id
