// Areas added only as ancestors of removed areas, with nothing left beneath them.
UNWIND $ids AS id
MATCH (a:Entity {id: id})
WHERE size(coalesce(a.sources, [])) = 0 AND coalesce(a.gazetteer, false) = false
  AND NOT EXISTS { (:Area)-[:PART_OF]->(a) }
  AND NOT EXISTS { (a)-[r]-() WHERE type(r) <> 'PART_OF' }
DETACH DELETE a
RETURN count(*) AS removed
