// Integer parameters arrive from JavaScript as floats: every LIMIT goes through toInteger().
// Root lists of the API (src/graph/repositories/). Pages are keyset pages: `id > $after ORDER BY id LIMIT $limit`
// is an index range seek in id order, so a deep page costs what the first page costs (no SKIP). The caller asks
// for one row more than the page to learn whether there is a next page. Each *Count statement repeats the
// filter of its *Page statement without the cursor; it runs only when totalCount is selected.
// A filter parameter that is null does not filter; id lists come from apiResolveNames.

// name: apiProgrammePage
MATCH (p:Programme)
WHERE p.id > $after
  AND ($text IS NULL OR p.name CONTAINS $text OR any(a IN p.aliases WHERE a CONTAINS $text)
       OR toLower(coalesce(p.nameEn, '')) CONTAINS toLower($text))
  AND ($targetGroupIds IS NULL
       OR ($includeNarrower AND EXISTS { MATCH (p)-[:SERVES]->(:TargetGroup)-[:BROADER*0..]->(g:TargetGroup) WHERE g.id IN $targetGroupIds })
       OR (NOT $includeNarrower AND EXISTS { MATCH (p)-[:SERVES]->(g:TargetGroup) WHERE g.id IN $targetGroupIds }))
  AND ($areaIds IS NULL
       OR ($includeSubAreas AND EXISTS { MATCH (p)-[:COVERS]->(:AdministrativeArea)-[:PART_OF*0..]->(a:AdministrativeArea) WHERE a.id IN $areaIds })
       OR (NOT $includeSubAreas AND EXISTS { MATCH (p)-[:COVERS]->(a:AdministrativeArea) WHERE a.id IN $areaIds })
       OR ($includeAncestors AND EXISTS { MATCH (p)-[:COVERS]->(:AdministrativeArea)<-[:PART_OF*1..]-(a:AdministrativeArea) WHERE a.id IN $areaIds }))
  AND ($programmeIds IS NULL
       OR ($includeNarrowerProgrammes AND EXISTS { MATCH (p)-[:BROADER*0..]->(q:Programme) WHERE q.id IN $programmeIds })
       OR (NOT $includeNarrowerProgrammes AND p.id IN $programmeIds))
  AND ($themeIds IS NULL OR EXISTS { MATCH (p)-[:PART_OF]->(t:Theme) WHERE t.id IN $themeIds })
  AND ($institutionIds IS NULL OR EXISTS { MATCH (p)-[:RUN_BY]->(i:Institution) WHERE i.id IN $institutionIds })
  AND ($status IS NULL
       OR EXISTS { MATCH (p)-[r]-() WHERE $status IN r.statuses }
       OR EXISTS { MATCH (e:Evidence)-[:SUPPORTS]->(p) WHERE e.status = $status })
RETURN properties(p) AS props
ORDER BY p.id
LIMIT toInteger($limit)

