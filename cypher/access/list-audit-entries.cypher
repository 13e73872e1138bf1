// Newest first; `after` is the id of the last entry of the previous page.
OPTIONAL MATCH (previous:AuditEntry {id: $after})
WITH previous
MATCH (a:AuditEntry)
WHERE ($documentId IS NULL OR a.documentId = $documentId)
  AND (previous IS NULL OR a.at < previous.at OR (a.at = previous.at AND a.id < previous.id))
WITH a ORDER BY a.at DESC, a.id DESC LIMIT $limit
RETURN a {.id, .action, .actor, .actorKind, .keyId, .documentId, .title, .changes, at: toString(a.at), restorable: a.snapshot IS NOT NULL} AS entry
