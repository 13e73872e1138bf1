import { commonName } from '../../gazetteer/common-name';
import { Area } from '../../gazetteer/gazetteer';
import { Evidence, EntityRow, EvidenceLists, FactSet, GraphRows, nodeLabels, PropertyValue, ReadByColumn, RelationFact, RelationRow } from '../../model';
import { Resolution } from './resolve-entities';
import { pinyinKeys } from '../search/pinyin-keys';

export class EvidenceNotInTextError extends Error {}

/** FactSet + resolved identities + the document text → rows; pure, no I/O. */
export function buildGraphRows(facts: FactSet, text: string, resolution: Resolution): GraphRows {
  const documentId = facts.document.id;
  const locate = (evidence: Evidence[]): EvidenceLists => locateEvidence(evidence, text, documentId);
  const idOf = (ref: string): string => {
    const entity = resolution.entities.get(ref);
    if (!entity) throw new Error(`fact set ${documentId} refers to unknown entity "${ref}"`);
    return entity.id;
  };

  const entities = new Map<string, EntityRow>();
  const relations: RelationRow[] = [];
  for (const resolved of resolution.entities.values()) {
    for (const ancestor of resolved.ancestors) addOfficialArea(entities, relations, ancestor);
    const { fact } = resolved;
    const aliases = [...new Set([fact.name, ...(fact.written ?? [])])].filter((alias) => alias !== resolved.name);
    entities.set(resolved.id, {
      id: resolved.id,
      labels: resolved.labels,
      name: resolved.name,
      aliases,
      sources: [documentId],
      properties: clean({ ...fact.properties, ...pinyinKeys(resolved.name), code: resolved.code, officialName: resolved.officialName, provinceCode: resolved.provinceCode, unresolved: resolved.unresolved || undefined }),
      readBy: readByOf(fact),
      ...locate(fact.evidence),
    });
    const parent = resolved.ancestors[resolved.ancestors.length - 1];
    if (resolved.code && parent) relations.push(officialPartOf(resolved.id, parent.code));
    else if (fact.partOf) relations.push(relationRow({ type: 'PART_OF', from: fact.ref, to: fact.partOf, evidence: fact.evidence }, idOf, locate, documentId));
  }
  for (const relation of facts.relations) relations.push(relationRow(relation, idOf, locate, documentId));
  placeOrganizations(entities, relations);

  return {
    document: clean({ ...facts.document, text, length: text.length }),
    entities: [...entities.values()],
    relations: dedupeRelations(relations),
    observations: facts.observations.map((o) => ({
      id: `${idOf(o.subject)}|${o.metric}|${o.date}|${o.value}`,
      subject: idOf(o.subject),
      metric: o.metric,
      value: o.value,
      unit: o.unit,
      date: o.date,
      sources: [documentId],
      ...locate(o.evidence),
    })),
    notes: facts.notes.map((note) => {
      const located = locate(note.evidence);
      return { id: `${documentId}|${note.kind}|${located.evidenceKeys[0] ?? note.description}`, kind: note.kind, description: note.description, ...located };
    }),
    mentions: [...resolution.entities.values()].map((resolved) => ({ entityId: resolved.id, ...locate(resolved.fact.evidence) })),
  };
}

/** The key telling apart relationships of one type between the same two nodes. */
export function relationKey(properties: Record<string, PropertyValue> = {}): string {
  return ['mode', 'period', 'year', 'purpose', 'role', 'amountWan']
    .map((name) => properties[name])
    .filter((value) => value !== undefined && value !== '')
    .join('|');
}

function relationRow(
  relation: RelationFact,
  idOf: (ref: string) => string,
  locate: (evidence: Evidence[]) => EvidenceLists,
  documentId: string,
): RelationRow {
  return {
    from: idOf(relation.from),
    to: idOf(relation.to),
    type: relation.type,
    key: relationKey(relation.properties),
    sources: [documentId],
    properties: clean({ ...relation.properties }),
    readBy: readByOf(relation),
    ...locate(relation.evidence),
  };
}

