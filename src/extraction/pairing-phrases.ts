import rules from './rules/pairing-constructions.json';
import { helps } from './pairing';
import { listEndingAt } from './money';
import type { Clause, Party, SentenceView } from './sentence-view';
import { betweenAll, candidates, cueIn, helperBefore, inside, nearestHelperHelps, pairsOf, side, splitAtConnector, type GrammarReading } from './pairing-clauses';

/** Pairing constructions of one phrase: Y是X的对口地区, agreements, 两地, 对Y的帮扶, 在X的帮扶下, 与 between two sides. */
const COUNTERPART_OF = new RegExp(rules.counterpartOf);

const COUNTERPART_RELATIVE = new RegExp(rules.counterpartRelative);

const MEETING = new RegExp(rules.meeting);

const AGREEMENT_TITLE = new RegExp(rules.agreementTitle);

const TWO_PLACES = new RegExp(rules.twoPlaces);

const SUPPORT_OF = new RegExp(rules.supportOf);

const ELIDED_OPENER = new RegExp(rules.elidedOpener);

const UNDER_HELP = new RegExp(rules.underHelp);

const OWED_HELP = new RegExp(rules.owedHelp);

const HELPER_AFTER_RELATIVE = new RegExp(rules.helperAfterRelative);

const WORK_AT = new RegExp(rules.workAt);

const AS_COUNTERPART = new RegExp(rules.asCounterpart);

const LIST_ONLY = /^[、和及]+$/;

/**
 * `Y是X的对口扶贫地区`, `Y等一些X对口支援地区`, `作为X的对口帮扶县,Y…`, `Y的对口帮扶单位X`: X helps Y; and `X…对口帮扶的Y`: the helper the
 * sentence named before helps the places after 的.
 */
export function counterpartOf(view: SentenceView, clauses: Clause[], i: number, parties: Party[], masked: string): GrammarReading | undefined {
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
    // 普陀区助力对口帮扶地区打造了东川区花沟村、禄劝县克梯村: the counties written after it are the regions.
    const regionsAfter = inside(parties, end, clause.end).filter((p) => p.kind === 'area' && !helps(p) && (p.level === 'County' || p.level === 'Prefecture'));
    // The subject opens the sentence, after at most one clause of its own (据介绍,金平县位于…,1996年被列为…).
    const firstClause = side(inside(parties, clauses[0].start, clauses[Math.min(1, i)].end)).filter((p) => !helps(p)).slice(0, 1);
    const subject = before.length > 0 ? before : opening.length > 0 ? opening : regionsAfter.length > 0 ? regionsAfter : firstClause;
    if (helper === undefined || subject.length === 0) return undefined;
    // 上海市及长宁区对口帮扶…县: each helper of the list written before it.
    const helpers = helper.end <= at ? listEndingAt(view.text, parties.filter(helps), helper) : [helper];
    return { pairings: candidates(view, subject.flatMap((t) => helpers.map((h): [Party, Party] => [h, t])), at, clause, 'counterpart-of'), read: opening.length > 0 ? [clause, next!] : [clause] };
  }
  const relative = COUNTERPART_RELATIVE.exec(part);
  if (relative === null) return undefined;
  const at = clause.start + relative.index;
  return nearestHelperHelps(view, clause, parties, at, [at + relative[0].length, clause.end], at, 'counterpart-relative');
}

