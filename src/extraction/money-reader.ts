import settings from './rules/money-reader.json';
import moneyRules from './rules/money.json';
import { readBy } from './confidence';
import defaultModel from './rules/money-model.json';
import { bucket, kindOf } from './candidate-features';
import { probability, type LogisticWeights } from './logistic';
import { alreadyRead, beginsClause, carriedParty, clauseStartOf, markedReceiver, mayBeGiven, moneyProperties, othersGive, receiverOf, splitBySource } from './money';
import { findAmounts, type Amount } from './numbers';
import { helps } from './pairing';
import { clausesOf, outerParties, type Party, type SentenceView } from './sentence-view';

/** Weights learned from the development reports by `kg train-readers` (rules/money-model.json). */
export interface MoneyModel extends LogisticWeights {
  /** a giver scored at least this is read as giving the amount */
  threshold: number;
}

/** A party of the helping side and an amount after it in one sentence, with what the learned money reader weighs. */
export interface MoneyCandidate {
  giver: Party;
  amount: Amount;
  features: string[];
}

const PERSON = new RegExp(moneyRules.personAfter);
const LEADS = new RegExp(moneyRules.personLeads);
const FUNDS = new RegExp(settings.funds);
const wordsIn = (text: string): string[] => settings.words.filter((w) => text.includes(w));

/**
 * For each amount that may be money given, the helper nearest before it, with what the learned
 * reader weighs: the words between the two, in the amount's clause and right after it, how far
 * apart they stand, what kind of party gives, whether it opens its clause or the sentence's list of
 * helpers, whether a helped party or another amount comes between. A sentence naming no helper
 * weighs the helper the sentence before opened with. None of it is a rule's verdict.
 */
export function moneyCandidates(view: SentenceView): MoneyCandidate[] {
  if (view.sentence.kind !== 'prose' && view.sentence.kind !== 'caption') return [];
  const parties = outerParties(view.parties).filter((p) => p.kind !== 'project' && p.central !== true);
  const helpers = parties.filter(helps);
  const amounts = findAmounts(view.text).filter((a) => mayBeGiven(view.text, a));
  // A total split by source (投入…X万元,其中…Y万元) is read by the rules, part by part, or not at all.
  if (amounts.length === 0 || splitBySource(view, amounts)) return [];
  // A sentence that opens with a party of its own (吉林省对口援藏…) goes on with no subject before it.
  const named = parties.some((p) => beginsClause(view.text, p) && p.start < (view.text.search(/[,;]/) + 1 || view.text.length));
  const carried: Party[] = helpers.length === 0 && !named && view.subjectBefore !== undefined ? [carriedParty(view.subjectBefore)] : [];
  const clauses = clausesOf(view.text);
  const clauseAt = (at: number): number => Math.max(0, clauses.findIndex((c) => at >= c.start && at <= c.end));
  const out: MoneyCandidate[] = [];
  for (const amount of amounts) {
    const clauseStart = clauseStartOf(view.text, amount.start);
    const amountFeatures = [
      `sentence:${view.sentence.kind}`,
      ...wordsIn(view.text.slice(clauseStart, amount.start)).map((w) => `clause:${w}`),
      ...wordsIn(view.text.slice(amount.end, amount.end + 6)).map((w) => `after:${w}`),
      `before:${view.text.slice(Math.max(0, amount.start - 2), amount.start)}`,
      `unit:${/亿/.test(amount.amountText) ? '亿' : /万/.test(amount.amountText) ? '万' : '元'}`,
    ];
    const before = helpers.filter((p) => p.end <= amount.start && !markedReceiver(view.text, p));
    // The helper nearest before the amount; not one of a list (…、光明森源等一批企业到当地投资): the share of each is unknown.
    // Nor one a person of which gives (…医务部主任郭旋出资2万元), unless leading a delegation (…主任任伟峰带领代表团).
    const nearest = before.filter((p) => !before.some((q) => q.start >= p.end) && !inList(view.text, p) && !personGives(view.text, p, amount) && !othersGive(view.text, p, amount.start));
    for (const giver of [...nearest, ...carried]) {
      const isCarried = carried.includes(giver);
      const between = isCarried ? view.text.slice(0, amount.start) : view.text.slice(giver.end, amount.start);
      const features = [
        ...amountFeatures,
        `giver:${kindOf(giver)}`,
        ...(isCarried ? ['giver:carried'] : [`distance:${bucket(between.length, settings.distances)}`, `clauses-apart:${bucket(clauseAt(amount.start) - clauseAt(giver.start), [0, 1, 2])}`]),
        ...(!isCarried && beginsClause(view.text, giver) ? ['giver:begins-clause'] : []),
        ...(!isCarried && view.text.lastIndexOf('(', giver.start) > view.text.lastIndexOf(')', giver.start) ? ['giver:in-brackets'] : []),
        ...(before[0] === giver ? ['giver:first'] : []),
        ...wordsIn(between).map((w) => `between:${w}`),
        ...(parties.some((p) => !helps(p) && p.start >= giver.end && p.end <= amount.start) ? ['between:helped'] : []),
        ...(amounts.some((a) => a.start >= giver.end && a.end <= amount.start) ? ['between:another-amount'] : []),
      ];
      out.push({ giver, amount, features });
    }
  }
  return out;
}

