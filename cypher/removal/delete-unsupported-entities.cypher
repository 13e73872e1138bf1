// Entities only this document named go, unless an area still has parts in the graph or the
// national gazetteer loaded it.
MATCH (:Document {id: $documentId})-[:MENTIONS]->(e:Entity)
WHERE size(coalesce(e.sources, [])) = 0 AND coalesce(e.gazetteer, false) = false AND NOT EXISTS { (:Area)-[:PART_OF]->(e) }
DETACH DELETE e
RETURN count(*) AS removed
