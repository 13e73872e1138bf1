import type { PropertyValue } from '../model';
import { readBy } from './confidence';
import { findAmounts, type Amount } from './numbers';
import { helps, leaves } from './pairing';
import rules from './rules/money.json';
import { outerParties, type Party, type SentenceView } from './sentence-view';

/**
 * Money given, as the genre writes it when the rules of relations.ts read nothing of an amount:
 * `徐汇区向我州捐赠了…资金3500万元`, `廊下镇给同心镇带来…100万元帮扶共建资金`, `已累计投入帮扶资金5.69亿元`
 * (the helper named before in the sentence), `闵行投向龙陵石斛产业的资金达3100万元`,
 * `上海市及黄浦区对口支援万州区的项目共26个,援助总金额5042万元` (the most specific helper). The giver
 * is the helper nearest before the cue; the receiver the place after 向/给/对, else the helped
 * place the sentence names. Amounts of income, prices, sales and output are no money given.
 */
const CUE = new RegExp(rules.cue, 'g');
const NOT_GIVEN = new RegExp(rules.notGiven);
const RECEIVER_MARK = new RegExp(rules.receiverMark);
const MONEY_TYPES = new Set(['FUNDS', 'DONATES_TO', 'INVESTS_IN']);
const SPLIT = new RegExp(rules.split);
const PERSON = new RegExp(rules.personAfter);
const LEADS = new RegExp(rules.personLeads);
const JOINED_GIVERS = /[其各分]/;
const AID_FUNDS = new RegExp(rules.aidFunds);
const NAMED_AID_FUNDS = new RegExp(rules.namedAidFunds, 'g');
const QUALIFIES_PLACE = new RegExp(rules.qualifiesPlace);
const CAUSED_GIVERS = new RegExp(rules.causedGivers);
const GIFT_CUE = new RegExp(rules.giftCues);
const LEVEL_BY_CODE_LENGTH: Record<number, string> = { 2: 'Province', 4: 'Prefecture', 6: 'County', 9: 'Township', 12: 'Village' };

export function moneyGiven(v: SentenceView): void {
  if (v.sentence.kind === 'furniture') return;
  const parties = outerParties(v.parties).filter((p) => p.kind !== 'project');
  const amounts = findAmounts(v.text);
  if (splitBySource(v, amounts)) return;
  // A series (投入——2017年为2000万元,2018年增至9152万元,2019年…超过1亿元): each amount within reach of the one read before it shares its cue.
  let lastRead: { end: number; cueAt: number } | undefined;
  for (const amount of amounts) {
    if (alreadyRead(v, amount)) continue;
    const clauseStart = clauseStartOf(v.text, amount.start);
    if (!mayBeGiven(v.text, amount, clauseStart)) continue;
    const cue = [...v.text.slice(0, amount.start).matchAll(CUE)].pop();
    const inSeries = lastRead !== undefined && lastRead.cueAt === cue?.index && lastRead.end >= clauseStart - rules.cueReach;
    if (cue === undefined || ((cue.index ?? 0) < clauseStart - rules.cueReach && !inSeries)) {
      namedAidFunds(v, parties, amount, clauseStart);
      continue;
    }
    const cueAt = cue.index ?? 0;
    const giver = giverBefore(v.text, parties, clauseStart, cueAt) ?? continuedSubject(v, parties, cueAt);
    if (giver === undefined || othersGive(v.text, giver, cueAt)) continue;
    const receiver = receiverOf(v, parties, giver, cueAt, amount);
    if (receiver === undefined) continue;
    const type = /捐/.test(cue[0]) ? 'DONATES_TO' : cue[0] === '投资' && giver.kind === 'org' ? 'INVESTS_IN' : 'FUNDS';
    // A、B分别向C捐赠5万元: each of the list gives the amount.
    const givers = v.text.slice(giver.end, cueAt).includes('分别') ? listEndingAt(v.text, parties, giver) : [giver];
    for (const g of givers) v.builder.relation(type, g.ref, receiver, v.evidence(amount.start), moneyProperties(v, amount), readBy('relations', 'money-given', v.sentence.kind));
    lastRead = { end: amount.end, cueAt };
  }
}

