import { AuditEntryRecord } from '../../model';
import { AccessRepository } from '../../repositories/access.repository';
import { requireIntegerInRange } from '../arguments';

const MAX_ENTRIES = 200;

/** The audit log as a person reads it: newest first, optionally for one document. */
export class AuditLogService {
  constructor(private readonly repository: AccessRepository) {}

  entries(args: { documentId?: string | null; first?: number | null; after?: string | null }): Promise<AuditEntryRecord[]> {
    const limit = requireIntegerInRange('first', args.first ?? 50, MAX_ENTRIES, 'Page with "after" (the last entry id you received).');
    return this.repository.auditEntries(args.documentId ?? null, args.after ?? null, limit);
  }
}
