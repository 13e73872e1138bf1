// Tests only: empties the graph (the schema migration records stay) in batches, so large
// graphs do not exhaust memory.
MATCH (n) WHERE NOT n:SchemaMigration
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS
