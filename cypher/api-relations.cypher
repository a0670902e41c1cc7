// Relations seen from either end, for src/graph/loaders.ts. The relationship types are a parameter compared with
// type(r) (one key per node with the types asked of it, so one statement serves every relation field of a query's
// level, and each node is expanded once whatever the number of fields): each node has few relationships, so
// expanding from the id seek and filtering is cheap, and no Cypher is ever built from input. The far node comes
// along, so resolving it costs no further statement.

// name: apiRelationsOut
// $keys: [{id, types}]. The relationship's own fields as [statementCount, statuses, flagsJson] when $relationFields
// (a query selecting none of them reads null; its key is from|TYPE|to), and the far node: its API label, and an
// entity as the values of $nodeProps (src/graph/projection.ts), any other node (a document issued by an institution)
// whole. Nothing a row's key already says is sent again.
UNWIND $keys AS key
WITH key.id AS id, key.types AS types
MATCH (a:Node {id: id})-[r]->(b:Node)
WHERE type(r) IN types
RETURN id, type(r) AS type, CASE WHEN $relationFields THEN [r.statementCount, r.statuses, r.flagsJson] END AS fields,
       [l IN labels(b) WHERE l <> 'Node' AND l <> 'Entity'] AS labels,
       CASE WHEN b:Entity THEN [k IN $nodeProps | b[k]] END AS values,
       CASE WHEN b:Entity THEN null ELSE properties(b) END AS node
ORDER BY id, type(r), b.id

// name: apiRelationsIn
UNWIND $keys AS key
WITH key.id AS id, key.types AS types
MATCH (b:Node {id: id})<-[r]-(a:Node)
WHERE type(r) IN types
RETURN id, type(r) AS type, CASE WHEN $relationFields THEN [r.statementCount, r.statuses, r.flagsJson] END AS fields,
       [l IN labels(a) WHERE l <> 'Node' AND l <> 'Entity'] AS labels,
       CASE WHEN a:Entity THEN [k IN $nodeProps | a[k]] END AS values,
       CASE WHEN a:Entity THEN null ELSE properties(a) END AS node
ORDER BY id, type(r), a.id

// name: apiRelationsOutAhead
// apiRelationsOut for a level whose next level the query also asks for, all in one row (fragment relationsAhead).
UNWIND $keys AS key
WITH key.id AS id, key.types AS types
MATCH (a:Node {id: id})-[r]->(b:Node)
WHERE type(r) IN types
// include: relationsAhead
WITH ahead AS answer
// include: stampedAnswer

// name: apiRelationsInAhead
// (Here too `a` is the end read from and `b` the far node, as relationsAhead expects.)
UNWIND $keys AS key
WITH key.id AS id, key.types AS types
MATCH (a:Node {id: id})<-[r]-(b:Node)
WHERE type(r) IN types
// include: relationsAhead
WITH ahead AS answer
// include: stampedAnswer

// fragment: relationsAhead
// The relations r read from `id` to far nodes b, with what the query's next level asks of them, so that level sends no
// statement of its own, as one map `ahead` (Loaders.primeRelationsAhead):
// - `rows`: for each `id` in order, [id, its relations in apiRelationsOut's order as [type, fields, far node id]]
//   (fields as in apiRelationsOut, when $relationFields);
// - `nodes`: each far node once, as [id, labels, values of $nodeProps but the id, node] (apiRelationsOut's last three
//   columns; the id is not sent twice);
// - `next`: for each far node once, [its id, its relations of the types $nextOut and $nextIn], each relation as
//   [direction, type, fields (when $nextFields), next node id];
// - `nextNodes`: each node those relations reach once, as in `nodes` but with the values of $nextProps;
// - `refs`: each node the far nodes' properties $refs name (parentId, areaId …) once, as [id, labels, properties];
// - `byKey` and `documents`: the statements of the relations whose type $statementViews names a view for (fragment
//   evidenceAbout, keyed by the relation's key and that view).
// A far node shared by many relations (老年人, served by half the programmes) is expanded and sent once.
WITH id, r, b
ORDER BY id, type(r), b.id
WITH id,
     collect([type(r), CASE WHEN $relationFields THEN [r.statementCount, r.statuses, r.flagsJson] END, b.id])
       AS relations,
     collect(b) AS bs,
     collect(CASE WHEN $statementViews[type(r)] IS NOT NULL
                  THEN [startNode(r).id + '|' + type(r) + '|' + endNode(r).id, $statementViews[type(r)]] END) AS idKeys
