// API keys are found by a fingerprint of the presented secret (never the secret itself) and
// listed by id; audit entries are read newest first and by document (a removal to restore).
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;
CREATE CONSTRAINT api_key_lookup IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.lookup IS UNIQUE;
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (a:AuditEntry) ON (a.at);
CREATE INDEX audit_entry_document IF NOT EXISTS FOR (a:AuditEntry) ON (a.documentId);
