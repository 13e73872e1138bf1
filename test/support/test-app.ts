import { GraphQLFormattedError } from 'graphql';
import { App, createApp } from '../../src/app';
import { Gazetteer } from '../../src/gazetteer/gazetteer';
import { createLogger, Logger, LogLevel, silentLogger } from '../../src/logger';
import { Database } from '../../src/neo4j/database';
import { ANONYMOUS, Principal, Role } from '../../src/model';
import { QueryEvent } from '../../src/neo4j/executor';
import { loadCorpus } from '../../src/services/ingestion/load-corpus';
import { IngestionReport } from '../../src/services/ingestion/ingest-fact-set';
import { clearGraph, openTestDatabase, testConfig } from './test-database';

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

export interface TestApp {
  database: Database;
  app: App;
  reports: IngestionReport[];
  /**
   * Runs an operation through Apollo with a fresh context, as one HTTP request would, sent by
   * nobody (the default) or by the holder of a key with role `as`.
   */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, as?: Role): Promise<GraphQLResult<T>>;
  /** Names of the Cypher statements `work` sends (round trips to the database). */
  recordQueries(work: () => Promise<unknown>): Promise<QueryEvent[]>;
  close(): Promise<void>;
}

/** Quiet unless LOG_LEVEL asks otherwise (LOG_LEVEL=debug prints every Cypher statement). */
const testLogger = () => (process.env.LOG_LEVEL ? createLogger(process.env.LOG_LEVEL as LogLevel) : silentLogger);

let gazetteer: Promise<Gazetteer> | undefined;
export const sharedGazetteer = (): Promise<Gazetteer> => (gazetteer ??= Gazetteer.load({ villages: true }));

/** A clean graph, optionally loaded with the shipped corpus, behind the real GraphQL server. */
export async function startTestApp(options: { corpus: boolean; env?: NodeJS.ProcessEnv; logger?: Logger }): Promise<TestApp> {
  const config = testConfig(options.env);
  const database = await openTestDatabase();
  await clearGraph(database);
  const app = await createApp(database.executor, config, options.logger ?? testLogger());
  const reports = options.corpus
    ? await loadCorpus(config.corpusDir, { ingestion: app.services.ingestion, logger: silentLogger })
    : [];
  return {
    database,
    app,
    reports,
    async gql(query, variables, as) {
      const principal: Principal = as ? { kind: 'key', keyId: `key-test-${as}`, name: `test ${as}`, role: as } : ANONYMOUS;
      const response = await app.graphql.executeOperation({ query, variables }, { contextValue: app.createContext(principal) });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as GraphQLResult<any>;
    },
    async recordQueries(work) {
      const events: QueryEvent[] = [];
      const stop = database.executor.onQuery((event) => events.push(event));
      try {
        await work();
      } finally {
        stop();
      }
      return events;
    },
    async close() {
      await app.graphql.stop();
      await database.close();
    },
  };
}
