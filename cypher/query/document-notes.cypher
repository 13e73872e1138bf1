UNWIND $ids AS id
MATCH (:Document {id: id})-[:HAS_NOTE]->(note:DataNote)
WITH id, note ORDER BY note.id
RETURN id, collect(note {.*}) AS notes
