// What the HTTP server runs outside GraphQL (src/server/health.ts).

// name: healthRelease
// The cheapest read that proves the database answers queries: one seek on the release_id constraint.
// No row (an empty database) still counts as "Neo4j answers".
MATCH (r:Release {id: 'Release:current'}) RETURN r.version AS version, r.ingestedAt AS ingestedAt

// name: releaseStamp
// What identifies the graph a request reads: the release and when it was written (a forced re-ingest of the same
// release writes a new ingestedAt), and whether a commit is being applied. Read after each request, and before one
// that must wait for a commit (src/server/release-consistency.ts).
// include: releaseState
RETURN release.stamp AS stamp, release.writing AS writing, release.since AS since

// fragment: releaseState
// `release`: the release stamp and the ingest lock as a map {stamp, writing, since} (releaseStamp's columns).
OPTIONAL MATCH (r:Release {id: 'Release:current'})
OPTIONAL MATCH (l:IngestLock {id: 'IngestLock'})
WITH *, {stamp: r.version + '@' + r.ingestedAt, writing: coalesce(l.writing, false), since: l.since} AS release

// fragment: stampedAnswer
// The end of a one-row API statement that proves its request read one release, with no read of its own
// (src/server/release-consistency.ts): the statement's columns go in `answer`, a map, collected so that every read
// of the statement is over (an eager aggregation) before the release stamp is read after them. The statement then
// returns `answer` and `release`; the reader (src/graph/stamped.ts) hands the answer on as the statement's one row.
// Every statement that includes it is checked by EXPLAIN for that order (test/graph/stamped-statements.test.ts).
WITH collect(answer) AS answers
CALL (answers) {
  // include: releaseState
  RETURN release
}
RETURN answers[0] AS answer, release
