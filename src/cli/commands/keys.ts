import os from 'node:os';
import { Role, ROLES, SYSTEM } from '../../model';
import { openCliApp } from '../open-app';

const USAGE = `Usage:
  kg keys create --role reader|editor|admin --name TEXT   a new key; its secret is printed once
  kg keys list                                            every key (never a secret)
  kg keys revoke KEY_ID                                   the key stops working`;

/** `kg keys …`: API keys, made and revoked by whoever can reach the database (the service's operator). */
export async function run(args: string[]): Promise<number> {
  const [action, ...rest] = args;
  const options = parseOptions(rest);
  if (!['create', 'list', 'revoke'].includes(action ?? '') || typeof options === 'string') {
    console.error(typeof options === 'string' ? `${options}\n\n${USAGE}` : USAGE);
    return 2;
  }
  const operator = SYSTEM(`kg keys (${os.userInfo().username})`);
  const { app, close } = await openCliApp();
  try {
    if (action === 'create') {
      const { key, secret } = await app.services.keys.create(options.role as Role, options.name ?? '', operator);
      console.log(`Created key ${key.id} «${key.name}» with the ${key.role} role. Its secret, shown this once:\n\n  ${secret}\n\nSend it as "Authorization: Bearer <secret>".`);
    } else if (action === 'list') {
      const keys = await app.services.keys.list();
      if (keys.length === 0) console.log('No keys yet (the service makes an admin key on its first start).');
      for (const key of keys) {
        const state = key.revokedAt ? `revoked ${key.revokedAt}` : `active, last used ${key.lastUsedAt ?? 'never'}`;
        console.log(`${key.id}  ${key.role.padEnd(6)}  ${key.name}  (created ${key.createdAt} by ${key.createdBy ?? '?'}; ${state})`);
      }
    } else {
      const key = await app.services.keys.revoke(options.positional[0] ?? '', operator);
      console.log(`Revoked ${key.id} «${key.name}» on ${key.revokedAt}.`);
    }
    return 0;
  } finally {
    await close();
  }
}

function parseOptions(args: string[]): { role?: string; name?: string; positional: string[] } | string {
  const options: { role?: string; name?: string; positional: string[] } = { positional: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--role' || arg === '--name') {
      const value = args[++i];
      if (value === undefined) return `${arg} needs a value.`;
      options[arg === '--role' ? 'role' : 'name'] = value;
    } else if (arg.startsWith('--')) return `Unknown option ${arg}.`;
    else options.positional.push(arg);
  }
  if (options.role !== undefined && !(ROLES as readonly string[]).includes(options.role)) return `--role must be one of ${ROLES.join(', ')}; got "${options.role}".`;
  return options;
}
