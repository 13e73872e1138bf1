// One page of the relationships of the allow-listed $types between entities, ordered by start id,
// type, end id and key (keyset: those after $after, the last one of the previous page as
// {from, type, to, key}; all '' for the first). Start nodes come through the entity_id index in
// id order, so the sort only orders the relationships of one start node and stops at $batch.
MATCH (a:Entity)
WHERE a.id >= $after.from
WITH a ORDER BY a.id
MATCH (a)-[r]->(b:Entity)
WHERE type(r) IN $types
WITH a, r, b, type(r) AS type, coalesce(r.key, '') AS key
WHERE a.id > $after.from
   OR (a.id = $after.from AND (type > $after.type
   OR (type = $after.type AND (b.id > $after.to
   OR (b.id = $after.to AND key > $after.key)))))
WITH a, r, b, type, key ORDER BY a.id, type, b.id, key
LIMIT $batch
RETURN r {.*, type: type, from: a.id, to: b.id} AS relation, a.name AS fromName, b.name AS toName
