import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CypherExecutor } from './executor';
import { cypherStatements, SCHEMA_DIR } from './cypher-files';
import { Logger } from '../logger';

export interface MigrationReport {
  applied: string[];
  skipped: string[];
}

/**
 * Applies cypher/schema/NNN-*.cypher in order, each once (recorded as a SchemaMigration node
 * with its checksum; a changed file is applied again, which its IF NOT EXISTS statements
 * make harmless), then waits until every index is online.
 */
export async function migrate(executor: CypherExecutor, logger: Logger): Promise<MigrationReport> {
  const applied = new Map((await executor.read('admin/applied-migrations')).map((row) => [row.name as string, row.checksum as string]));
  const report: MigrationReport = { applied: [], skipped: [] };
  for (const file of fs.readdirSync(SCHEMA_DIR).filter((name) => name.endsWith('.cypher')).sort()) {
    const fullPath = path.join(SCHEMA_DIR, file);
    const checksum = crypto.createHash('sha256').update(fs.readFileSync(fullPath)).digest('hex');
    if (applied.get(file) === checksum) {
      report.skipped.push(file);
      continue;
    }
    for (const statement of cypherStatements(fullPath)) await executor.applySchemaStatement(statement);
    await executor.write('admin/record-migration', { name: file, checksum });
    report.applied.push(file);
    logger.info(`schema: applied ${file}`);
  }
  await executor.autoCommit('admin/await-indexes', { timeoutSeconds: 300 });
  return report;
}
