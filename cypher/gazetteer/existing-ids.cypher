// Which of a batch's ids are in the graph already, loaded or created by a document.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id
