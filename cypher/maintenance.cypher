// Statements that keep the database in shape; run from src/graph/ and the test support only.

// name: deleteEverything
// In batches, so a large graph does not need one huge transaction. Needs an implicit transaction.
MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS

// name: countNodes
MATCH (n) RETURN count(n) AS count

// name: clearQueryCaches
// Empties Neo4j's query (plan) caches, so the next run of every statement is planned again: bench/first-request.ts
// measures a cold start with it (plans live in the Neo4j process, not the API's).
CALL db.clearQueryCaches() YIELD value RETURN value
