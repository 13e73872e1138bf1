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
  /** The keys of those sentences that are photo captions. */
  captionKeys: string[];
}

/** Which construction read a fact and how far it is trusted; null for curated facts (corrections, official areas). */
export type ReadByColumn = { construction: string; confidence: number } | null;

export interface EntityRow extends EvidenceLists {
  readBy: ReadByColumn;
  id: string;
  labels: string[];
  name: string;
  aliases: string[];
  sources: string[];
  properties: Record<string, PropertyValue>;
}

export interface RelationRow extends EvidenceLists {
  readBy: ReadByColumn;
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

