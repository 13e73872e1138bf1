// Revoking twice keeps the first date.
MATCH (k:ApiKey {id: $id})
SET k.revokedAt = coalesce(k.revokedAt, datetime())
RETURN k {.id, .name, .role, .createdBy, createdAt: toString(k.createdAt), revokedAt: toString(k.revokedAt), lastUsedAt: toString(k.lastUsedAt)} AS key
