// Figures printed by `npm run stats` and asserted by the knowledge-graph tests.

// name: statsLabelCounts
UNWIND ['Document', 'Passage', 'Theme', 'Programme', 'TargetGroup', 'AdministrativeArea', 'Institution',
        'Policy', 'Indicator', 'Observation', 'Evidence'] AS label
CALL (label) {
  MATCH (n:$(label)) RETURN count(n) AS count
}
RETURN label, count

// name: statsRelationshipCounts
MATCH ()-[r]->()
RETURN type(r) AS type, count(r) AS count
ORDER BY type

// name: statsCuratedNodeEvidence
MATCH (n:Node)
WHERE (n:Entity AND n.curated) OR n:Document OR n:Observation
WITH n, EXISTS { (n)<-[:SUPPORTS]-(:Evidence)-[:IN_PASSAGE]->(:Passage) } AS evidenced
RETURN count(n) AS total, sum(CASE WHEN evidenced THEN 1 ELSE 0 END) AS evidenced

// name: statsCuratedRelationEvidence
// Curated relations are the typed edges that carry a statement key.
MATCH ()-[r]->()
WHERE r.key IS NOT NULL
WITH r, EXISTS { MATCH (e:Evidence {about: r.key})-[:IN_PASSAGE]->(:Passage) } AS evidenced
RETURN count(r) AS total, sum(CASE WHEN evidenced THEN 1 ELSE 0 END) AS evidenced

// name: statsPassageLinks
MATCH (p:Passage)
WITH p, EXISTS { (p)-[:MENTIONS|CITES]->() } AS linked
RETURN count(p) AS total, sum(CASE WHEN linked THEN 1 ELSE 0 END) AS linked

// name: statsRelease
MATCH (r:Release {id: 'Release:current'})
RETURN r.version AS version, r.ingestedAt AS ingestedAt