function addOfficialArea(entities: Map<string, EntityRow>, relations: RelationRow[], area: Area): void {
  if (entities.has(area.code)) return;
  entities.set(area.code, {
    id: area.code,
    labels: nodeLabels(area.level),
    name: commonName(area),
    aliases: [],
    sources: [],
    properties: { code: area.code, officialName: area.name, provinceCode: area.code.slice(0, 2), ...pinyinKeys(commonName(area)) },
    readBy: null,
    evidence: [],
    evidenceKeys: [],
    captionKeys: [],
  });
  if (area.parentCode && area.parentCode !== area.code && area.level !== 'Province') {
    relations.push(officialPartOf(area.code, area.parentCode));
  }
}

function officialPartOf(childCode: string, parentCode: string): RelationRow {
  return { from: childCode, to: parentCode, type: 'PART_OF', key: 'official', sources: [], properties: { official: true }, readBy: null, evidence: [], evidenceKeys: [], captionKeys: [] };
}

/** Organisations and projects take the province of the area they are located in or belong to. */
function placeOrganizations(entities: Map<string, EntityRow>, relations: RelationRow[]): void {
  for (const relation of relations) {
    if (relation.type !== 'LOCATED_IN' && relation.type !== 'BELONGS_TO') continue;
    const from = entities.get(relation.from);
    const province = entities.get(relation.to)?.properties.provinceCode;
    if (from && province && from.properties.provinceCode === undefined) from.properties.provinceCode = province;
  }
}

function dedupeRelations(relations: RelationRow[]): RelationRow[] {
  const byIdentity = new Map<string, RelationRow>();
  for (const relation of relations) {
    const identity = `${relation.from}|${relation.type}|${relation.key}|${relation.to}`;
    const existing = byIdentity.get(identity);
    if (!existing) {
      byIdentity.set(identity, relation);
      continue;
    }
    for (let i = 0; i < relation.evidenceKeys.length; i++) {
      if (!existing.evidenceKeys.includes(relation.evidenceKeys[i])) {
        existing.evidenceKeys.push(relation.evidenceKeys[i]);
        existing.evidence.push(relation.evidence[i]);
      }
    }
    existing.captionKeys.push(...relation.captionKeys.filter((key) => !existing.captionKeys.includes(key)));
    Object.assign(existing.properties, relation.properties);
    if (relation.readBy !== null && (existing.readBy === null || relation.readBy.confidence > existing.readBy.confidence)) existing.readBy = relation.readBy;
  }
  return [...byIdentity.values()];
}

/** Offsets of each evidence sentence in the text; a sentence the text does not hold is an error. */
function locateEvidence(evidence: Evidence[], text: string, documentId: string): EvidenceLists {
  const columns: EvidenceLists = { evidence: [], evidenceKeys: [], captionKeys: [] };
  for (const item of evidence) {
    const start = item.start ?? text.indexOf(item.sentence);
    if (start < 0 || text.slice(start, start + item.sentence.length) !== item.sentence) {
      throw new EvidenceNotInTextError(`document ${documentId} does not contain the evidence sentence "${item.sentence.slice(0, 60)}"`);
    }
    const key = `${documentId}@${start}-${start + item.sentence.length}`;
    if (columns.evidenceKeys.includes(key)) continue;
    columns.evidence.push(item.sentence);
    columns.evidenceKeys.push(key);
    if (item.caption === true) columns.captionKeys.push(key);
  }
  return columns;
}

/** A fact's construction and confidence as stored; none for a curated fact. */
function readByOf(fact: { construction?: string; confidence?: number }): ReadByColumn {
  return fact.construction !== undefined && fact.confidence !== undefined ? { construction: fact.construction, confidence: fact.confidence } : null;
}

function clean(properties: Record<string, PropertyValue | undefined>): Record<string, PropertyValue> {
  const result: Record<string, PropertyValue> = {};
  for (const [key, value] of Object.entries(properties)) if (value !== undefined && value !== null) result[key] = value;
  return result;
}
