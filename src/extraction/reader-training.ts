import type { Gazetteer } from '../gazetteer/gazetteer';
import type { FactSet } from '../model';
import { score, type Score } from './evaluation';
import { extractFacts, type ExtractionOptions } from './extract-facts';
import { trainLogistic, type Example } from './logistic';
import type { MoneyModel } from './money-reader';
import type { PairingModel } from './pairing-reader';
import { evaluateReport, moneyLabeller, pairingLabeller, type ReportGold } from './report-evaluation';

/**
 * A report of the genre with what the learned readers weigh in it, each labelled by the report's
 * gold: the pairs of parties its sentences name, and the givers of its amounts.
 */
export interface TrainingReport {
  gold: ReportGold;
  text: string;
  pairExamples: Example[];
  moneyExamples: Example[];
  /** the report read by the rules alone, the baseline of cross-validation */
  rulesAlone: FactSet;
}

/** The two learned readers' weights, each with its threshold. */
export interface ReaderModels {
  pairing: PairingModel;
  money: MoneyModel;
}

/** A model that reads nothing: the rules alone. */
export const SILENT_MODEL: PairingModel & MoneyModel = { bias: -1e9, weights: {}, threshold: 1 };
const SILENT: ReaderModels = { pairing: SILENT_MODEL, money: SILENT_MODEL };

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
  { round: '10', ids: /^z(4[1-9]|5\d|60)-/ },
  { round: '11', ids: /^z(6[1-9]|7\d|80)-/ },
  { round: '12', ids: /^z(8[1-9]|9\d|100)-/ },
  { round: '13', ids: /^z(10[1-9]|11\d|120)-/ },
  { round: '14', ids: /^z(12[1-9]|13\d|140)-/ },
  { round: '15', ids: /^z(14[1-9]|15\d|160)-/ },
];

/**
 * A report of the genre with every pair and every giver of an amount the learned readers weigh in
 * it: stated (given) in its sentence, a case, or not at all by the gold, not a case. What the gold
 * states in another sentence, or only implies, teaches nothing.
 */
export function trainingReport(gold: ReportGold, text: string, gazetteer: Gazetteer): TrainingReport {
  const pairs: { from: string; to: string; features: string[]; sentence: string }[] = [];
  const givers: { giver: string; amountWan: number; features: string[]; sentence: string }[] = [];
  const facts = extract({ gold, text }, gazetteer, SILENT, {
    onPairCandidates: (candidates, sentence) => pairs.push(...candidates.map((c) => ({ from: c.from.ref, to: c.to.ref, features: c.features, sentence }))),
    onMoneyCandidates: (candidates, sentence) => givers.push(...candidates.map((c) => ({ giver: c.giver.ref, amountWan: c.amount.amountWan, features: c.features, sentence }))),
  });
  const byRef = new Map(facts.entities.map((e) => [e.ref, e]));
  const pairLabel = pairingLabeller(gold);
  const moneyLabel = moneyLabeller(gold);
  const pairExamples = pairs.flatMap((c): Example[] => {
    const label = pairLabel(byRef.get(c.from), byRef.get(c.to), c.sentence);
    return label === 'elsewhere' ? [] : [{ features: c.features, positive: label === 'stated' }];
  });
  const moneyExamples = givers.flatMap((c): Example[] => {
    const label = moneyLabel(byRef.get(c.giver), c.amountWan, c.sentence);
    return label === 'elsewhere' ? [] : [{ features: c.features, positive: label === 'given' }];
  });
  return { gold, text, pairExamples, moneyExamples, rulesAlone: facts };
}

/** The weights both readers learn from these reports, each with the threshold it applies. */
export function trainReaders(reports: TrainingReport[], thresholds: { pairing: number; money: number }): ReaderModels {
  return {
    pairing: { ...trainLogistic(reports.flatMap((r) => r.pairExamples)), threshold: thresholds.pairing },
    money: { ...trainLogistic(reports.flatMap((r) => r.moneyExamples)), threshold: thresholds.money },
  };
}

/** Pairings and money facts found, against the gold. */
export interface ReaderScores {
  pairings: Score;
  money: Score;
}

export interface CrossValidation {
  rulesAlone: ReaderScores;
  /** for each threshold, the rules with both learned readers at it */
  withReaders: Map<number, ReaderScores>;
  /** the same per round: rules alone, then with the readers at each threshold */
  byRound: { round: string; reports: number; rulesAlone: ReaderScores; withReaders: Map<number, ReaderScores> }[];
}

/** Leave-one-round-out: each round's reports read with weights learned from the other rounds only. */
export function crossValidate(reports: TrainingReport[], gazetteer: Gazetteer, thresholds: number[], onRound?: (round: string) => void): CrossValidation {
  const none = (): ReaderScores => ({ pairings: score(0, 0, 0), money: score(0, 0, 0) });
  const result: CrossValidation = { rulesAlone: none(), withReaders: new Map(thresholds.map((t) => [t, none()])), byRound: [] };
  // Reports of no round (a user's own, named otherwise) are read together, as one more round.
  const roundOf = (r: TrainingReport): string => ROUNDS.find(({ ids }) => ids.test(r.gold.document.id))?.round ?? 'other';
  for (const round of [...ROUNDS.map((r) => r.round), 'other']) {
    const held = reports.filter((r) => roundOf(r) === round);
    if (held.length === 0) continue;
    const models = trainReaders(reports.filter((r) => roundOf(r) !== round), { pairing: 1, money: 1 });
    const entry = { round, reports: held.length, rulesAlone: none(), withReaders: new Map(thresholds.map((t) => [t, none()])) };
    for (const report of held) {
      entry.rulesAlone = add(entry.rulesAlone, evaluateReport(report.rulesAlone, report.gold));
      for (const t of thresholds) {
        const facts = extract(report, gazetteer, { pairing: { ...models.pairing, threshold: t }, money: { ...models.money, threshold: t } });
        entry.withReaders.set(t, add(entry.withReaders.get(t)!, evaluateReport(facts, report.gold)));
      }
    }
    result.rulesAlone = add(result.rulesAlone, entry.rulesAlone);
    for (const t of thresholds) result.withReaders.set(t, add(result.withReaders.get(t)!, entry.withReaders.get(t)!));
    result.byRound.push(entry);
    onRound?.(entry.round);
  }
  return result;
}

const sum = (a: Score, b: Score): Score => score(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn);
const add = (a: ReaderScores, b: ReaderScores): ReaderScores => ({ pairings: sum(a.pairings, b.pairings), money: sum(a.money, b.money) });

function extract(report: Pick<TrainingReport, 'gold' | 'text'>, gazetteer: Gazetteer, models: ReaderModels, watch: Pick<ExtractionOptions, 'onPairCandidates' | 'onMoneyCandidates'> = {}): FactSet {
  const { id, title, publisher, publishedAt } = report.gold.document;
  return extractFacts({ id, title, text: report.text, publisher, publishedAt }, gazetteer, { pairingModel: models.pairing, moneyModel: models.money, ...watch });
}
