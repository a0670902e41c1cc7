// What the HTTP server runs outside GraphQL (src/server/health.ts).

// name: healthRelease
// The cheapest read that proves the database answers queries: one seek on the release_id constraint.
// No row (an empty database) still counts as "Neo4j answers".
MATCH (r:Release {id: 'Release:current'}) RETURN r.version AS version, r.ingestedAt AS ingestedAt
