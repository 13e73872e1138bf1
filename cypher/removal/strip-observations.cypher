MATCH (:Document {id: $documentId})-[:MENTIONS]->(:Entity)-[:HAS_OBSERVATION]->(o:Observation)
WHERE $documentId IN o.sources
WITH DISTINCT o
// The write lock first (a throw-away property), so the positions kept are computed on the lists as this transaction then writes them.
SET o._locked = true
WITH o
WITH o, [i IN range(0, size(o.evidenceKeys) - 1) WHERE NOT o.evidenceKeys[i] STARTS WITH $keyPrefix] AS keep
SET o.evidence = [i IN keep | o.evidence[i]],
    o.evidenceKeys = [i IN keep | o.evidenceKeys[i]],
    o.sources = [s IN o.sources WHERE s <> $documentId]
REMOVE o._locked
WITH o WHERE size(o.sources) = 0
DETACH DELETE o
RETURN count(*) AS removed
