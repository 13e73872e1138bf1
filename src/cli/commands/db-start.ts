import { loadConfig } from '../../config';
import { createLogger } from '../../logger';
import { openDatabase } from '../../neo4j/database';
import { migrate } from '../../neo4j/migrate';

/** Starts (or reuses) the database and applies the schema, then leaves it running. */
export async function run(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config.neo4j, logger);
  await migrate(database.executor, logger);
  console.log(`Neo4j ready at ${database.uri} (user ${config.neo4j.user})`);
  await database.close();
  return 0;
}