/** A total split by source (投入…X万元,其中…Y万元): relations.ts reads the parts it can tell apart, and the rest stays unread. */
export const splitBySource = (v: SentenceView, amounts: Amount[]): boolean => SPLIT.test(v.text) && amounts.some((a) => alreadyRead(v, a));

/** Where the clause holding character `at` begins. */
export const clauseStartOf = (text: string, at: number): number => Math.max(0, ...[...text.slice(0, at).matchAll(/[,;。]/g)].map((m) => (m.index ?? 0) + 1));

/** An amount that may be money given: no income, price, sale or output is said of it in its clause or right after it. */
export function mayBeGiven(text: string, amount: Amount, clauseStart = clauseStartOf(text, amount.start)): boolean {
  return !NOT_GIVEN.test(text.slice(clauseStart, amount.start)) && !NOT_GIVEN.test(text.slice(amount.end, amount.end + 6));
}

/**
 * 上海援疆资金1万元: aid funds named as such, with no verb of giving, right after their giver and
 * right before the amount.
 */
function namedAidFunds(v: SentenceView, parties: Party[], amount: Amount, clauseStart: number): void {
  const named = [...v.text.slice(clauseStart, amount.start).matchAll(NAMED_AID_FUNDS)].pop();
  if (named === undefined || amount.start - (clauseStart + (named.index ?? 0) + named[0].length) > 2) return;
  const giver = parties.find((p) => p.end === clauseStart + (named.index ?? 0) && helps(p));
  const receiver = giver !== undefined ? receiverOf(v, parties, giver, amount.start, amount) : undefined;
  if (giver !== undefined && receiver !== undefined) v.builder.relation('FUNDS', giver.ref, receiver, v.evidence(amount.start), moneyProperties(v, amount), readBy('relations', 'money-given', v.sentence.kind));
}

/** The qualifier a report writes with an amount: 近/约 approximate, 余/多/超过 a lower bound, 累计 over years. */
export function qualifierOf(text: string, amount: Amount): string | undefined {
  const before = text.slice(Math.max(0, amount.start - 4), amount.start);
  for (const [qualifier, pattern] of Object.entries(rules.qualifiers)) {
    const re = new RegExp(pattern);
    if (re.test(before) || re.test(amount.amountText)) return qualifier;
  }
  // 累计投入帮扶资金5.69亿元: a sum over years says so anywhere before the amount in its clause.
  const clause = text.slice(0, amount.start).split(/[,;。]/).pop() ?? '';
  return new RegExp(rules.qualifiers.cumulative).test(clause) ? 'cumulative' : undefined;
}

const FUND_SOURCES = Object.entries(rules.fundSources).map(([source, words]) => [source, new RegExp(words)] as const);

/** Where an amount came from, when its clause says it (市级财政资金1000万元, 企业自筹200万元); undefined otherwise. */
export function fundSourceOf(text: string, amount: Amount): string | undefined {
  const opening = Math.max(...[',', ',', ';', ';', '。'].map((mark) => text.lastIndexOf(mark, amount.start - 1))) + 1;
  const closing = text.slice(amount.start).search(/[,,;;。]/);
  const clause = text.slice(opening, closing < 0 ? undefined : amount.start + closing);
  return FUND_SOURCES.find(([, words]) => words.test(clause))?.[0];
}

/** What a money fact records of its amount: the sum in 万元, as written, its qualifier, where it came from, whether it is planned. */
export function moneyProperties(v: SentenceView, amount: Amount): Record<string, PropertyValue> {
  const qualifier = qualifierOf(v.text, amount);
  const fundSource = fundSourceOf(v.text, amount);
  return {
    amountWan: amount.amountWan,
    amountText: amount.amountText,
    ...(qualifier !== undefined ? { qualifier } : {}),
    ...(fundSource !== undefined ? { fundSource } : {}),
    ...(new RegExp(rules.planned).test(v.text.slice(0, amount.start)) ? { planned: true } : {}),
  };
}

