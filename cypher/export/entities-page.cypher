// One page of every entity in id order (keyset: the entities after $after, the last id of the
// previous page; '' for the first), read through the entity_id constraint's index in its order.
MATCH (n:Entity)
WHERE n.id > $after
WITH n ORDER BY n.id
LIMIT $batch
RETURN n {.*, labels: labels(n)} AS node
