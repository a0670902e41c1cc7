// The ingest writes the whole graph in one transaction (src/graph/graph-writer.ts): the old graph is
// removed and the new one created, so a failure rolls back to the previous graph exactly.
// Rows are prepared in TypeScript; these statements only place them.

// name: ingestCurrentRelease
MATCH (r:Release {id: 'Release:current'}) RETURN r.version AS version, r.pipeline AS pipeline

// name: ingestRemoveGraph
MATCH (n) WHERE n:Node OR n:Release OR n:Alias DETACH DELETE n

// name: ingestDocuments
UNWIND $rows AS row
CREATE (d:Node:Document)
SET d = row

// name: ingestPassages
UNWIND $rows AS row
MATCH (d:Document {id: row.documentId})
CREATE (p:Node:Passage)
SET p = row
CREATE (d)-[:HAS_PASSAGE]->(p)

// name: ingestEntities
// Entity labels come from a closed list (facts.ts ENTITY_TYPES), checked before this runs. Each alias becomes an
// (:Alias {text})-[:ALIAS_OF]->(entity) lookup: Neo4j indexes a list property as one value, so `$name IN n.aliases`
// reads every entity, where the alias_text index finds an Alias in one seek (apiResolveNames).
UNWIND $rows AS row
CREATE (n:Node:Entity)
SET n = row.props, n:$(row.label)
WITH n
UNWIND coalesce(n.aliases, []) AS alias
MERGE (a:Alias {text: alias})
CREATE (a)-[:ALIAS_OF]->(n)

// name: ingestObservations
UNWIND $rows AS row
MATCH (i:Indicator {id: row.indicatorId})
CREATE (o:Node:Observation)
SET o = row
CREATE (i)-[:HAS_OBSERVATION]->(o)

// name: ingestEvidence
// Evidence of a node points at it (SUPPORTS); evidence of a relation carries the relation key in
// `about` and is found through the evidence_about index (README.md explains why).
UNWIND $rows AS row
MATCH (p:Passage {id: row.props.passageId})
CREATE (e:Node:Evidence)
SET e = row.props
CREATE (e)-[:IN_PASSAGE]->(p)
WITH e, row
WHERE row.subjectId IS NOT NULL
MATCH (s:Node {id: row.subjectId})
CREATE (e)-[:SUPPORTS]->(s)

// name: ingestRelations
// Relation types come from a closed list (facts.ts RELATION_TYPES), checked before this runs.
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props

// name: ingestCitations
UNWIND $rows AS row
MATCH (p:Passage {id: row.passageId})
MATCH (policy:Policy {id: row.policyId})
CREATE (p)-[c:CITES]->(policy)
SET c = row.props

// name: ingestMentions
UNWIND $rows AS row
MATCH (p:Passage {id: row.passageId})
MATCH (e:Entity {id: row.entityId})
CREATE (p)-[m:MENTIONS]->(e)
SET m = row.props

// name: ingestRelease
CREATE (r:Release {id: 'Release:current'})
SET r = $props

// name: ingestLockSet
// Says a new release is being committed: readers wait or run their request again (src/server/release-consistency.ts).
// The IngestLock node is neither :Node nor :Release, so ingestRemoveGraph leaves it alone.
MERGE (l:IngestLock {id: 'IngestLock'})
SET l.writing = true, l.since = toString(datetime())

// name: ingestLockClear
MERGE (l:IngestLock {id: 'IngestLock'})
SET l.writing = false, l.since = null
