/**
 * The structured facts a document yields: the one input of the graph upsert.
 * Hand-checked fact files (corpus/facts/*.json) and the extraction pipeline both produce this
 * shape, so there is one loading path: FactSet → resolve areas → upsert.
 */

/** Administrative levels, from the top; a Shanghai district is a County with `district: true`. */
export const AREA_LABELS = ['Province', 'Prefecture', 'County', 'Township', 'Village'] as const;
export type AreaLabel = (typeof AREA_LABELS)[number];

export const ORGANIZATION_LABELS = ['Enterprise', 'School', 'Hospital', 'Agency', 'SocialOrganization'] as const;
export type OrganizationLabel = (typeof ORGANIZATION_LABELS)[number];

export type EntityLabel = AreaLabel | OrganizationLabel | 'Project';

export const RELATION_TYPES = [
  'PAIRS_WITH',
  'FUNDS',
  'INVESTS_IN',
  'BUILDS',
  'LOCATED_IN',
  'BENEFITS',
  'SENDS_STAFF',
  'TRAINS',
  'DONATES_TO',
  'MANAGES',
  'BELONGS_TO',
  'PART_OF',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Pairing modes as the reports write them; the GraphQL enum maps onto these strings. */
export const PAIRING_MODES = [
  '扶贫协作',
  '对口支援',
  '携手奔小康',
  '结对帮扶',
  '镇镇结对',
  '村企结对',
  '校校结对',
  '院院结对',
  '部门结对',
] as const;
export type PairingMode = (typeof PAIRING_MODES)[number];

/** A sentence of the document that states the fact; `sentence` is an exact substring of the text. */
export interface Evidence {
  sentence: string;
  /** Character offsets into the document text; filled in by the loader when absent. */
  start?: number;
  end?: number;
}

export type PropertyValue = string | number | boolean;

export interface EntityFact {
  /** Key of the entity within this fact set; relations and observations point at it. */
  ref: string;
  label: EntityLabel;
  /** Canonical name: the official name for areas (芒市, 香格里拉市), the full name otherwise. */
  name: string;
  /** Forms the document writes it in, when they differ from `name` (德宏芒市, 香格里拉县, 梁河). */
  written?: string[];
  /** Official division code, for areas. */
  code?: string;
  /** A Shanghai district: the helping side of pairings. */
  district?: boolean;
  /** The area this area lies in (ref), when the document names it. */
  partOf?: string;
  /**
   * Typed properties. Projects: kind, amountWan (万元), amountText (as written), areaM2, output,
   * year, households, people, poorPeople. Organisations: none required.
   */
  properties?: Record<string, PropertyValue>;
  evidence: Evidence[];
}

export interface RelationFact {
  type: RelationType;
  from: string;
  to: string;
  /**
   * PAIRS_WITH: mode (PairingMode), since, until (years). FUNDS/INVESTS_IN/DONATES_TO: amountWan,
   * amountText, period ("2013-2017"), purpose. BENEFITS: households, people, poorPeople.
   * SENDS_STAFF/TRAINS: count, batches, role.
   */
  properties?: Record<string, PropertyValue>;
  evidence: Evidence[];
}

/** A measured figure of an entity at a date, for dashboards (poor households, poor people …). */
export interface ObservationFact {
  subject: string;
  metric: string;
  value: number;
  unit: string;
  /** ISO date or year (2013-12-31, 2019). */
  date: string;
  evidence: Evidence[];
}

/** A defect of the source a careful reader notices; recorded as a fact about the data. */
export interface DataNote {
  kind:
    | 'repeated-paragraph'
    | 'misattributed-paragraph'
    | 'garbled-sentence'
    | 'abbreviated-name'
    | 'historical-name';
  description: string;
  evidence: Evidence[];
}

export interface DocumentMeta {
  /** Stable id: the source file's stem for shipped documents, a content hash for ingested ones. */
  id: string;
  title: string;
  publisher?: string;
  publishedAt?: string;
  url?: string;
  sourceFile?: string;
}

export interface FactSet {
  document: DocumentMeta;
  entities: EntityFact[];
  relations: RelationFact[];
  observations: ObservationFact[];
  notes: DataNote[];
}
