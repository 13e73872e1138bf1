// One write as recorded, inside the write's own transaction: the record and the change land together.
CREATE (a:AuditEntry)
SET a += $entry, a.at = datetime()
