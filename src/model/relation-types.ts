/**
 * The relationships between entities, as the graph stores them. `verb` is how a reader of the
 * reports says it (the label drawn on an edge, read from its start to its end); `network` marks
 * the relationships that make up a district's pairing work.
 */
export const RELATIONS = {
  PAIRS_WITH: { verb: '结对', network: true, description: 'helper → helped, with its pairing mode and period' },
  FUNDS: { verb: '资助', network: true, description: 'funder → area or project, with the amount' },
  INVESTS_IN: { verb: '投资', network: true, description: 'enterprise → project or area' },
  BUILDS: { verb: '援建', network: true, description: 'helper → project' },
  LOCATED_IN: { verb: '位于', network: false, description: 'project or organisation → the area it lies in (areas lie in areas by PART_OF)' },
  BENEFITS: { verb: '惠及', network: false, description: 'project → area or organisation it is for' },
  SENDS_STAFF: { verb: '派驻', network: true, description: 'helper → area or institution, with the role and count' },
  TRAINS: { verb: '培训', network: true, description: 'helper → area, with people and batches' },
  DONATES_TO: { verb: '捐赠', network: true, description: 'donor → recipient, with the amount' },
  MANAGES: { verb: '托管', network: true, description: 'helper → school or hospital it runs' },
  BELONGS_TO: { verb: '隶属', network: false, description: 'organisation → its district or county' },
  PART_OF: { verb: '属于', network: false, description: 'area → the area it is part of (the official hierarchy; one path of areas is always PART_OF, never LOCATED_IN)' },
} as const;

export type RelationType = keyof typeof RELATIONS;
export const RELATION_TYPES = Object.keys(RELATIONS) as RelationType[];

/** What an entity's `relations` offers by default: everything but the area hierarchy. */
export const DEFAULT_RELATION_TYPES = RELATION_TYPES.filter((type) => type !== 'PART_OF');

/** A district's pairing work: not where things are, not who belongs to whom. */
export const NETWORK_RELATION_TYPES = RELATION_TYPES.filter((type) => RELATIONS[type].network);

/** Relationships from a document's own records (not between entities). */
export const RECORD_RELATION_TYPES = ['MENTIONS', 'HAS_OBSERVATION', 'HAS_NOTE'] as const;

export const isRelationType = (type: string): type is RelationType => Object.hasOwn(RELATIONS, type);

/** OUT: from this entity; IN: to it; BOTH: either. */
export const DIRECTIONS = ['OUT', 'IN', 'BOTH'] as const;
export type Direction = (typeof DIRECTIONS)[number];
