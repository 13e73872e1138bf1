// The relationships of each given type from each start to each end ($pairs: {from, to, type}),
// with all their properties: a neighbourhood's edges as stored.
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair.from})-[r]->(b:Entity {id: pair.to})
WHERE type(r) = pair.type
RETURN r {.*, type: type(r), from: a.id, to: b.id} AS relation
