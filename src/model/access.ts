/** Who may do what: the roles an API key carries, lowest first, each including the ones below it. */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What each kind of operation needs. Reading may also be opened to everyone (the default). */
export const REQUIRED_ROLE = { read: 'reader', write: 'editor', remove: 'admin', keys: 'admin' } as const satisfies Record<string, Role>;

export function roleAtLeast(held: Role, needed: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(needed);
}

/** The caller of one request: a key's holder, or nobody (no Authorization header). */
export type Principal = { kind: 'key'; keyId: string; name: string; role: Role } | { kind: 'anonymous' } | { kind: 'system'; name: string };

export const ANONYMOUS: Principal = { kind: 'anonymous' };

/** The work the service does itself (the shipped corpus at start, the CLI), recorded under this name. */
export const SYSTEM = (name: string): Principal => ({ kind: 'system', name });

/** An API key as listed: never its secret, which is shown once, when it is created. */
export interface ApiKeyRecord {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  createdBy?: string | null;
  revokedAt?: string | null;
  lastUsedAt?: string | null;
}

export const AUDIT_ACTIONS = ['ingest', 'remove', 'restore', 'create-key', 'revoke-key'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One write as recorded: who, when, what, and what it changed (counts), readable by a person. */
export interface AuditEntryRecord {
  id: string;
  at: string;
  action: AuditAction;
  actor: string;
  actorKind: Principal['kind'];
  keyId?: string | null;
  documentId?: string | null;
  title?: string | null;
  /** What changed, as "entities +3", "relations -2" …, one line per count. */
  changes: string[];
  /** A removal keeps the document as it was sent, so restoreDocument can bring it back. */
  restorable: boolean;
}

/** The actor's name as the audit log shows it. */
export function actorName(principal: Principal): string {
  if (principal.kind === 'key') return `${principal.name} (key ${principal.keyId}, ${principal.role})`;
  if (principal.kind === 'system') return principal.name;
  return 'anonymous';
}

/** What a write carries into its transaction so its audit entry lands with it. */
export interface AuditStamp {
  id: string;
  action: AuditAction;
  actor: string;
  actorKind: Principal['kind'];
  keyId?: string | null;
}

/** The properties of an AuditEntry node: the stamp, and what the write touched and changed. */
export function auditEntryOf(stamp: AuditStamp, touched: { documentId: string | null; title: string | null; changes: string[] }): Record<string, unknown> {
  return { id: stamp.id, action: stamp.action, actor: stamp.actor, actorKind: stamp.actorKind, keyId: stamp.keyId ?? null, ...touched };
}
