// The benchmark's "limit" variant (bench/, BENCHMARKS.md): for each workload query of bench/workload.ts one statement
// returning, as `data`, exactly the JSON the API answers (bench/run.ts checks deep equality before timing). Written
// by hand for these queries only, with what the API knows about them built in (names resolved by id, name or alias;
// narrower groups, sub-areas and ancestors as the API's defaults). Cursors come back as `cursor:<key>`: Cypher 5
// has no base64 without APOC, so the bench's server encodes them (bench/variant-server.ts), nothing else.
// A citation is formatted as src/graph/citation.ts does: issuer《title》(year), section › path, lines a–b, with the
// parts the curators inferred (the document's inferredJson keys) in one pair of brackets per run.

// name: benchResearcherCoverage
CALL (*) {
  MATCH (n:Node) WHERE n.id = $targetGroup AND n:TargetGroup RETURN n
  UNION MATCH (n:TargetGroup {name: $targetGroup}) RETURN n
  UNION MATCH (:Alias {text: $targetGroup})-[:ALIAS_OF]->(n:TargetGroup) RETURN n
}
WITH collect(n.id) AS groupIds
CALL (*) {
  MATCH (n:Node) WHERE n.id = $area AND n:AdministrativeArea RETURN n
  UNION MATCH (n:AdministrativeArea {name: $area}) RETURN n
  UNION MATCH (:Alias {text: $area})-[:ALIAS_OF]->(n:AdministrativeArea) RETURN n
}
WITH groupIds, collect(n.id) AS areaIds
// From the asked groups and their narrower ones to the programmes serving them (index seeks, as the API does).
UNWIND groupIds AS groupId
MATCH (:TargetGroup {id: groupId})<-[:BROADER*0..]-(g:TargetGroup)<-[s:SERVES]-(p:Programme)
WITH DISTINCT areaIds, p, s, g
MATCH (p)-[:COVERS]->(a:AdministrativeArea)
WHERE a.id IN areaIds
   OR EXISTS { MATCH (a)-[:PART_OF*1..]->(x:AdministrativeArea) WHERE x.id IN areaIds }
   OR EXISTS { MATCH (a)<-[:PART_OF*1..]-(x:AdministrativeArea) WHERE x.id IN areaIds }
WITH p, s, g, a ORDER BY p.id, g.id, a.id
CALL (s) {
  OPTIONAL MATCH (e:Evidence {about: s.key})-[:IN_PASSAGE]->(ps:Passage)<-[:HAS_PASSAGE]-(d:Document)
  OPTIONAL MATCH (d)-[:ISSUED_BY]->(issuer:Institution)
  WITH e, ps, d, issuer ORDER BY d.id, e.startOffset, e.id
  WITH e, ps, d, [x IN [
         CASE WHEN issuer IS NULL THEN null ELSE {t: issuer.name, i: coalesce(d.inferredJson, '') CONTAINS '"issuer":'} END,
         {t: '《' + d.title + '》', i: coalesce(d.inferredJson, '') CONTAINS '"title":'},
         CASE WHEN d.year IS NOT NULL THEN {t: '(' + toString(toInteger(d.year)) + ')', i: coalesce(d.inferredJson, '') CONTAINS '"year":'}
              WHEN d.periodFrom IS NOT NULL AND d.periodTo IS NOT NULL
              THEN {t: '(' + toString(toInteger(d.periodFrom)) + '–' + toString(toInteger(d.periodTo)) + ')', i: coalesce(d.inferredJson, '') CONTAINS '"period":'}
         END] WHERE x IS NOT NULL] AS head
  WHERE e IS NOT NULL
  RETURN collect({
    quote: e.quote,
    citation: reduce(c = '', k IN range(0, size(head) - 1) |
                c + CASE WHEN head[k].i AND (k = 0 OR NOT head[k - 1].i) THEN '[' ELSE '' END + head[k].t
                  + CASE WHEN head[k].i AND (k = size(head) - 1 OR NOT head[k + 1].i) THEN ']' ELSE '' END)
              + CASE WHEN size(ps.sectionPath) > 0 THEN ', ' + reduce(c = head(ps.sectionPath), x IN tail(ps.sectionPath) | c + ' › ' + x) ELSE '' END
              + CASE WHEN e.startLine = e.endLine THEN ', line ' + toString(toInteger(e.startLine))
                     ELSE ', lines ' + toString(toInteger(e.startLine)) + '–' + toString(toInteger(e.endLine)) END
  }) AS serves
}
RETURN {coverage: collect({
  area: {name: a.name, level: a.level},
  programme: {id: p.id, name: p.name, nameEn: p.nameEn},
  targetGroup: {name: g.name},
  serves: serves
})} AS data

