// How many of a batch's areas are already loaded: a batch is one transaction, so all or none.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE n.gazetteer = true
RETURN count(n) AS loaded
