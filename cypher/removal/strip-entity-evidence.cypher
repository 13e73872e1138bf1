MATCH (:Document {id: $documentId})-[:MENTIONS]->(e:Entity)
WITH e, [i IN range(0, size(e.evidenceKeys) - 1) WHERE NOT e.evidenceKeys[i] STARTS WITH $keyPrefix] AS keep
SET e.evidence = [i IN keep | e.evidence[i]],
    e.evidenceKeys = [i IN keep | e.evidenceKeys[i]],
    e.sources = [s IN e.sources WHERE s <> $documentId],
    e.captionKeys = CASE WHEN e.captionKeys IS NULL THEN null ELSE [k IN e.captionKeys WHERE NOT k STARTS WITH $keyPrefix] END
RETURN count(e) AS entities
