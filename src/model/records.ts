/** Plain shapes the repositories return: node and relationship properties as stored. */

export interface EvidenceColumns {
  evidence?: string[];
  /** `${documentId}@${start}-${end}`, aligned with `evidence`. */
  evidenceKeys?: string[];
  sources?: string[];
}

export interface EntityRecord extends EvidenceColumns {
  id: string;
  name: string;
  labels: string[];
  aliases?: string[];
  code?: string;
  provinceCode?: string;
  unresolved?: boolean;
  [property: string]: unknown;
}

export interface RelationRecord extends EvidenceColumns {
  type: string;
  from: string;
  to: string;
  key: string;
  [property: string]: unknown;
}

export interface NoteRecord {
  id: string;
  kind: string;
  description: string;
  evidence: string[];
  evidenceKeys: string[];
}

/** A measured figure of an entity at a date, as stored on an Observation node. */
export interface ObservationValue {
  id: string;
  /** The entity's id. */
  subject: string;
  metric: string;
  value: number;
  unit: string;
  date: string;
}

export interface ObservationRecord extends ObservationValue, EvidenceColumns {}

export interface Page<T> {
  totalCount: number;
  items: T[];
}

export interface PathRecord {
  nodes: EntityRecord[];
  relationships: RelationRecord[];
}

export interface NeighborhoodRecord {
  /** The entity at the centre; null (and nothing around it) when there is none. */
  center: EntityRecord | null;
  nodes: EntityRecord[];
  edges: RelationRecord[];
  /** True when a hop found more nodes than the limit left room for, or edges were cut. */
  truncated: boolean;
}

/** What one document's upsert found: entity ids that were already in the graph before it. */
export interface UpsertOutcome {
  existingEntityIds: Set<string>;
}

export interface RemovalOutcome {
  documentId: string;
  title: string;
  entitiesRemoved: number;
  relationsRemoved: number;
  observationsRemoved: number;
}

/** What a review item is: a relationship between two entities, or an entity. */
export const REVIEW_KINDS = ['RELATION', 'ENTITY'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

/** A fact a person should check: a relationship or an entity, read by a construction trusted less than the threshold. */
export interface ReviewItemRecord {
  /** The relationship's id (from>to#TYPE#key) or the entity's. */
  id: string;
  kind: ReviewKind;
  relation: RelationRecord | null;
  entity: EntityRecord | null;
}
