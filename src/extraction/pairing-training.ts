import type { Gazetteer } from '../gazetteer/gazetteer';
import type { FactSet } from '../model';
import { score, type Score } from './evaluation';
import { extractFacts, type ExtractionOptions } from './extract-facts';
import { trainLogistic, type Example } from './logistic';
import type { PairingModel } from './pairing-reader';
import { evaluateReport, pairingLabeller, type ReportGold } from './report-evaluation';

/** A report of the genre with the pairs its sentences name, each labelled by the report's gold. */
export interface TrainingReport {
  gold: ReportGold;
  text: string;
  examples: Example[];
  /** the report read by the rules alone, the baseline of cross-validation */
  rulesAlone: FactSet;
}

/** A model that reads nothing: the rules alone. */
export const SILENT_MODEL: PairingModel = { bias: -1e9, weights: {}, threshold: 1 };

/**
 * The rounds of the genre set (test/fixtures/genre/README.md, Rounds), by the ids of their reports.
 * Cross-validation leaves one round out at a time: a round's reports came from other annotators
 * and other searches than the rest, the way a user's reports do.
 */
export const ROUNDS: { round: string; ids: RegExp }[] = [
  { round: '1', ids: /^[a-d]\d/ },
  { round: '2', ids: /^[e-f]\d/ },
  { round: '3', ids: /^[g-h]\d/ },
  { round: '4', ids: /^[i-l]\d/ },
  { round: '5', ids: /^[m-p]\d/ },
  { round: '6', ids: /^[q-t]\d/ },
  { round: '7', ids: /^[u-y]\d/ },
  { round: '8', ids: /^z(0\d|1\d|20)-/ },
  { round: '9', ids: /^z(2\d|3\d|40)-/ },
];

/**
 * A report of the genre with every pair the learned reader weighs in it: stated in its sentence
 * (a case), or not paired by the gold at all (not a case). A pair the gold states in another
 * sentence or only implies teaches nothing.
 */
export function trainingReport(gold: ReportGold, text: string, gazetteer: Gazetteer): TrainingReport {
  const seen: { from: string; to: string; features: string[]; sentence: string }[] = [];
  const facts = extract({ gold, text }, gazetteer, SILENT_MODEL, (candidates, sentence) =>
    seen.push(...candidates.map((c) => ({ from: c.from.ref, to: c.to.ref, features: c.features, sentence }))),
  );
  const byRef = new Map(facts.entities.map((e) => [e.ref, e]));
  const labelOf = pairingLabeller(gold);
  const examples: Example[] = [];
  for (const c of seen) {
    const label = labelOf(byRef.get(c.from), byRef.get(c.to), c.sentence);
    if (label !== 'elsewhere') examples.push({ features: c.features, positive: label === 'stated' });
  }
  return { gold, text, examples, rulesAlone: facts };
}

/** The weights learned from these reports, with the threshold the reader applies. */
export function trainPairingModel(reports: TrainingReport[], threshold: number): PairingModel {
  return { ...trainLogistic(reports.flatMap((r) => r.examples)), threshold };
}

export interface CrossValidation {
  rulesAlone: Score;
  /** for each threshold, the rules with the learned reader */
  withReader: Map<number, Score>;
  /** the same per round: rules alone, then with the reader at each threshold */
  byRound: { round: string; reports: number; rulesAlone: Score; withReader: Map<number, Score> }[];
}

/** Leave-one-round-out: each round's reports read with weights learned from the other rounds only. */
export function crossValidate(reports: TrainingReport[], gazetteer: Gazetteer, thresholds: number[], onRound?: (round: string) => void): CrossValidation {
  const result: CrossValidation = { rulesAlone: score(0, 0, 0), withReader: new Map(thresholds.map((t) => [t, score(0, 0, 0)])), byRound: [] };
  // Reports of no round (a user's own, named otherwise) are read together, as one more round.
  const roundOf = (r: TrainingReport): string => ROUNDS.find(({ ids }) => ids.test(r.gold.document.id))?.round ?? 'other';
  for (const round of [...ROUNDS.map((r) => r.round), 'other']) {
    const held = reports.filter((r) => roundOf(r) === round);
    if (held.length === 0) continue;
    const weights = trainLogistic(reports.filter((r) => roundOf(r) !== round).flatMap((r) => r.examples));
    const entry = { round, reports: held.length, rulesAlone: score(0, 0, 0), withReader: new Map(thresholds.map((t) => [t, score(0, 0, 0)])) };
    for (const report of held) {
      entry.rulesAlone = add(entry.rulesAlone, evaluateReport(report.rulesAlone, report.gold).pairings);
      for (const t of thresholds) entry.withReader.set(t, add(entry.withReader.get(t)!, evaluateReport(extract(report, gazetteer, { ...weights, threshold: t }), report.gold).pairings));
    }
    result.rulesAlone = add(result.rulesAlone, entry.rulesAlone);
    for (const t of thresholds) result.withReader.set(t, add(result.withReader.get(t)!, entry.withReader.get(t)!));
    result.byRound.push(entry);
    onRound?.(entry.round);
  }
  return result;
}

const add = (a: Score, b: Score): Score => score(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn);

function extract(report: Pick<TrainingReport, 'gold' | 'text'>, gazetteer: Gazetteer, pairingModel: PairingModel, onPairCandidates?: ExtractionOptions['onPairCandidates']): FactSet {
  const { id, title, publisher, publishedAt } = report.gold.document;
  return extractFacts({ id, title, text: report.text, publisher, publishedAt }, gazetteer, { pairingModel, ...(onPairCandidates ? { onPairCandidates } : {}) });
}
