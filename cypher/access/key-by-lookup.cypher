MATCH (k:ApiKey {lookup: $lookup})
RETURN k {.id, .name, .role, .hash, .salt, revokedAt: toString(k.revokedAt)} AS key
