MATCH (d:Document {id: $documentId})
RETURN d.id AS id, d.title AS title
