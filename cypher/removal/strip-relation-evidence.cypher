// Relationships the document supported lose its evidence; those no other document supports go.
MATCH (:Document {id: $documentId})-[:MENTIONS]->(:Entity)-[r]-()
WHERE $documentId IN r.sources
WITH DISTINCT r
// The write lock first (a throw-away property), so the positions kept are computed on the lists as this transaction then writes them.
SET r._locked = true
WITH r
WITH r, [i IN range(0, size(r.evidenceKeys) - 1) WHERE NOT r.evidenceKeys[i] STARTS WITH $keyPrefix] AS keep
SET r.evidence = [i IN keep | r.evidence[i]],
    r.evidenceKeys = [i IN keep | r.evidenceKeys[i]],
    r.sources = [s IN r.sources WHERE s <> $documentId],
    r.captionKeys = CASE WHEN r.captionKeys IS NULL THEN null ELSE [k IN r.captionKeys WHERE NOT k STARTS WITH $keyPrefix] END
REMOVE r._locked
WITH r WHERE size(r.sources) = 0 AND coalesce(r.official, false) = false
DELETE r
RETURN count(*) AS removed
