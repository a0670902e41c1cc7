// What the HTTP server runs outside GraphQL (src/server/health.ts).

// name: healthRelease
// The cheapest read that proves the database answers queries: one seek on the release_id constraint.
// No row (an empty database) still counts as "Neo4j answers".
MATCH (r:Release {id: 'Release:current'}) RETURN r.version AS version, r.ingestedAt AS ingestedAt

// name: releaseStamp
// What identifies the graph a request reads: the release and when it was written (a forced re-ingest of the same
// release writes a new ingestedAt), and whether a commit is being applied. Read after each request, and before one
// that must wait for a commit (src/server/release-consistency.ts).
OPTIONAL MATCH (r:Release {id: 'Release:current'})
OPTIONAL MATCH (l:IngestLock {id: 'IngestLock'})
RETURN r.version + '@' + r.ingestedAt AS stamp, coalesce(l.writing, false) AS writing, l.since AS since
