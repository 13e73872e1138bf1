/** Plain shapes the repositories return: node and relationship properties as stored. */

export interface EvidenceColumns {
  evidence?: string[];
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

export interface DocumentRecord {
  id: string;
  title: string;
  publisher?: string;
  publishedAt?: string;
  url?: string;
  sourceFile?: string;
  length?: number;
  text?: string | null;
  ingestedAt?: string;
}

export interface NoteRecord {
  id: string;
  kind: string;
  description: string;
  evidence: string[];
  evidenceKeys: string[];
}

export interface ObservationRecord extends EvidenceColumns {
  id: string;
  subject: string;
  metric: string;
  value: number;
  unit: string;
  date: string;
}

export interface Page<T> {
  totalCount: number;
  items: T[];
}

/** Groups `rows` (each with an `id` column) by id, aligned with `ids`. */
export function alignById<T>(ids: readonly string[], rows: Record<string, unknown>[], column: string): T[][] {
  const byId = new Map(rows.map((row) => [row.id as string, row[column] as T[]]));
  return ids.map((id) => byId.get(id) ?? []);
}
