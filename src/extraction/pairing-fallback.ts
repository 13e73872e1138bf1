import rules from './rules/pairing-constructions.json';
import { maskNames } from './pairing-clauses';
import { helps, leaves, modeOf, proseCandidate, type PairingCandidate } from './pairing';
import { outerParties, type Party, type SentenceView } from './sentence-view';
import { periodOf } from './time';

const CUE = new RegExp(rules.cueClause.cue, 'g');
const NOMINAL = new RegExp(rules.nominalAfter);
const BARE = new Set(rules.cueClause.bare);
const NOT_STATED = new RegExp(rules.cueClause.notStated);
const CLAUSE_END = /[,;。!?]/g;

/**
 * The last reader of pairings, for a sentence no construction read: a clause naming places of
 * both sides with a cue of assistance anywhere in it (上海市把对口支援迪庆作为对口援藏的一部分;
 * 上海市及静安区、虹口区持续加大帮扶力度,为文山…). It reads no word order, so which side helps comes
 * from the world alone, and it is trusted less than a construction: its pairings go to review.
 */
export function cueClausePairings(view: SentenceView): PairingCandidate[] {
  if (view.sentence.kind !== 'prose' && view.sentence.kind !== 'caption') return [];
  const parties = outerParties(view.parties).filter((p) => p.kind !== 'project');
  const out: PairingCandidate[] = [];
  // A cue inside a name (对口支援…指挥部) does not count.
  const namesMasked = maskNames(view.text, parties);
  for (const [start, end] of clauseSpans(view.text)) {
    const masked = namesMasked.slice(start, end);
    const cue = cueOf(masked);
    if (cue === undefined || NOT_STATED.test(masked)) continue;
    const inClause = parties.filter((p) => p.start >= start && p.end <= end);
    // 青浦区…将上海现代农业技术…对接: the city beside one of its districts named in the sentence qualifies; it does not act.
    const helpers = mostSpecific(inClause.filter((p) => p.kind === 'area' && helps(p) && !view.parties.some((q) => q.kind === 'area' && q.code !== undefined && p.code !== undefined && q.code.length > p.code.length && q.code.startsWith(p.code))));
    const helped = mostSpecific(inClause.filter((p) => p.kind === 'area' && !helps(p)));
    if (helpers.length === 0 || helped.length === 0 || helpers.length > rules.cueClause.maxHelpers || helped.length > rules.cueClause.maxHelped) continue;
    const cueAt = start + (cue.index ?? 0);
    const clause = view.text.slice(start, end);
    const period = periodOf(view.text, cueAt, view.docYear);
    for (const from of helpers) {
      const mode = modeOf(clause, '', view, from, helped);
      for (const to of helped) out.push(proseCandidate(view, from.ref, to, mode, period, start, 'cue-clause'));
    }
  }
  return out;
}

/** The first cue of a clause; a bare one before 者, 资金, 工作 … (帮扶者, 支援力度) is a noun, no cue. */
function cueOf(masked: string): RegExpMatchArray | undefined {
  return [...masked.matchAll(CUE)].find((m) => !BARE.has(m[0]) || !NOMINAL.test(masked.slice((m.index ?? 0) + m[0].length)));
}

/** The spans of a sentence's clauses, cut at , ; 。 ! ?. */
function clauseSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE_END)) {
    spans.push([start, m.index ?? 0]);
    start = (m.index ?? 0) + 1;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

/** The most specific of each chain, areas and bodies alike (上海市黄浦区: 黄浦区). */
function mostSpecific(parties: Party[]): Party[] {
  const areas = new Set(leaves(parties.filter((p) => p.kind === 'area')));
  return parties.filter((p) => p.kind !== 'area' || areas.has(p));
}
