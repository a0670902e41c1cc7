// Full-text search (src/graph/repositories/search.ts). $query is the user's text with Lucene special characters
// escaped; both indexes use the cjk analyzer, so Chinese text is matched by character bigrams.

// name: apiSearchEntities
CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
WHERE any(label IN labels(node) WHERE label IN $labels)
RETURN labels(node) AS labels, properties(node) AS props, score
ORDER BY score DESC, node.id
LIMIT toInteger($limit)

// name: apiSearchPassages
CALL db.index.fulltext.queryNodes('passage_text', $query) YIELD node, score
RETURN properties(node) AS props, score
ORDER BY score DESC, node.id
LIMIT toInteger($limit)

// name: apiRelease
MATCH (r:Release {id: 'Release:current'})
RETURN properties(r) AS props
