import { Loaders } from '../loaders/create-loaders';
import { EntityService } from '../services/query/entity.service';
import { NetworkService } from '../services/query/network.service';
import { PairingService } from '../services/query/pairing.service';
import { DocumentService } from '../services/query/document.service';

/** Long-lived services, shared by every request. */
export interface Services {
  entities: EntityService;
  pairings: PairingService;
  networks: NetworkService;
  documents: DocumentService;
}

/** What every resolver receives: the services and this request's own loaders. */
export interface Context {
  services: Services;
  loaders: Loaders;
}
