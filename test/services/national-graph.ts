import { App, createApp } from '../../src/app';
import { silentLogger } from '../../src/logger';
import { Database } from '../../src/neo4j/database';
import { GazetteerRepository } from '../../src/repositories/gazetteer.repository';
import { GazetteerLoadOptions, GazetteerLoadReport, loadNationalGazetteer } from '../../src/services/gazetteer/load-national-gazetteer';
import { loadCorpus } from '../../src/services/ingestion/load-corpus';
import { SearchKeysRepository } from '../../src/repositories/search-keys.repository';
import { refreshPinyinKeys } from '../../src/services/search/refresh-pinyin-keys';
import { GraphQLResult, sharedGazetteer } from '../support/test-app';
import { clearGraph, openTestDatabase, testConfig } from '../support/test-database';

export interface NationalGraph {
  database: Database;
  app: App;
  /** Loads (or, when complete, skips) the national gazetteer into the test graph. */
  loadGazetteer(options?: GazetteerLoadOptions): Promise<GazetteerLoadReport>;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
  /** Plain rows of an ad-hoc test query. */
  cypher(query: string, params?: Record<string, unknown>): Promise<Record<string, any>[]>;
  close(): Promise<void>;
}

/**
 * The test graph with the shipped corpus and the whole national gazetteer. `fresh` empties it
 * first and stops before the gazetteer load, so a suite can look at the corpus graph before;
 * otherwise a graph that an earlier suite of this run loaded is reused, since the load skips
 * complete levels: one national load per test run, not one per suite.
 */
export async function openNationalGraph(options: { fresh: boolean }): Promise<NationalGraph> {
  const config = testConfig();
  const database = await openTestDatabase();
  if (options.fresh) await clearGraph(database);
  const app = await createApp(database.executor, config, silentLogger);
  const gazetteer = await sharedGazetteer();
  await loadCorpus(config.corpusDir, { ingestion: app.services.ingestion, logger: silentLogger });
  const graph: NationalGraph = {
    database,
    app,
    // As npm start does: a graph an earlier run loaded gets the keys of the current pinyinKeys.
    async loadGazetteer(load) {
      const report = await loadNationalGazetteer({ gazetteer, repository: new GazetteerRepository(database.executor), logger: silentLogger }, load);
      await refreshPinyinKeys({ repository: new SearchKeysRepository(database.executor), logger: silentLogger });
      return report;
    },
    async gql(query, variables) {
      const response = await app.graphql.executeOperation({ query, variables }, { contextValue: app.createContext() });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as GraphQLResult<any>;
    },
    async cypher(query, params = {}) {
      const { records } = await database.driver.executeQuery(query, params, { database: config.neo4j.database });
      return records.map((record) => record.toObject());
    },
    async close() {
      await app.graphql.stop();
      await database.close();
    },
  };
  if (!options.fresh) await graph.loadGazetteer();
  return graph;
}
