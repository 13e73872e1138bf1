MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MERGE (d)-[m:MENTIONS]->(e)
SET m.evidence = row.evidence, m.evidenceKeys = row.evidenceKeys, m.count = size(row.evidence)
