// A new key, or (for a key given at start, KG_ADMIN_KEY) the one already registered with this
// fingerprint: registering the same value twice keeps one key.
MERGE (k:ApiKey {lookup: $key.lookup})
  ON CREATE SET k += $key, k.createdAt = datetime()
RETURN k {.id, .name, .role, .createdBy, createdAt: toString(k.createdAt), revokedAt: toString(k.revokedAt), lastUsedAt: toString(k.lastUsedAt)} AS key,
       k.id = $key.id AS created
