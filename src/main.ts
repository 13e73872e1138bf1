import './production-mode';
import 'reflect-metadata';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { createProgress, Progress } from './cli/progress';
import { createHttpServer } from './http/http-server';
import { createLogger, Logger } from './logger';
import { openDatabase } from './neo4j/database';
import { migrate } from './neo4j/migrate';
import { GazetteerRepository } from './repositories/gazetteer.repository';
import { loadNationalGazetteer } from './services/gazetteer/load-national-gazetteer';
import { loadCorpus } from './services/ingestion/load-corpus';

/** config → Neo4j (provision or connect) → schema → national gazetteer (opt-in) → corpus when empty → serve. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const step = timer(logger);

  const database = await step('neo4j', () => openDatabase(config.neo4j, logger));
  logger.info(`neo4j: ${database.uri} (user ${config.neo4j.user}${database.local ? ', local server of this project' : ''})`);
  await step('schema', () => migrate(database.executor, logger));
  const app = await createApp(database.executor, config, logger);

  if (config.loadGazetteer) {
    const gazetteer = await step('gazetteer', () => app.gazetteer());
    let progress: Progress | undefined;
    await step('national gazetteer', () =>
      loadNationalGazetteer(
        { gazetteer, repository: new GazetteerRepository(database.executor), logger },
        { onProgress: ({ done, total }) => (progress ??= createProgress('gazetteer', total)).update(done) },
      ),
    );
    progress?.finish();
  }
  if (config.loadCorpusWhenEmpty && (await app.repositories.graph.countDocuments()) === 0) {
    await step('gazetteer', () => app.gazetteer());
    await step('corpus', () => loadCorpus(config.corpusDir, { ingestion: app.services.ingestion, logger }));
  }

  let schemaApplied = true;
  const server = createHttpServer({
    graphql: app.graphql,
    createContext: app.createContext,
    checkReady: async () => {
      await database.executor.ping();
      return { neo4j: database.uri, schemaApplied };
    },
    logger,
  });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  logger.info(`graphql: http://localhost:${config.port}/graphql   health: /health   ready: /ready`);

  const shutdown = async (signal: string) => {
    logger.info(`${signal}: shutting down (the local Neo4j keeps running; npm run db:stop stops it)`);
    schemaApplied = false;
    server.close();
    await app.graphql.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

function timer(logger: Logger) {
  return async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    logger.info(`${name}: ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return result;
  };
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