/** An amount another rule already read in this sentence. */
export function alreadyRead(v: SentenceView, amount: Amount): boolean {
  const sentence = v.evidence(amount.start).sentence;
  return v.builder.relations.some((r) => MONEY_TYPES.has(r.type) && r.properties?.amountText === amount.amountText && r.evidence.some((e) => e.sentence === sentence));
}

/**
 * The giver: a helper before the cue in its clause, else one that begins an earlier clause of the
 * sentence (自1996年起上海市黄浦区对口帮扶澜沧县,…已累计投入): its subject. The most specific of a
 * chain (上海市黄浦区) or a list (黄浦区 of 上海市及黄浦区), the first of places apart (上海市 of
 * 上海市和青岛市, who give jointly); none when a person of it gives (…主任郭旋).
 */
function giverBefore(text: string, parties: Party[], clauseStart: number, cueAt: number): Party | undefined {
  const inClause = parties.filter((p) => p.start >= clauseStart && p.end <= cueAt && helps(p) && !QUALIFIES_PLACE.test(text.slice(p.end)) && !markedReceiver(text, p));
  const subject = parties.filter((p) => p.end <= clauseStart && helps(p) && beginsClause(text, p)).pop();
  // A total after several districts each paired on its own (黄浦区与万州区,静安区与夷陵区…,援助金额超过1亿元) is the city's.
  const districts = new Set(parties.filter((p) => p.end <= clauseStart && p.home && p.level === 'County').map((p) => p.ref));
  if (inClause.length === 0 && districts.size > 1 && !JOINED_GIVERS.test(text.slice(clauseStart, cueAt))) return { ref: 'area:31', start: 0, end: 0, home: true, kind: 'area', level: 'Province', code: '31' };
  const helpers = inClause.length > 0 ? inClause : subject !== undefined ? joinedTo(text, parties, subject) : [];
  const last = helpers[helpers.length - 1];
  // …主任郭旋捐了2万元 is the person's gift; …主任任伟峰带领代表团…举办捐赠仪式 is the body's, the person leading it.
  if (last === undefined || (PERSON.test(text.slice(last.end, last.end + 8)) && !LEADS.test(text.slice(last.end, cueAt)))) return undefined;
  const areas = leaves(helpers.filter((p) => p.kind === 'area'));
  return last.kind === 'org' ? last : areas[0];
}

/** The helper a sentence opens with (after at most a time phrase, or a clause of time): the most specific of its chain, the later of its list. */
export function subjectOf(text: string, parties: Party[]): Party | undefined {
  // 2005年,嘉定区扶持…: a clause of time alone before the subject's.
  const first = text.search(/[,;。]/);
  const opening = first >= 0 && new RegExp(rules.clauseOpening).test(text.slice(0, first)) ? first + 1 : 0;
  const firstEnd = opening + (text.slice(opening).search(/[,;。]/) + 1 || text.length);
  const subject = parties.find((p) => helps(p) && p.kind !== 'project' && beginsClause(text, p) && p.end <= firstEnd);
  if (subject === undefined) return undefined;
  const group = joinedTo(text, parties, subject);
  const last = group[group.length - 1];
  return last.kind === 'org' ? last : leaves(group.filter((p) => p.kind === 'area')).pop();
}

/** 上海引导341家企业赴云南投资…, 动员社会各界捐款: the helper has others give, so the amount is not its own. */
export const othersGive = (text: string, giver: Party, at: number): boolean => CAUSED_GIVERS.test(text.slice(giver.end, at));

/** …累计向雷允小学捐助: a party written right after 向, 给, 对 or 为 receives; it is no giver, whatever its side. */
export const markedReceiver = (text: string, p: Party): boolean => RECEIVER_MARK.test(text[p.start - 1] ?? '');

/** `…;又捐赠500万元`: a sentence naming no helper before its cue goes on with the subject of the one it continues. */
function continuedSubject(v: SentenceView, parties: Party[], cueAt: number): Party | undefined {
  if (v.subjectBefore === undefined || parties.some((p) => p.start < cueAt && helps(p))) return undefined;
  return carriedParty(v.subjectBefore);
}

