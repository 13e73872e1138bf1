import { pairingId } from '../services/query/relation-list.service';
import { RelationRecord, relationIdOf } from '../model';
import { PairingModeValue, RelationTypeValue } from './enums';
import { PairingType, RelationEdgeType } from './relation.type';

/** A stored relationship as the Relation type; `from`/`to` ids stay for the field resolvers. */
export function toRelation(record: RelationRecord): RelationEdgeType & RelationRecord {
  return Object.assign(new RelationEdgeType(), record, {
    id: relationIdOf(record),
    type: record.type as RelationTypeValue,
    official: record.official === true,
    needsReview: record.needsReview === true,
    sources: record.sources ?? [],
  });
}

/** A stored PAIRS_WITH relationship as the Pairing type. */
export function toPairing(record: RelationRecord): PairingType & RelationRecord {
  return Object.assign(new PairingType(), record, {
    id: pairingId(record),
    mode: record.mode as PairingModeValue,
    modeLabel: String(record.mode),
    needsReview: record.needsReview === true,
    sources: record.sources ?? [],
  });
}
