import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLInterfaceType, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { PROJECT_ROOT } from '../config';
import { SearchResolver } from './search.resolver';
import { AreaResolver } from './area.resolver';
import { DataNoteResolver, DocumentResolver, EvidenceResolver } from './document.resolver';
import { ENTITY_LIST_RESOLVERS } from './entity-list.resolver';
import { EntityResolver } from './entity.resolver';
import { EntityRecord, kindOf } from '../model';
import { ENTITY_TYPES } from './entity.type';
import { IngestionResolver } from './ingestion.resolver';
import { AccessResolver } from './access.resolver';
import { authChecker } from './auth-checker';
import { NetworkResolver } from './network.resolver';
import { DashboardResolver } from './dashboard.resolver';
import { AggregateResolver } from './aggregate.resolver';
import { DASHBOARD_SOURCES_RESOLVERS } from './dashboard-sources.resolver';
import { NeighborhoodResolver } from './neighborhood.resolver';
import { PathResolver } from './path.resolver';
import { ReviewResolver } from './review.resolver';
import { RelationListResolver } from './relation-list.resolver';
import { NODE_ID_RESOLVERS, NodeResolver } from './node.resolver';
import { ObservationResolver, PairingFieldsResolver, RelationResolver } from './relation.resolver';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once from the decorated classes. */
export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      SearchResolver,
      EntityResolver, ...ENTITY_LIST_RESOLVERS, AreaResolver, RelationResolver, PairingFieldsResolver,
      ObservationResolver, RelationListResolver, DocumentResolver, DataNoteResolver, EvidenceResolver, NetworkResolver,
      PathResolver, NeighborhoodResolver, ReviewResolver, DashboardResolver, AggregateResolver, ...DASHBOARD_SOURCES_RESOLVERS, IngestionResolver,
      AccessResolver, NodeResolver, ...NODE_ID_RESOLVERS,
    ],
    authChecker,
    orphanedTypes: ENTITY_TYPES,
    validate: false,
  }).then(withSynchronousTypeResolution);
  return built;
}

/**
 * type-graphql wraps an interface's resolveType in an async function, which costs a promise and a
 * microtask per entity of every list (200 for a neighbourhood); the type follows from the labels.
 */
function withSynchronousTypeResolution(schema: GraphQLSchema): GraphQLSchema {
  for (const name of ['Entity', 'Area']) {
    (schema.getType(name) as GraphQLInterfaceType).resolveType = (value) => kindOf((value as EntityRecord).labels);
  }
  return schema;
}

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export async function printSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}

export async function emitSchemaFile(): Promise<string> {
  fs.mkdirSync(path.dirname(SCHEMA_FILE), { recursive: true });
  fs.writeFileSync(SCHEMA_FILE, await printSdl());
  return SCHEMA_FILE;
}
