// How long the lists the API returns without `first` really are, measured on the graph (src/graph/list-sizes.ts).
// The ingest runs this in its write transaction and records the result with the release; the API reads it at
// start, and the query cost (src/server/limits/query-cost.ts) sizes a field marked `@listSize(fanOut: …)` in schema/
// by the statistic named there (its 99th percentile under one parent, its mean under many), instead of guessing.

// name: listSizes
// One row per statistic: the 99th percentile, the mean and the maximum of a list's length over the nodes that have
// such a list (at least one item), and how many nodes have one. Statistic names:
//   (:Label)-[:TYPE]->  relationships of TYPE leaving a Label node (e.g. a programme's SERVES: its target groups)
//   (:Label)<-[:TYPE]-  relationships of TYPE reaching a Label node (a target group's programmes, SUPPORTS: its
//                       evidence, IN_PASSAGE: a passage's statements)
//   (:Node)<-[:SUPPORTS]-  the evidence of any node (Entity.evidence)
//   statements per relation, flags per item, trace steps per indicator, ancestors per area, institutions per
//   area, and (:Label) for the
//   number of Label nodes (lists of all of them, such as indicatorConcepts).
// MENTIONS and CITES hold every occurrence in one relationship per passage and target (`count`); they are counted
// by occurrence, as the API lists them.
CALL () {
  MATCH (a:Node)-[r]->(:Node)
  WITH a, type(r) AS type, sum(coalesce(r.count, 1)) AS n
  RETURN '(:' + [label IN labels(a) WHERE NOT label IN ['Node', 'Entity']][0] + ')-[:' + type + ']->' AS name, n
  UNION ALL
  MATCH (:Node)-[r]->(b:Node)
  WITH b, type(r) AS type, sum(coalesce(r.count, 1)) AS n
  RETURN '(:' + [label IN labels(b) WHERE NOT label IN ['Node', 'Entity']][0] + ')<-[:' + type + ']-' AS name, n
  UNION ALL
  // The evidence of any node, for Entity.evidence asked through the interface.
  MATCH (:Evidence)-[:SUPPORTS]->(b:Node)
  WITH b, count(*) AS n
  RETURN '(:Node)<-[:SUPPORTS]-' AS name, n
  UNION ALL
  MATCH (:Node)-[r]->(:Node)
  WHERE r.statementCount > 0
  RETURN 'statements per relation' AS name, r.statementCount AS n
  UNION ALL
  // Flags are stored as JSON (flagsJson); each flag has one "code".
  MATCH (x:Node)
  WHERE x.flagsJson IS NOT NULL
  RETURN 'flags per item' AS name, size(split(x.flagsJson, '"code"')) - 1 AS n
  UNION ALL
  MATCH (:Node)-[r]->(:Node)
  WHERE r.flagsJson IS NOT NULL
  RETURN 'flags per item' AS name, size(split(r.flagsJson, '"code"')) - 1 AS n
  UNION ALL
  // An indicator's trace: its own evidence and its observations' (src/graph/trace.ts).
  MATCH (i:Indicator)
  CALL (i) {
    OPTIONAL MATCH (i)<-[:SUPPORTS]-(own:Evidence)
    RETURN count(own) AS own
  }
  CALL (i) {
    OPTIONAL MATCH (i)-[:HAS_OBSERVATION]->(:Observation)<-[:SUPPORTS]-(e:Evidence)
    RETURN count(e) AS observed
  }
  WITH own + observed AS n
  WHERE n > 0
  RETURN 'trace steps per indicator' AS name, n
  UNION ALL
  MATCH path = (a:AdministrativeArea)-[:PART_OF*1..]->(:AdministrativeArea)
  WITH a, max(length(path)) AS n
  RETURN 'ancestors per area' AS name, n
  UNION ALL
  // AdministrativeArea.institutions: institutions joined by their areaId property, not a relationship.
  MATCH (i:Institution)
  WHERE i.areaId IS NOT NULL
  WITH i.areaId AS area, count(*) AS n
  RETURN 'institutions per area' AS name, n
  UNION ALL
  MATCH (c:IndicatorConcept)
  WITH count(c) AS n
  WHERE n > 0
  RETURN '(:IndicatorConcept)' AS name, n
}
WITH name, n
WHERE n > 0
RETURN name, percentileDisc(n, 0.99) AS p99, avg(n) AS mean, max(n) AS max, count(*) AS lists
ORDER BY name

// name: releaseListSizes
// What the ingest recorded with the current release (null when an older ingest wrote it).
MATCH (r:Release {id: 'Release:current'})
RETURN r.listSizesJson AS listSizesJson