// name: benchPortalProgrammes
CALL () {
  MATCH (p:Programme) RETURN count(p) AS total
}
CALL () {
  MATCH (p:Programme) WHERE p.id > '' RETURN p ORDER BY p.id LIMIT 11
}
WITH total, collect(p) AS rows
WITH total, rows[0..10] AS page, size(rows) > 10 AS more
RETURN {programmes: {
  totalCount: total,
  edges: [p IN page | {cursor: 'cursor:' + p.id, node: {id: p.id, name: p.name, nameEn: p.nameEn}}],
  pageInfo: {hasNextPage: more, endCursor: CASE WHEN size(page) = 0 THEN null ELSE 'cursor:' + last(page).id END}
}} AS data

// name: benchStaffIndicatorTargets
CALL (*) {
  MATCH (i:Indicator)
  WHERE i.name CONTAINS $text OR any(a IN i.aliases WHERE a CONTAINS $text)
     OR toLower(coalesce(i.nameEn, '')) CONTAINS toLower($text)
  RETURN i ORDER BY i.id LIMIT 5
}
CALL (i) {
  OPTIONAL MATCH (i)-[:HAS_OBSERVATION]->(o:Observation {kind: 'TARGET'})
  WITH o ORDER BY o.ordinal
  CALL (o) {
    OPTIONAL MATCH (e:Evidence {about: o.id})-[:IN_PASSAGE]->(ps:Passage)<-[:HAS_PASSAGE]-(d:Document)
    OPTIONAL MATCH (d)-[:ISSUED_BY]->(issuer:Institution)
    WITH e, ps, d, issuer ORDER BY d.id, e.startOffset, e.id
    WITH e, ps, d, [x IN [
           CASE WHEN issuer IS NULL THEN null ELSE {t: issuer.name, i: coalesce(d.inferredJson, '') CONTAINS '"issuer":'} END,
           {t: '《' + d.title + '》', i: coalesce(d.inferredJson, '') CONTAINS '"title":'},
           CASE WHEN d.year IS NOT NULL THEN {t: '(' + toString(toInteger(d.year)) + ')', i: coalesce(d.inferredJson, '') CONTAINS '"year":'}
                WHEN d.periodFrom IS NOT NULL AND d.periodTo IS NOT NULL
                THEN {t: '(' + toString(toInteger(d.periodFrom)) + '–' + toString(toInteger(d.periodTo)) + ')', i: coalesce(d.inferredJson, '') CONTAINS '"period":'}
           END] WHERE x IS NOT NULL] AS head
    WHERE e IS NOT NULL
    RETURN collect({
      quote: e.quote,
      citation: reduce(c = '', k IN range(0, size(head) - 1) |
                  c + CASE WHEN head[k].i AND (k = 0 OR NOT head[k - 1].i) THEN '[' ELSE '' END + head[k].t
                    + CASE WHEN head[k].i AND (k = size(head) - 1 OR NOT head[k + 1].i) THEN ']' ELSE '' END)
                + CASE WHEN size(ps.sectionPath) > 0 THEN ', ' + reduce(c = head(ps.sectionPath), x IN tail(ps.sectionPath) | c + ' › ' + x) ELSE '' END
                + CASE WHEN e.startLine = e.endLine THEN ', line ' + toString(toInteger(e.startLine))
                       ELSE ', lines ' + toString(toInteger(e.startLine)) + '–' + toString(toInteger(e.endLine)) END,
      passage: {sectionPath: ps.sectionPath, lines: {start: ps.startLine, end: ps.endLine}}
    }) AS evidence
  }
  WITH o, evidence WHERE o IS NOT NULL
  RETURN collect({year: o.year, scope: o.scope, comparator: o.comparator, value: o.value, text: o.text,
                  evidence: evidence}) AS observations
}
RETURN {indicators: {edges: collect({node: {name: i.name, observations: observations}})}} AS data

