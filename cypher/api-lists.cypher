// Integer parameters arrive from JavaScript as floats: every LIMIT goes through toInteger().
// Root lists of the API (src/graph/repositories/). Pages are keyset pages: `id > $after ORDER BY id LIMIT $limit`
// is an index range seek in id order, so a deep page costs what the first page costs (no SKIP). The caller asks
// for one row more than the page to learn whether there is a next page. A *Page statement answers one stamped row
// (fragment stampedAnswer): `rows`, the page's rows in id order, and `all`, the number of nodes of its label from
// Neo4j's count store (constant time; null where the label is a parameter), which is totalCount when no filter is
// set. Each *Count statement repeats the filter of its *Page statement without the cursor; it runs only when
// totalCount is selected with a filter (src/graph/repositories/page.ts).
// A filter parameter that is null does not filter; id lists come from apiResolveNames, or from the inputs resolved
// in the statement itself (fragment namedIds). Entity pages return the values
// of $props (the properties the query selects, src/graph/projection.ts).

// name: apiProgrammePage
// Programmes filtered by text or status only (no index answers CONTAINS or a status): a keyset walk in id order that
// stops at the page's end. Filters by area, group, programme, theme or institution go through
// apiProgrammePageByNodes.
// include: programmePage
WITH {rows: [p IN page | [k IN $props | p[k]]], all: total} AS answer
// include: stampedAnswer

// name: apiProgrammePageAhead
// apiProgrammePage with `ahead`: the page's outgoing relations of $types and what the query's next level asks of them
// (fragment relationsAhead), so the level below the page sends no statement of its own. The relations of the row past
// the page (read only to tell whether there is a next page) are not read.
// include: programmePage
CALL (page) {
  UNWIND page[..toInteger($limit) - 1] AS a
  MATCH (a)-[r]->(b:Node)
  WHERE type(r) IN $types
  WITH a.id AS id, r, b
  // include: relationsAhead
  RETURN ahead
}
WITH {rows: [p IN page | [k IN $props | p[k]]], all: total, ahead: ahead} AS answer
// include: stampedAnswer

// fragment: programmePage
// `page`: the programmes of one keyset page in id order, filtered by $text and $status; `total`: the label's count
// (the count store).
CALL () {
  MATCH (p:Programme)
  WHERE p.id > $after
    AND ($text IS NULL OR p.name CONTAINS $text OR any(a IN p.aliases WHERE a CONTAINS $text)
         OR toLower(coalesce(p.nameEn, '')) CONTAINS toLower($text))
    AND ($status IS NULL
         OR EXISTS { MATCH (p)-[r]-() WHERE $status IN r.statuses }
         OR EXISTS { MATCH (e:Evidence)-[:SUPPORTS]->(p) WHERE e.status = $status })
  RETURN p
  ORDER BY p.id
  LIMIT toInteger($limit)
}
WITH collect(p) AS page
CALL () {
  MATCH (labelled:Programme) RETURN count(labelled) AS total
}

// name: apiProgrammeCount
MATCH (p:Programme)
WHERE ($text IS NULL OR p.name CONTAINS $text OR any(a IN p.aliases WHERE a CONTAINS $text)
       OR toLower(coalesce(p.nameEn, '')) CONTAINS toLower($text))
  AND ($status IS NULL
       OR EXISTS { MATCH (p)-[r]-() WHERE $status IN r.statuses }
       OR EXISTS { MATCH (e:Evidence)-[:SUPPORTS]->(p) WHERE e.status = $status })
WITH {count: count(p)} AS answer
// include: stampedAnswer

// fragment: programmeFilterIds
// The ids each node filter of a programme list or coverage names ($inputs, fields area, targetGroup, programme,
// theme, institution): a list per field asked for, null for a field not asked.
// include: namedIds
WITH [field IN ['area', 'targetGroup', 'programme', 'theme', 'institution'] |
      CASE WHEN field IN asked THEN [pair IN named WHERE pair[0] = field | pair[1]] END] AS ids
WITH ids[0] AS areaIds, ids[1] AS targetGroupIds, ids[2] AS programmeIds, ids[3] AS themeIds, ids[4] AS institutionIds

