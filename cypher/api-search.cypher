// Full-text search (src/graph/repositories/search.ts). $query is the user's text with Lucene special characters
// escaped; both indexes use the cjk analyzer, so Chinese text is matched by character bigrams.

// name: apiSearchEntities
// Candidates for the re-rank in TypeScript (the score is computed there, on one scale with passages): one row,
// `rows` as {labels, props, score} in Lucene's order.
// $documents / $sectionPrefix (both may be null): only entities mentioned in a passage of those documents,
// under that section path (each element a prefix of the path's element at its depth, spaces ignored).
CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: toInteger($candidates)}) YIELD node, score
WHERE any(label IN labels(node) WHERE label IN $labels)
  AND (($documents IS NULL AND $sectionPrefix IS NULL) OR EXISTS {
    MATCH (node)<-[:MENTIONS]-(p:Passage)
    WHERE ($documents IS NULL OR p.documentId IN $documents)
      AND ($sectionPrefix IS NULL OR all(i IN range(0, size($sectionPrefix) - 1)
        WHERE replace(p.sectionPath[i], ' ', '') STARTS WITH $sectionPrefix[i]))
  })
WITH node, score
ORDER BY score DESC, node.id
WITH {rows: collect({labels: labels(node), props: properties(node), score: score})} AS answer
// include: stampedAnswer

// name: apiSearchPassages
// Candidates for the re-rank: Lucene's best $candidates, plus every passage whose text without whitespace holds
// one of $numbers (Lucene cuts "17280元" and "172 80" differently; searchText is compact, see graph-writer.ts).
// A table's title is the HEADING passage right before it (the ingest keeps both; quotes and mentions point at
// either): a hit on either one is a hit on the TABLE, returned with its title. One row, `rows` as {props, title,
// score} in Lucene's order.
CALL {
  CALL db.index.fulltext.queryNodes('passage_text', $query, {limit: toInteger($candidates)}) YIELD node, score
  RETURN node, score
  UNION
  // One CONTAINS per number, so the passage_search_text text index answers it (no scan of every passage).
  UNWIND $numbers AS number
  MATCH (node:Passage)
  WHERE node.searchText CONTAINS number
  RETURN node, 0.0 AS score
}
WITH node, max(score) AS score
OPTIONAL MATCH (next:Passage {documentId: node.documentId, ordinal: node.ordinal + 1})
  WHERE node.kind = 'HEADING' AND next.kind = 'TABLE' AND next.sectionPath[-1] = node.text
OPTIONAL MATCH (previous:Passage {documentId: node.documentId, ordinal: node.ordinal - 1})
  WHERE node.kind = 'TABLE' AND previous.kind = 'HEADING' AND node.sectionPath[-1] = previous.text
WITH coalesce(next, node) AS hit, CASE WHEN next IS NULL THEN previous ELSE node END AS title, score
WHERE ($documents IS NULL OR hit.documentId IN $documents)
  AND ($kinds IS NULL OR hit.kind IN $kinds)
  AND ($sectionPrefix IS NULL OR all(i IN range(0, size($sectionPrefix) - 1)
    WHERE replace(hit.sectionPath[i], ' ', '') STARTS WITH $sectionPrefix[i]))
WITH hit, title, max(score) AS score
WITH hit, title, score
ORDER BY score DESC, hit.id
WITH {rows: collect({props: properties(hit), title: CASE WHEN title IS NULL THEN null ELSE properties(title) END,
                     score: score})} AS answer
// include: stampedAnswer

// name: apiSearchDocumentIds
// Which of the documents a search filter names exist.
MATCH (d:Document) WHERE d.id IN $documents
RETURN d.id AS id

// name: apiRelease
MATCH (r:Release {id: 'Release:current'})
RETURN properties(r) AS props
