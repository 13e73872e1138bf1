import type { Area } from '../gazetteer/types';
import { readBy, type ReadBy } from './confidence';
import type { DataNote, EntityFact, EntityLabel, Evidence, ObservationFact, PropertyValue, RelationFact, RelationType } from '../model';

/**
 * Two statements between the same parties are of one fact unless what tells such facts apart
 * differs: the mode of a pairing, the role of staff sent, the amount of money (one stated with
 * its amount and once without is one).
 */
function sameFact(type: RelationType, a: Record<string, PropertyValue>, b: Record<string, PropertyValue>): boolean {
  if (type === 'PAIRS_WITH') return a.mode === b.mode;
  if (type === 'SENDS_STAFF') return (a.role ?? '') === (b.role ?? '');
  return a.amountWan === undefined || b.amountWan === undefined || a.amountWan === b.amountWan;
}

/** A fact read again keeps the most trusted of the constructions that read it. */
function trust(fact: { construction?: string; confidence?: number }, by: ReadBy): void {
  if ((fact.confidence ?? -1) < by.confidence) Object.assign(fact, by);
}

/** A pairing stated twice runs from the earlier start to the later end either gives. */
function periodOf(a: Record<string, PropertyValue> = {}, b: Record<string, PropertyValue>): Record<string, PropertyValue> {
  const pick = (key: string, choose: (...n: number[]) => number) => {
    const values = [a[key], b[key]].filter((v): v is number => typeof v === 'number');
    return values.length > 0 ? { [key]: choose(...values) } : {};
  };
  return { ...pick('since', Math.min), ...pick('until', Math.max) };
}

/** The rules of relations.ts that name no construction of their own: established, each with its test. */
const DEFAULT_READ_BY: ReadBy = readBy('relations', 'relation-rule');

const AREA_LABEL: Record<Area['level'], EntityLabel> = {
  Province: 'Province',
  Prefecture: 'Prefecture',
  County: 'County',
  Township: 'Township',
  Village: 'Village',
};

/**
 * Collects facts with one entry per entity (areas keyed by code, others by label:name) and per
 * relation, so that a fact stated twice keeps one record and the first evidence.
 */
export class FactBuilder {
  readonly entities: EntityFact[] = [];
  readonly relations: RelationFact[] = [];
  readonly observations: ObservationFact[] = [];
  readonly notes: DataNote[] = [];
  private readonly byRef = new Map<string, EntityFact>();
  private readonly observationKeys = new Set<string>();

  entity(ref: string): EntityFact | undefined {
    return this.byRef.get(ref);
  }

  area(area: Area, written: string, evidence: Evidence, unresolved = false, by: ReadBy = readBy('areas', unresolved ? 'unresolved' : 'full')): string {
    // An area the gazetteer lacks is known by its kind and name (Village:大坪子小组, County:卢湾区); the graph adds its parent.
    const ref = unresolved ? `${AREA_LABEL[area.level]}:${area.name}` : `area:${area.code}`;
    const entity = this.upsert(ref, () => ({
      ref,
      label: AREA_LABEL[area.level],
      name: area.name,
      ...(unresolved ? { properties: { unresolved: true } } : { code: area.code }),
      ...(area.code.startsWith('31') && area.level === 'County' ? { district: true } : {}),
      evidence: [],
    }));
    this.addWritten(entity, written);
    this.addEvidence(entity, evidence);
    trust(entity, by);
    return ref;
  }

  named(label: EntityLabel, name: string, written: string, evidence: Evidence, by: ReadBy, properties?: Record<string, PropertyValue>): string {
    const ref = `${label}:${name}`;
    const entity = this.upsert(ref, () => ({ ref, label, name, evidence: [] }));
    this.addWritten(entity, written);
    this.addEvidence(entity, evidence);
    trust(entity, by);
    if (properties !== undefined) entity.properties = { ...properties, ...entity.properties };
    return ref;
  }

  /**
   * A relation, once per fact (sameFact); stated again, it keeps its first evidence and
   * properties, the widest period, and the most trusted of the constructions that read it.
   */
  relation(type: RelationType, from: string, to: string, evidence: Evidence, properties: Record<string, PropertyValue> = {}, by: ReadBy = DEFAULT_READ_BY): RelationFact | undefined {
    if (from === to) return undefined;
    const existing = this.relations.find((r) => r.type === type && r.from === from && r.to === to && sameFact(type, r.properties ?? {}, properties));
    if (existing !== undefined) {
      existing.properties = { ...properties, ...existing.properties, ...periodOf(existing.properties, properties) };
      trust(existing, by);
      return existing;
    }
    const fact: RelationFact = { type, from, to, ...(Object.keys(properties).length > 0 ? { properties } : {}), evidence: [evidence], ...by };
    this.relations.push(fact);
    return fact;
  }

  observation(subject: string, metric: string, value: number, unit: string, date: string, evidence: Evidence): void {
    const key = `${subject}|${metric}|${value}|${date}`;
    if (this.observationKeys.has(key)) return;
    this.observationKeys.add(key);
    this.observations.push({ subject, metric, value, unit, date, evidence: [evidence] });
  }

  note(note: DataNote): void {
    if (!this.notes.some((n) => n.kind === note.kind && n.description === note.description)) this.notes.push(note);
  }

  private upsert(ref: string, make: () => EntityFact): EntityFact {
    let entity = this.byRef.get(ref);
    if (entity === undefined) {
      entity = make();
      this.byRef.set(ref, entity);
      this.entities.push(entity);
    }
    return entity;
  }

  /** Records another written form of an entity already built (a composite like 德宏芒市). */
  alsoWritten(ref: string, written: string): void {
    const entity = this.byRef.get(ref);
    if (entity !== undefined) this.addWritten(entity, written);
  }

  private addWritten(entity: EntityFact, written: string): void {
    if (written === entity.name || written.length === 0) return;
    entity.written ??= [];
    if (!entity.written.includes(written)) entity.written.push(written);
  }

  private addEvidence(entity: EntityFact, evidence: Evidence): void {
    if (entity.evidence.length < 2 && !entity.evidence.some((e) => e.sentence === evidence.sentence)) entity.evidence.push(evidence);
  }
}
