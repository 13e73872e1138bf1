// The document as it was sent, kept by the latest removal of it (or by the removal $auditId names).
MATCH (a:AuditEntry {action: 'remove'})
WHERE a.snapshot IS NOT NULL AND (a.id = $auditId OR ($auditId IS NULL AND a.documentId = $documentId))
RETURN a.id AS auditId, a.documentId AS documentId, a.snapshot AS snapshot
ORDER BY a.at DESC LIMIT 1
