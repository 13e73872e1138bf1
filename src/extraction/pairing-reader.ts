import settings from './rules/pairing-reader.json';
import defaultModel from './rules/pairing-model.json';
import constructions from './rules/pairing-constructions.json';
import { bucket, kindOf } from './candidate-features';
import { probability } from './logistic';
import { carriedParty } from './money';
import { maskNames } from './pairing-clauses';
import { helps, modeOf, proseCandidate, type PairingCandidate } from './pairing';
import { clausesOf, outerParties, type Party, type SentenceView } from './sentence-view';
import { isHomeCode } from './sides';
import { periodOf } from './time';

/** Weights learned from the development reports by `kg train-readers` (rules/pairing-model.json). */
export interface PairingModel {
  bias: number;
  weights: Record<string, number>;
  /** a pair scored at least this is read as stated */
  threshold: number;
}

/** A pair of one sentence the reader weighs: a party of the helping side and one of the helped. */
export interface PairCandidate {
  from: Party;
  to: Party;
  features: string[];
}

const CUE = new RegExp(settings.cue, 'g');
const NOMINAL = new RegExp(constructions.nominalAfter);
const NOT_STATED = new RegExp(constructions.cueClause.notStated);
/** A cue of assistance, but not a bare 帮扶 before 资金, 工作 … (帮扶资金 is a noun). */
const hasCue = (masked: string): boolean => [...masked.matchAll(CUE)].some((m) => m[0] !== '帮扶' || !NOMINAL.test(masked.slice((m.index ?? 0) + 2)));
const MONEY = /\d[\d.]*\s*(万元|亿元|元)/;
const containsCode = (outer: Party, inner: Party): boolean =>
  outer.code !== undefined && inner.code !== undefined && inner.code.length > outer.code.length && inner.code.startsWith(outer.code);

/**
 * Every pair of a helping party and a helped one that a sentence names, each with what the learned
 * reader weighs: the words between them and around them, how far apart and in which order they
 * stand, what kinds of party they are, and what else the sentence names; a sentence naming no
 * helper weighs the district its report or section is about. None of it is a rule's
 * verdict: what it learns is how reports word a pairing, not what the rules already read.
 */
export function pairCandidates(view: SentenceView): PairCandidate[] {
  if (view.sentence.kind !== 'prose' && view.sentence.kind !== 'caption') return [];
  // As for the constructions: a place standing for others it does not name (叶城县的三个贫困村) or
  // qualifying the one after it (上海市长宁区) is no party, nor is a body of the centre.
  const parties = outerParties(view.parties).filter((p) => p.kind !== 'project' && p.central !== true && p.hasChild !== true);
  const named = parties.filter(helps);
  // A sentence naming no helper, in a report or section about one district, may state that district's pairing (前往双柏县对接结对帮扶工作).
  const carried = named.length === 0 && view.district !== undefined && view.districtNamed ? [carriedParty(view.district)] : [];
  const helpers = [...named, ...carried];
  const helped = parties.filter((p) => !helps(p));
  if (helpers.length === 0 || helped.length === 0 || helpers.length * helped.length > settings.maxPairs) return [];
  // A cue inside a title (《关于开展对口帮扶…的意见》) or used as a noun (帮扶资金) states nothing.
  const masked = maskNames(view.text, parties).replace(/《[^》]*》/g, (title) => '＊'.repeat(title.length));
  if (!hasCue(masked)) return [];
  const clauses = clausesOf(view.text);
  const clauseAt = (at: number): number => Math.max(0, clauses.findIndex((c) => at >= c.start && at <= c.end));
  const shared = sentenceFeatures(view, masked, helpers, helped);
  const out: PairCandidate[] = [];
  for (const from of helpers) {
    for (const to of helped) {
      // Districts and bodies pair with prefectures, counties and what lies in them, never with a
      // province (黄浦与云南…沪滇两地, 长宁妇联…奔赴云南): no report of the genre set says so.
      if ((from.level === 'County' || from.kind === 'org') && to.level === 'Province') continue;
      const [first, second] = from.start < to.start ? [from, to] : [to, from];
      const between = masked.slice(first.end, Math.max(first.end, second.start));
      const [firstClause, secondClause] = [clauseAt(first.start), clauseAt(second.start)];
      const span = masked.slice(clauses[firstClause]?.start ?? 0, clauses[secondClause]?.end ?? masked.length);
      // A gift, a visit, a meeting, a cadre's post: what the constructions read as no pairing, this reader does not weigh.
      if (NOT_STATED.test(span)) continue;
      const features = [
        ...shared,
        `order:${from === first ? 'helper-first' : 'helped-first'}`,
        `distance:${bucket(between.length, settings.distances)}`,
        `clauses-apart:${bucket(secondClause - firstClause, [0, 1, 2])}`,
        `helper:${kindOf(from)}`,
        `helped:${kindOf(to)}`,
        `kinds:${kindOf(from)}|${kindOf(to)}`,
        ...settings.words.filter((w) => between.includes(w)).flatMap((w) => [`between:${w}`, `between:${w}|${from === first ? 'helper-first' : 'helped-first'}`]),
        ...settings.words.filter((w) => masked.slice(clauses[firstClause]?.start ?? 0, first.start).includes(w)).map((w) => `before:${w}`),
        ...settings.words.filter((w) => span.includes(w) && !between.includes(w)).map((w) => `clause:${w}`),
        ...settings.words.filter((w) => masked.slice(second.end, second.end + 6).includes(w)).map((w) => `after:${w}`),
        ...bigrams(between.length <= 12 ? between : '').map((b) => `bigram:${b}`),
        ...partyFeatures(from, to, parties, helpers, helped, first, second),
        ...(carried.includes(from) ? ['helper:carried'] : []),
      ];
      out.push({ from, to, features });
    }
  }
  return out;
}

