// Lookups by id and by name, run by src/graph/loaders.ts and src/graph/repositories/ (README.md, "The graph model").
// Every statement that returns Evidence also returns its context: its passage, its document and the document's
// issuer, so the evidence's document, passage and citation need no further round-trip. The passage comes without its
// text, source and search text: they are most of what a passage weighs, few queries select the text on a statement,
// and Passage.text reads it, batched, when one does (src/graphql/resolvers/passage.ts).

// name: apiNodesById
// One index seek on :Node(id) per id, whatever the type; ids without a node return no row.
UNWIND $ids AS id
MATCH (n:Node {id: id})
OPTIONAL MATCH (n:Evidence)-[:IN_PASSAGE]->(p:Passage)<-[:HAS_PASSAGE]-(d:Document)
OPTIONAL MATCH (d)-[:ISSUED_BY]->(issuer:Institution)
// A passage without `source` and `searchText` (search's copies of its text).
RETURN id, labels(n) AS labels,
       CASE WHEN n:Passage
            THEN n {.id, .documentId, .ordinal, .sectionPath, .kind, .text, .startOffset, .endOffset, .startLine, .endLine}
            ELSE properties(n) END AS props,
       CASE WHEN d IS NULL THEN null
            ELSE {issuer: issuer.name, passage: p {.id, .documentId, .ordinal, .sectionPath, .kind, .startOffset, .endOffset, .startLine, .endLine},
                   document: properties(d)} END AS context

// fragment: nodeNamed
// The nodes an `input` {field, labels, text} names: its id, its name or one of its aliases, with one of its `labels`.
MATCH (n:Node {id: input.text})
WHERE any(label IN labels(n) WHERE label IN input.labels)
RETURN n
UNION
MATCH (n:Entity {name: input.text})
WHERE any(label IN labels(n) WHERE label IN input.labels)
RETURN n
UNION
MATCH (alias:Alias {text: input.text})-[:ALIAS_OF]->(n:Entity)
USING INDEX alias:Alias(text) // a seek, whatever the planner's samples say (it has chosen to scan every alias)
WHERE any(label IN labels(n) WHERE label IN input.labels)
RETURN n

// fragment: namedIds
// The first step of a statement that resolves its own filter inputs ($inputs: [{field, labels, text}]) rather than
// take ids resolved by apiResolveNames a round trip earlier: `named`, a [field, id] pair for every node an input
// names, and `asked`, the fields given. One row, or none when an input names nothing: the statement then answers
// nothing, and the caller asks apiResolveNames which input it was (src/graph/repositories/names.ts).
CALL () {
  UNWIND $inputs AS input
  CALL (input) {
    // include: nodeNamed
  }
  RETURN collect(DISTINCT [input.field, n.id]) AS named
}
WITH named, [input IN $inputs | input.field] AS asked
WHERE all(field IN asked WHERE any(pair IN named WHERE pair[0] = field))

// name: apiResolveNames
// Resolves filter inputs (an id, a name or an alias) to ids of one label; inputs that match nothing return no row.
// $inputs: [{field, labels, text}]; a node matches when it has one of `labels`.
UNWIND $inputs AS input
CALL (input) {
  // include: nodeNamed
}
RETURN input.field AS field, collect(DISTINCT n.id) AS ids

// name: apiNameCandidates
// Every entity of the given labels with its spellings, to suggest the nearest names when an input matched nothing
// (src/graph/nearest-names.ts). Run only on that error path; the taxonomy holds a few thousand entities.
MATCH (n:Entity)
WHERE any(label IN labels(n) WHERE label IN $labels)
RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.nameEn AS nameEn

// fragment: evidenceAbout
// Statements of relations (about = `from|TYPE|to`) and evidence of nodes (about = id) for each of `keys`, through the
// evidence_about index, in document order. Each key comes as [about, view]: the view, an index into $evidenceViews,
// is [the evidence properties to read, whether to read the passage] (src/graph/evidence-views.ts), so each key is
// read through what the field asking for it selects. `byKey` holds the statements of each key, in the order of
// `keys` (the caller knows the keys it sent, or built: they are not sent back), each statement as [values of the
// view's properties, values of $passageProps or null] (the caller knows each statement's about, and its passage's id
// and document from the statement); `documents` holds each document the statements quote once, as [properties,
// issuer name] (only when $document), not once per statement (src/graph/projection.ts). A statement that reads a
// level of the query takes the next level's statements in with it this way (apiCoverage).
CALL (keys) {
  UNWIND range(0, size(keys) - 1) AS i
  WITH i, keys[i][0] AS key, $evidenceViews[toInteger(keys[i][1])] AS view
  CALL (key, view) {
    // The hint keeps the seek: with the key taken from a list, the planner can prefer scanning the whole index once
    // per key (3.5 million rows for the nested page: 640 ms against 25).
    OPTIONAL MATCH (e:Evidence {about: key})-[:IN_PASSAGE]->(p:Passage)
    USING INDEX e:Evidence(about)
    WITH e, p
    ORDER BY e.documentId, e.startOffset, e.id
    RETURN collect(CASE WHEN e IS NOT NULL
                        THEN [[k IN view[0] | e[k]], CASE WHEN view[1] THEN [k IN $passageProps | p[k]] END] END)
             AS evidence,
           collect(DISTINCT e.documentId) AS documentIds
  }
  WITH i, evidence, documentIds
  ORDER BY i
  RETURN collect(evidence) AS byKey, collect(documentIds) AS documentIdLists
}
// include: evidenceDocuments

// fragment: evidenceDocuments
// `documents`: each document of `documentIdLists` once, with its issuer's name, when $document.
CALL (documentIdLists) {
  UNWIND CASE WHEN $document THEN documentIdLists ELSE [] END AS ids
  UNWIND ids AS id
  WITH DISTINCT id
  MATCH (d:Document {id: id})
  OPTIONAL MATCH (d)-[:ISSUED_BY]->(issuer:Institution)
  RETURN collect([properties(d), issuer.name]) AS documents
}

// name: apiEvidenceByAbout
// The statements and evidence about each of $keys ([about, view]), one row (fragment evidenceAbout).
WITH $keys AS keys
// include: evidenceAbout
RETURN byKey, documents

// name: apiEvidenceInPassages
// Statements quoted from each passage ($keys as [passage id, view]), in offset order; the same row shape as
// apiEvidenceByAbout.
CALL () {
  UNWIND range(0, size($keys) - 1) AS i
  WITH i, $keys[i][0] AS key, $evidenceViews[toInteger($keys[i][1])] AS view
  CALL (key, view) {
    OPTIONAL MATCH (e:Evidence)-[:IN_PASSAGE]->(p:Passage {id: key})
    WITH e, p
    ORDER BY e.startOffset, e.id
    RETURN collect(CASE WHEN e IS NOT NULL
                        THEN [[k IN view[0] | e[k]], CASE WHEN view[1] THEN [k IN $passageProps | p[k]] END] END)
             AS evidence,
           collect(DISTINCT e.documentId) AS documentIds
  }
  WITH i, evidence, documentIds
  ORDER BY i
  RETURN collect(evidence) AS byKey, collect(documentIds) AS documentIdLists
}
// include: evidenceDocuments
RETURN byKey, documents
