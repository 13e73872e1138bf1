// When a key was last used, at most once a minute per key (the service remembers verified keys).
MATCH (k:ApiKey {id: $id})
SET k.lastUsedAt = datetime()
