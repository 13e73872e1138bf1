import { Loaders } from '../loaders/create-loaders';
import { SearchService } from '../services/search/search.service';
import { EntityService } from '../services/query/entity.service';
import { NetworkService } from '../services/query/network.service';
import { PairingService } from '../services/query/pairing.service';
import { DocumentService } from '../services/query/document.service';
import { ReviewService } from '../services/query/review.service';
import { DashboardService } from '../services/analysis/dashboard.service';
import { NeighborhoodService } from '../services/analysis/neighborhood.service';
import { PathService } from '../services/analysis/path.service';
import { DocumentIngestionService } from '../services/ingestion/document-ingestion.service';

/** Long-lived services, shared by every request. */
export interface Services {
  entities: EntityService;
  search: SearchService;
  pairings: PairingService;
  networks: NetworkService;
  documents: DocumentService;
  review: ReviewService;
  paths: PathService;
  neighborhoods: NeighborhoodService;
  dashboard: DashboardService;
  ingestion: DocumentIngestionService;
}

/** What every resolver receives: the services and this request's own loaders. */
export interface Context {
  services: Services;
  loaders: Loaders;
}
