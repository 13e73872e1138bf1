MATCH (d:Document {id: $documentId})
OPTIONAL MATCH (d)-[:HAS_NOTE]->(note:DataNote)
DETACH DELETE note
WITH DISTINCT d
DETACH DELETE d
RETURN count(*) AS removed
