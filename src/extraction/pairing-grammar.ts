import rules from './rules/pairing-constructions.json';
import pairingRules from './rules/pairing.json';
import { helps, leaves, modeOf, type PairingCandidate } from './pairing';
import { clausesOf, outerParties, type Clause, type Party, type SentenceView } from './sentence-view';
import { readBy } from './confidence';
import { periodOf } from './time';

/**
 * The constructions that state pairings between several parties at once, or with the helper and
 * the helped in an order the subject–verb–object rule (pairing.ts) cannot read:
 *
 * - respective-groups: `华亭镇与燕门乡、云岭乡,华亭村与查里通村,华旺社区与禹功村分别签订了结对协议`
 * - respective-lists: `虹口、长宁…6个区分别与果洛州玛沁、甘德…6个县结对` (the i-th with the i-th)
 * - ordered-lists: `南京东路街道、豫园街道结对威远镇和半坡乡` (as many on each side, in order)
 * - counterpart-of: `文山州…是静安区的对口扶贫地区`, `澜沧、景谷等一些黄浦对口支援地区`
 * - counterpart-relative: `感谢虹口区…对口帮扶的西畴、马关、丘北、富宁四个县`
 * - symmetric: `金杨新村街道从2017年起与乌达力克镇结对`, `Y与X签订结对帮扶协议`, `X—Y东西部协作联席会议`
 * - frame: `在徐汇区与萨迦县结对帮扶的总框架下` (read alone, its parties left out of the clause around it)
 * - under-help: `在普陀区的帮扶下,富宁县…`
 * - helper-after-relative: `对口支援景洪市人民医院的上海市第六人民医院`
 * - work-at: `上海市…援青干部来到果洛开展援青工作`
 *
 * Which party helps comes from the world (sides.ts), not from the word order. Each returns the
 * clauses it read, which the subject–verb–object rule then leaves alone.
 */
export interface GrammarReading {
  pairings: PairingCandidate[];
  /** Start offsets of the clauses read. */
  read: { start: number; end: number }[];
}

const CUE = new RegExp(rules.cue, 'g');
const NOMINAL = new RegExp(rules.nominalAfter);
const AGREEMENT = new RegExp(rules.agreement);
const CONNECTOR = new RegExp(rules.connector, 'g');
const COUNTERPART_OF = new RegExp(rules.counterpartOf);
const COUNTERPART_RELATIVE = new RegExp(rules.counterpartRelative);
const MEETING = new RegExp(rules.meeting);
const SCOPE_EXTENDED = new RegExp(rules.scopeExtended);
const SCOPE_INCLUDED = new RegExp(rules.scopeIncluded);
const AGREEMENT_TITLE = new RegExp(rules.agreementTitle);
const TWO_PLACES = new RegExp(rules.twoPlaces);
const SUPPORT_OF = new RegExp(rules.supportOf);
const SINCE_CLAUSE = new RegExp(rules.sinceClause);
const HELPERS_CHANGED = new RegExp(rules.helpersChanged);
const REASSIGNED = new RegExp(rules.reassigned);
const ELIDED_OPENER = new RegExp(rules.elidedOpener);
const FRAME = new RegExp(rules.frame, 'g');
const UNDER_HELP = new RegExp(rules.underHelp);
const HELPER_AFTER_RELATIVE = new RegExp(rules.helperAfterRelative);
const WORK_AT = new RegExp(rules.workAt);
const AS_COUNTERPART = new RegExp(rules.asCounterpart);
const LIST_ONLY = /^[、和及]+$/;

