/**
 * Precision and recall of an extracted FactSet against a gold one.
 *
 * Matching rules (strict: no credit for near misses):
 * - Entities: an area with a code matches an entity with the same label and code. Any other
 *   entity matches one with the same label whose normalised name or written forms share a form
 *   with its own (normalised: whitespace and quotes removed). Each gold entity is matched at most
 *   once; an extracted entity the gold lacks is a false positive.
 * - Relations: same type, and both ends matched to the gold ends as above (via the entity
 *   matching); PAIRS_WITH must also have the same mode. Other properties are not compared.
 *   Duplicates count: two gold SENDS_STAFF chongming→lincang need two extracted ones.
 * - Observations: same subject (matched), metric and value.
 * Scores are per entity label and relation type, and overall (entities + relations).
 */
import type { Gazetteer } from '../gazetteer/gazetteer';
import type { EntityFact, FactSet } from '../model';

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvaluationReport {
  entities: Record<string, Score>;
  relations: Record<string, Score>;
  observations: Score;
  overall: Score;
  /** readable misses and false positives, for tuning */
  missed: string[];
  spurious: string[];
}

export function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

const norm = (s: string): string => s.replace(/[\s“”"'‘’「」]/g, '');
const forms = (e: EntityFact): Set<string> => new Set([e.name, ...(e.written ?? [])].map(norm));

function sameEntity(a: EntityFact, g: EntityFact, gazetteer?: Gazetteer): boolean {
  if (a.label !== g.label) return false;
  if (a.code !== undefined && g.code !== undefined) {
    if (a.code === g.code) return true;
    // a village code the gold and the data spell with different committee codes is still a miss
    return gazetteer === undefined ? false : false;
  }
  if ((a.code === undefined) !== (g.code === undefined) && a.label !== 'Village') return false;
  const fa = forms(a);
  return [...forms(g)].some((f) => fa.has(f));
}

function tally(keysX: string[], keysG: string[]): { tp: number; fp: number; fn: number; missed: string[]; spurious: string[] } {
  const pool = new Map<string, number>();
  for (const k of keysG) pool.set(k, (pool.get(k) ?? 0) + 1);
  let tp = 0;
  const spurious: string[] = [];
  for (const k of keysX) {
    const n = pool.get(k) ?? 0;
    if (n > 0) {
      tp++;
      pool.set(k, n - 1);
    } else spurious.push(k);
  }
  const missed = [...pool.entries()].flatMap(([k, n]) => Array<string>(n).fill(k));
  return { tp, fp: keysX.length - tp, fn: keysG.length - tp, missed, spurious };
}

export function evaluate(extracted: FactSet, gold: FactSet, gazetteer?: Gazetteer): EvaluationReport {
  // Entity matching: one-to-one, greedy in gold order; unmatched extracted entities keep their own key.
  const keyOfX = new Map<string, string>();
  const keyOfG = new Map<string, string>();
  const used = new Set<EntityFact>();
  for (const g of gold.entities) {
    const key = `${g.label}:${g.code ?? g.name}`;
    keyOfG.set(g.ref, key);
    const x = extracted.entities.find((e) => !used.has(e) && sameEntity(e, g, gazetteer));
    if (x !== undefined) {
      used.add(x);
      keyOfX.set(x.ref, key);
    }
  }
  for (const x of extracted.entities) if (!keyOfX.has(x.ref)) keyOfX.set(x.ref, `${x.label}:${x.code ?? x.name}*`);

  const entities: Record<string, Score> = {};
  const relations: Record<string, Score> = {};
  const missed: string[] = [];
  const spurious: string[] = [];
  let [tp, fp, fn] = [0, 0, 0];
  const labels = new Set([...gold.entities, ...extracted.entities].map((e) => e.label));
  for (const label of labels) {
    const t = tally(
      extracted.entities.filter((e) => e.label === label).map((e) => keyOfX.get(e.ref)!),
      gold.entities.filter((e) => e.label === label).map((e) => keyOfG.get(e.ref)!),
    );
    entities[label] = score(t.tp, t.fp, t.fn);
    [tp, fp, fn] = [tp + t.tp, fp + t.fp, fn + t.fn];
    missed.push(...t.missed.map((k) => `entity ${k}`));
    spurious.push(...t.spurious.map((k) => `entity ${k}`));
  }
  const relKey = (keys: Map<string, string>) => (r: FactSet['relations'][number]): string =>
    `${r.type} ${keys.get(r.from) ?? `?${r.from}`} → ${keys.get(r.to) ?? `?${r.to}`}${r.type === 'PAIRS_WITH' ? ` [${String(r.properties?.mode)}]` : ''}`;
  const types = new Set([...gold.relations, ...extracted.relations].map((r) => r.type));
  for (const type of types) {
    const t = tally(
      extracted.relations.filter((r) => r.type === type).map(relKey(keyOfX)),
      gold.relations.filter((r) => r.type === type).map(relKey(keyOfG)),
    );
    relations[type] = score(t.tp, t.fp, t.fn);
    [tp, fp, fn] = [tp + t.tp, fp + t.fp, fn + t.fn];
    missed.push(...t.missed.map((k) => `relation ${k}`));
    spurious.push(...t.spurious.map((k) => `relation ${k}`));
  }
  const obsKey = (keys: Map<string, string>) => (o: FactSet['observations'][number]): string => `${keys.get(o.subject) ?? o.subject} ${o.metric}=${o.value}`;
  const o = tally(extracted.observations.map(obsKey(keyOfX)), gold.observations.map(obsKey(keyOfG)));
  return { entities, relations, observations: score(o.tp, o.fp, o.fn), overall: score(tp, fp, fn), missed, spurious };
}