// name: benchProgrammes100Nested
CALL () {
  MATCH (p:Programme) RETURN p ORDER BY p.id LIMIT 100
}
CALL (p) {
  OPTIONAL MATCH (p)-[r:SERVES]->(g:TargetGroup)
  WITH r, g ORDER BY g.id
  CALL (r, g) {
    OPTIONAL MATCH (g)-[:BROADER]->(b:TargetGroup)
    WITH b ORDER BY b.id
    WHERE b IS NOT NULL
    RETURN collect({name: b.name}) AS broader
  }
  CALL (r) {
    OPTIONAL MATCH (e:Evidence {about: r.key})-[:IN_PASSAGE]->(ps:Passage)<-[:HAS_PASSAGE]-(d:Document)
    OPTIONAL MATCH (d)-[:ISSUED_BY]->(issuer:Institution)
    WITH e, ps, d, issuer ORDER BY d.id, e.startOffset, e.id
    WITH e, ps, d, [x IN [
           CASE WHEN issuer IS NULL THEN null ELSE {t: issuer.name, i: coalesce(d.inferredJson, '') CONTAINS '"issuer":'} END,
           {t: '《' + d.title + '》', i: coalesce(d.inferredJson, '') CONTAINS '"title":'},
           CASE WHEN d.year IS NOT NULL THEN {t: '(' + toString(toInteger(d.year)) + ')', i: coalesce(d.inferredJson, '') CONTAINS '"year":'}
                WHEN d.periodFrom IS NOT NULL AND d.periodTo IS NOT NULL
                THEN {t: '(' + toString(toInteger(d.periodFrom)) + '–' + toString(toInteger(d.periodTo)) + ')', i: coalesce(d.inferredJson, '') CONTAINS '"period":'}
           END] WHERE x IS NOT NULL] AS head
    WHERE e IS NOT NULL
    RETURN collect({
      status: e.status, year: e.year, quote: e.quote,
      citation: reduce(c = '', k IN range(0, size(head) - 1) |
                  c + CASE WHEN head[k].i AND (k = 0 OR NOT head[k - 1].i) THEN '[' ELSE '' END + head[k].t
                    + CASE WHEN head[k].i AND (k = size(head) - 1 OR NOT head[k + 1].i) THEN ']' ELSE '' END)
                + CASE WHEN size(ps.sectionPath) > 0 THEN ', ' + reduce(c = head(ps.sectionPath), x IN tail(ps.sectionPath) | c + ' › ' + x) ELSE '' END
                + CASE WHEN e.startLine = e.endLine THEN ', line ' + toString(toInteger(e.startLine))
                       ELSE ', lines ' + toString(toInteger(e.startLine)) + '–' + toString(toInteger(e.endLine)) END,
      passage: {id: ps.id, sectionPath: ps.sectionPath}
    }) AS statements
  }
  WITH g, broader, statements WHERE g IS NOT NULL
  RETURN collect({node: {name: g.name, broader: broader}, statements: statements}) AS targetGroups
}
CALL (p) {
  OPTIONAL MATCH (p)-[r:COVERS]->(a:AdministrativeArea)
  WITH r, a ORDER BY a.id
  OPTIONAL MATCH (parent:AdministrativeArea {id: a.parentId})
  CALL (r) {
    OPTIONAL MATCH (e:Evidence {about: r.key})-[:IN_PASSAGE]->(ps:Passage)<-[:HAS_PASSAGE]-(d:Document)
    WITH e, ps, d ORDER BY d.id, e.startOffset, e.id
    WHERE e IS NOT NULL
    RETURN collect({status: e.status, quote: e.quote, passage: {id: ps.id}}) AS statements
  }
  WITH a, parent, statements WHERE a IS NOT NULL
  RETURN collect({node: {name: a.name, parent: CASE WHEN parent IS NULL THEN null ELSE {name: parent.name} END},
                  statements: statements}) AS areas
}
CALL (p) {
  OPTIONAL MATCH (p)-[r:PART_OF]->(t:Theme)
  WITH r, t ORDER BY t.id
  CALL (r) {
    OPTIONAL MATCH (e:Evidence {about: r.key})-[:IN_PASSAGE]->(ps:Passage)<-[:HAS_PASSAGE]-(d:Document)
    WITH e, d ORDER BY d.id, e.startOffset, e.id
    WHERE e IS NOT NULL
    RETURN collect({status: e.status}) AS statements
  }
  WITH t, statements WHERE t IS NOT NULL
  RETURN collect({node: {name: t.name}, statements: statements}) AS themes
}
RETURN {programmes: {edges: collect({node: {id: p.id, name: p.name, targetGroups: targetGroups, areas: areas,
                                            themes: themes}})}} AS data

