// Everything a district reaches through its own relationships and those of the agencies,
// townships and organisations that belong to it, with the areas they lie in.
MATCH (d:District {id: $id})
OPTIONAL MATCH (member:Entity)-[:BELONGS_TO|PART_OF]->(d)
WITH d, [d] + collect(DISTINCT member) AS helpers
UNWIND helpers AS helper
MATCH (helper)-[r]->(target:Entity)
WHERE type(r) IN $types
WITH d, collect(DISTINCT r {.*, type: type(r), from: helper.id, to: target.id}) AS relations,
     collect(DISTINCT target {.*, labels: labels(target)}) AS targets
RETURN relations, targets
