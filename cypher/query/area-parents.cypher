UNWIND $ids AS id
MATCH (:Entity {id: id})-[:PART_OF]->(parent:Area)
RETURN id, parent {.*, labels: labels(parent)} AS parent