// name: benchCountyCoverage
CALL (*) {
  MATCH (n:Node) WHERE n.id = $area AND n:AdministrativeArea RETURN n
  UNION MATCH (n:AdministrativeArea {name: $area}) RETURN n
  UNION MATCH (:Alias {text: $area})-[:ALIAS_OF]->(n:AdministrativeArea) RETURN n
}
WITH collect(n.id) AS areaIds
// The programmes covering an asked area, one below it or one above it (index seeks, as the API does).
CALL (areaIds) {
  UNWIND areaIds AS areaId
  MATCH (asked:AdministrativeArea {id: areaId})
  CALL (asked) {
    RETURN asked AS covered
    UNION MATCH (covered:AdministrativeArea)-[:PART_OF*1..]->(asked) RETURN covered
    UNION MATCH (asked)-[:PART_OF*1..]->(covered:AdministrativeArea) RETURN covered
  }
  MATCH (p:Programme)-[:COVERS]->(covered)
  RETURN DISTINCT p
}
MATCH (p)-[:SERVES]->(g:TargetGroup)
MATCH (p)-[:COVERS]->(a:AdministrativeArea)
WITH p, g, a,
     CASE
       WHEN a.id IN areaIds THEN 'DIRECT'
       WHEN EXISTS { MATCH (a)-[:PART_OF*1..]->(x:AdministrativeArea) WHERE x.id IN areaIds } THEN 'SUB_AREA'
       WHEN EXISTS { MATCH (a)<-[:PART_OF*1..]-(x:AdministrativeArea) WHERE x.id IN areaIds } THEN 'INHERITED'
     END AS via
WHERE via IS NOT NULL
WITH p, g, a, via ORDER BY p.id, g.id, a.id
RETURN {coverage: collect({programme: {name: p.name}, targetGroup: {name: g.name}, area: {name: a.name}, via: via})} AS data

// name: benchFilteredProgrammes
CALL (*) {
  MATCH (n:Node) WHERE n.id = $targetGroup AND n:TargetGroup RETURN n
  UNION MATCH (n:TargetGroup {name: $targetGroup}) RETURN n
  UNION MATCH (:Alias {text: $targetGroup})-[:ALIAS_OF]->(n:TargetGroup) RETURN n
}
WITH collect(n.id) AS groupIds
CALL (*) {
  MATCH (n:Node) WHERE n.id = $area AND n:AdministrativeArea RETURN n
  UNION MATCH (n:AdministrativeArea {name: $area}) RETURN n
  UNION MATCH (:Alias {text: $area})-[:ALIAS_OF]->(n:AdministrativeArea) RETURN n
}
WITH groupIds, collect(n.id) AS areaIds
CALL (groupIds, areaIds) {
  // From the asked groups (and narrower ones) to the programmes serving them (index seeks, as the API does).
  UNWIND groupIds AS groupId
  MATCH (:TargetGroup {id: groupId})<-[:BROADER*0..]-(:TargetGroup)<-[:SERVES]-(p:Programme)
  WITH DISTINCT p, areaIds
  WHERE EXISTS { MATCH (p)-[:COVERS]->(:AdministrativeArea)-[:PART_OF*0..]->(a:AdministrativeArea) WHERE a.id IN areaIds }
  RETURN p ORDER BY p.id
}
WITH collect(p) AS found
RETURN {programmes: {totalCount: size(found), edges: [p IN found[0..20] | {node: {id: p.id, name: p.name}}]}} AS data

