import { DEFAULT_RELATION_TYPES, DocumentRecord, EntityRecord, NodeRef, ObservationRecord, RelationIdentity, relationIdOf, RelationRecord, ReviewItemRecord } from '../model';
import { Loaders } from './create-loaders';

/** What a global id names, as loaded: the record with the kind its ref gave. */
export type LoadedNode =
  | { type: 'Entity'; value: EntityRecord }
  | { type: 'Document'; value: DocumentRecord }
  | { type: 'Observation'; value: ObservationRecord }
  | { type: 'Relation' | 'Pairing'; value: RelationRecord }
  | { type: 'ReviewItem'; value: ReviewItemRecord };

/**
 * The object a ref names, null when the graph has none (or, for a review item, when its fact no
 * longer needs review). Through this request's loaders: refs loaded in one tick cost one round
 * trip per kind, whatever their number, and share the cache of every other field.
 */
export async function loadNode(loaders: Loaders, ref: NodeRef): Promise<LoadedNode | null> {
  switch (ref.type) {
    case 'Entity':
      return found(ref.type, await loaders.entity.load(ref.id));
    case 'Document':
      return found(ref.type, await loaders.document.load(ref.id));
    case 'Observation':
      return found(ref.type, await loaders.observation.load(ref.id));
    case 'Relation':
    case 'Pairing':
      return found(ref.type, await loaders.relation.load(ref.relation));
    case 'ReviewItem':
      return found(ref.type, ref.of.type === 'Entity' ? await reviewedEntity(loaders, ref.of.id) : await reviewedRelation(loaders, ref.of.relation));
  }
}

function found<T extends LoadedNode['type'], V>(type: T, value: V | null): { type: T; value: V } | null {
  return value ? { type, value } : null;
}

// The review queue's own conditions (query/review-queue): needsReview, and for a relationship one of the facts' types.
async function reviewedEntity(loaders: Loaders, id: string): Promise<ReviewItemRecord | null> {
  const entity = await loaders.entity.load(id);
  return entity?.needsReview === true ? { id: entity.id, kind: 'ENTITY', entity, relation: null } : null;
}

async function reviewedRelation(loaders: Loaders, identity: RelationIdentity): Promise<ReviewItemRecord | null> {
  const relation = await loaders.relation.load(identity);
  const reviewed = relation?.needsReview === true && (DEFAULT_RELATION_TYPES as readonly string[]).includes(relation.type);
  return reviewed ? { id: relationIdOf(relation), kind: 'RELATION', relation, entity: null } : null;
}
