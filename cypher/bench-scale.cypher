// The benchmark's scale generator (bench/scale/generate.ts): copies of the seed graph's shape, each node and
// relationship once per copy, with ids (and names, aliases, relation keys) suffixed `~k`. Every copy carries the
// extra label :BenchCopy, which no API statement reads and no seed node has: removal deletes exactly those.

// name: benchScaleSeedNodes
MATCH (n:Node)
WHERE NOT n:BenchCopy
RETURN elementId(n) AS seed, properties(n) AS props
ORDER BY n.id

// name: benchScaleSeedRelations
MATCH (a:Node)-[r]->(b:Node)
WHERE NOT a:BenchCopy AND NOT b:BenchCopy
RETURN elementId(r) AS seed, a.id AS from, b.id AS to, properties(r) AS props

// name: benchScaleCreateNodes
// A copy of the seed node `row.seed` (an element id): its labels and properties read here, in Neo4j, and only the
// properties the copy changes (`row.props`: ids, names, keys suffixed) sent. Most of a node's bytes (quotes, passage
// texts) never cross Bolt, where packing them cost the generator more than Neo4j's writing.
UNWIND $rows AS row
MATCH (s) WHERE elementId(s) = row.seed
CREATE (n:BenchCopy)
SET n = properties(s), n += row.props, n:$(labels(s))

// name: benchScaleCreateRelations
// As benchScaleCreateNodes: the seed relationship's type and properties read here, the changed ones sent.
UNWIND $rows AS row
MATCH ()-[s]->() WHERE elementId(s) = row.seed
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
CREATE (a)-[r:$(type(s))]->(b)
SET r = properties(s), r += row.props

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
// Tests (test/bench/scale-generator.test.ts): an Evidence node's relation key and quote, and the copy's SERVES key.
MATCH (e:Evidence {id: $id})
OPTIONAL MATCH (:Programme {id: $programmeId})-[s:SERVES]->()
RETURN e.about AS about, e.quote AS quote, s.key AS servesKey, 'BenchCopy' IN labels(e) AS copy