WITH collect([id, relations]) AS rows, collect(bs) AS bLists, collect(idKeys) AS keyLists
CALL (bLists, keyLists) {
  CALL (bLists) {
    UNWIND bLists AS bs
    UNWIND bs AS b
    RETURN collect(DISTINCT b) AS fars
  }
  CALL (keyLists) {
    UNWIND keyLists AS idKeys
    UNWIND idKeys AS key
    RETURN collect(key) AS keys
  }
  RETURN fars, keys
}
CALL (fars) {
  UNWIND CASE WHEN size($nextOut) + size($nextIn) > 0 THEN fars ELSE [] END AS b
  CALL (b) {
    WITH b WHERE size($nextOut) > 0
    MATCH (b)-[n]->(c:Node)
    WHERE type(n) IN $nextOut
    WITH n, c
    ORDER BY type(n), c.id
    RETURN collect(['OUT', type(n), CASE WHEN $nextFields THEN [n.statementCount, n.statuses, n.flagsJson] END, c.id])
             AS nextOut,
           collect(c) AS outNodes
  }
  CALL (b) {
    WITH b WHERE size($nextIn) > 0
    MATCH (b)<-[n]-(c:Node)
    WHERE type(n) IN $nextIn
    WITH n, c
    ORDER BY type(n), c.id
    RETURN collect(['IN', type(n), CASE WHEN $nextFields THEN [n.statementCount, n.statuses, n.flagsJson] END, c.id])
             AS nextIn,
           collect(c) AS inNodes
  }
  WITH collect([b.id, nextOut + nextIn]) AS next, collect(outNodes + inNodes) AS reached
  CALL (reached) {
    UNWIND reached AS cs
    UNWIND cs AS c
    WITH DISTINCT c
    RETURN collect([c.id, [l IN labels(c) WHERE l <> 'Node' AND l <> 'Entity'],
                    CASE WHEN c:Entity THEN [k IN $nextProps WHERE k <> 'id' | c[k]] END,
                    CASE WHEN c:Entity THEN null ELSE properties(c) END]) AS nextNodes
  }
  RETURN next, nextNodes
}
CALL (fars) {
  UNWIND fars AS b
  UNWIND $refs AS ref
  WITH DISTINCT b[ref] AS refId
  WHERE refId IS NOT NULL
  MATCH (n:Node {id: refId})
  RETURN collect([refId, labels(n), properties(n)]) AS refs
}
// include: evidenceAbout
WITH {rows: rows,
      nodes: [b IN fars | [b.id, [l IN labels(b) WHERE l <> 'Node' AND l <> 'Entity'],
                           CASE WHEN b:Entity THEN [k IN $nodeProps WHERE k <> 'id' | b[k]] END,
                           CASE WHEN b:Entity THEN null ELSE properties(b) END]],
      next: next, nextNodes: nextNodes, refs: refs, byKey: byKey, documents: documents} AS ahead

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

// name: apiIndicatorObservationsAhead
// The observations of each indicator of $ids of $year, $kind and $scope (null: any), with the evidence the query's
// next level asks of them (fragment observationsAhead; none when $view is null). One row.
UNWIND $ids AS id
MATCH (:Indicator {id: id})-[:HAS_OBSERVATION]->(o:Observation)
// include: observationsAhead
WITH ahead AS answer
// include: stampedAnswer

// fragment: observationsAhead
// The observations o of indicators `id` of $year, $kind and $scope (null: any), and the evidence of each (fragment
// evidenceAbout, keyed by the observation's id, through $view; none when $view is null), as one map `ahead`
// (Loaders.primeObservationsAhead): `rows` as [indicator id, values of $observationProps], `byKey`, `documents`.
// Only the observations the caller keeps are sent (a page of targets does not carry the baselines), each as values
// (no property names repeated per row).
WITH id, o
WHERE ($year IS NULL OR o.year = $year) AND ($kind IS NULL OR o.kind = $kind) AND ($scope IS NULL OR o.scope = $scope)
WITH id, o
ORDER BY id, o.ordinal
WITH collect([id, [k IN $observationProps | o[k]]]) AS rows,
     collect(CASE WHEN $view IS NOT NULL THEN [o.id, $view] END) AS keys
// include: evidenceAbout
WITH {rows: rows, byKey: byKey, documents: documents} AS ahead
