// Observations by id, each with the id of the entity it measures.
UNWIND $ids AS id
MATCH (s:Entity)-[:HAS_OBSERVATION]->(o:Observation {id: id})
RETURN o {.*, subject: s.id} AS observation