// fragment: programmeCandidates
// `candidates`: the programmes the node filters allow (programmeFilterIds; at least one is set), found
// from the asked nodes through their index: the programmes covering an asked area (or one below it, or one above
// it), serving an asked group (or a narrower one), an asked programme (and its narrower ones), part of an asked
// theme, run by an asked institution; a programme must be in the list of every filter set. The cost follows the
// answer, not the graph. The filter ids stay in scope.
CALL (areaIds) {
  UNWIND coalesce(areaIds, []) AS areaId
  MATCH (asked:AdministrativeArea {id: areaId})
  CALL (asked) {
    RETURN asked AS a
    UNION
    MATCH (a:AdministrativeArea)-[:PART_OF*1..]->(asked) WHERE $includeSubAreas RETURN a
    UNION
    MATCH (asked)-[:PART_OF*1..]->(a:AdministrativeArea) WHERE $includeAncestors RETURN a
  }
  MATCH (p:Programme)-[:COVERS]->(a)
  RETURN collect(DISTINCT p) AS byArea
}
CALL (targetGroupIds) {
  UNWIND coalesce(targetGroupIds, []) AS groupId
  MATCH (asked:TargetGroup {id: groupId})
  CALL (asked) {
    RETURN asked AS g
    UNION
    MATCH (g:TargetGroup)-[:BROADER*1..]->(asked) WHERE $includeNarrower RETURN g
  }
  MATCH (p:Programme)-[:SERVES]->(g)
  RETURN collect(DISTINCT p) AS byGroup
}
CALL (programmeIds) {
  UNWIND coalesce(programmeIds, []) AS programmeId
  MATCH (asked:Programme {id: programmeId})
  CALL (asked) {
    RETURN asked AS p
    UNION
    MATCH (p:Programme)-[:BROADER*1..]->(asked) WHERE $includeNarrowerProgrammes RETURN p
  }
  RETURN collect(DISTINCT p) AS byProgramme
}
CALL (themeIds) {
  UNWIND coalesce(themeIds, []) AS themeId
  MATCH (p:Programme)-[:PART_OF]->(theme:Theme {id: themeId})
  USING INDEX theme:Theme(id)
  RETURN collect(DISTINCT p) AS byTheme
}
CALL (institutionIds) {
  UNWIND coalesce(institutionIds, []) AS institutionId
  // From the institution's seek: without the hint the planner scanned the programme index here.
  MATCH (p:Programme)-[:RUN_BY]->(institution:Institution {id: institutionId})
  USING INDEX institution:Institution(id)
  RETURN collect(DISTINCT p) AS byInstitution
}
WITH areaIds, targetGroupIds, programmeIds, themeIds, institutionIds,
     [list IN [CASE WHEN areaIds IS NOT NULL THEN byArea END, CASE WHEN targetGroupIds IS NOT NULL THEN byGroup END,
               CASE WHEN programmeIds IS NOT NULL THEN byProgramme END, CASE WHEN themeIds IS NOT NULL THEN byTheme END,
               CASE WHEN institutionIds IS NOT NULL THEN byInstitution END]
      WHERE list IS NOT NULL] AS lists
// In every list: each list holds a programme once, so one that all of them hold is counted size(lists) times. (A
// membership test of each of the first list's programmes in the others is linear per test: 1,000 programmes covering
// 江门市 against the 120 serving 老年人 cost 1.5 ms more.)
CALL (lists) {
  UNWIND lists AS list
  UNWIND list AS p
  WITH p, count(*) AS listsHolding
  WHERE listsHolding = size(lists)
  // The nodes, not their ids: seeking each again by id cost more than the rest of a filtered page (0.35 ms for 53).
  RETURN collect(p) AS candidates
}


// name: apiProgrammePageByNodes
// A page of the programmes a filter by nodes allows (programmeCandidates), also filtered by text and status, in one
// statement with the filter's names ($inputs, fragment namedIds): `values` of the page's rows (one more than the page,
// from $after) and, when $withCount, the `count` of every programme the filter allows. No row when an input names
// nothing.
// include: programmeFilterIds
// include: programmeCandidates
CALL (candidates) {
  UNWIND candidates AS p
  WITH p
  WHERE ($text IS NULL OR p.name CONTAINS $text OR any(a IN p.aliases WHERE a CONTAINS $text)
         OR toLower(coalesce(p.nameEn, '')) CONTAINS toLower($text))
    AND ($status IS NULL
         OR EXISTS { MATCH (p)-[r]-() WHERE $status IN r.statuses }
         OR EXISTS { MATCH (e:Evidence)-[:SUPPORTS]->(p) WHERE e.status = $status })
  WITH p
  ORDER BY p.id
  RETURN collect(p) AS allowed
}
WITH {count: CASE WHEN $withCount THEN size(allowed) END,
      values: [p IN [q IN allowed WHERE q.id > $after][..toInteger($limit)] | [k IN $props | p[k]]]} AS answer
