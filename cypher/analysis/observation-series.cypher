// One metric over time for one entity ($entityId) or for every entity that has it, oldest first.
MATCH (e:Entity)-[:HAS_OBSERVATION]->(o:Observation {metric: $metric})
WHERE $entityId IS NULL OR e.id = $entityId
WITH e, o ORDER BY o.date, o.value
WITH e, collect(o {.date, .value, .unit, sources: coalesce(o.sources, [])}) AS points
RETURN e {.*, labels: labels(e)} AS entity, points
ORDER BY e.name, e.id
LIMIT $limit