/**
 * A helper standing for the subject a sentence leaves out (the one the sentence before opened with,
 * the district the report is about): written nowhere in it, so placed at its start. An area's code
 * gives its level, as for a party the sentence names (a district is a County).
 */
export function carriedParty(ref: string): Party {
  if (!ref.startsWith('area:')) return { ref, start: 0, end: 0, home: true, kind: 'org' };
  const code = ref.slice('area:'.length);
  const level = LEVEL_BY_CODE_LENGTH[code.length];
  return { ref, start: 0, end: 0, home: true, kind: 'area', code, ...(level !== undefined ? { level } : {}) };
}

/** The helpers written with a subject: its chain and its list (上海市黄浦区, 上海市及黄浦区). */
function joinedTo(text: string, parties: Party[], subject: Party): Party[] {
  const group = [subject];
  for (let next = parties.find((p) => p.start >= group[group.length - 1].end && helps(p)); next !== undefined; next = parties.find((p) => p.start >= group[group.length - 1].end && helps(p))) {
    if (!/^[及和、]?$/.test(text.slice(group[group.length - 1].end, next.start))) break;
    group.push(next);
  }
  return group;
}

/** The helpers of a 、-list that ends with `last` (上海一帆公益基金会、沪港资产管理有限公司), in order. */
export function listEndingAt(text: string, parties: Party[], last: Party): Party[] {
  const list = [last];
  for (let prev = parties.filter((p) => p.end <= list[0].start && helps(p)).pop(); prev !== undefined && /^[、和及与]$/.test(text.slice(prev.end, list[0].start)); prev = parties.filter((p) => p.end <= list[0].start && helps(p)).pop()) {
    list.unshift(prev);
  }
  return list;
}

/** A party at the start of its clause, after at most a time phrase (自1996年起, 多年来). */
export function beginsClause(text: string, p: Party): boolean {
  const clauseStart = Math.max(0, ...[...text.slice(0, p.start).matchAll(/[,;。]/g)].map((m) => (m.index ?? 0) + 1));
  return new RegExp(rules.clauseOpening).test(text.slice(clauseStart, p.start));
}

/** The receiver: a place or body right after 向/给/对, else a helped place of the sentence, else the one the sentence before was about. */
export function receiverOf(v: SentenceView, parties: Party[], giver: Party, cueAt: number, amount: Amount): string | undefined {
  const mark = RECEIVER_MARK.exec(v.text.slice(giver.end, cueAt));
  if (mark !== null) {
    const at = giver.end + mark.index + mark[0].length;
    // 给宁洱县同心镇: the most specific of the chain written there.
    let right = parties.find((p) => p.start === at && !helps(p));
    for (let next = right && parties.find((p) => p.start === right!.end && p.kind === 'area'); next !== undefined; next = parties.find((p) => p.start === right!.end && p.kind === 'area')) right = next;
    if (right !== undefined) return right.ref;
  }
  const helped = leaves(parties.filter((p) => p.kind === 'area' && !helps(p)));
  const inSentence = helped.find((p) => p.start > giver.end && p.start < amount.start) ?? helped.find((p) => p.start < amount.start) ?? helped[0];
  if (inSentence !== undefined) return inSentence.ref;
  if (v.previous.length === 1) return v.previous[0];
  // 累计安排援疆资金63.19亿元, no place written here or just before: aid funds go to the place the
  // report is about. After several places (富宁县、广南县) the share of each is unknown: none.
  const clause = v.text.slice(Math.max(0, v.text.lastIndexOf('。', amount.start) + 1, Math.min(cueAt, giver.end)), amount.start);
  // The funds may be named after the amount too (拿出4765万元帮扶资金).
  // A gift (捐款25万元) goes there as well.
  const named = AID_FUNDS.test(clause) || AID_FUNDS.test(v.text.slice(amount.end, amount.end + 8)) || GIFT_CUE.test(v.text.slice(cueAt));
  return v.previous.length === 0 && named ? v.reportPlace : undefined;
}
