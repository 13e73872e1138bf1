// Relationships of many entities in one round trip; `types` is an allow-listed list of
// relationship types, `direction` OUT, IN or BOTH.
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-(other)
WHERE type(r) IN $types
  AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = n))
  AND ($mode IS NULL OR r.mode = $mode)
RETURN id,
       collect(r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}) AS relations
