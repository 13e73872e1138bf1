// Tests only: deletes up to $batch nodes (the schema migration records stay); repeated until it
// reports 0, each batch its own short transaction, so a national graph empties within the limits.
MATCH (n) WHERE NOT n:SchemaMigration
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