/** A party written as an item of a list: after 、 or before 、 or 等. */
const inList = (text: string, p: Party): boolean => text[p.start - 1] === '、' || /^[、等]/.test(text.slice(p.end));

const personGives = (text: string, p: Party, amount: Amount): boolean => PERSON.test(text.slice(p.end, p.end + 8)) && !LEADS.test(text.slice(p.end, amount.start));

/**
 * The learned money reader: for each amount no rule read, the candidate giver the model scores
 * highest, if at its threshold or above. It reads no construction, so what it finds is trusted its
 * probability times the reader's value in rules/confidence.json, which puts every one of them in
 * the review queue.
 */
export function learnedMoney(view: SentenceView, candidates: MoneyCandidate[], model: MoneyModel = defaultModel): void {
  const parties = outerParties(view.parties).filter((p) => p.kind !== 'project');
  const byAmount = new Map<Amount['start'], { candidate: MoneyCandidate; p: number }>();
  for (const candidate of candidates) {
    const p = probability(model, candidate.features);
    const best = byAmount.get(candidate.amount.start);
    if (p >= model.threshold && (best === undefined || p > best.p)) byAmount.set(candidate.amount.start, { candidate, p });
  }
  for (const { candidate, p } of byAmount.values()) {
    const { giver, amount } = candidate;
    if (alreadyRead(view, amount)) continue;
    // The receiver as the rules find it; else, for funds (投入资金超12亿元), the place the report is
    // about. An investment total names none (…引入企业到当地投资,投资金额近4亿元, 上海企业投入达9亿元),
    // nor do funds after a sentence naming several places (…富宁县、广南县。…投入资金5600万元).
    const clause = view.text.slice(clauseStartOf(view.text, amount.start), amount.start);
    const receiver = receiverOf(view, parties, giver, amount.start, amount) ?? (FUNDS.test(clause) && view.previous.length === 0 ? view.reportPlace : undefined);
    if (receiver === undefined || receiver === giver.ref) continue;
    const type = /捐/.test(clause) ? 'DONATES_TO' : 'FUNDS';
    // Trusted its probability times the table's value for the reader (rules/confidence.json): below review, always.
    const read = readBy('relations', 'learned-money', view.sentence.kind);
    view.builder.relation(type, giver.ref, receiver, view.evidence(amount.start), moneyProperties(view, amount), { ...read, confidence: Math.round(p * read.confidence * 1000) / 1000 });
  }
}
