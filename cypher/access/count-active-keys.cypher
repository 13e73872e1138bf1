MATCH (k:ApiKey) WHERE k.revokedAt IS NULL AND k.role = $role
RETURN count(k) AS keys
