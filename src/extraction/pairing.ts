import rules from './rules/pairing.json';
import constructions from './rules/pairing-constructions.json';
import { clausesOf, outerParties, type Party, type SentenceView } from './sentence-view';
import { isEasternCode } from './sides';
import { readBy } from './confidence';
import { periodOf } from './time';

const LIST_LINE = new RegExp(rules.listLine);
const YEAR = /(\d{4})年/g;

export interface PairingCandidate {
  from: string;
  to: string;
  mode: string;
  since?: number;
  /** the year it ended, where the sentence gives a period that closed before the report */
  until?: number;
  /** stated by a list line (扶贫协作:…): these settle a place's mode */
  listed: boolean;
  /** the target is a prefecture or province named for its counties */
  broad: boolean;
  evidence: ReturnType<SentenceView['evidence']>;
  targetCode?: string;
  /** The construction that read it (rules/pairing-constructions.json) and how far it is trusted. */
  construction: string;
  confidence: number;
}

/** The most specific places of a list: none that another of the list lies in. */
export const leaves = (parties: Party[]): Party[] => parties.filter((p) => !p.hasChild && !parties.some((q) => q !== p && q.code !== undefined && p.code !== undefined && q.code.startsWith(p.code) && q.code.length > p.code.length));

const POLICY_TITLE = new RegExp(rules.policyTitle, 'g');
const COMMERCE_BEFORE = new RegExp(rules.commerceBefore);
const ATTRIBUTIVE = new RegExp(rules.attributive);
const NOMINAL = new RegExp(constructions.nominalAfter);
const ANAPHORA = new RegExp(constructions.anaphora);
const CHANGE = new RegExp(constructions.changeCue);
const ITEM_VERB = new RegExp(constructions.cue);

/** A party of the helping east: Shanghai's, or a place of the other eastern provinces. */
export function helps(p: Party): boolean {
  return p.home || (p.kind === 'area' && p.code !== undefined && isEasternCode(p.code));
}

/** The first pairing verb of a clause (names masked); a bare 帮扶 before 者, 资金, 工作 … is a noun. */
function pairingVerb(masked: string): { index: number; text: string } | undefined {
  for (const m of masked.matchAll(new RegExp(rules.pairingVerbs, 'g'))) {
    // 帮扶资金, 对口援建项目: nouns, not verbs.
    if ((m[0] === '帮扶' || m[0] === '对口援建') && NOMINAL.test(masked.slice((m.index ?? 0) + m[0].length))) continue;
    return { index: m.index ?? 0, text: m[0] };
  }
  return undefined;
}

/** 扶贫协作:云南德宏芒市、盈江县 → the section's district pairs with each place, in that mode. */
export function listPairings(view: SentenceView): PairingCandidate[] {
  const m = LIST_LINE.exec(view.text);
  if (m === null || view.district === undefined) return [];
  const mode = m[1] === rules.genericMode ? rules.defaultMode : m[1];
  const targets = leaves(view.parties.filter((p) => p.kind === 'area' && !p.home));
  return targets.map((t) => ({ from: view.district!, to: t.ref, mode, listed: true, broad: false, evidence: view.evidence(t.start), targetCode: t.code, ...readBy('relations', 'list-line') }));
}

/**
 * The mode a pairing is written in: a specific one the clause names (镇镇结对), the institutions on
 * the helper's side (学校与…学校), any mode the clause names, the kinds of the two parties (two
 * towns, two villages, an enterprise and a village), else the section's or the default.
 */
export function modeOf(clause: string, subjectSide: string, view: SentenceView, from: Party | undefined, to: Party[]): string {
  for (const [cue, mode] of rules.proseModes.slice(0, rules.specificModes)) if (clause.includes(cue)) return mode;
  // 重点学校与…学校建立结对帮扶关系: the institutions on the subject's side name the mode.
  for (const [cue, mode] of rules.institutionModes) if (subjectSide.includes(cue)) return mode;
  const written = rules.proseModes.find(([cue]) => clause.includes(cue))?.[1];
  if (written !== undefined && written !== rules.defaultMode) return written;
  // Two towns, two villages, an enterprise and a village: the kinds name the mode plain 结对帮扶 leaves open.
  const kindOf = (p: Party) => (p.kind === 'org' ? p.label : p.level);
  const byKinds = from !== undefined && to.length > 0 ? (constructions.modesByKinds as [string, string, string][]).find(([a, b]) => kindOf(from) === a && to.every((t) => kindOf(t) === b)) : undefined;
  if (byKinds !== undefined && from?.kind !== 'org') return byKinds[2];
  if (written !== undefined) return written;
  if (from?.kind === 'org' && to.every((t) => t.kind === 'org')) {
    if (from.label === 'Hospital') return '院院结对';
    if (from.label === 'School') return '校校结对';
    return '部门结对';
  }
  if (clause.includes(rules.genericMode) && view.headingMode !== undefined) return view.headingMode;
  return rules.defaultMode;
}

