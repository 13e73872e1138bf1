MERGE (m:SchemaMigration {name: $name})
SET m.checksum = $checksum, m.appliedAt = datetime()
