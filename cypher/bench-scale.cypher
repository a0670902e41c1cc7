// The benchmark's scale generator (bench/scale/generate.ts): copies of the seed graph's shape, each node and
// relationship once per copy, with ids (and names, aliases, relation keys) suffixed `~k`. Every copy carries the
// extra label :BenchCopy, which no API statement reads and no seed node has: removal deletes exactly those.

// name: benchScaleSeedNodes
MATCH (n:Node)
WHERE NOT n:BenchCopy
RETURN labels(n) AS labels, properties(n) AS props
ORDER BY n.id

// name: benchScaleSeedRelations
MATCH (a:Node)-[r]->(b:Node)
WHERE NOT a:BenchCopy AND NOT b:BenchCopy
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props

// name: benchScaleCreateNodes
// Labels come from the seed graph's own nodes (benchScaleSeedNodes), never from input.
UNWIND $rows AS row
CREATE (n:BenchCopy)
SET n = row.props, n:$(row.labels)

// name: benchScaleCreateRelations
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props

// name: benchScaleCopies
MATCH (n:BenchCopy)
RETURN count(n) AS nodes

// name: benchScaleRemove
// One batch: the caller repeats it until it removes nothing.
MATCH (n:BenchCopy)
WITH n LIMIT toInteger($batch)
DETACH DELETE n
RETURN count(*) AS removed

// name: benchScaleSeedShape
// What must be as it was after the copies are removed: the seed graph's counts and its release stamp.
CALL () { MATCH (n:Node) RETURN count(n) AS nodes }
// Relationships between API nodes: the ones the generator copies (not the ingest's :Alias lookups).
CALL () { MATCH (:Node)-[r]->(:Node) RETURN count(r) AS relationships }
OPTIONAL MATCH (r:Release {id: 'Release:current'})
RETURN nodes, relationships, r.version AS version, r.pipeline AS pipeline

// name: benchNeo4jVersion
CALL dbms.components() YIELD name, versions, edition
RETURN name + ' ' + versions[0] + ' ' + edition AS version

// name: benchScaleProbeEvidence
// Tests (test/bench/scale-generator.test.ts): an Evidence node's relation key, and the copy's SERVES key.
MATCH (e:Evidence {id: $id})
OPTIONAL MATCH (:Programme {id: $programmeId})-[s:SERVES]->()
RETURN e.about AS about, s.key AS servesKey, 'BenchCopy' IN labels(e) AS copy
