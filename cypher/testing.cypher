// Statements only the tests run (test/): probes that prove the database is real, fixtures of the server tests.
// They live here with every other statement; nothing in src/ runs them.

// name: testCreateProbeConstraint
CREATE CONSTRAINT probe_key IF NOT EXISTS FOR (p:RealityProbe) REQUIRE p.key IS UNIQUE

// name: testDropProbeConstraint
DROP CONSTRAINT probe_key IF EXISTS

// name: testCreateProbe
CREATE (:RealityProbe {key: $key})

// name: testServerInfo
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition

// name: testCreateMarker
CREATE (:LifeCycleMarker {at: $at})

// name: testCountMarkers
MATCH (m:LifeCycleMarker) RETURN count(m) AS count

// name: testCreateRelease
CREATE (:Release {id: 'Release:current', version: $version})

// name: testEcho
RETURN size($value) AS size

// The filters' plain definitions, as the API's statements read before they started from the asked nodes (issue 14):
// every node of the label, filtered. test/api/filter-definitions.test.ts checks the index-backed statements
// (apiProgrammePageByNodes, the other …Candidates, apiNodeCountOf) count exactly what these count.

// name: testDefinitionProgrammeCount
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

// name: testDefinitionTargetGroupCount
MATCH (n:TargetGroup)
WHERE ($text IS NULL OR n.name CONTAINS $text OR any(a IN n.aliases WHERE a CONTAINS $text)
       OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
  AND ($withinIds IS NULL OR EXISTS { MATCH (n)-[:BROADER*0..]->(w:TargetGroup) WHERE w.id IN $withinIds })
RETURN count(n) AS count

// name: testDefinitionAreaCount
MATCH (n:AdministrativeArea)
WHERE ($text IS NULL OR n.name CONTAINS $text OR any(a IN n.aliases WHERE a CONTAINS $text)
       OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
  AND ($level IS NULL OR n.level = $level)
  AND ($withinIds IS NULL
       OR (NOT $directOnly AND EXISTS { MATCH (n)-[:PART_OF*0..]->(w:AdministrativeArea) WHERE w.id IN $withinIds })
       OR ($directOnly AND EXISTS { MATCH (n)-[:PART_OF]->(w:AdministrativeArea) WHERE w.id IN $withinIds }))
RETURN count(n) AS count

// name: testDefinitionIndicatorCount
MATCH (n:Indicator)
WHERE ($text IS NULL OR n.name CONTAINS $text OR any(a IN n.aliases WHERE a CONTAINS $text)
       OR toLower(coalesce(n.nameEn, '')) CONTAINS toLower($text))
  AND ($areaIds IS NULL
       OR ($includeSubAreas AND EXISTS { MATCH (n)-[:FOR_AREA]->(:AdministrativeArea)-[:PART_OF*0..]->(a:AdministrativeArea) WHERE a.id IN $areaIds })
       OR (NOT $includeSubAreas AND EXISTS { MATCH (n)-[:FOR_AREA]->(a:AdministrativeArea) WHERE a.id IN $areaIds }))
  AND ($measuresIds IS NULL OR EXISTS { MATCH (n)-[:MEASURES]->(m) WHERE m.id IN $measuresIds })
RETURN count(n) AS count


// name: testStampedVersion
// The release's version as a stamped statement (fragment stampedAnswer): the release guard's tests
// (test/server/release-guard.test.ts) prove a request by the stamp it read.
OPTIONAL MATCH (v:Release {id: 'Release:current'})
WITH {version: v.version} AS answer
// include: stampedAnswer