// name: benchCompare
CALL (*) {
  MATCH (n:Node) WHERE n.id = $concept AND n:IndicatorConcept RETURN n
  UNION MATCH (n:IndicatorConcept {name: $concept}) RETURN n
  UNION MATCH (:Alias {text: $concept})-[:ALIAS_OF]->(n:IndicatorConcept) RETURN n
}
WITH head(collect(n.id)) AS conceptId
CALL (*) {
  UNWIND $areas AS name
  CALL (name) {
    MATCH (n:Node) WHERE n.id = name AND n:AdministrativeArea RETURN n
    UNION MATCH (n:AdministrativeArea {name: name}) RETURN n
    UNION MATCH (:Alias {text: name})-[:ALIAS_OF]->(n:AdministrativeArea) RETURN n
  }
  RETURN collect(n.id) AS areaIds
}
MATCH (:IndicatorConcept {id: conceptId})<-[:OF_CONCEPT]-(i:Indicator)
OPTIONAL MATCH (i)-[:FOR_AREA]->(a:AdministrativeArea)
WITH i, a WHERE a.id IN areaIds
CALL (i) {
  OPTIONAL MATCH (i)-[:HAS_OBSERVATION]->(o:Observation)
  WITH o ORDER BY o.ordinal
  WHERE o IS NOT NULL
  RETURN collect({year: o.year, kind: CASE o.kind WHEN 'BASELINE' THEN 'ACTUAL' ELSE o.kind END, role: o.kind,
                  value: o.value, text: o.text}) AS points
}
WITH i, a, points ORDER BY a.id, i.id
RETURN {compare: collect({area: {name: a.name}, unit: i.unit, points: points})} AS data

// name: benchProgrammes100Relations
CALL () {
  MATCH (p:Programme) RETURN p ORDER BY p.id LIMIT 100
}
CALL (p) {
  OPTIONAL MATCH (p)-[:SERVES]->(g:TargetGroup)
  WITH g ORDER BY g.id
  CALL (g) {
    OPTIONAL MATCH (g)-[:BROADER]->(b:TargetGroup)
    WITH b ORDER BY b.id
    WHERE b IS NOT NULL
    RETURN collect({name: b.name}) AS broader
  }
  WITH g, broader WHERE g IS NOT NULL
  RETURN collect({node: {name: g.name, broader: broader}}) AS targetGroups
}
CALL (p) {
  OPTIONAL MATCH (p)-[:COVERS]->(a:AdministrativeArea)
  WITH a ORDER BY a.id
  OPTIONAL MATCH (parent:AdministrativeArea {id: a.parentId})
  WITH a, parent WHERE a IS NOT NULL
  RETURN collect({node: {name: a.name, parent: CASE WHEN parent IS NULL THEN null ELSE {name: parent.name} END}}) AS areas
}
CALL (p) {
  OPTIONAL MATCH (p)-[:PART_OF]->(t:Theme)
  WITH t ORDER BY t.id
  WHERE t IS NOT NULL
  RETURN collect({node: {name: t.name}}) AS themes
}
RETURN {programmes: {edges: collect({node: {id: p.id, name: p.name, targetGroups: targetGroups, areas: areas,
                                            themes: themes}})}} AS data
