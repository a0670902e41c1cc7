// Relations seen from either end, for src/graph/loaders.ts. The relationship types are a parameter compared with
// type(r) (one key per node with the types asked of it, so one statement serves every relation field of a query's
// level, and each node is expanded once whatever the number of fields): each node has few relationships, so
// expanding from the id seek and filtering is cheap, and no Cypher is ever built from input. The far node comes
// along, so resolving it costs no further statement.

// name: apiRelationsOut
// $keys: [{id, types}]. The relationship's own fields as [statementCount, statuses, flagsJson] (its key is
// from|TYPE|to), and the far node: its API label, and an entity as the values of $nodeProps (src/graph/projection.ts),
// any other node (a document issued by an institution) whole. Nothing a row's key already says is sent again.
UNWIND $keys AS key
WITH key.id AS id, key.types AS types
MATCH (a:Node {id: id})-[r]->(b:Node)
WHERE type(r) IN types
RETURN id, type(r) AS type, [r.statementCount, r.statuses, r.flagsJson] AS fields,
       [l IN labels(b) WHERE l <> 'Node' AND l <> 'Entity'] AS labels,
       CASE WHEN b:Entity THEN [k IN $nodeProps | b[k]] END AS values,
       CASE WHEN b:Entity THEN null ELSE properties(b) END AS node
ORDER BY id, type(r), b.id

// name: apiRelationsIn
UNWIND $keys AS key
WITH key.id AS id, key.types AS types
MATCH (b:Node {id: id})<-[r]-(a:Node)
WHERE type(r) IN types
RETURN id, type(r) AS type, [r.statementCount, r.statuses, r.flagsJson] AS fields,
       [l IN labels(a) WHERE l <> 'Node' AND l <> 'Entity'] AS labels,
       CASE WHEN a:Entity THEN [k IN $nodeProps | a[k]] END AS values,
       CASE WHEN a:Entity THEN null ELSE properties(a) END AS node
ORDER BY id, type(r), a.id

// name: apiAreaAncestors
// Every area an area is part of, nearest first (PART_OF points from child to parent).
UNWIND $ids AS id
MATCH path = (:AdministrativeArea {id: id})-[:PART_OF*1..]->(b:AdministrativeArea)
WITH id, b, length(path) AS depth
ORDER BY depth
RETURN id, collect(properties(b)) AS entities

// name: apiInstitutionsInAreas
// Institutions placed in an area (their `area`, stored as areaId), by name; index institution_area.
UNWIND $ids AS id
MATCH (i:Institution {areaId: id})
WITH id, i
ORDER BY i.name, i.id
RETURN id, collect(properties(i)) AS entities

// name: apiPassageMentions
UNWIND $ids AS id
MATCH (p:Passage {id: id})-[m:MENTIONS]->(e:Entity)
RETURN id, properties(m) AS props, labels(e) AS labels, properties(e) AS entity,
       p {.id, .documentId, .ordinal, .sectionPath, .kind, .startOffset, .endOffset, .startLine, .endLine} AS passage
ORDER BY id, m.startOffsets[0], e.id

// name: apiPassageCites
// Citations made by each passage, with the policy, the passage and its document.
UNWIND $ids AS id
MATCH (d:Document)-[:HAS_PASSAGE]->(p:Passage {id: id})-[c:CITES]->(policy:Policy)
RETURN id, properties(c) AS props, properties(policy) AS policy, p {.*, text: null} AS passage, properties(d) AS document
ORDER BY id, c.startOffsets[0]

// name: apiPolicyCitedBy
// Citations of each policy, with the citing passage and its document, in document order.
UNWIND $ids AS id
MATCH (d:Document)-[:HAS_PASSAGE]->(p:Passage)-[c:CITES]->(policy:Policy {id: id})
RETURN id, properties(c) AS props, properties(policy) AS policy, p {.*, text: null} AS passage, properties(d) AS document
ORDER BY id, d.id, p.ordinal

// name: apiIndicatorObservations
UNWIND $ids AS id
MATCH (:Indicator {id: id})-[:HAS_OBSERVATION]->(o:Observation)
RETURN id, properties(o) AS props
ORDER BY id, o.ordinal
