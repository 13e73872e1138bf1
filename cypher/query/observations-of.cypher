UNWIND $ids AS id
MATCH (:Entity {id: id})-[:HAS_OBSERVATION]->(o:Observation)
WHERE $metric IS NULL OR o.metric = $metric
WITH id, o ORDER BY o.metric, o.date
RETURN id, collect(o {.*, subject: id}) AS observations
