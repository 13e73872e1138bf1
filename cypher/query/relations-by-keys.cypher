// Relationships by their identity (from, to, type, key), many in one round trip, with the index
// of the identity asked for: what global ids name. `type` is compared, never spliced in; a
// missing key reads as ''.
UNWIND range(0, size($keys) - 1) AS index
WITH index, $keys[index] AS k
MATCH (a:Entity {id: k.from})-[r]->(b:Entity {id: k.to})
WHERE type(r) = k.type AND coalesce(r.key, '') = k.key
RETURN index, r {.*, type: type(r), from: a.id, to: b.id} AS relation
