import fs from 'node:fs';
import { stopLocalServer } from '../../src/neo4j/local-server';
import { STARTED_MARKER, TEST_HOME } from './test-database';

/**
 * Stops the test server when this run started it (CI leaves nothing running). Another jest run
 * (a unit run beside a long integration one) leaves it alone: the marker names the run's process.
 */
export default async function globalTeardown(): Promise<void> {
  if (!fs.existsSync(STARTED_MARKER) || process.env.KG_KEEP_TEST_DB === 'true') return;
  const startedBy = startedByRun();
  if (startedBy !== undefined && startedBy.pid !== process.pid && startedBy.ppid !== process.pid) return;
  await stopLocalServer(TEST_HOME);
  fs.rmSync(STARTED_MARKER, { force: true });
}

function startedByRun(): { pid: number; ppid: number } | undefined {
  try {
    return JSON.parse(fs.readFileSync(STARTED_MARKER, 'utf8')) as { pid: number; ppid: number };
  } catch {
    return undefined; // a marker of the old form: stop, as before
  }
}
