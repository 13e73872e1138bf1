import rules from './rules/pairing-constructions.json';
import { helps, leaves, modeOf, proseCandidate, type PairingCandidate } from './pairing';
import type { Clause, Party, SentenceView } from './sentence-view';
import { periodOf } from './time';

/**
 * What the pairing constructions (pairing-lists.ts, pairing-phrases.ts) share: the names of a
 * sentence masked, its pairing cues, the parties of a span and of each side, and the candidates a
 * reading yields.
 */
/** What a construction read: the pairings, and the clauses it used. */
export interface GrammarReading {
  pairings: PairingCandidate[];
  /** Start offsets of the clauses read. */
  read: { start: number; end: number }[];
}

export const CUE = new RegExp(rules.cue, 'g');

export const NOMINAL = new RegExp(rules.nominalAfter);

export const AGREEMENT = new RegExp(rules.agreement);

export const CONNECTOR = new RegExp(rules.connector, 'g');

/** The sentence with every party's name blanked, so a cue or connector inside a name does not count. */
export function maskNames(text: string, parties: Party[]): string {
  let masked = text;
  for (const p of parties) masked = masked.slice(0, p.start) + '＊'.repeat(p.end - p.start) + masked.slice(p.end);
  return masked;
}

export interface Cue {
  start: number;
  end: number;
  text: string;
}

/**
 * The pairing cues of [start, end) that are verbs (帮扶者, 帮扶资金 are nouns), a signed agreement
 * counting as one cue (签订了…结对帮扶协议); `first` or `last` of them.
 */
export function cueIn(masked: string, start: number, end: number, which: 'first' | 'last' = 'first'): Cue | undefined {
  const part = masked.slice(start, end);
  const agreement = AGREEMENT.exec(part);
  const cues: Cue[] = [];
  if (agreement !== null) cues.push({ start: start + agreement.index, end: start + agreement.index + agreement[0].length, text: agreement[0] });
  for (const m of part.matchAll(CUE)) {
    const at = m.index ?? 0;
    if (m[0] === '帮扶' && NOMINAL.test(part.slice(at + 2))) continue;
    if (agreement !== null && at >= agreement.index && at < agreement.index + agreement[0].length) continue;
    cues.push({ start: start + at, end: start + at + m[0].length, text: m[0] });
  }
  cues.sort((a, b) => a.start - b.start);
  return which === 'first' ? cues[0] : cues[cues.length - 1];
}

export const inside = (parties: Party[], start: number, end: number): Party[] => parties.filter((p) => p.start >= start && p.end <= end);

/** The parties of one side: the most specific of each written chain (上海市虹口 → 虹口), organisations as written. */
export function side(parties: Party[]): Party[] {
  return [...leaves(parties.filter((p) => p.kind === 'area')), ...parties.filter((p) => p.kind === 'org')].sort((a, b) => a.start - b.start);
}

/** The connector that parts two sides in [start, end): parties before it and after it. */
export function splitAtConnector(masked: string, parties: Party[], start: number, end: number): [Party[], Party[]] | undefined {
  for (const m of masked.slice(start, end).matchAll(CONNECTOR)) {
    const at = start + (m.index ?? 0);
    const before = side(inside(parties, start, at));
    const after = side(inside(parties, at + 1, end));
    if (before.length > 0 && after.length > 0) return [before, after];
  }
  return undefined;
}

/** The pairs of two sides: the helping side first, whatever the order written; the i-th with the i-th when `respectively`. */
export function pairsOf(a: Party[], b: Party[], respectively: boolean): [Party, Party][] {
  const [helpers, helped] = !a.some(helps) && b.some(helps) ? [b, a] : [a, b];
  if (respectively && helpers.length === helped.length && helpers.length > 1) return helpers.map((h, i) => [h, helped[i]]);
  if (helpers.length > 1 && helped.length > 1) return respectively ? [] : helpers.flatMap((h) => helped.map((t) => [h, t] as [Party, Party]));
  return helpers.flatMap((h) => helped.map((t) => [h, t] as [Party, Party]));
}

/** `helperSide`: the text on the helpers' side, whose institutions (医疗机构与…) name the mode. */
export function candidates(view: SentenceView, pairs: [Party, Party][], cueAt: number, clause: Clause, construction: string, helperSide = ''): PairingCandidate[] {
  const period = periodOf(view.text, cueAt, view.docYear);
  return pairs
    // Two of Shanghai's own (上海市及黄浦区) are co-parties, never a pair.
    .filter(([from, to]) => from.ref !== to.ref && !(from.home && to.home))
    // A mode the sentence wrote before (确定由上海市对口支援…,并具体由…分别与…结对) goes on.
    .map(([from, to]) => proseCandidate(view, from.ref, to, modeOf(view.text.slice(0, clause.end), helperSide, view, from, [to]), period, clause.start, construction));
}

/** The helper nearest before `at` helps each place of the counterpart side within `span`: the shape of several constructions. */
export function nearestHelperHelps(view: SentenceView, clause: Clause, parties: Party[], at: number, span: [number, number], cueAt: number, construction: string): GrammarReading | undefined {
  const helper = side(inside(parties, 0, at)).filter(helps).pop();
  const helped = side(inside(parties, span[0], span[1])).filter((p) => !helps(p) && p.kind === 'area');
  if (helper === undefined || helped.length === 0) return undefined;
  return { pairings: candidates(view, helped.map((t) => [helper, t]), cueAt, clause, construction), read: [clause] };
}

/** The helpers of the nearest clause before clause `i` that has some (张志慧代表新金环集团,分别与…): an unwritten subject. */
export function helperBefore(clauses: Clause[], i: number, parties: Party[]): Party[] {
  for (let k = i - 1; k >= 0; k--) {
    const helpers = side(inside(parties, clauses[k].start, clauses[k].end)).filter(helps);
    if (helpers.length > 0) return helpers.slice(-1);
  }
  return [];
}

/** What stands between consecutive parties of a list (only separators, for a true list). */
export function betweenAll(masked: string, list: Party[]): string {
  return list
    .slice(1)
    .map((p, k) => masked.slice(list[k].end, p.start))
    .join('');
}
