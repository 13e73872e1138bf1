import { ANALYSIS_TIMEOUT_MS } from './model';
import { Config } from './config';
import { SearchRepository } from './repositories/search.repository';
import { SearchService } from './services/search/search.service';
import { Context, Services } from './graphql/context';
import { createAccessGate } from './http/access-gate';
import { createGraphQLServer, GraphQLServer } from './http/graphql-server';
import { createHttpServer, GraphHttpServer } from './http/http-server';
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
import { RelationListService } from './services/query/relation-list.service';
import { AnalysisDashboardRepository } from './repositories/analysis-dashboard.repository';
import { AnalysisRepository } from './repositories/analysis.repository';
import { DashboardService } from './services/analysis/dashboard.service';
import { AggregateService } from './services/analysis/aggregate.service';
import { NeighborhoodService } from './services/analysis/neighborhood.service';
import { PathService } from './services/analysis/path.service';
import { ExportRepository } from './repositories/export.repository';
import { ExportService } from './services/export/export.service';
import { Gazetteer } from './gazetteer/gazetteer';
import { EntityReferences } from './services/references/entity-references';
import { FactScopes } from './services/references/fact-scope';
import { DocumentIngestionService } from './services/ingestion/document-ingestion.service';
import { readCorpus } from './services/ingestion/default-corpus';
import { AccessRepository } from './repositories/access.repository';
import { ApiKeyService } from './services/access/api-key.service';
import { AuditLogService } from './services/access/audit-log.service';
import { ANONYMOUS, Principal } from './model';
import { createMetrics, Metrics } from './metrics';
import { QueryTooComplexError } from './errors';
import { currentRequestScope } from './http/request-scope';

export interface App {
  repositories: Repositories & { graph: GraphWriteRepository; access: AccessRepository };
  services: Services;
  /** Graph data for Gephi, NetworkX, R and spreadsheets (GET /export, kg export). */
  exports: ExportService;
  graphql: GraphQLServer;
  metrics: Metrics;
  /** The gazetteer with villages, loaded on first use (a few seconds) and shared. */
  gazetteer(): Promise<Gazetteer>;
  /** The HTTP server over this app: GraphQL, exports, health, readiness, metrics. */
  createHttpServer(checkReady: () => Promise<Record<string, unknown>>): GraphHttpServer;
  /** A fresh context (and so fresh loaders) for one request, made by `principal` (anonymous when not given). */
  createContext(principal?: Principal, request?: Context['request']): Context;
}

/** Wires repositories, services and the GraphQL server over one executor. */
export async function createApp(executor: CypherExecutor, config: Config, logger: Logger, metrics: Metrics = createMetrics({ defaultMetrics: false })): Promise<App> {
  observeStatements(executor, config.limits.maxStatements, metrics);
  const repositories = {
    entities: new EntityRepository(executor),
    relations: new RelationRepository(executor),
    documents: new DocumentRepository(executor),
    graph: new GraphWriteRepository(executor),
    access: new AccessRepository(executor),
  };
  const { maxPageSize } = config.limits;
  let gazetteerLoad: Promise<Gazetteer> | undefined;
  const gazetteer = (): Promise<Gazetteer> => (gazetteerLoad ??= Gazetteer.load({ villages: true }));
  const references = new EntityReferences(repositories.entities, gazetteer);
  const scopes = new FactScopes(repositories.documents);
  const dashboardRepository = new AnalysisDashboardRepository(executor);
  const analysis = new AnalysisRepository(executor, Math.min(ANALYSIS_TIMEOUT_MS, config.neo4j.transactionTimeoutMs));
  const services: Services = {
    entities: new EntityService(repositories.entities, references, scopes, maxPageSize),
    references,
    scopes,
    search: new SearchService(new SearchRepository(executor)),
    relations: new RelationListService(repositories.relations, references, scopes, maxPageSize),
    networks: new NetworkService(references, repositories.relations),
    documents: new DocumentService(repositories.documents, maxPageSize),
    review: new ReviewService(new ReviewRepository(executor)),
    paths: new PathService(analysis, references, scopes),
    neighborhoods: new NeighborhoodService(analysis, references, scopes),
    dashboard: new DashboardService(dashboardRepository, references, scopes),
    aggregates: new AggregateService(dashboardRepository, references, scopes),
    ingestion: new DocumentIngestionService(repositories.graph, gazetteer, repositories.access, (id) => correctionsOfShipped(config.corpusDir, id), (action, outcome) =>
      metrics.ingestions.inc({ action, outcome }),
    ),
    keys: new ApiKeyService(repositories.access),
    audit: new AuditLogService(repositories.access),
  };
  const exports = new ExportService({
    networks: services.networks,
    neighborhoods: services.neighborhoods,
    paths: services.paths,
    entities: repositories.entities,
    documents: repositories.documents,
    exports: new ExportRepository(executor),
  });
  const access = createAccessGate(config);
  const graphql = await createGraphQLServer(config, logger, metrics, access);
  const createContext = (principal: Principal = ANONYMOUS, request?: Context['request']): Context => ({
    services,
    loaders: createLoaders(repositories),
    principal,
    request,
  });
  return {
    repositories,
    services,
    exports,
    graphql,
    metrics,
    gazetteer,
    createContext,
    createHttpServer: (checkReady) =>
      createHttpServer({
        graphql,
        createContext,
        authenticate: (authorization) => services.keys.authenticate(authorization),
        access,
        openExport: (query) => exports.open(query),
        checkReady,
        webDir: config.webDir,
        logger,
        metrics,
        maxResponseBytes: config.limits.maxResponseBytes,
        trustProxy: config.access.trustProxy,
      }),
  };
}

/**
 * Every statement counts against the request it serves (at most `maxStatements`: a query that
 * fans out into more is stopped with QUERY_TOO_COMPLEX) and in the metrics.
 */
function observeStatements(executor: CypherExecutor, maxStatements: number, metrics: Metrics): void {
  executor.beforeQuery(() => {
    metrics.statementsInFlight.inc();
    const scope = currentRequestScope();
    if (scope && ++scope.statements > maxStatements) {
      metrics.statementsInFlight.dec();
      throw new QueryTooComplexError(`The request needed more than ${maxStatements} database statements, the limit for one request. Ask for fewer entities or split it.`, {
        measure: 'statements',
        limit: maxStatements,
      });
    }
  });
  executor.onQuery((event) => {
    metrics.statementsInFlight.dec();
    metrics.statements.inc({ mode: event.mode, outcome: event.ok ? 'ok' : 'failed' });
    const scope = currentRequestScope();
    if (scope) scope.cypherMs += event.ms;
  });
}

/** A shipped document's curated corrections, read from the corpus folder when one is restored. */
function correctionsOfShipped(corpusDir: string, documentId: string) {
  try {
    return readCorpus(corpusDir).find((document) => document.meta.id === documentId)?.corrections ?? [];
  } catch {
    return [];
  }
}