/**
 * Prose pairings, clause by clause: the subject is the first home party of the clause (else the
 * section's district), the targets the outermost counterpart places (or, between organisations,
 * the organisations) after 与 or the verb. A clause ending in 中 (重点扶贫协作中) opens the next.
 */
export function prosePairings(view: SentenceView, read: readonly { start: number; end: number }[] = []): PairingCandidate[] {
  if (LIST_LINE.test(view.text) || view.sentence.kind === 'heading' || view.sentence.kind === 'furniture') return [];
  const out: PairingCandidate[] = [];
  const clauses = clausesOf(view.text, ITEM_VERB);
  const parties = outerParties(view.parties);
  for (const c of clauses) {
    // A clause a construction of pairing-grammar.ts has read is not read again.
    if (read.some((r) => r.start < c.end && r.end > c.start)) continue;
    const clause = view.text.slice(c.start, c.end);
    // Verbs inside a name (市对口支援与合作交流工作领导小组) do not count.
    let masked = clause;
    for (const p of parties) {
      if (p.start >= c.start && p.end <= c.end) masked = masked.slice(0, p.start - c.start) + '＊'.repeat(p.end - p.start) + masked.slice(p.end - c.start);
    }
    // 印发《关于开展对口帮扶贵州工作的指导意见》: a policy's title names a policy, it states no pairing.
    masked = masked.replace(POLICY_TITLE, (title) => '＊'.repeat(title.length));
    const verb = pairingVerb(masked);
    if (verb === undefined || masked.includes(rules.adjustedCue)) continue;
    // 黄浦区对口支援建设的武陵镇敬老院: the verb describes what was built; the things built are no counterparts.
    if (ATTRIBUTIVE.test(masked.slice(verb.index + verb.text.length))) continue;
    // 两地围绕结对帮扶…: the pair the sentence already named, not a new one.
    if (ANAPHORA.test(masked.slice(0, verb.index))) continue;
    const inClause = parties.filter((p) => p.start >= c.start && p.end <= c.end);
    const verbAt = c.start + verb.index;
    let first = inClause.find((p) => p.start < verbAt && p.home && p.kind !== 'project');
    // 南京、天津和厦门对口支援万州…: helpers of the east other than Shanghai, each a subject.
    const eastern = first === undefined ? leaves(inClause.filter((p) => p.start < verbAt && p.kind === 'area' && helps(p))) : [];
    // 浦东新区川沙新镇: the subject is the most specific of a written chain.
    for (let next = first && inClause.find((p) => p.start === first!.end && p.home && p.code?.startsWith(first!.code ?? '-')); next !== undefined; next = inClause.find((p) => p.start === first!.end && p.home && p.code?.startsWith(first!.code ?? '-'))) first = next;
    const conn = /[与和]/.exec(masked.slice(first !== undefined ? first.end - c.start : 0));
    const connAt = conn === null ? -1 : c.start + (first !== undefined ? first.end - c.start : 0) + conn.index;
    // 上海和宁波对口支援…: a helper after the connector makes it a list of subjects, not a pair.
    const coSubject = connAt >= 0 && inClause.some((p) => p.start === connAt + 1 && helps(p));
    const pivot = connAt >= 0 && connAt < verbAt && !coSubject ? connAt : verbAt;
    const subject = first !== undefined && first.start < pivot ? first : undefined;
    let targets = inClause.filter((p) => p.start > pivot && p.kind === 'org' && !p.home);
    if (subject?.kind !== 'org' || targets.length === 0) targets = leaves(inClause.filter((p) => p.start > pivot && p.kind === 'area' && !helps(p)));
    const byRegion = targets.length === 0;
    if (byRegion) targets = regionTarget(view, verb.text, verbAt);
    // With no helper written, the subject is the district the section names, if nothing else stands before the verb.
    const nothingBefore = !inClause.some((p) => p.start < pivot && p.kind !== 'project');
    const coSubjects = coSubject && subject !== undefined ? leaves(inClause.filter((p) => p.start < pivot && p.kind === 'area' && helps(p))).map((p) => p.ref) : [];
    const listed = subject !== undefined ? subjectList(view.text, inClause, subject, pivot) : [];
    const subjects = coSubjects.length > 0 ? coSubjects : listed.length > 1 ? listed : subject !== undefined ? [subject.ref] : eastern.length > 0 ? eastern.map((p) => p.ref) : view.district !== undefined && view.districtNamed && nothingBefore ? [view.district] : [];
    if (subjects.length === 0 || targets.length === 0) continue;
    // 延华集团与遵义市城投公司合作组建…: two enterprises that only 合作 do business; they are no pair.
    if (verb.text === rules.businessVerb && subject?.label === 'Enterprise' && targets.every((t) => t.label === 'Enterprise')) continue;
    // 开展产销合作: trade, not a pairing.
    if (verb.text === rules.businessVerb && COMMERCE_BEFORE.test(masked.slice(0, verb.index))) continue;
    const mode = modeOf(clause, view.text.slice(c.start, pivot), view, subject, targets);
    const period = periodOf(view.text, verbAt, view.docYear);
    const construction = byRegion ? 'region-verb' : subject !== undefined || eastern.length > 0 ? 'subject-verb-object' : 'section-subject';
    for (const from of subjects) for (const t of targets) out.push(proseCandidate(view, from, t, mode, period, c.start, construction));
  }
  return out;
}

