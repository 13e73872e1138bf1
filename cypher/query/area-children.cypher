UNWIND $ids AS id
MATCH (child:Area)-[:PART_OF]->(:Entity {id: id})
WITH id, child ORDER BY child.id
WITH id, collect(child {.*, labels: labels(child)})[..$limit] AS children
RETURN id, children