export function pairingConstructions(view: SentenceView): GrammarReading {
  const reading: GrammarReading = { pairings: [], read: [] };
  if (view.sentence.kind === 'heading' || view.sentence.kind === 'furniture') return reading;
  const named = outerParties(view.parties).filter((p) => p.kind !== 'project');
  const namesMasked = maskNames(view.text, named);
  // A frame (在X与Y结对帮扶的框架下) is read alone; the clause around it reads without it.
  const frames = framesOf(view.text);
  const framed = frames.flatMap((frame) => symmetric(view, frame, named, namesMasked) ?? []);
  const parties = named.filter((p) => !frames.some((f) => p.start >= f.start && p.end <= f.end));
  const clauses = clausesOf(view.text, CUE);
  const masked = frames.reduce((text, f) => text.slice(0, f.start) + '＊'.repeat(f.end - f.start) + text.slice(f.end), namesMasked);
  const taken = (c: Clause) => reading.read.some((r) => r.start < c.end && r.end > c.start);
  for (const [i, clause] of clauses.entries()) {
    if (taken(clause)) continue;
    const found =
      respective(view, clauses, i, parties, masked) ??
      counterpartOf(view, clauses, i, parties, masked) ??
      scopeExtended(view, clause, parties, masked) ??
      scopeIncluded(view, clause, parties, masked) ??
      agreementTitle(view, clause, parties, masked) ??
      twoPlaces(view, clause, parties, masked) ??
      reassigned(view, clause, parties, masked) ??
      helpersChanged(view, clause, parties, masked) ??
      supportOf(view, clause, parties, masked) ??
      underHelp(view, clauses, i, parties, masked) ??
      helperAfterRelative(view, clause, parties, masked) ??
      workAt(view, clause, parties, masked) ??
      sinceClause(view, clauses, i, parties, masked) ??
      orderedLists(view, clause, parties, masked) ??
      symmetric(view, clause, parties, masked) ??
      elidedSubject(view, clauses, i, parties, masked);
    if (found === undefined) continue;
    reading.pairings.push(...found.pairings);
    reading.read.push(...found.read);
  }
  for (const found of framed) {
    reading.pairings.push(...found.pairings);
    reading.read.push(...found.read);
  }
  return reading;
}

/** `在徐汇区与萨迦县结对帮扶的总框架下`: the frames of a sentence, each its inner text. */
function framesOf(text: string): Clause[] {
  return [...text.matchAll(FRAME)].map((m) => {
    const start = (m.index ?? 0) + 1;
    return { start, end: start + m[1].length, text: m[1] };
  });
}

/** The sentence with every party's name blanked, so a cue or connector inside a name does not count. */
function maskNames(text: string, parties: Party[]): string {
  let masked = text;
  for (const p of parties) masked = masked.slice(0, p.start) + '＊'.repeat(p.end - p.start) + masked.slice(p.end);
  return masked;
}

interface Cue {
  start: number;
  end: number;
  text: string;
}

/**
 * The pairing cues of [start, end) that are verbs (帮扶者, 帮扶资金 are nouns), a signed agreement
 * counting as one cue (签订了…结对帮扶协议); `first` or `last` of them.
 */