// name: apiProgrammeCount
MATCH (p:Programme)
WHERE ($text IS NULL OR p.name CONTAINS $text OR any(a IN p.aliases WHERE a CONTAINS $text)
       OR toLower(coalesce(p.nameEn, '')) CONTAINS toLower($text))
  AND ($targetGroupIds IS NULL
       OR ($includeNarrower AND EXISTS { MATCH (p)-[:SERVES]->(:TargetGroup)-[:BROADER*0..]->(g:TargetGroup) WHERE g.id IN $targetGroupIds })
       OR (NOT $includeNarrower AND EXISTS { MATCH (p)-[:SERVES]->(g:TargetGroup) WHERE g.id IN $targetGroupIds }))
  AND ($areaIds IS NULL
       OR ($includeSubAreas AND EXISTS { MATCH (p)-[:COVERS]->(:AdministrativeArea)-[:PART_OF*0..]->(a:AdministrativeArea) WHERE a.id IN $areaIds })
       OR (NOT $includeSubAreas AND EXISTS { MATCH (p)-[:COVERS]->(a:AdministrativeArea) WHERE a.id IN $areaIds })
       OR ($includeAncestors AND EXISTS { MATCH (p)-[:COVERS]->(:AdministrativeArea)<-[:PART_OF*1..]-(a:AdministrativeArea) WHERE a.id IN $areaIds }))
  AND ($programmeIds IS NULL
       OR ($includeNarrowerProgrammes AND EXISTS { MATCH (p)-[:BROADER*0..]->(q:Programme) WHERE q.id IN $programmeIds })
       OR (NOT $includeNarrowerProgrammes AND p.id IN $programmeIds))
  AND ($themeIds IS NULL OR EXISTS { MATCH (p)-[:PART_OF]->(t:Theme) WHERE t.id IN $themeIds })
  AND ($institutionIds IS NULL OR EXISTS { MATCH (p)-[:RUN_BY]->(i:Institution) WHERE i.id IN $institutionIds })
  AND ($status IS NULL
       OR EXISTS { MATCH (p)-[r]-() WHERE $status IN r.statuses }
       OR EXISTS { MATCH (e:Evidence)-[:SUPPORTS]->(p) WHERE e.status = $status })
RETURN count(p) AS count

