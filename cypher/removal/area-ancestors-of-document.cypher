// Areas above everything the document mentions: candidates for clean-up once it is gone.
MATCH (:Document {id: $documentId})-[:MENTIONS]->(e:Entity)
MATCH (e)-[:PART_OF*1..5]->(a:Area)
RETURN DISTINCT a.id AS id
