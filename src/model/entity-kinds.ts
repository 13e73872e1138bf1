/**
 * The kinds of entity the graph holds — its node labels — and the groupings the layers use. Every
 * other list of labels (the GraphQL enum, the allow-lists of Cypher slots, extraction's labels) is
 * derived from these.
 */

/** Administrative levels, from the top; a Shanghai district is a County that also carries District. */
export const AREA_LABELS = ['Province', 'Prefecture', 'County', 'Township', 'Village'] as const;
export type AreaLabel = (typeof AREA_LABELS)[number];

export const ORGANIZATION_LABELS = ['Enterprise', 'School', 'Hospital', 'Agency', 'SocialOrganization'] as const;
export type OrganizationLabel = (typeof ORGANIZATION_LABELS)[number];

export const PROJECT_LABEL = 'Project';

/** Every concrete kind: each entity has exactly one. */
export const ENTITY_LABELS = [...AREA_LABELS, ...ORGANIZATION_LABELS, PROJECT_LABEL] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** A Shanghai district: a County on the helping side of pairings. */
export const DISTRICT_LABEL = 'District';

/** Labels that group kinds: every entity is an Entity, areas are Areas, organisations Organizations. */
export const GROUP_LABELS = { entity: 'Entity', area: 'Area', organization: 'Organization' } as const;

/** The kinds as the API names them: every concrete kind, and District. */
export const ENTITY_KINDS = [...AREA_LABELS.slice(0, 3), DISTRICT_LABEL, ...AREA_LABELS.slice(3), ...ORGANIZATION_LABELS, PROJECT_LABEL] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Labels a list may be restricted to: the kinds and their groups. */
export const LISTABLE_LABELS = [GROUP_LABELS.entity, GROUP_LABELS.area, ...ENTITY_KINDS.slice(0, 6), GROUP_LABELS.organization, ...ORGANIZATION_LABELS, PROJECT_LABEL] as const;
export type ListableLabel = (typeof LISTABLE_LABELS)[number];

/** Labels a path may be told to avoid: every kind. */
export const EXCLUDABLE_LABELS: readonly EntityKind[] = ENTITY_KINDS;

/** Labels whose names are searched by prefix in full; villages (620k) are read up to a cap. */
export const FULLY_SEARCHED_LABELS = [...AREA_LABELS.slice(0, 4), GROUP_LABELS.organization, PROJECT_LABEL] as const;

/** Nodes that are not entities: documents and what hangs off them, and the service's bookkeeping. */
export const RECORD_LABELS = ['Document', 'Observation', 'DataNote', 'SchemaMigration', 'GazetteerLoad', 'SearchKeys', 'ApiKey', 'AuditEntry'] as const;

export const isAreaLabel = (label: string): label is AreaLabel => (AREA_LABELS as readonly string[]).includes(label);
export const isOrganizationLabel = (label: string): label is OrganizationLabel => (ORGANIZATION_LABELS as readonly string[]).includes(label);

/** The kind of a stored node, from its labels: District before County, a node of no known kind a Project. */
export function kindOf(labels: readonly string[]): EntityKind {
  if (labels.includes(DISTRICT_LABEL)) return DISTRICT_LABEL;
  return ENTITY_LABELS.find((label) => labels.includes(label)) ?? PROJECT_LABEL;
}

/** Every label a node of this kind carries: Entity, its group, its kind, and District for a Shanghai district. */
export function nodeLabels(label: EntityLabel, district = false): string[] {
  const group = isAreaLabel(label) ? [GROUP_LABELS.area] : isOrganizationLabel(label) ? [GROUP_LABELS.organization] : [];
  return [GROUP_LABELS.entity, ...group, label, ...(district ? [DISTRICT_LABEL] : [])];
}

/** `SocialOrganization` → `SOCIAL_ORGANIZATION`: how an enum of the API names a value. */
export function constantName(label: string): string {
  return label.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toUpperCase();
}
