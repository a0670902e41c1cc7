// Statements that keep the database in shape; run from src/graph/ and the test support only.

// name: deleteEverything
// In batches, so a large graph does not need one huge transaction. Needs an implicit transaction.
MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS

// name: countNodes
MATCH (n) RETURN count(n) AS count
