// Invariants of the knowledge graph, checked by the tests after every ingest (test/ingest/).

// name: invariantHierarchyCycles
// Area parents and broader links (target groups, programmes) must form forests: no node reaches itself.
MATCH (n)
WHERE (n:AdministrativeArea OR n:TargetGroup OR n:Programme)
AND EXISTS { MATCH (n)-[:PART_OF|BROADER]->+(n) }
RETURN n.id AS id

// name: invariantIndicatorsWithoutObservations
MATCH (i:Indicator)
WHERE NOT EXISTS { (i)-[:HAS_OBSERVATION]->(:Observation) }
RETURN i.id AS id

// name: invariantNodesWithoutEvidence
MATCH (n:Node)
WHERE ((n:Entity AND n.curated AND NOT n:IndicatorConcept) OR n:Document OR n:Observation)
AND NOT EXISTS { (n)<-[:SUPPORTS]-(:Evidence)-[:IN_PASSAGE]->(:Passage) }
RETURN n.id AS id

// name: invariantRelationsWithoutEvidence
// Written as statsCuratedRelationEvidence is: with the ends unnamed and the test in a WITH, the planner seeks
// the evidence_about index per relation (0.6 s on the seed graph); `(a)-[r]->(b) … AND NOT EXISTS` took > 60 s.
MATCH ()-[r]->()
WHERE r.key IS NOT NULL
WITH r, EXISTS { MATCH (:Evidence {about: r.key})-[:IN_PASSAGE]->(:Passage) } AS evidenced
WHERE NOT evidenced
RETURN r.key AS key

// name: invariantEvidenceOutsideItsPassage
// The quote's span must lie inside the passage the ingest attached it to.
MATCH (e:Evidence)-[:IN_PASSAGE]->(p:Passage)
WHERE e.startOffset < p.startOffset OR e.startOffset >= p.endOffset OR e.documentId <> p.documentId
RETURN e.id AS id

// name: graphFingerprint
// Everything a re-ingest must reproduce: ids with their properties, and relationships with theirs.
CALL () {
  MATCH (n:Node)
  WITH n ORDER BY n.id
  RETURN collect([n.id, labels(n), properties(n)]) AS nodes
}
CALL () {
  MATCH (a:Node)-[r]->(b:Node)
  WITH a.id + ' ' + type(r) + ' ' + b.id AS edge, properties(r) AS props
  ORDER BY edge
  RETURN collect([edge, props]) AS edges
}
RETURN nodes, edges

// name: indicatorTableRows
MATCH (i:Indicator)
WHERE i.tableName IS NOT NULL
RETURN i.tableName AS table, count(DISTINCT i.tableRow) AS rows, count(i) AS indicators
ORDER BY table

// name: entitiesByName
UNWIND $names AS name
OPTIONAL MATCH (e:Entity)
WHERE e.name = name OR name IN e.aliases
RETURN name, collect(e.id) AS ids

// name: childrenOfArea
MATCH (c:AdministrativeArea)-[:PART_OF]->(:AdministrativeArea {id: $id})
RETURN c.name AS name, c.code AS code, c.nameEn AS nameEn
ORDER BY c.code

// name: passagesPerDocument
MATCH (d:Document)
RETURN d.id AS id, count { (d)-[:HAS_PASSAGE]->() } AS passages
ORDER BY id

// name: entitiesWithoutEnglishName
MATCH (e:Entity)
WHERE (e:Theme OR e:TargetGroup OR e:AdministrativeArea) AND (e.nameEn IS NULL OR e.nameEn = '')
RETURN e.id AS id
