// Lookups by id and by name, run by src/graph/loaders.ts and src/graph/repositories/ (README.md, "The graph model").
// Every statement that returns Evidence also returns its `context`: its passage, its document and the document's
// issuer, so the evidence's document, passage and citation need no further round-trip. The passage comes without its
// text (`p {.*, text: null}`): the text is most of what a passage weighs, few queries select it on a statement, and
// Passage.text reads it, batched, when one does (src/graphql/resolvers/passage.ts).

// name: apiNodesById
// One index seek on :Node(id) per id, whatever the type; ids without a node return no row.
UNWIND $ids AS id
MATCH (n:Node {id: id})
OPTIONAL MATCH (n:Evidence)-[:IN_PASSAGE]->(p:Passage)<-[:HAS_PASSAGE]-(d:Document)
OPTIONAL MATCH (d)-[:ISSUED_BY]->(issuer:Institution)
RETURN id, labels(n) AS labels, properties(n) AS props,
       CASE WHEN d IS NULL THEN null
            ELSE {issuer: issuer.name, passage: p {.*, text: null}, document: properties(d)} END AS context

// name: apiResolveNames
// Resolves filter inputs (an id, a name or an alias) to ids of one label; inputs that match nothing return no row.
// $inputs: [{field, labels, text}]; a node matches when it has one of `labels`.
UNWIND $inputs AS input
CALL (input) {
  MATCH (n:Node {id: input.text})
  WHERE any(label IN labels(n) WHERE label IN input.labels)
  RETURN n
  UNION
  MATCH (n:Entity {name: input.text})
  WHERE any(label IN labels(n) WHERE label IN input.labels)
  RETURN n
  UNION
  MATCH (n:Entity)
  WHERE input.text IN n.aliases AND any(label IN labels(n) WHERE label IN input.labels)
  RETURN n
}
RETURN input.field AS field, collect(DISTINCT n.id) AS ids

// name: apiNameCandidates
// Every entity of the given labels with its spellings, to suggest the nearest names when an input matched nothing
// (src/graph/nearest-names.ts). Run only on that error path; the taxonomy holds a few thousand entities.
MATCH (n:Entity)
WHERE any(label IN labels(n) WHERE label IN $labels)
RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.nameEn AS nameEn

// name: apiEvidenceByAbout
// Statements of relations (about = `from|TYPE|to`) and evidence of nodes (about = id), through the evidence_about
// index, in document order, with their context.
UNWIND $keys AS key
MATCH (e:Evidence {about: key})-[:IN_PASSAGE]->(p:Passage)<-[:HAS_PASSAGE]-(d:Document)
OPTIONAL MATCH (d)-[:ISSUED_BY]->(issuer:Institution)
WITH key, e, p, d, issuer
ORDER BY d.id, e.startOffset, e.id
RETURN key,
       collect({
         props: properties(e),
         context: {issuer: issuer.name, passage: p {.*, text: null}, document: properties(d)}
       }) AS evidence

// name: apiEvidenceInPassages
// Statements quoted from each passage, in offset order.
UNWIND $ids AS id
MATCH (e:Evidence)-[:IN_PASSAGE]->(p:Passage {id: id})<-[:HAS_PASSAGE]-(d:Document)
OPTIONAL MATCH (d)-[:ISSUED_BY]->(issuer:Institution)
WITH id, e, p, d, issuer
ORDER BY e.startOffset, e.id
RETURN id AS key,
       collect({
         props: properties(e),
         context: {issuer: issuer.name, passage: p {.*, text: null}, document: properties(d)}
       }) AS evidence
