MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MERGE (n:DataNote {id: row.id})
SET n.kind = row.kind, n.description = row.description, n.evidence = row.evidence, n.evidenceKeys = row.evidenceKeys
MERGE (d)-[:HAS_NOTE]->(n)
