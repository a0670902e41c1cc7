// Figures printed by `npm run stats` and asserted by the knowledge-graph tests.

// name: statsLabelCounts
UNWIND ['Document', 'Passage', 'Theme', 'Programme', 'TargetGroup', 'AdministrativeArea', 'Institution',
        'Policy', 'Indicator', 'IndicatorConcept', 'Observation', 'Evidence'] AS label
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
// An IndicatorConcept has no quote of its own: the series that join it carry theirs.
WHERE (n:Entity AND n.curated AND NOT n:IndicatorConcept) OR n:Document OR n:Observation
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

// name: statsPerDocument
// What each document states: its statements (Evidence quoting it, implied ones apart) and the distinct nodes of
// each kind that a statement of it supports or names as an end of a relation.
MATCH (d:Document)
CALL (d) {
  MATCH (e:Evidence {documentId: d.id})
  WITH e, CASE WHEN e.about CONTAINS '|' THEN [split(e.about, '|')[0], split(e.about, '|')[2]] ELSE [e.about] END AS ids
  UNWIND ids AS id
  WITH collect(DISTINCT id) AS ids, count(DISTINCT e) AS statements,
       count(DISTINCT CASE WHEN e.impliedBy IS NOT NULL THEN e END) AS implied
  CALL (ids) {
    MATCH (n:Node) WHERE n.id IN ids
    UNWIND labels(n) AS label
    WITH label, count(n) AS count
    WHERE label IN ['Programme', 'TargetGroup', 'AdministrativeArea', 'Institution', 'Policy', 'Indicator', 'Observation', 'Theme']
    RETURN collect([label, count]) AS counts
  }
  RETURN statements, implied, counts
}
RETURN d.id AS document, statements, implied, counts
ORDER BY d.id
