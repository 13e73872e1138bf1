import { App, createApp } from '../app';
import { loadConfig, Config } from '../config';
import { createLogger, Logger } from '../logger';
import { openDatabase } from '../neo4j/database';
import { migrate } from '../neo4j/migrate';

export interface CliApp {
  app: App;
  config: Config;
  logger: Logger;
  close(): Promise<void>;
}

/** What a CLI command needs: the database (provisioned like `npm start`), schema applied, services. */
export async function openCliApp(): Promise<CliApp> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config.neo4j, logger);
  await migrate(database.executor, logger);
  const app = await createApp(database.executor, config, logger);
  return {
    app,
    config,
    logger,
    close: async () => {
      await app.graphql.stop();
      await database.close();
    },
  };
}