/** 《上海市杨浦区中心医院与云南省双柏县人民医院对口援建工作框架协议》: the two parties of the title. */
export function agreementTitle(view: SentenceView, clause: Clause, parties: Party[], masked: string): GrammarReading | undefined {
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
export function twoPlaces(view: SentenceView, clause: Clause, parties: Party[], masked: string): GrammarReading | undefined {
  const found = TWO_PLACES.exec(masked.slice(clause.start, clause.end));
  if (found === null) return undefined;
  const at = clause.start + found.index;
  const before = side(inside(parties, clause.start, at));
  if (before.length !== 2 || before[1].end !== at || !/^[、和与及]$/.test(masked.slice(before[0].end, before[1].start))) return undefined;
  if (helps(before[0]) === helps(before[1])) return undefined;
  return { pairings: candidates(view, pairsOf([before[0]], [before[1]], false), at, clause, 'two-places'), read: [clause] };
}

/** `上海市普陀区…加大对昆明市东川区、寻甸县、禄劝县的对口援建项目…`, `X承接Y的帮扶任务`: the helper before 对 (承接) helps the places after it. */
export function supportOf(view: SentenceView, clause: Clause, parties: Party[], masked: string): GrammarReading | undefined {
  const support = SUPPORT_OF.exec(masked.slice(clause.start, clause.end));
  if (support === null) return undefined;
  const at = clause.start + support.index;
  return nearestHelperHelps(view, clause, parties, at, [at, at + support[0].length], at + support[0].length, 'support-of');
}

/**
 * `在X的(对口)帮扶下,Y…`: X helps the first place after it, in its clause or the next. `红河要如期脱贫,
 * 离不开上海市及徐汇区、长宁区的帮扶`, `有上海市的帮扶,州人民医院…`: X helps the place that owes it, named
 * before 离不开 (得益于, 受益于), after 有 (得到).
 */
export function underHelp(view: SentenceView, clauses: Clause[], i: number, parties: Party[], masked: string): GrammarReading | undefined {
  const clause = clauses[i];
  const under = UNDER_HELP.exec(masked.slice(clause.start, clause.end));
  const m = under ?? OWED_HELP.exec(masked.slice(clause.start, clause.end));
  if (m === null) return undefined;
  const at = clause.start + m.index;
  const end = at + m[0].length;
  const helpers = side(inside(parties, at, end)).filter(helps);
  const next = clauses[i + 1];
  const after = [...side(inside(parties, end, clause.end)), ...(next !== undefined ? side(inside(parties, next.start, next.end)) : [])].filter((p) => !helps(p));
  const before = under === null ? side(parties.filter((p) => p.end <= at)).filter((p) => !helps(p)) : [];
  const owedBefore = under === null && /^(离不开|得益于|受益于)/.test(m[0]);
  const helped = owedBefore && before.length > 0 ? before.slice(-1) : after.length > 0 ? after.slice(0, 1) : before.slice(-1);
  if (helpers.length === 0 || helped.length === 0) return undefined;
  const read = helped[0].start >= clause.end && next !== undefined ? [clause, next] : [clause];
  return { pairings: candidates(view, pairsOf(helpers, helped, false), at, clause, 'under-help'), read };
}

/** `对口支援景洪市人民医院的上海市第六人民医院`: the head after 的 helps the places or bodies before it. */
export function helperAfterRelative(view: SentenceView, clause: Clause, parties: Party[], masked: string): GrammarReading | undefined {
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
export function workAt(view: SentenceView, clause: Clause, parties: Party[], masked: string): GrammarReading | undefined {
  const m = WORK_AT.exec(masked.slice(clause.start, clause.end));
  if (m === null) return undefined;
  const at = clause.start + m.index;
  return nearestHelperHelps(view, clause, parties, at, [at, at + m[0].length], at, 'work-at');
}

/**
 * `…代表桃浦镇,与鲁甸县…签订了协作协议`, `上海…派出干部,奔赴江孜县、亚东县开展对口支援`: a clause
 * opening with the connector or a verb of going there, its subject the helper of the clause before;
 * or, after a clause that only lists the helped (`东川区、禄劝县,与普陀区总工会签订…协议`), the helpers it names.
 */
export function elidedSubject(view: SentenceView, clauses: Clause[], i: number, parties: Party[], masked: string): GrammarReading | undefined {
  const clause = clauses[i];
  if (!ELIDED_OPENER.test(view.text.slice(clause.start, clause.end).trimStart())) return undefined;
  const cue = cueIn(masked, clause.start, clause.end, 'last');
  if (cue === undefined) return undefined;
  const written = side(inside(parties, clause.start, cue.start));
  const helpers = helperBefore(clauses, i, parties);
  const helped = written.filter((p) => !helps(p));
  if (helpers.length > 0 && helped.length > 0) return { pairings: candidates(view, pairsOf(helpers, helped, false), cue.start, clause, 'elided-subject'), read: [clause] };
  // 东川区、禄劝县…,与普陀区总工会、团区委签订…协议: the helped list the clause before, the helpers follow 与.
  const before = i > 0 ? side(inside(parties, clauses[i - 1].start, clauses[i - 1].end)) : [];
  const opening = written.filter(helps);
  if (opening.length === 0 || before.length === 0 || before.some(helps)) return undefined;
  return { pairings: candidates(view, pairsOf(opening, before, false), cue.start, clause, 'elided-subject'), read: [clauses[i - 1], clause] };
}

/**
 * `A与B…结对`, `Y与X签订结对帮扶协议`, `X—Y东西部协作联席会议`: two sides joined by a connector,
 * the cue after both and no helped party after it (else the connector joins co-subjects of
 * `A和B对口支援C`, which the subject–verb–object rule reads).
 */
export function symmetric(view: SentenceView, clause: Clause, parties: Party[], masked: string): GrammarReading | undefined {
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
