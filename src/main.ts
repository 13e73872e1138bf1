import './production-mode';
import 'reflect-metadata';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { createProgress, Progress } from './cli/progress';
import { createLogger, Logger } from './logger';
import { openDatabase } from './neo4j/database';
import { migrate } from './neo4j/migrate';
import { GazetteerRepository } from './repositories/gazetteer.repository';
import { SearchKeysRepository } from './repositories/search-keys.repository';
import { loadNationalGazetteer } from './services/gazetteer/load-national-gazetteer';
import { loadCorpus } from './services/ingestion/load-corpus';
import { refreshPinyinKeys } from './services/search/refresh-pinyin-keys';
import { ensureAdminKey } from './services/access/first-admin-key';
import { createMetrics, Metrics } from './metrics';
import { Database } from './neo4j/database';

/** config → Neo4j (provision or connect) → schema → search keys → national gazetteer (opt-in) → corpus when empty → gazetteer → serve. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const step = timer(logger);

  const database = await step('neo4j', () => openDatabase(config.neo4j, logger));
  logger.info(`neo4j: ${database.uri} (user ${config.neo4j.user}${database.local ? ', local server of this project' : ''})`);
  await step('schema', () => migrate(database.executor, logger));
  await step('search keys', () => refreshPinyinKeys({ repository: new SearchKeysRepository(database.executor), logger }));
  const metrics = createMetrics();
  const app = await createApp(database.executor, config, logger, metrics);
  await step('access', () => ensureAdminKey(app.services.keys, config.access, logger));

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
  // Every reference a client sends is read with the gazetteer: loaded before the first request, not during it.
  await step('gazetteer', () => app.gazetteer());

  const http = app.createHttpServer(async () => {
    await database.executor.ping();
    return { neo4j: database.uri, schemaApplied: true };
  });
  await new Promise<void>((resolve) => http.server.listen(config.port, config.host, resolve));
  logger.info(`graphql: http://localhost:${config.port}/graphql   health: /health   ready: /ready   metrics: /metrics`);
  const watch = watchDatabase(database, metrics, logger);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: stopping; in-flight requests have ${config.shutdownGraceMs} ms to finish (the local Neo4j keeps running; npm run db:stop stops it)`);
    clearInterval(watch);
    const { cutOff } = await http.drain(config.shutdownGraceMs);
    if (cutOff > 0) logger.warn(`${signal}: ${cutOff} requests still running after the grace period were cut off`);
    await app.graphql.stop();
    await database.close();
    logger.info(`${signal}: stopped`);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/** Pings Neo4j every few seconds so an outage and the recovery are logged (and in kg_neo4j_up) even with no request. */
function watchDatabase(database: Database, metrics: Metrics, logger: Logger): NodeJS.Timeout {
  let downSince: number | undefined;
  let probing = false;
  metrics.databaseUp.set(1);
  const timer = setInterval(() => {
    if (probing) return;
    probing = true;
    database.executor.ping().finally(() => (probing = false)).then(
      () => {
        if (downSince === undefined) return;
        logger.info(`neo4j: reachable again after ${Math.round((Date.now() - downSince) / 1000)} s`, { neo4j: database.uri, event: 'database-recovered' });
        downSince = undefined;
        metrics.databaseUp.set(1);
      },
      (error: unknown) => {
        if (downSince !== undefined) return;
        downSince = Date.now();
        metrics.databaseUp.set(0);
        logger.error(`neo4j: unreachable (${(error as Error).message.split('\n')[0]})`, undefined, { neo4j: database.uri, event: 'database-down' });
      },
    );
  }, 3000);
  timer.unref();
  return timer;
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
