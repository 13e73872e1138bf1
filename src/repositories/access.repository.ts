import { ApiKeyRecord, auditEntryOf, AuditEntryRecord, AuditStamp, Role } from '../model';
import { CypherExecutor } from '../neo4j/executor';

/** A key as stored: its secret only as a fingerprint (to find it) and a scrypt hash (to check it). */
export interface StoredApiKey {
  id: string;
  name: string;
  role: Role;
  lookup: string;
  hash: string;
  salt: string;
  createdBy?: string | null;
}

export type KeyCredentials = Pick<StoredApiKey, 'id' | 'name' | 'role' | 'hash' | 'salt'> & { revokedAt?: string | null };

/** API keys and the audit log, both in the graph, so every replica of the service sees the same. */
export class AccessRepository {
  constructor(private readonly executor: CypherExecutor) {}

  /** Creates the key with its audit entry in one transaction; `created` is false when one with that secret existed. */
  createKey(key: StoredApiKey, audit: AuditStamp): Promise<{ key: ApiKeyRecord; created: boolean }> {
    return this.executor.writeTransaction(async (tx) => {
      const [row] = await tx.run('access/create-key', { key });
      if (row.created) await tx.run('access/record-audit-entry', { entry: auditEntryOf(audit, { documentId: null, title: null, changes: [`key ${key.id} «${key.name}» role ${key.role}`] }) });
      return { key: row.key as ApiKeyRecord, created: row.created as boolean };
    });
  }

  async keyByLookup(lookup: string): Promise<KeyCredentials | undefined> {
    const [row] = await this.executor.read('access/key-by-lookup', { lookup });
    return row?.key as KeyCredentials | undefined;
  }

  async listKeys(): Promise<ApiKeyRecord[]> {
    return (await this.executor.read('access/list-keys')).map((row) => row.key as ApiKeyRecord);
  }

  revokeKey(id: string, audit: AuditStamp): Promise<ApiKeyRecord | undefined> {
    return this.executor.writeTransaction(async (tx) => {
      const [row] = await tx.run('access/revoke-key', { id });
      if (row) await tx.run('access/record-audit-entry', { entry: auditEntryOf(audit, { documentId: null, title: null, changes: [`key ${id} revoked`] }) });
      return row?.key as ApiKeyRecord | undefined;
    });
  }

  async countActiveKeys(role: Role): Promise<number> {
    const [row] = await this.executor.read('access/count-active-keys', { role });
    return row.keys as number;
  }

  async touchKey(id: string): Promise<void> {
    await this.executor.write('access/touch-key', { id });
  }

  async auditEntries(documentId: string | null, after: string | null, limit: number): Promise<AuditEntryRecord[]> {
    return (await this.executor.read('access/list-audit-entries', { documentId, after, limit })).map((row) => row.entry as AuditEntryRecord);
  }

  /** The document a removal kept (the latest removal of `documentId`, or the entry `auditId`). */
  async removalSnapshot(selector: { documentId?: string | null; auditId?: string | null }): Promise<{ auditId: string; snapshot: string } | undefined> {
    const [row] = await this.executor.read('access/removal-snapshot', { documentId: selector.documentId ?? null, auditId: selector.auditId ?? null });
    return row ? { auditId: row.auditId as string, snapshot: row.snapshot as string } : undefined;
  }
}
