// The relationships of the allow-listed $types a document states ($id among their sources),
// found from the entities it mentions, with both ends (one may be an area it does not mention).
MATCH (:Document {id: $id})-[:MENTIONS]->(mentioned:Entity)
MATCH (mentioned)-[r]-(:Entity)
WHERE type(r) IN $types AND $id IN coalesce(r.sources, [])
WITH DISTINCT r
WITH r, startNode(r) AS a, endNode(r) AS b
ORDER BY a.id, type(r), b.id, r.key
RETURN r {.*, type: type(r), from: a.id, to: b.id} AS relation,
       a {.*, labels: labels(a)} AS fromNode,
       b {.*, labels: labels(b)} AS toNode
