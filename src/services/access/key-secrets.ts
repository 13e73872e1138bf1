import crypto from 'node:crypto';

/** What a key looks like when shown: `kg_` and 32 random bytes, base64url. */
const PREFIX = 'kg_';
// scrypt's cost: 16 MiB and about 40 ms per check, paid once per key and process (verified keys are remembered).
const SCRYPT = { N: 16384, r: 8, p: 1, keyLength: 32 } as const;

export function newSecret(): string {
  return PREFIX + crypto.randomBytes(32).toString('base64url');
}

/**
 * The index a presented secret is found by. It cannot be checked against without the secret, and a
 * secret of 256 random bits cannot be guessed from it; the scrypt hash is what proves a key.
 */
export function fingerprint(secret: string): string {
  return crypto.createHash('sha256').update(secret, 'utf8').digest('hex').slice(0, 32);
}

/** A key's public id: the start of its fingerprint's own hash, so two keys never share one by chance. */
export function keyIdOf(secret: string): string {
  return `key-${crypto.createHash('sha256').update(`id:${secret}`, 'utf8').digest('hex').slice(0, 12)}`;
}

export async function hashSecret(secret: string): Promise<{ hash: string; salt: string }> {
  const salt = crypto.randomBytes(16).toString('base64');
  return { hash: (await scrypt(secret, salt)).toString('base64'), salt };
}

export async function secretMatches(secret: string, stored: { hash: string; salt: string }): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await scrypt(secret, stored.salt);
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}

function scrypt(secret: string, salt: string): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    crypto.scrypt(secret, salt, SCRYPT.keyLength, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}