/** 上海市对口援藏项目1582个, in a report about 日喀则: the place the report is about, when it lies in the region the verb names. */
function regionTarget(view: SentenceView, verb: string, at: number): Party[] {
  const region = (rules.regionVerbs as Record<string, string>)[/^对口援(.)$/.exec(verb)?.[1] ?? ''];
  const place = view.reportPlace !== undefined ? view.builder.entity(view.reportPlace) : undefined;
  if (region === undefined || place?.code === undefined || !place.code.startsWith(region)) return [];
  return [{ ref: place.ref, start: at, end: at, home: false, kind: 'area', level: place.label, code: place.code }];
}

/** A pairing read from prose, as every prose reader records it: its target, period, evidence and construction. */
export function proseCandidate(view: SentenceView, from: string, to: Party, mode: string, period: ReturnType<typeof periodOf>, evidenceAt: number, construction: string): PairingCandidate {
  return {
    from,
    to: to.ref,
    mode,
    ...period,
    listed: false,
    broad: to.level === 'Prefecture' || to.level === 'Province',
    evidence: view.evidence(evidenceAt),
    ...(to.code !== undefined ? { targetCode: to.code } : {}),
    ...readBy('relations', construction, view.sentence.kind),
  };
}

/** 上海、苏州、杭州、广州4个东部城市对口帮扶…: the helpers listed with the subject (、 和 及 between them), each a subject. */
function subjectList(text: string, inClause: Party[], subject: Party, pivot: number): string[] {
  const list = [subject];
  for (const p of inClause) {
    const last = list[list.length - 1];
    if (p.start < last.end || p.start >= pivot || p.kind === 'project' || !helps(p)) continue;
    if (LIST_JOINT.test(text.slice(last.end, p.start))) list.push(p);
  }
  return leaves(list).map((p) => p.ref);
}

/** 、 和 及, or nothing between two districts (普陀区长宁区). */
const LIST_JOINT = /^[、和及]?$/;

/** A pairing that ended: with `to`, that one; without, every earlier pairing of `from` but those it changed to. */
export interface EndedPairing {
  from: string;
  to?: string;
  until: number;
  /** With no `to`: the counterparts it changed to, which go on. */
  keeps?: Set<string>;
}

/**
 * 由原对口帮扶A、B调整为单一对口帮扶B: A's pairing ended in the sentence's year. 2017年1月,X转为帮扶
 * Y1、Y2: X's earlier pairings ended then (its new ones the subject–verb–object rule reads).
 */
export function endedPairings(view: SentenceView): EndedPairing[] {
  const year = /(\d{4})年/.exec(view.text);
  if (year === null || view.district === undefined) return [];
  const areas = view.parties.filter((p) => p.kind === 'area' && !p.home);
  const at = view.text.indexOf(rules.adjustedCue);
  if (at >= 0) {
    const before = areas.filter((p) => p.start < at).map((p) => p.ref);
    const after = new Set(areas.filter((p) => p.start > at).map((p) => p.ref));
    return before.filter((r) => !after.has(r)).map((to) => ({ from: view.district!, to, until: Number(year[1]) }));
  }
  const change = CHANGE.exec(view.text);
  if (change === null) return [];
  const helper = outerParties(view.parties).filter((p) => p.start < change.index && helps(p) && p.kind !== 'project').pop()?.ref ?? (view.districtNamed ? view.district : undefined);
  if (helper === undefined) return [];
  return [{ from: helper, until: Number(year[1]), keeps: new Set(areas.filter((p) => p.start > change.index).map((p) => p.ref)) }];
}
