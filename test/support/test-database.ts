import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT, Config } from '../../src/config';
import { silentLogger } from '../../src/logger';
import { openDatabase, Database } from '../../src/neo4j/database';
import { migrate } from '../../src/neo4j/migrate';

/** The tests' own server: another port and data folder, so `npm test` never touches `npm start`'s graph. */
export const TEST_HOME = path.resolve(PROJECT_ROOT, process.env.NEO4J_TEST_HOME ?? '.neo4j/test');
export const STARTED_MARKER = path.join(TEST_HOME, 'started-by-tests');

/** Test configuration: NEO4J_TEST_URI points the tests at a server of the user's own. */
export function testConfig(overrides: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({
    NEO4J_URI: process.env.NEO4J_TEST_URI,
    NEO4J_USER: process.env.NEO4J_TEST_USER,
    NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD,
    NEO4J_DATABASE: process.env.NEO4J_TEST_DATABASE,
    NEO4J_HOME: TEST_HOME,
    NEO4J_LOCAL_PORT: process.env.NEO4J_TEST_PORT ?? '7688',
    NEO4J_HEAP: '2g',
    NEO4J_PAGECACHE: '1g',
    ...overrides,
  });
}

/** Opens the test database (starting the local test server if needed) with the schema applied. */
export async function openTestDatabase(): Promise<Database> {
  const config = testConfig();
  const alreadyRunning = fs.existsSync(path.join(TEST_HOME, 'neo4j.pid'));
  const database = await openDatabase(config.neo4j, silentLogger);
  // Which jest run started it: its main process (this one under --runInBand, a worker's parent otherwise).
  if (database.local && !alreadyRunning) fs.writeFileSync(STARTED_MARKER, JSON.stringify({ pid: process.pid, ppid: process.ppid, at: new Date().toISOString() }));
  await migrate(database.executor, silentLogger);
  return database;
}

/** Empties the graph (keeping the schema records) so each suite starts from nothing. */
export async function clearGraph(database: Database): Promise<void> {
  while (((await database.executor.write('admin/clear-graph-batch', { batch: 5_000 }))[0].deleted as number) > 0);
}
