import fs from 'node:fs';
import { stopLocalServer } from '../../src/neo4j/local-server';
import { STARTED_MARKER, TEST_HOME } from './test-database';

/** Stops the test server when this run started it (CI leaves nothing running). */
export default async function globalTeardown(): Promise<void> {
  if (!fs.existsSync(STARTED_MARKER) || process.env.KG_KEEP_TEST_DB === 'true') return;
  await stopLocalServer(TEST_HOME);
  fs.rmSync(STARTED_MARKER, { force: true });
}