// include: stampedAnswer

// name: apiEntityPage
// Entities of one label: ids start with the label (`Theme:…`), so the range $after < id < $upper on :Node(id)
// holds exactly that type (the caller passes the label prefix as the lowest $after and `Label;` as $upper).
CALL () {
  MATCH (n:Node)
  WHERE n.id > $after AND n.id < $upper AND $label IN labels(n)
    AND ($text IS NULL OR n.name CONTAINS $text OR any(a IN n.aliases WHERE a CONTAINS $text)
         OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
  RETURN [k IN $props | n[k]] AS row
  ORDER BY n.id
  LIMIT toInteger($limit)
}
WITH collect(row) AS rows
WITH {rows: rows, all: null} AS answer
// include: stampedAnswer

// name: apiEntityCount
MATCH (n:Node)
WHERE n.id > $lower AND n.id < $upper AND $label IN labels(n)
  AND ($text IS NULL OR n.name CONTAINS $text OR any(a IN n.aliases WHERE a CONTAINS $text)
       OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
WITH {count: count(n)} AS answer
// include: stampedAnswer

// Target groups, areas and indicators filtered by text (and areas by level) only: no index answers CONTAINS, so these
// walk the label in id order (a page stops at its end; a count reads them all). Filters by a node (within, area,
// measures) go through the …Candidates statements and apiNodePageOf / apiNodeCountOf.

// name: apiTargetGroupPage
CALL () {
  MATCH (n:TargetGroup)
  WHERE n.id > $after
    AND ($text IS NULL OR n.name CONTAINS $text OR any(a IN n.aliases WHERE a CONTAINS $text)
         OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
  RETURN [k IN $props | n[k]] AS row
  ORDER BY n.id
  LIMIT toInteger($limit)
}
WITH collect(row) AS rows
CALL () {
  MATCH (labelled:TargetGroup) RETURN count(labelled) AS total
}
WITH {rows: rows, all: total} AS answer
// include: stampedAnswer

// name: apiTargetGroupCount
MATCH (n:TargetGroup)
WHERE ($text IS NULL OR n.name CONTAINS $text OR any(a IN n.aliases WHERE a CONTAINS $text)
       OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
WITH {count: count(n)} AS answer
// include: stampedAnswer

// name: apiAreaPage
CALL () {
  MATCH (n:AdministrativeArea)
  WHERE n.id > $after
    AND ($text IS NULL OR n.name CONTAINS $text OR any(a IN n.aliases WHERE a CONTAINS $text)
         OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
    AND ($level IS NULL OR n.level = $level)
  RETURN [k IN $props | n[k]] AS row
  ORDER BY n.id
  LIMIT toInteger($limit)
}
WITH collect(row) AS rows
CALL () {
  MATCH (labelled:AdministrativeArea) RETURN count(labelled) AS total
}
WITH {rows: rows, all: total} AS answer
// include: stampedAnswer

// name: apiAreaCount
MATCH (n:AdministrativeArea)
WHERE ($text IS NULL OR n.name CONTAINS $text OR any(a IN n.aliases WHERE a CONTAINS $text)
       OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
  AND ($level IS NULL OR n.level = $level)
WITH {count: count(n)} AS answer
// include: stampedAnswer

// name: apiIndicatorPage
// include: indicatorPage
WITH {rows: [n IN page | [k IN $props | n[k]]], all: total} AS answer
// include: stampedAnswer

// name: apiIndicatorPageAhead
// apiIndicatorPage with `ahead`: the page's observations, with the evidence the query's next level asks of them
// (fragment observationsAhead), so the level below the page sends no statement of its own. The observations of the
// row past the page (read only to tell whether there is a next page) are not read.
// include: indicatorPage
CALL (page) {
  UNWIND page[..toInteger($limit) - 1] AS indicator
  MATCH (indicator)-[:HAS_OBSERVATION]->(o:Observation)
  WITH indicator.id AS id, o
  // include: observationsAhead
  RETURN ahead
}
WITH {rows: [n IN page | [k IN $props | n[k]]], all: total, ahead: ahead} AS answer
// include: stampedAnswer

// fragment: indicatorPage
// `page`: the indicators of one keyset page in id order, filtered by $text; `total`: the label's count.
CALL () {
  MATCH (n:Indicator)
  WHERE n.id > $after
    AND ($text IS NULL OR n.name CONTAINS $text OR any(a IN n.aliases WHERE a CONTAINS $text)
         OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
  RETURN n
  ORDER BY n.id
  LIMIT toInteger($limit)
}
WITH collect(n) AS page
CALL () {
  MATCH (labelled:Indicator) RETURN count(labelled) AS total
}

// name: apiIndicatorCount
MATCH (n:Indicator)
WHERE ($text IS NULL OR n.name CONTAINS $text OR any(a IN n.aliases WHERE a CONTAINS $text)
       OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
WITH {count: count(n)} AS answer
// include: stampedAnswer

// name: apiTargetGroupCandidates
// The groups within the asked ones (themselves and every narrower group), from the asked groups' index seeks; the
// input `within` resolved in the same statement ($inputs).
// include: namedIds
UNWIND [pair IN named WHERE pair[0] = 'within' | pair[1]] AS withinId
MATCH (:TargetGroup {id: withinId})<-[:BROADER*0..]-(n:TargetGroup)
RETURN collect(DISTINCT n.id) AS ids

// name: apiAreaCandidates
// The areas within the asked ones: their direct parts ($directOnly), or themselves and every area below them; the
// input `within` resolved in the same statement ($inputs).
// include: namedIds
UNWIND [pair IN named WHERE pair[0] = 'within' | pair[1]] AS withinId
MATCH (w:AdministrativeArea {id: withinId})
CALL (w) {
  MATCH (n:AdministrativeArea)-[:PART_OF]->(w) WHERE $directOnly RETURN n
  UNION
  MATCH (n:AdministrativeArea)-[:PART_OF*0..]->(w) WHERE NOT $directOnly RETURN n
}
RETURN collect(DISTINCT n.id) AS ids

// name: apiIndicatorCandidates
// The indicators for an asked area (or one below it, $includeSubAreas) and measuring an asked programme or theme,
// each list found from the asked nodes; an indicator must be in the list of every filter set. The inputs `area` and
// `measures` are resolved in the same statement ($inputs).
// include: namedIds
WITH CASE WHEN 'area' IN asked THEN [pair IN named WHERE pair[0] = 'area' | pair[1]] END AS areaIds,
     CASE WHEN 'measures' IN asked THEN [pair IN named WHERE pair[0] = 'measures' | pair[1]] END AS measuresIds
CALL (areaIds) {
  UNWIND coalesce(areaIds, []) AS areaId
  MATCH (asked:AdministrativeArea {id: areaId})
  CALL (asked) {
    RETURN asked AS a
    UNION
    MATCH (a:AdministrativeArea)-[:PART_OF*1..]->(asked) WHERE $includeSubAreas RETURN a
  }
  MATCH (n:Indicator)-[:FOR_AREA]->(a)
  RETURN collect(DISTINCT n) AS byArea
}
CALL (measuresIds) {
  UNWIND coalesce(measuresIds, []) AS measuresId
  MATCH (n:Indicator)-[:MEASURES]->(measured:Node {id: measuresId})
  USING INDEX measured:Node(id)
  RETURN collect(DISTINCT n) AS byMeasures
}
WITH [list IN [CASE WHEN areaIds IS NOT NULL THEN byArea END, CASE WHEN measuresIds IS NOT NULL THEN byMeasures END]
      WHERE list IS NOT NULL] AS lists
// In every list, counted as in programmeCandidates.
CALL (lists) {
  UNWIND lists AS list
  UNWIND list AS n
  WITH n, count(*) AS listsHolding
  WHERE listsHolding = size(lists)
  RETURN collect(n.id) AS ids
}
RETURN ids

// name: apiNodePageOf
// A page of the candidates of a …Candidates statement, also filtered by text and (areas) level.
CALL () {
  UNWIND $candidateIds AS id
  MATCH (n:Node {id: id})
  WHERE n.id > $after
    AND ($text IS NULL OR n.name CONTAINS $text OR any(a IN n.aliases WHERE a CONTAINS $text)
         OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
    AND ($level IS NULL OR n.level = $level)
  RETURN [k IN $props | n[k]] AS row
  ORDER BY n.id
  LIMIT toInteger($limit)
}
WITH collect(row) AS rows
WITH {rows: rows, all: null} AS answer
// include: stampedAnswer

// name: apiNodeCountOf
UNWIND $candidateIds AS id
MATCH (n:Node {id: id})
WHERE ($text IS NULL OR n.name CONTAINS $text OR any(a IN n.aliases WHERE a CONTAINS $text)
       OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
  AND ($level IS NULL OR n.level = $level)
WITH {count: count(n)} AS answer
// include: stampedAnswer

// name: apiDocumentPage
CALL () {
  MATCH (d:Document)
  WHERE d.id > $after
    AND ($kind IS NULL OR d.kind = $kind)
    AND ($text IS NULL OR d.title CONTAINS $text OR toLower(coalesce(d.titleEn, '')) CONTAINS toLower($text))
    AND ($areaIds IS NULL
         OR ($includeSubAreas AND EXISTS { MATCH (a:AdministrativeArea {id: d.areaId})-[:PART_OF*0..]->(w:AdministrativeArea) WHERE w.id IN $areaIds })
         OR (NOT $includeSubAreas AND d.areaId IN $areaIds))
  RETURN properties(d) AS row
  ORDER BY d.id
  LIMIT toInteger($limit)
}
WITH collect(row) AS rows
CALL () {
  MATCH (labelled:Document) RETURN count(labelled) AS total
}
WITH {rows: rows, all: total} AS answer
// include: stampedAnswer

// name: apiDocumentCount
MATCH (d:Document)
WHERE ($kind IS NULL OR d.kind = $kind)
  AND ($text IS NULL OR d.title CONTAINS $text OR toLower(coalesce(d.titleEn, '')) CONTAINS toLower($text))
  AND ($areaIds IS NULL
       OR ($includeSubAreas AND EXISTS { MATCH (a:AdministrativeArea {id: d.areaId})-[:PART_OF*0..]->(w:AdministrativeArea) WHERE w.id IN $areaIds })
       OR (NOT $includeSubAreas AND d.areaId IN $areaIds))
WITH {count: count(d)} AS answer
// include: stampedAnswer

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
  // Everything but `source` and `searchText`, search's own copies of the text.
  RETURN collect(p {.id, .documentId, .ordinal, .sectionPath, .kind, .text, .startOffset, .endOffset, .startLine,
                    .endLine}) AS passages
}
RETURN id, passages, COUNT { (d)-[:HAS_PASSAGE]->() } AS total

// fragment: coverageRows
// The answer of a coverage statement, from its (p, g, a, via) matches: one row, `rows` in programme, group and area
// order, each as [programme id, group id, area id, via], at most $limit; each programme, group and area of the rows
// once, as the values of $programmeProps, $targetGroupProps and $areaProps (which start with the id): a programme
// with forty rows is not sent forty times; and the statements of the rows' SERVES and COVERS relations through
// $servesView and $coversView (null: not asked; fragment evidenceAbout), which the query's next level would
// otherwise ask for in a statement of its own.
WITH p, g, a, via
ORDER BY p.id, g.id, a.id
LIMIT toInteger($limit)
WITH collect([p.id, g.id, a.id, via]) AS rows, collect(DISTINCT p) AS ps, collect(DISTINCT g) AS gs,
     collect(DISTINCT a) AS areas
WITH rows, [p IN ps | [k IN $programmeProps | p[k]]] AS programmes,
     [g IN gs | [k IN $targetGroupProps | g[k]]] AS targetGroups, [a IN areas | [k IN $areaProps | a[k]]] AS areas
// The statement keys each once, in the order of their first row (its SERVES, then its COVERS): the caller builds the
// same list from the rows to pair the answer's lists with (src/graph/repositories/programmes.ts).
CALL (rows) {
  UNWIND range(0, size(rows) - 1) AS i
  UNWIND [[2 * i, CASE WHEN $servesView IS NOT NULL THEN [rows[i][0] + '|SERVES|' + rows[i][1], $servesView] END],
          [2 * i + 1, CASE WHEN $coversView IS NOT NULL THEN [rows[i][0] + '|COVERS|' + rows[i][2], $coversView] END]]
    AS at
  WITH at WHERE at[1] IS NOT NULL
  WITH at[1] AS key, min(at[0]) AS first
  ORDER BY first
  RETURN collect(key) AS keys
}
// include: evidenceAbout
WITH {rows: rows, programmes: programmes, targetGroups: targetGroups, areas: areas, byKey: byKey,
      documents: documents} AS answer
// include: stampedAnswer

// name: apiCoverage
// Programme × target group × area rows: the programme SERVES the group and COVERS the area. An area asked for is
// reached DIRECT, through a SUB_AREA the programme covers, or INHERITED from an area above it that it covers (a
// city-wide programme counts for each county). A programme asked for includes its narrower programmes (BROADER).
// The rows of the candidate programmes (programmeCandidates: found from the asked nodes, so the cost follows the
// answer), the filter inputs resolved in the same statement ($inputs); apiCoverageAll answers without a filter. Each
// entity comes as the values of its $…Props (src/graph/projection.ts); the relation keys are built from the ids by the
// caller. One row (fragment coverageRows).
// include: programmeFilterIds
// include: programmeCandidates
UNWIND candidates AS p
MATCH (p)-[:SERVES]->(g:TargetGroup)
MATCH (p)-[:COVERS]->(a:AdministrativeArea)
WHERE (targetGroupIds IS NULL
       OR ($includeNarrower AND EXISTS { MATCH (g)-[:BROADER*0..]->(x:TargetGroup) WHERE x.id IN targetGroupIds })
       OR (NOT $includeNarrower AND g.id IN targetGroupIds))
WITH p, g, a,
     CASE
       WHEN areaIds IS NULL OR a.id IN areaIds THEN 'DIRECT'
       WHEN $includeSubAreas AND EXISTS { MATCH (a)-[:PART_OF*1..]->(x:AdministrativeArea) WHERE x.id IN areaIds } THEN 'SUB_AREA'
       WHEN $includeAncestors AND EXISTS { MATCH (a)<-[:PART_OF*1..]-(x:AdministrativeArea) WHERE x.id IN areaIds } THEN 'INHERITED'
     END AS via
WHERE via IS NOT NULL
// include: coverageRows

// name: apiCoverageAll
// apiCoverage without a filter: every programme's rows, all DIRECT (the whole matrix; MAX_COVERAGE_ROWS bounds it).
MATCH (p:Programme)-[:SERVES]->(g:TargetGroup)
MATCH (p)-[:COVERS]->(a:AdministrativeArea)
WITH p, g, a, 'DIRECT' AS via
// include: coverageRows

// name: apiIndicatorConcepts
MATCH (c:IndicatorConcept)
RETURN properties(c) AS props
ORDER BY c.name

// name: apiCompare
// The series of one concept, each with its area and its observations (optionally of some years), area by area.
// The concept, indicator and area as the values of $conceptProps, $indicatorProps and $areaProps
// (src/graph/projection.ts). The inputs are resolved in the same statement ($inputs: the field `concept`, and
// `areas[i]` for each area asked for); $everyArea: no list of areas was given. One row: `series`, each as {concept,
// indicator, area, observations}, in area and indicator order (empty when an input names nothing); an observation as
// the values of $pointProps (what the query selects of the points).
// include: namedIds
WITH [pair IN named WHERE pair[0] = 'concept' | pair[1]][0] AS conceptId,
     CASE WHEN NOT $everyArea THEN [pair IN named WHERE pair[0] STARTS WITH 'areas[' | pair[1]] END AS areaIds
MATCH (c:IndicatorConcept {id: conceptId})<-[:OF_CONCEPT]-(i:Indicator)
OPTIONAL MATCH (i)-[:FOR_AREA]->(a:AdministrativeArea)
WITH c, i, a, areaIds
WHERE areaIds IS NULL OR a.id IN areaIds
CALL (i) {
  OPTIONAL MATCH (i)-[:HAS_OBSERVATION]->(o:Observation)
  WHERE $years IS NULL OR o.year IN $years
  WITH o ORDER BY o.ordinal
  RETURN collect([k IN $pointProps | o[k]]) AS observations
}
WITH c, i, a, observations
ORDER BY a.id, i.id
WITH {series: collect({concept: [k IN $conceptProps | c[k]], indicator: [k IN $indicatorProps | i[k]],
                       area: CASE WHEN a IS NULL THEN null ELSE [k IN $areaProps | a[k]] END,
                       observations: observations})} AS answer
// include: stampedAnswer
