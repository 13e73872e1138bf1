MATCH (k:ApiKey)
RETURN k {.id, .name, .role, .createdBy, createdAt: toString(k.createdAt), revokedAt: toString(k.revokedAt), lastUsedAt: toString(k.lastUsedAt)} AS key
ORDER BY k.createdAt, k.id
