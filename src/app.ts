import { ApolloServer } from '@apollo/server';
import { Config } from './config';
import { Context, Services } from './graphql/context';
import { createGraphQLServer } from './http/graphql-server';
import { createLoaders, Repositories } from './loaders/create-loaders';
import { Logger } from './logger';
import { CypherExecutor } from './neo4j/executor';
import { DocumentRepository } from './repositories/document.repository';
import { EntityRepository } from './repositories/entity.repository';
import { GraphWriteRepository } from './repositories/graph-write.repository';
import { RelationRepository } from './repositories/relation.repository';
import { DocumentService } from './services/query/document.service';
import { EntityService } from './services/query/entity.service';
import { NetworkService } from './services/query/network.service';
import { PairingService } from './services/query/pairing.service';

export interface App {
  repositories: Repositories & { graph: GraphWriteRepository };
  services: Services;
  graphql: ApolloServer<Context>;
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
  const services: Services = {
    entities: new EntityService(repositories.entities, maxPageSize),
    pairings: new PairingService(repositories.relations, maxPageSize),
    networks: new NetworkService(repositories.entities, repositories.relations),
    documents: new DocumentService(repositories.documents, maxPageSize),
  };
  const graphql = await createGraphQLServer(config, logger);
  return { repositories, services, graphql, createContext: () => ({ services, loaders: createLoaders(repositories) }) };
}
