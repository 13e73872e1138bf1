import { DataNote, EntityFact, EntityLabel, FactSet, RelationFact, RelationType } from '../../model';

/** An entity named the way a person would: kind and name (areas may add their code). */
export interface EntityName {
  label: EntityLabel;
  name: string;
  code?: string;
}

/** A curated change to what extraction found in one document, with the reason a reader can check. */
export interface Correction {
  reason: string;
  addEntities?: Omit<EntityFact, 'ref'>[];
  addRelations?: (Omit<RelationFact, 'from' | 'to'> & { from: EntityName; to: EntityName })[];
  removeRelations?: { type: RelationType; from: EntityName; to: EntityName }[];
  removeEntities?: EntityName[];
  /** Defects of the source a careful reader noticed and no rule detects (a garbled sentence). */
  addNotes?: DataNote[];
}

/** What a correction changed, for the ingestion report. */
export interface AppliedCorrection {
  reason: string;
  changes: string[];
}

export class CorrectionError extends Error {}

/**
 * Applies corrections to extracted facts. A correction naming an entity the facts do not hold
 * (and does not add) is an error, so a stale correction is noticed rather than silently dropped.
 */
export function applyCorrections(extracted: FactSet, corrections: Correction[]): { facts: FactSet; applied: AppliedCorrection[] } {
  const facts: FactSet = { ...extracted, entities: [...extracted.entities], relations: [...extracted.relations], notes: [...extracted.notes] };
  const applied = corrections.map((correction) => {
    const changes: string[] = [];
    for (const entity of correction.addEntities ?? []) {
      const existing = find(facts, entity);
      if (existing) continue;
      facts.entities.push({ ...entity, ref: `correction:${entity.label}:${entity.name}` });
      changes.push(`+ ${entity.label} ${entity.name}`);
    }
    for (const relation of correction.addRelations ?? []) {
      const from = required(facts, relation.from, correction.reason).ref;
      const to = required(facts, relation.to, correction.reason).ref;
      facts.relations.push({ ...relation, from, to });
      changes.push(`+ ${relation.from.name} -${relation.type}-> ${relation.to.name}`);
    }
    for (const relation of correction.removeRelations ?? []) {
      const from = required(facts, relation.from, correction.reason).ref;
      const to = required(facts, relation.to, correction.reason).ref;
      const before = facts.relations.length;
      facts.relations = facts.relations.filter((r) => !(r.type === relation.type && r.from === from && r.to === to));
      if (facts.relations.length === before) throw new CorrectionError(`"${correction.reason}": no ${relation.type} from ${relation.from.name} to ${relation.to.name} to remove`);
      changes.push(`- ${relation.from.name} -${relation.type}-> ${relation.to.name}`);
    }
    for (const name of correction.removeEntities ?? []) {
      const { ref } = required(facts, name, correction.reason);
      facts.entities = facts.entities.filter((entity) => entity.ref !== ref);
      facts.relations = facts.relations.filter((relation) => relation.from !== ref && relation.to !== ref);
      facts.observations = facts.observations.filter((observation) => observation.subject !== ref);
      changes.push(`- ${name.label} ${name.name}`);
    }
    for (const note of correction.addNotes ?? []) {
      facts.notes.push(note);
      changes.push(`+ note ${note.kind}`);
    }
    return { reason: correction.reason, changes };
  });
  return { facts, applied };
}

function find(facts: FactSet, wanted: EntityName): EntityFact | undefined {
  return facts.entities.find(
    (entity) =>
      entity.label === wanted.label &&
      ((wanted.code !== undefined && entity.code === wanted.code) || entity.name === wanted.name || (entity.written ?? []).includes(wanted.name)),
  );
}

function required(facts: FactSet, wanted: EntityName, reason: string): EntityFact {
  const entity = find(facts, wanted);
  if (!entity) throw new CorrectionError(`"${reason}": the extracted facts hold no ${wanted.label} named ${wanted.name}`);
  return entity;
}
