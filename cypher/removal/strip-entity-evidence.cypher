// A concurrent write may change the lists in between: take the entity's write lock first (a
// throw-away property), so the positions kept are computed on what this transaction then writes.
MATCH (:Document {id: $documentId})-[:MENTIONS]->(e:Entity)
SET e._locked = true
WITH e
WITH e, [i IN range(0, size(e.evidenceKeys) - 1) WHERE NOT e.evidenceKeys[i] STARTS WITH $keyPrefix] AS keep
SET e.evidence = [i IN keep | e.evidence[i]],
    e.evidenceKeys = [i IN keep | e.evidenceKeys[i]],
    e.sources = [s IN e.sources WHERE s <> $documentId],
    e.captionKeys = CASE WHEN e.captionKeys IS NULL THEN null ELSE [k IN e.captionKeys WHERE NOT k STARTS WITH $keyPrefix] END
REMOVE e._locked
RETURN count(e) AS entities
