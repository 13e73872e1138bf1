import fs from 'node:fs';
import path from 'node:path';
import { Logger } from '../../logger';
import { SYSTEM } from '../../model';
import { ApiKeyService } from './api-key.service';

/**
 * Makes sure someone can write: KG_ADMIN_KEY, when given, is registered as an admin key (how CI,
 * tests and scripts get one); otherwise, when the graph holds no admin key at all, one is created,
 * printed once and kept in `localKeyFile` (git-ignored, readable by its owner only), so a person
 * running the service on their machine can ingest at once.
 */
export async function ensureAdminKey(keys: ApiKeyService, options: { adminKey?: string; localKeyFile: string }, logger: Logger): Promise<void> {
  if (options.adminKey) {
    const key = await keys.register(options.adminKey, 'admin', 'KG_ADMIN_KEY', SYSTEM('service start'));
    if (key.revokedAt) logger.warn(`access: KG_ADMIN_KEY is key ${key.id}, revoked on ${key.revokedAt}; it does not open anything`);
    else logger.info(`access: KG_ADMIN_KEY is admin key ${key.id}`);
    return;
  }
  if ((await keys.countActive('admin')) > 0) {
    if (fs.existsSync(options.localKeyFile)) logger.info(`access: the local admin key is kept in ${options.localKeyFile}`);
    return;
  }
  const { key, secret } = await keys.create('admin', 'local admin (first start)', SYSTEM('service start'));
  fs.mkdirSync(path.dirname(options.localKeyFile), { recursive: true });
  fs.writeFileSync(options.localKeyFile, `${secret}\n`, { mode: 0o600 });
  process.stdout.write(
    [
      '',
      'No admin key existed, so one was made. It is shown this once and kept (readable by you only) in',
      `  ${options.localKeyFile}`,
      `Key ${key.id} (admin): ${secret}`,
      'Send it as "Authorization: Bearer <key>" to ingest or remove documents; kg keys create makes keys for others.',
      '',
    ].join('\n') + '\n',
  );
  logger.info(`access: created admin key ${key.id}, kept in ${options.localKeyFile}`);
}
