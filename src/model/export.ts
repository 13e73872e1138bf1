/**
 * Exports of the graph for Gephi, NetworkX, R and spreadsheets: the formats, what can be
 * selected, and the plain shapes an export is made of. HTTP (`GET /export`) and the CLI
 * (`kg export`) share this one selection model.
 */
import type { EntityRecord, RelationRecord } from './records';
import type { RelationType } from './relation-types';

/** File formats: GraphML (Gephi, NetworkX), CSV (spreadsheets, R), JSON-LD (schema.org vocabulary). */
export const EXPORT_FORMATS = ['graphml', 'csv', 'jsonld'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A CSV export is one table: the nodes or the edges (each edge row names its endpoints, so it reads on its own). */
export const CSV_PARTS = ['nodes', 'edges'] as const;
export type CsvPart = (typeof CSV_PARTS)[number];
export const DEFAULT_CSV_PART: CsvPart = 'edges';

export const EXPORT_LIMITS = {
  /** Rows one page of a whole-graph export reads from the database. */
  batchSize: 1000,
  /** A neighbourhood's nodes unless `limit` says otherwise (the neighborhood query's default). */
  neighborhoodLimit: 200,
} as const;

/**
 * What to export. Without a selection, the whole graph: every entity and every relationship
 * between entities but the gazetteer's PART_OF hierarchy (unless `types` asks for PART_OF).
 */
export type ExportSelection =
  | { kind: 'graph' }
  | { kind: 'district'; reference: string }
  | { kind: 'neighborhood'; reference: string; depth: number; limit: number }
  | { kind: 'path'; from: string; to: string; maxHops?: number; k?: number }
  | { kind: 'document'; id: string };
export type ExportSelectionKind = ExportSelection['kind'];

export interface ExportQuery {
  selection: ExportSelection;
  /** Relationship types to keep; null: the selection's own default. */
  types: readonly RelationType[] | null;
}

/** An exported relationship: the stored record, its id, its drawn label and its endpoints' names. */
export interface ExportEdge {
  /** from>to#TYPE#key, as the Relation id of the API. */
  id: string;
  relation: RelationRecord;
  /** 扶贫协作, 援建, ⊂ …: read from source to target. */
  label: string;
  fromName: string;
  toName: string;
}

/**
 * A selection ready to write: nodes first, then edges whose endpoints are among the nodes. Either
 * may be read from the database page by page while it is written; iterating again reads again.
 */
export interface GraphExport {
  /** A short name for the file: `district-310114`, `graph`. */
  name: string;
  nodes: AsyncIterable<EntityRecord> | Iterable<EntityRecord>;
  edges: AsyncIterable<ExportEdge> | Iterable<ExportEdge>;
  /** How many rows to expect, when that is known cheaply (for a progress line). */
  size?: () => Promise<{ nodes: number; edges: number }>;
}
