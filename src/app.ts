import { ANALYSIS_TIMEOUT_MS } from './model';
import { Config } from './config';
import { SearchRepository } from './repositories/search.repository';
import { SearchService } from './services/search/search.service';
import { Context, Services } from './graphql/context';
import { createGraphQLServer, GraphQLServer } from './http/graphql-server';
import { createLoaders, Repositories } from './loaders/create-loaders';
import { Logger } from './logger';
import { CypherExecutor } from './neo4j/executor';
import { DocumentRepository } from './repositories/document.repository';
import { EntityRepository } from './repositories/entity.repository';
import { GraphWriteRepository } from './repositories/graph-write.repository';
import { RelationRepository } from './repositories/relation.repository';
import { DocumentService } from './services/query/document.service';
import { ReviewService } from './services/query/review.service';
import { ReviewRepository } from './repositories/review.repository';
import { EntityService } from './services/query/entity.service';
import { NetworkService } from './services/query/network.service';
import { PairingService } from './services/query/pairing.service';
import { AnalysisDashboardRepository } from './repositories/analysis-dashboard.repository';
import { AnalysisRepository } from './repositories/analysis.repository';
import { DashboardService } from './services/analysis/dashboard.service';
import { NeighborhoodService } from './services/analysis/neighborhood.service';
import { PathService } from './services/analysis/path.service';
import { Gazetteer } from './gazetteer/gazetteer';
import { DocumentIngestionService } from './services/ingestion/document-ingestion.service';

export interface App {
  repositories: Repositories & { graph: GraphWriteRepository };
  services: Services;
  graphql: GraphQLServer;
  /** The gazetteer with villages, loaded on first use (a few seconds) and shared. */
  gazetteer(): Promise<Gazetteer>;
  /** A fresh context (and so fresh loaders) for one request. */
  createContext(): Context;
}

/** Wires repositories, services and the GraphQL server over one executor. */
export async function createApp(executor: CypherExecutor, config: Config, logger: Logger): Promise<App> {
  const repositories = {
    entities: new EntityRepository(executor),
    relations: new RelationRepository(executor),
    documents: new DocumentRepository(executor),
    graph: new GraphWriteRepository(executor),
  };
  const { maxPageSize } = config.limits;
  let gazetteerLoad: Promise<Gazetteer> | undefined;
  const gazetteer = (): Promise<Gazetteer> => (gazetteerLoad ??= Gazetteer.load({ villages: true }));
  const analysis = new AnalysisRepository(executor, Math.min(ANALYSIS_TIMEOUT_MS, config.neo4j.transactionTimeoutMs));
  const services: Services = {
    entities: new EntityService(repositories.entities, maxPageSize),
    search: new SearchService(new SearchRepository(executor)),
    pairings: new PairingService(repositories.relations, maxPageSize),
    networks: new NetworkService(repositories.entities, repositories.relations),
    documents: new DocumentService(repositories.documents, maxPageSize),
    review: new ReviewService(new ReviewRepository(executor)),
    paths: new PathService(analysis),
    neighborhoods: new NeighborhoodService(analysis),
    dashboard: new DashboardService(new AnalysisDashboardRepository(executor), repositories.entities),
    ingestion: new DocumentIngestionService(repositories.graph, gazetteer),
  };
  const graphql = await createGraphQLServer(config, logger);
  return { repositories, services, graphql, gazetteer, createContext: () => ({ services, loaders: createLoaders(repositories) }) };
}
