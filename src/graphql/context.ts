import { Loaders } from '../loaders/create-loaders';
import { SearchService } from '../services/search/search.service';
import { EntityService } from '../services/query/entity.service';
import { NetworkService } from '../services/query/network.service';
import { RelationListService } from '../services/query/relation-list.service';
import { DocumentService } from '../services/query/document.service';
import { ReviewService } from '../services/query/review.service';
import { DashboardService } from '../services/analysis/dashboard.service';
import { AggregateService } from '../services/analysis/aggregate.service';
import { NeighborhoodService } from '../services/analysis/neighborhood.service';
import { PathService } from '../services/analysis/path.service';
import { DocumentIngestionService } from '../services/ingestion/document-ingestion.service';
import { ApiKeyService } from '../services/access/api-key.service';
import { AuditLogService } from '../services/access/audit-log.service';
import { Principal } from '../model';
import { EntityReferences } from '../services/references/entity-references';
import { FactScopes } from '../services/references/fact-scope';

/** Long-lived services, shared by every request. */
export interface Services {
  entities: EntityService;
  /** The one reader of references to entities, behind every argument that names one. */
  references: EntityReferences;
  scopes: FactScopes;
  search: SearchService;
  relations: RelationListService;
  networks: NetworkService;
  documents: DocumentService;
  review: ReviewService;
  paths: PathService;
  neighborhoods: NeighborhoodService;
  dashboard: DashboardService;
  aggregates: AggregateService;
  ingestion: DocumentIngestionService;
  keys: ApiKeyService;
  audit: AuditLogService;
}

/** What every resolver receives: the services, this request's own loaders and who sent it. */
export interface Context {
  services: Services;
  loaders: Loaders;
  principal: Principal;
  /** Set for requests that came over HTTP (rate limits apply to those); absent for in-process calls. */
  request?: { id: string; clientAddress: string };
}
