import type { PropertyValue } from './facts';
import type { ObservationValue } from './records';

/** Rows for the upsert statements in cypher/ingestion: one document's whole contribution. */
export interface GraphRows {
  document: Record<string, PropertyValue>;
  entities: EntityRow[];
  relations: RelationRow[];
  observations: ObservationRow[];
  notes: NoteRow[];
  mentions: MentionRow[];
}

export interface EvidenceLists {
  evidence: string[];
  /** `${documentId}@${start}-${end}`, aligned with `evidence`. */
  evidenceKeys: string[];
}

export interface EntityRow extends EvidenceLists {
  id: string;
  labels: string[];
  name: string;
  aliases: string[];
  sources: string[];
  properties: Record<string, PropertyValue>;
}

export interface RelationRow extends EvidenceLists {
  from: string;
  to: string;
  type: string;
  key: string;
  sources: string[];
  properties: Record<string, PropertyValue>;
}

export interface ObservationRow extends ObservationValue, EvidenceLists {
  sources: string[];
}

export interface NoteRow extends EvidenceLists {
  id: string;
  kind: string;
  description: string;
}

export interface MentionRow extends EvidenceLists {
  entityId: string;
}

