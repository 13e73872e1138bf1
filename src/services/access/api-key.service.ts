import crypto from 'node:crypto';
import { BadUserInputError, NotFoundError, UnauthenticatedError } from '../../errors';
import { actorName, ApiKeyRecord, AuditAction, AuditStamp, Principal, Role, ROLES } from '../../model';
import { AccessRepository } from '../../repositories/access.repository';
import { plainText } from '../arguments';
import { fingerprint, hashSecret, keyIdOf, newSecret, secretMatches } from './key-secrets';

/**
 * A verified key is remembered this long, so scrypt runs once per key and minute, not per request.
 * A key revoked on this replica is forgotten at once; on other replicas within this time.
 */
const VERIFIED_TTL_MS = 60_000;
const MAX_NAME = 100;

/** Keys: created (their secret shown once), listed, revoked, and checked on each request. */
export class ApiKeyService {
  private readonly verified = new Map<string, { principal: Principal; until: number }>();

  constructor(private readonly repository: AccessRepository) {}

  /** A new key with its secret, which is not stored and cannot be shown again. */
  async create(role: Role, name: string, by: Principal): Promise<{ key: ApiKeyRecord; secret: string }> {
    const secret = newSecret();
    return { key: await this.register(secret, role, name, by), secret };
  }

  /** Registers a secret chosen elsewhere (KG_ADMIN_KEY); the same secret twice keeps one key. */
  async register(secret: string, role: Role, name: string, by: Principal): Promise<ApiKeyRecord> {
    const cleanName = checkName(name);
    if (!ROLES.includes(role)) throw new BadUserInputError(`Unknown role "${role}"; one of ${ROLES.join(', ')}.`, { argumentName: 'role' });
    if (secret.length < 16) throw new BadUserInputError('A key must have at least 16 characters.');
    const { hash, salt } = await hashSecret(secret);
    const id = keyIdOf(secret);
    const stored = { id, name: cleanName, role, lookup: fingerprint(secret), hash, salt, createdBy: actorName(by) };
    return (await this.repository.createKey(stored, auditStamp(by, 'create-key'))).key;
  }

  list(): Promise<ApiKeyRecord[]> {
    return this.repository.listKeys();
  }

  async revoke(id: string, by: Principal): Promise<ApiKeyRecord> {
    const key = await this.repository.revokeKey(id, auditStamp(by, 'revoke-key'));
    if (!key) throw new NotFoundError(`No API key has id "${id}". The apiKeys query (or kg keys list) lists them.`, { id });
    for (const [lookup, entry] of this.verified) if (entry.principal.kind === 'key' && entry.principal.keyId === id) this.verified.delete(lookup);
    return key;
  }

  async countActive(role: Role): Promise<number> {
    return this.repository.countActiveKeys(role);
  }

  /**
   * The caller an `Authorization` header names: nobody when there is none, the key's holder when
   * it is a key the service holds. A header with anything else is UNAUTHENTICATED: a client that
   * sends a wrong key should learn so, not be served as anonymous.
   */
  async authenticate(header: string | undefined): Promise<Principal> {
    if (header === undefined || header.trim() === '') return { kind: 'anonymous' };
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <key>".');
    const secret = match[1];
    const lookup = fingerprint(secret);
    const remembered = this.verified.get(lookup);
    if (remembered && remembered.until > Date.now()) return remembered.principal;
    const stored = await this.repository.keyByLookup(lookup);
    if (!stored || !(await secretMatches(secret, stored))) throw new UnauthenticatedError('The API key is not one this service holds. Check it, or ask an admin for a key (kg keys create).');
    if (stored.revokedAt) throw new UnauthenticatedError(`The API key ${stored.id} was revoked on ${stored.revokedAt}. Ask an admin for a new one.`);
    const principal: Principal = { kind: 'key', keyId: stored.id, name: stored.name, role: stored.role };
    this.verified.set(lookup, { principal, until: Date.now() + VERIFIED_TTL_MS });
    // When it was last used: a hint for whoever cleans up keys, not worth failing a request for.
    void this.repository.touchKey(stored.id).catch(() => undefined);
    return principal;
  }
}

/** The stamp a write carries into its transaction: a fresh entry id, the action and who did it. */
export function auditStamp(principal: Principal, action: AuditAction): AuditStamp {
  return {
    id: `audit-${crypto.randomUUID()}`,
    action,
    actor: actorName(principal),
    actorKind: principal.kind,
    keyId: principal.kind === 'key' ? principal.keyId : null,
  };
}

function checkName(name: string): string {
  const clean = plainText(name);
  if (!clean) throw new BadUserInputError('A key needs a name saying whose or what it is (--name "ingest bot").', { argumentName: 'name' });
  if (clean.length > MAX_NAME) throw new BadUserInputError(`A key's name has at most ${MAX_NAME} characters; got ${clean.length}.`, { argumentName: 'name' });
  return clean;
}
