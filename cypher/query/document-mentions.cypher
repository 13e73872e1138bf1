UNWIND $ids AS id
MATCH (:Document {id: id})-[m:MENTIONS]->(e:Entity)
WITH id, e ORDER BY e.id
RETURN id, collect(e {.*, labels: labels(e)}) AS entities
