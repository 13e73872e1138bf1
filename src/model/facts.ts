/**
 * The structured facts a document yields: the one input of the graph upsert. Hand-checked gold
 * files (test/gold) and the extraction pipeline both produce this shape, so there is one loading
 * path: FactSet → resolve areas → upsert.
 */
import type { DocumentMeta } from './document';
import type { EntityLabel } from './entity-kinds';
import type { RelationType } from './relation-types';

/** A sentence of the document that states the fact; `sentence` is an exact substring of the text. */
export interface Evidence {
  sentence: string;
  /** Character offsets into the document text; filled in by the loader when absent. */
  start?: number;
  end?: number;
  /** The sentence is a photo's caption or credit, not the report's text. */
  caption?: boolean;
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
  /** The construction that read it (full, bare, organization-head …) and how far it is trusted, as for relations. */
  construction?: string;
  confidence?: number;
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
  /** The construction of the extraction rules that read it (symmetric, list-line …); absent for hand-written facts. */
  construction?: string;
  /** How far the construction is trusted, 0 to 1; below the review threshold the fact needs a person's check. */
  confidence?: number;
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

export interface FactSet {
  document: DocumentMeta;
  entities: EntityFact[];
  relations: RelationFact[];
  observations: ObservationFact[];
  notes: DataNote[];
}