function cueIn(masked: string, start: number, end: number, which: 'first' | 'last' = 'first'): Cue | undefined {
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

const inside = (parties: Party[], start: number, end: number): Party[] => parties.filter((p) => p.start >= start && p.end <= end);

/** The parties of one side: the most specific of each written chain (上海市虹口 → 虹口), organisations as written. */
function side(parties: Party[]): Party[] {
  return [...leaves(parties.filter((p) => p.kind === 'area')), ...parties.filter((p) => p.kind === 'org')].sort((a, b) => a.start - b.start);
}

/** The connector that parts two sides in [start, end): parties before it and after it. */
function splitAtConnector(masked: string, parties: Party[], start: number, end: number): [Party[], Party[]] | undefined {
  for (const m of masked.slice(start, end).matchAll(CONNECTOR)) {
    const at = start + (m.index ?? 0);
    const before = side(inside(parties, start, at));
    const after = side(inside(parties, at + 1, end));
    if (before.length > 0 && after.length > 0) return [before, after];
  }
  return undefined;
}

/** The pairs of two sides: the helping side first, whatever the order written; the i-th with the i-th when `respectively`. */
function pairsOf(a: Party[], b: Party[], respectively: boolean): [Party, Party][] {
  const [helpers, helped] = !a.some(helps) && b.some(helps) ? [b, a] : [a, b];
  if (respectively && helpers.length === helped.length && helpers.length > 1) return helpers.map((h, i) => [h, helped[i]]);
  if (helpers.length > 1 && helped.length > 1) return respectively ? [] : helpers.flatMap((h) => helped.map((t) => [h, t] as [Party, Party]));
  return helpers.flatMap((h) => helped.map((t) => [h, t] as [Party, Party]));
}

/** `helperSide`: the text on the helpers' side, whose institutions (医疗机构与…) name the mode. */
function candidates(view: SentenceView, pairs: [Party, Party][], cueAt: number, clause: Clause, construction: string, helperSide = ''): PairingCandidate[] {
  const period = periodOf(view.text, cueAt, view.docYear);
  return pairs
    // Two of Shanghai's own (上海市及黄浦区) are co-parties, never a pair.
    .filter(([from, to]) => from.ref !== to.ref && !(from.home && to.home))
    .map(([from, to]) => ({
      from: from.ref,
      to: to.ref,
      // A mode the sentence wrote before (确定由上海市对口支援…,并具体由…分别与…结对) goes on.
      mode: modeOf(view.text.slice(0, clause.end), helperSide, view, from, [to]),
      ...period,
      listed: false,
      broad: to.level === 'Prefecture' || to.level === 'Province',
      evidence: view.evidence(clause.start),
      ...(to.code !== undefined ? { targetCode: to.code } : {}),
      ...readBy('relations', construction, view.sentence.kind),
    }));
}

/**
 * 分别: `A与B、C,D与E,F与G分别签订了结对协议` (each group its own pairs), `A、B…分别与C、D…结对` and
 * `A和B分别对口帮扶C和D` (the i-th with the i-th).
 */
function respective(view: SentenceView, clauses: Clause[], i: number, parties: Party[], masked: string): GrammarReading | undefined {
  const clause = clauses[i];
  const at = clause.text.indexOf(rules.respectively);
  if (at < 0) return undefined;
  const cue = cueIn(masked, clause.start + at, clause.end);
  if (cue === undefined) return undefined;
  const resp = clause.start + at;
  // A分别与B结对: the two sides are before 分别 (or, unwritten there, the helper of the clause before) and between the connector and the cue.
  if (new RegExp(`^${rules.connector}`).test(view.text.slice(resp + rules.respectively.length))) {
    const own = side(inside(parties, clause.start, resp));
    const a = own.length > 0 ? own : helperBefore(clauses, i, parties);
    const b = side(inside(parties, resp + rules.respectively.length + 1, cue.start));
    if (a.length === 0 || b.length === 0) return undefined;
    return { pairings: candidates(view, pairsOf(a, b, true), cue.start, clause, 'respective-lists'), read: [clause] };
  }
  // A和B分别对口帮扶C和D: as many helpers before 分别 as places after the cue, the i-th with the i-th.
  const after = resp + rules.respectively.length;
  if (cue.start === after) {
    const a = side(inside(parties, clause.start, resp));
    const b = side(inside(parties, cue.end, clause.end));
    if (a.length > 1 && a.length === b.length && a.every(helps) && !b.some(helps)) {
      return { pairings: candidates(view, pairsOf(a, b, true), cue.start, clause, 'respective-lists'), read: [clause] };
    }
  }
  // A与B、C,D与E分别签订: each group a clause of its own, back to the first that is not one.
  const groups: { clause: Clause; sides: [Party[], Party[]] }[] = [];
  const own = splitAtConnector(masked, parties, clause.start, resp);
  if (own !== undefined) groups.push({ clause, sides: own });
  for (let k = i - 1; k >= 0; k--) {
    const sides = splitAtConnector(masked, parties, clauses[k].start, clauses[k].end);
    if (sides === undefined || cueIn(masked, clauses[k].start, clauses[k].end) !== undefined) break;
    groups.unshift({ clause: clauses[k], sides });
  }
  if (groups.length === 0) return undefined;
  const pairings = groups.flatMap((g) => candidates(view, pairsOf(g.sides[0], g.sides[1], false), cue.start, clause, 'respective-groups'));
  return { pairings, read: [...groups.map((g) => g.clause), clause] };
}

/**
 * `Y是X的对口扶贫地区`, `Y等一些X对口支援地区`, `作为X的对口帮扶县,Y…`, `Y的对口帮扶单位X`: X helps Y; and `X…对口帮扶的Y`: the helper the
 * sentence named before helps the places after 的.
 */
function counterpartOf(view: SentenceView, clauses: Clause[], i: number, parties: Party[], masked: string): GrammarReading | undefined {
  const clause = clauses[i];
  const part = masked.slice(clause.start, clause.end);
  const nominal = COUNTERPART_OF.exec(part);
  if (nominal !== null) {
    const at = clause.start + nominal.index;
    const end = at + nominal[0].length;
    // The helper: before it (X的对口帮扶县), else right after it (富宁县的对口帮扶单位普陀区), else the
    // helper of the clause before (全区168家企业…,在务川、余庆这些对口地区结对…).
    const helper =
      side(inside(parties, clause.start, at)).filter(helps).pop() ??
      side(inside(parties, end, clause.end)).find((p) => p.start === end && helps(p)) ??
      helperBefore(clauses, i, parties).pop();
    // The helped: the places before it in the clause (澜沧、景谷等), else the subject of the sentence,
    // else, after 作为X的对口帮扶县, the place opening the next clause.
    const before = side(inside(parties, clause.start, at)).filter((p) => !helps(p));
    const next = clauses[i + 1];
    const opening = AS_COUNTERPART.test(part) && next !== undefined ? side(inside(parties, next.start, next.end)).filter((p) => !helps(p)).slice(0, 1) : [];
    const subject = before.length > 0 ? before : opening.length > 0 ? opening : side(inside(parties, clauses[0].start, clauses[0].end)).filter((p) => !helps(p)).slice(0, 1);
    if (helper === undefined || subject.length === 0) return undefined;
    return { pairings: candidates(view, subject.map((t) => [helper, t]), at, clause, 'counterpart-of'), read: opening.length > 0 ? [clause, next!] : [clause] };
  }
  const relative = COUNTERPART_RELATIVE.exec(part);
  if (relative === null) return undefined;
  const at = clause.start + relative.index;
  return nearestHelperHelps(view, clause, parties, at, [at + relative[0].length, clause.end], at, 'counterpart-relative');
}

/** The helper nearest before `at` helps each place of the counterpart side within `span`: the shape of several constructions. */
function nearestHelperHelps(view: SentenceView, clause: Clause, parties: Party[], at: number, span: [number, number], cueAt: number, construction: string): GrammarReading | undefined {
  const helper = side(inside(parties, 0, at)).filter(helps).pop();
  const helped = side(inside(parties, span[0], span[1])).filter((p) => !helps(p) && p.kind === 'area');
  if (helper === undefined || helped.length === 0) return undefined;
  return { pairings: candidates(view, helped.map((t) => [helper, t]), cueAt, clause, construction), read: [clause] };
}

/** `X的帮扶范围又增加了Y、Z`: the helper named before the scope helps the places after it. */
function scopeExtended(view: SentenceView, clause: Clause, parties: Party[], masked: string): GrammarReading | undefined {
  const scope = SCOPE_EXTENDED.exec(masked.slice(clause.start, clause.end));
  if (scope === null) return undefined;
  const at = clause.start + scope.index;
  return nearestHelperHelps(view, clause, parties, at, [at + scope[0].length, clause.end], at, 'scope-extended');
}

/** `松江区于2019年把景洪市…纳入了帮扶范围`: the helper before 把 helps the places between 把 and 纳入. */
function scopeIncluded(view: SentenceView, clause: Clause, parties: Party[], masked: string): GrammarReading | undefined {
  const scope = SCOPE_INCLUDED.exec(masked.slice(clause.start, clause.end));
  if (scope === null) return undefined;
  const at = clause.start + scope.index;
  return nearestHelperHelps(view, clause, parties, at, [at, at + scope[0].length], at + scope[0].length, 'scope-included');
}

/** 《上海市杨浦区中心医院与云南省双柏县人民医院对口援建工作框架协议》: the two parties of the title. */
function agreementTitle(view: SentenceView, clause: Clause, parties: Party[], masked: string): GrammarReading | undefined {
  const title = AGREEMENT_TITLE.exec(view.text.slice(clause.start, clause.end));
  if (title === null) return undefined;
  const start = clause.start + title.index;
  const sides = splitAtConnector(masked, parties, start, start + title[0].length);
  if (sides === undefined || sides[0].some(helps) === sides[1].some(helps)) return undefined;
  // Institutions of the title pair as institutions (院院结对), places as places.
  const [a, b] = sides.map((s) => (s.some((p) => p.kind === 'org') ? s.filter((p) => p.kind === 'org') : s));
  return { pairings: candidates(view, pairsOf(a, b, false), start, clause, 'agreement-title', view.text.slice(start, b[0].start)), read: [] };
}

/** `崇明、云县两地建立了…机制`: the two places that do something together are a pair. */
function twoPlaces(view: SentenceView, clause: Clause, parties: Party[], masked: string): GrammarReading | undefined {
  const found = TWO_PLACES.exec(masked.slice(clause.start, clause.end));
  if (found === null) return undefined;
  const at = clause.start + found.index;
  const before = side(inside(parties, clause.start, at));
  if (before.length !== 2 || before[1].end !== at || !/^[、和与及]$/.test(masked.slice(before[0].end, before[1].start))) return undefined;
  if (helps(before[0]) === helps(before[1])) return undefined;
  return { pairings: candidates(view, pairsOf([before[0]], [before[1]], false), at, clause, 'two-places'), read: [clause] };
}

/** The helpers of the nearest clause before clause `i` that has some (张志慧代表新金环集团,分别与…): an unwritten subject. */
function helperBefore(clauses: Clause[], i: number, parties: Party[]): Party[] {
  for (let k = i - 1; k >= 0; k--) {
    const helpers = side(inside(parties, clauses[k].start, clauses[k].end)).filter(helps);
    if (helpers.length > 0) return helpers.slice(-1);
  }
  return [];
}

/**
 * `将原对口支援重庆万州的嘉定、宝山两区调整为重点对口帮扶香格里拉县、德钦县和维西县`: the helpers
 * between 的 and 调整为 leave the place after 原… (their pairing ends in the sentence's year) and
 * pair with every place after the second cue.
 */
function reassigned(view: SentenceView, clause: Clause, parties: Party[], masked: string): GrammarReading | undefined {
  const m = REASSIGNED.exec(masked.slice(clause.start, clause.end));
  if (m === null || m.index === undefined) return undefined;
  const at = clause.start + m.index;
  const of = at + m[0].indexOf('的', 2);
  const turn = at + m[0].search(/(调整|转|改)为/);
  const old = side(inside(parties, at, of)).filter((p) => !helps(p) && p.kind === 'area');
  const helpers = side(inside(parties, of, turn)).filter(helps);
  const helped = side(inside(parties, turn, clause.end)).filter((p) => !helps(p) && p.kind === 'area');
  if (helpers.length === 0 || helped.length === 0) return undefined;
  const year = /(\d{4})年/.exec(view.text.slice(0, turn));
  // The old pairing began before the sentence's year, which ends it.
  const ended = candidates(view, pairsOf(helpers, old, false), at, clause, 'reassigned').map((c) => {
    const closed = { ...c, ...(year !== null ? { until: Number(year[1]) } : {}) };
    delete closed.since;
    return closed;
  });
  return { pairings: [...ended, ...candidates(view, pairsOf(helpers, helped, false), turn, clause, 'reassigned')], read: [clause] };
}

/** `上海对口支援万州的区又变更为浦东新区和卢湾区`: the helpers after 为 take over the place between the cue and 的. */
function helpersChanged(view: SentenceView, clause: Clause, parties: Party[], masked: string): GrammarReading | undefined {
  const changed = HELPERS_CHANGED.exec(masked.slice(clause.start, clause.end));
  if (changed === null) return undefined;
  const at = clause.start + changed.index;
  const pivot = at + changed[0].length;
  const helped = side(inside(parties, at, pivot)).filter((p) => !helps(p) && p.kind === 'area');
  const helpers = side(inside(parties, pivot, clause.end)).filter(helps);
  if (helped.length === 0 || helpers.length === 0) return undefined;
  return { pairings: candidates(view, pairsOf(helpers, helped, false), at, clause, 'helpers-changed'), read: [clause] };
}

/** `上海市普陀区…加大对昆明市东川区、寻甸县、禄劝县的对口援建项目…`, `X承接Y的帮扶任务`: the helper before 对 (承接) helps the places after it. */
function supportOf(view: SentenceView, clause: Clause, parties: Party[], masked: string): GrammarReading | undefined {
  const support = SUPPORT_OF.exec(masked.slice(clause.start, clause.end));
  if (support === null) return undefined;
  const at = clause.start + support.index;
  return nearestHelperHelps(view, clause, parties, at, [at, at + support[0].length], at + support[0].length, 'support-of');
}

/** `在普陀区的帮扶下,富宁县…`: the helper inside the phrase helps the first place after it, in this clause or the next. */
function underHelp(view: SentenceView, clauses: Clause[], i: number, parties: Party[], masked: string): GrammarReading | undefined {
  const clause = clauses[i];
  const m = UNDER_HELP.exec(masked.slice(clause.start, clause.end));
  if (m === null) return undefined;
  const at = clause.start + m.index;
  const end = at + m[0].length;
  const helpers = side(inside(parties, at, end)).filter(helps);
  const next = clauses[i + 1];
  const later = [...side(inside(parties, end, clause.end)), ...(next !== undefined ? side(inside(parties, next.start, next.end)) : [])];
  const helped = later.filter((p) => !helps(p)).slice(0, 1);
  if (helpers.length === 0 || helped.length === 0) return undefined;
  const read = helped[0].start >= clause.end && next !== undefined ? [clause, next] : [clause];
  return { pairings: candidates(view, pairsOf(helpers, helped, false), at, clause, 'under-help'), read };
}

/** `对口支援景洪市人民医院的上海市第六人民医院`: the head after 的 helps the places or bodies before it. */
function helperAfterRelative(view: SentenceView, clause: Clause, parties: Party[], masked: string): GrammarReading | undefined {
  const m = HELPER_AFTER_RELATIVE.exec(masked.slice(clause.start, clause.end));
  if (m === null) return undefined;
  const at = clause.start + m.index;
  const end = at + m[0].length;
  const helper = parties.find((p) => p.start === end && helps(p));
  const helped = side(inside(parties, at, end)).filter((p) => !helps(p));
  if (helper === undefined || helped.length === 0) return undefined;
  return { pairings: candidates(view, helped.map((t) => [helper, t]), at, clause, 'helper-after-relative'), read: [clause] };
}

/** `上海市…援青干部来到果洛开展援青工作`: the helper before the verb of going helps the places it goes to. */
function workAt(view: SentenceView, clause: Clause, parties: Party[], masked: string): GrammarReading | undefined {
  const m = WORK_AT.exec(masked.slice(clause.start, clause.end));
  if (m === null) return undefined;
  const at = clause.start + m.index;
  return nearestHelperHelps(view, clause, parties, at, [at, at + m[0].length], at, 'work-at');
}

/** `自2021年对口帮扶永平以来,奉贤区柘林镇、海湾镇主动担当作为`: the helped in the time clause, the helpers opening the next. */
function sinceClause(view: SentenceView, clauses: Clause[], i: number, parties: Party[], masked: string): GrammarReading | undefined {
  const clause = clauses[i];
  const next = clauses[i + 1];
  if (next === undefined || !SINCE_CLAUSE.test(masked.slice(clause.start, clause.end))) return undefined;
  const helped = side(inside(parties, clause.start, clause.end)).filter((p) => !helps(p) && p.kind === 'area');
  if (helped.length === 0 || side(inside(parties, clause.start, clause.end)).some(helps)) return undefined;
  // The helpers written at the start of the next clause, one list (奉贤区柘林镇、海湾镇).
  const opening = side(inside(parties, next.start, next.end)).filter((p) => helps(p) && /^[、和及与]?$/.test(masked.slice(next.start, p.start).replace(/＊/g, '')));
  if (opening.length === 0) return undefined;
  const cue = cueIn(masked, clause.start, clause.end);
  return { pairings: candidates(view, opening.flatMap((h) => helped.map((t) => [h, t] as [Party, Party])), cue?.start ?? clause.start, clause, 'since-clause'), read: [clause, next] };
}

/**
 * `…代表桃浦镇,与鲁甸县…签订了协作协议`, `上海…派出干部,奔赴江孜县、亚东县开展对口支援`: a clause
 * opening with the connector or a verb of going there, its subject the helper of the clause before.
 */
function elidedSubject(view: SentenceView, clauses: Clause[], i: number, parties: Party[], masked: string): GrammarReading | undefined {
  const clause = clauses[i];
  if (!ELIDED_OPENER.test(view.text.slice(clause.start, clause.end).trimStart())) return undefined;
  const cue = cueIn(masked, clause.start, clause.end, 'last');
  const helpers = helperBefore(clauses, i, parties);
  const helped = cue !== undefined ? side(inside(parties, clause.start, cue.start)).filter((p) => !helps(p)) : [];
  if (cue === undefined || helpers.length === 0 || helped.length === 0) return undefined;
  return { pairings: candidates(view, pairsOf(helpers, helped, false), cue.start, clause, 'elided-subject'), read: [clause] };
}

/** `A1、A2结对B1和B2`: as many helpers before the cue as helped after it, in order. */
function orderedLists(view: SentenceView, clause: Clause, parties: Party[], masked: string): GrammarReading | undefined {
  const cue = cueIn(masked, clause.start, clause.end);
  if (cue === undefined) return undefined;
  const a = side(inside(parties, clause.start, cue.start));
  const b = side(inside(parties, cue.end, clause.end));
  if (a.length < 2 || a.length !== b.length || !a.every(helps) || b.some(helps)) return undefined;
  if (!/^[、和及与]+$/.test(betweenAll(masked, a))) return undefined;
  return { pairings: candidates(view, pairsOf(a, b, true), cue.start, clause, 'ordered-lists'), read: [clause] };
}

/** What stands between consecutive parties of a list (only separators, for a true list). */
function betweenAll(masked: string, list: Party[]): string {
  return list
    .slice(1)
    .map((p, k) => masked.slice(list[k].end, p.start))
    .join('');
}

/**
 * `A与B…结对`, `Y与X签订结对帮扶协议`, `X—Y东西部协作联席会议`: two sides joined by a connector,
 * the cue after both and no helped party after it (else the connector joins co-subjects of
 * `A和B对口支援C`, which the subject–verb–object rule reads).
 */
function symmetric(view: SentenceView, clause: Clause, parties: Party[], masked: string): GrammarReading | undefined {
  const cue = cueIn(masked, clause.start, clause.end, 'last');
  if (cue === undefined) return undefined;
  const after = side(inside(parties, cue.end, clause.end)).filter((p) => !helps(p));
  const meeting = MEETING.test(view.text.slice(cue.end, clause.end));
  if (after.length > 0 && !meeting) return undefined;
  const sides = splitAtConnector(masked, parties, clause.start, cue.start);
  if (sides === undefined) return undefined;
  const [a, b] = sides;
  // Two helpers joined (上海和宁波), or two helped, are co-parties, not a pair.
  if (a.some(helps) === b.some(helps)) return undefined;
  const construction = view.text.slice(a[a.length - 1].end, b[0].start).includes('—') ? 'joint-meeting' : 'symmetric';
  const helperSide = a.some(helps) ? view.text.slice(clause.start, b[0].start) : view.text.slice(a[a.length - 1].end, cue.start);
  // 浦东新区、闵行区、宝山区、静安区与莎车、泽普、叶城、巴楚四县: two lists as long, the i-th with the i-th.
  const ordered = a.length > 1 && a.length === b.length && LIST_ONLY.test(betweenAll(masked, a)) && LIST_ONLY.test(betweenAll(masked, b));
  return { pairings: candidates(view, pairsOf(a, b, ordered), cue.start, clause, construction, helperSide), read: [clause] };
}