// name: apiEntityPage
// Entities of one label: ids start with the label (`Theme:…`), so the range $after < id < $upper on :Node(id)
// holds exactly that type (the caller passes the label prefix as the lowest $after and `Label;` as $upper).
MATCH (n:Node)
WHERE n.id > $after AND n.id < $upper AND $label IN labels(n)
  AND ($text IS NULL OR n.name CONTAINS $text OR any(a IN n.aliases WHERE a CONTAINS $text)
       OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
RETURN properties(n) AS props
ORDER BY n.id
LIMIT toInteger($limit)

// name: apiEntityCount
MATCH (n:Node)
WHERE n.id > $lower AND n.id < $upper AND $label IN labels(n)
  AND ($text IS NULL OR n.name CONTAINS $text OR any(a IN n.aliases WHERE a CONTAINS $text)
       OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
RETURN count(n) AS count

// name: apiTargetGroupPage
MATCH (n:TargetGroup)
WHERE n.id > $after
  AND ($text IS NULL OR n.name CONTAINS $text OR any(a IN n.aliases WHERE a CONTAINS $text)
       OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
  AND ($withinIds IS NULL OR EXISTS { MATCH (n)-[:BROADER*0..]->(w:TargetGroup) WHERE w.id IN $withinIds })
RETURN properties(n) AS props
ORDER BY n.id
LIMIT toInteger($limit)

// name: apiTargetGroupCount
MATCH (n:TargetGroup)
WHERE ($text IS NULL OR n.name CONTAINS $text OR any(a IN n.aliases WHERE a CONTAINS $text)
       OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
  AND ($withinIds IS NULL OR EXISTS { MATCH (n)-[:BROADER*0..]->(w:TargetGroup) WHERE w.id IN $withinIds })
RETURN count(n) AS count

// name: apiAreaPage
MATCH (n:AdministrativeArea)
WHERE n.id > $after
  AND ($text IS NULL OR n.name CONTAINS $text OR any(a IN n.aliases WHERE a CONTAINS $text)
       OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
  AND ($level IS NULL OR n.level = $level)
  AND ($withinIds IS NULL
       OR (NOT $directOnly AND EXISTS { MATCH (n)-[:PART_OF*0..]->(w:AdministrativeArea) WHERE w.id IN $withinIds })
       OR ($directOnly AND EXISTS { MATCH (n)-[:PART_OF]->(w:AdministrativeArea) WHERE w.id IN $withinIds }))
RETURN properties(n) AS props
ORDER BY n.id
LIMIT toInteger($limit)

// name: apiAreaCount
MATCH (n:AdministrativeArea)
WHERE ($text IS NULL OR n.name CONTAINS $text OR any(a IN n.aliases WHERE a CONTAINS $text)
       OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
  AND ($level IS NULL OR n.level = $level)
  AND ($withinIds IS NULL
       OR (NOT $directOnly AND EXISTS { MATCH (n)-[:PART_OF*0..]->(w:AdministrativeArea) WHERE w.id IN $withinIds })
       OR ($directOnly AND EXISTS { MATCH (n)-[:PART_OF]->(w:AdministrativeArea) WHERE w.id IN $withinIds }))
RETURN count(n) AS count

// name: apiIndicatorPage
MATCH (n:Indicator)
WHERE n.id > $after
  AND ($text IS NULL OR n.name CONTAINS $text OR any(a IN n.aliases WHERE a CONTAINS $text)
       OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
  AND ($areaIds IS NULL
       OR ($includeSubAreas AND EXISTS { MATCH (n)-[:FOR_AREA]->(:AdministrativeArea)-[:PART_OF*0..]->(a:AdministrativeArea) WHERE a.id IN $areaIds })
       OR (NOT $includeSubAreas AND EXISTS { MATCH (n)-[:FOR_AREA]->(a:AdministrativeArea) WHERE a.id IN $areaIds }))
  AND ($measuresIds IS NULL OR EXISTS { MATCH (n)-[:MEASURES]->(m) WHERE m.id IN $measuresIds })
RETURN properties(n) AS props
ORDER BY n.id
LIMIT toInteger($limit)

// name: apiIndicatorCount
MATCH (n:Indicator)
WHERE ($text IS NULL OR n.name CONTAINS $text OR any(a IN n.aliases WHERE a CONTAINS $text)
       OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
  AND ($areaIds IS NULL
       OR ($includeSubAreas AND EXISTS { MATCH (n)-[:FOR_AREA]->(:AdministrativeArea)-[:PART_OF*0..]->(a:AdministrativeArea) WHERE a.id IN $areaIds })
       OR (NOT $includeSubAreas AND EXISTS { MATCH (n)-[:FOR_AREA]->(a:AdministrativeArea) WHERE a.id IN $areaIds }))
  AND ($measuresIds IS NULL OR EXISTS { MATCH (n)-[:MEASURES]->(m) WHERE m.id IN $measuresIds })
RETURN count(n) AS count

// name: apiDocumentPage
MATCH (d:Document)
WHERE d.id > $after
  AND ($kind IS NULL OR d.kind = $kind)
  AND ($text IS NULL OR d.title CONTAINS $text OR toLower(coalesce(d.titleEn, '')) CONTAINS toLower($text))
  AND ($areaIds IS NULL
       OR ($includeSubAreas AND EXISTS { MATCH (a:AdministrativeArea {id: d.areaId})-[:PART_OF*0..]->(w:AdministrativeArea) WHERE w.id IN $areaIds })
       OR (NOT $includeSubAreas AND d.areaId IN $areaIds))
RETURN properties(d) AS props
ORDER BY d.id
LIMIT toInteger($limit)

// name: apiDocumentCount
MATCH (d:Document)
WHERE ($kind IS NULL OR d.kind = $kind)
  AND ($text IS NULL OR d.title CONTAINS $text OR toLower(coalesce(d.titleEn, '')) CONTAINS toLower($text))
  AND ($areaIds IS NULL
       OR ($includeSubAreas AND EXISTS { MATCH (a:AdministrativeArea {id: d.areaId})-[:PART_OF*0..]->(w:AdministrativeArea) WHERE w.id IN $areaIds })
       OR (NOT $includeSubAreas AND d.areaId IN $areaIds))
RETURN count(d) AS count

// name: apiPassagePages
// One page of passages for each document, in ordinal order: a range seek on the passage_order index
// (documentId, ordinal) per document. `total` is the document's passage count (a degree, not a scan).
UNWIND $ids AS id
MATCH (d:Document {id: id})
CALL (id) {
  MATCH (p:Passage)
  WHERE p.documentId = id AND p.ordinal > $after
  WITH p
  ORDER BY p.ordinal
  LIMIT toInteger($limit)
  RETURN collect(properties(p)) AS passages
}
RETURN id, passages, COUNT { (d)-[:HAS_PASSAGE]->() } AS total

// name: apiCoverage
// Programme × target group × area rows: the programme SERVES the group and COVERS the area. An area asked for is
// reached DIRECT, through a SUB_AREA the programme covers, or INHERITED from an area above it that it covers (a
// city-wide programme counts for each county). A programme asked for includes its narrower programmes (BROADER).
MATCH (p:Programme)-[s:SERVES]->(g:TargetGroup)
MATCH (p)-[c:COVERS]->(a:AdministrativeArea)
WHERE ($targetGroupIds IS NULL
       OR ($includeNarrower AND EXISTS { MATCH (g)-[:BROADER*0..]->(x:TargetGroup) WHERE x.id IN $targetGroupIds })
       OR (NOT $includeNarrower AND g.id IN $targetGroupIds))
  AND ($programmeIds IS NULL
       OR ($includeNarrowerProgrammes AND EXISTS { MATCH (p)-[:BROADER*0..]->(q:Programme) WHERE q.id IN $programmeIds })
       OR (NOT $includeNarrowerProgrammes AND p.id IN $programmeIds))
  AND ($themeIds IS NULL OR EXISTS { MATCH (p)-[:PART_OF]->(t:Theme) WHERE t.id IN $themeIds })
WITH p, s, g, c, a,
     CASE
       WHEN $areaIds IS NULL OR a.id IN $areaIds THEN 'DIRECT'
       WHEN $includeSubAreas AND EXISTS { MATCH (a)-[:PART_OF*1..]->(x:AdministrativeArea) WHERE x.id IN $areaIds } THEN 'SUB_AREA'
       WHEN $includeAncestors AND EXISTS { MATCH (a)<-[:PART_OF*1..]-(x:AdministrativeArea) WHERE x.id IN $areaIds } THEN 'INHERITED'
     END AS via
WHERE via IS NOT NULL
RETURN properties(p) AS programme, properties(g) AS targetGroup, properties(a) AS area, via,
       s.key AS servesKey, c.key AS coversKey
ORDER BY p.id, g.id, a.id
LIMIT toInteger($limit)

// name: apiIndicatorConcepts
MATCH (c:IndicatorConcept)
RETURN properties(c) AS props
ORDER BY c.name

// name: apiCompare
// The series of one concept, each with its area and its observations (optionally of some years), area by area.
MATCH (c:IndicatorConcept {id: $conceptId})<-[:OF_CONCEPT]-(i:Indicator)
OPTIONAL MATCH (i)-[:FOR_AREA]->(a:AdministrativeArea)
WITH c, i, a
WHERE $areaIds IS NULL OR a.id IN $areaIds
CALL (i) {
  OPTIONAL MATCH (i)-[:HAS_OBSERVATION]->(o:Observation)
  WHERE $years IS NULL OR o.year IN $years
  WITH o ORDER BY o.ordinal
  RETURN collect(properties(o)) AS observations
}
RETURN properties(c) AS concept, properties(i) AS indicator, properties(a) AS area, observations
ORDER BY a.id, i.id

// Counts of lists asked for without any filter: a label count with no WHERE is answered from Neo4j's count store
// (NodeCountFromCountStore), in constant time, where the *Count statements above walk every node of the label.
// src/graph/repositories/page.ts picks these when every filter parameter is null.

// name: apiProgrammeCountAll
MATCH (n:Programme) RETURN count(n) AS count

// name: apiTargetGroupCountAll
MATCH (n:TargetGroup) RETURN count(n) AS count

// name: apiAreaCountAll
MATCH (n:AdministrativeArea) RETURN count(n) AS count

// name: apiIndicatorCountAll
MATCH (n:Indicator) RETURN count(n) AS count

// name: apiDocumentCountAll
MATCH (n:Document) RETURN count(n) AS count