function sentenceFeatures(view: SentenceView, masked: string, helpers: Party[], helped: Party[]): string[] {
  return [
    `sentence:${view.sentence.kind}`,
    `helpers:${bucket(helpers.length, [1, 2, 3])}`,
    `helped:${bucket(helped.length, [1, 2, 3, 5])}`,
    ...(MONEY.test(masked) ? ['sentence:money'] : []),
    ...(masked.includes('《') ? ['sentence:title'] : []),
  ];
}

function partyFeatures(from: Party, to: Party, parties: Party[], helpers: Party[], helped: Party[], first: Party, second: Party): string[] {
  const inBetween = parties.filter((p) => p.start >= first.end && p.end <= second.start);
  const nearestHelped = helped.reduce((a, b) => (Math.abs(b.start - from.start) < Math.abs(a.start - from.start) ? b : a));
  const nearestHelper = helpers.reduce((a, b) => (Math.abs(b.start - to.start) < Math.abs(a.start - to.start) ? b : a));
  return [
    ...(inBetween.some(helps) ? ['between:another-helper'] : []),
    ...(inBetween.some((p) => !helps(p)) ? ['between:another-helped'] : []),
    ...(nearestHelped === to ? ['helped:nearest'] : []),
    ...(nearestHelper === from ? ['helper:nearest'] : []),
    ...(from.code !== undefined && isHomeCode(from.code) && from.code.length === 2 && helpers.some((p) => containsCode(from, p)) ? ['helper:city-beside-its-district'] : []),
    ...(from.code !== undefined && !isHomeCode(from.code) ? ['helper:other-eastern'] : []),
    ...(helpers.some((p) => containsCode(p, from)) ? ['helper:has-parent'] : []),
    ...(helped.some((p) => containsCode(to, p)) ? ['helped:has-child'] : []),
    ...(helped.some((p) => containsCode(p, to)) ? ['helped:has-parent'] : []),
  ];
}

const bigrams = (text: string): string[] => [...new Set([...text].slice(0, -1).map((c, k) => c + text[k + 1]).filter((b) => !b.includes('＊')))];

/**
 * The learned reader: of the pairs a sentence names (`pairCandidates`), those the model scores at
 * its threshold or above. It reads no construction, so what it finds is trusted its probability
 * times the reader's value in rules/confidence.json, which puts every one of them in the review
 * queue; a pair another reader also read is settled as that reader's (extract-facts.ts).
 */
export function learnedPairings(view: SentenceView, candidates: PairCandidate[], model: PairingModel = defaultModel): PairingCandidate[] {
  const out: PairingCandidate[] = [];
  for (const candidate of candidates) {
    const p = probability(model, candidate.features);
    if (p < model.threshold) continue;
    const at = Math.min(candidate.from.start, candidate.to.start);
    // The words between the two and just after the second name the mode (…结对, …校校结对).
    const clause = view.text.slice(at, Math.max(candidate.from.end, candidate.to.end) + 12);
    const mode = modeOf(clause, '', view, candidate.from, [candidate.to]);
    const pairing = proseCandidate(view, candidate.from.ref, candidate.to, mode, periodOf(view.text, at, view.docYear), at, 'learned');
    // Trusted its probability times the table's value for the reader (rules/confidence.json): below review, always.
    out.push({ ...pairing, confidence: Math.round(p * pairing.confidence * 1000) / 1000 });
  }
  return out;
}
