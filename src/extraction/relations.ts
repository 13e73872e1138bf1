import rules from './rules/relations.json';
import { fundSourceOf, listEndingAt, qualifierOf } from './money';
import { findAmounts, type Amount } from './numbers';
import { helps } from './pairing';
import { outerParties, type Party, type SentenceView } from './sentence-view';
import type { PropertyValue } from '../model';

const re = (s: string, flags = ''): RegExp => new RegExp(s, flags);
const CONNECTOR = re(rules.connectors, 'g');
const BUILD = re(rules.buildVerbs);
const BENEFIT = re(rules.benefitVerbs);
const SEND = re(rules.staffSendVerbs);
const TRAINING = re(rules.training);
const POVERTY = re(rules.poverty);
const TO_NOW = re(rules.periodToNow);
const CITY_FUNDS = re(rules.cityFunds);
const FUND_WORDS = re(rules.fundWords);
const PLANNED = re(rules.planned);
const MANAGE = re(rules.manageCue);
const UNNAMED_GAINERS = re(rules.unnamedGainers);
const DONATED_GOODS = re(rules.donatedGoods);

/** The other side's parties: not Shanghai's, nor another eastern place (青岛市 of 上海市和青岛市 gives with it). */
const counterparts = (ps: Party[]): Party[] => ps.filter((p) => !helps(p) && p.kind !== 'project');

/** The first home area of the sentence, or the most specific area written right after it (上海市黄浦区). */
function mostSpecificHome(home: Party[]): string | undefined {
  let first = home.find((p) => p.kind === 'area');
  for (let next = first && home.find((p) => p.kind === 'area' && p.start === first!.end); next !== undefined; next = home.find((p) => p.kind === 'area' && p.start === first!.end)) first = next;
  return first?.ref;
}
const mostSpecific = (ps: Party[]): Party[] => ps.filter((p) => !p.hasChild);

/** 区民政局向久治县教育局捐赠了25万元: giver before the connector, receiver after it, before 捐. */
export function donations(v: SentenceView): void {
  const give = v.text.indexOf(rules.donationVerb);
  if (give < 0) return;
  const parties = outerParties(v.parties);
  const conn = [...v.text.slice(0, give).matchAll(CONNECTOR)].map((m) => m.index ?? 0).find((i) => parties.some((p) => p.end <= i && p.home));
  if (conn === undefined) {
    // 对大文中学校开展委托管理…。崇明区捐赠的5000册图书也已到位: no receiver written, the paragraph's institution.
    const giver = parties.filter((p) => p.home && p.end <= give && p.kind !== 'project').pop();
    const attributive = DONATED_GOODS.test(v.text.slice(give));
    if (giver === undefined || v.topic === undefined || !attributive || counterparts(parties).length > 0) return;
    const amount = findAmounts(v.text).find((a) => a.start > give);
    v.builder.relation('DONATES_TO', giver.ref, v.topic, v.evidence(give), amount ? moneyProperties(v, amount) : {});
    return;
  }
  // 上海市黄浦区打浦桥街道向勐马镇捐赠: the most specific of the giver's chain; A、B分别向C捐赠: each of them.
  const giver = parties.find((p) => p.end <= conn && p.home && p.kind !== 'project' && !p.hasChild);
  const receiver = mostSpecific(counterparts(parties.filter((p) => p.start > conn && p.start < give)))[0];
  if (giver === undefined || receiver === undefined) return;
  const last = parties.filter((p) => p.end <= conn && p.home && p.kind !== 'project' && !p.hasChild).pop()!;
  const givers = v.text.slice(last.end, conn).includes('分别') ? listEndingAt(v.text, parties, last) : [giver];
  const amount = findAmounts(v.text).find((a) => a.start > give);
  for (const g of givers) v.builder.relation('DONATES_TO', g.ref, receiver.ref, v.evidence(give), amount ? moneyProperties(v, amount) : {});
}

function funderOf(segment: string, v: SentenceView, home: Party[]): string | undefined {
  const named = home.find((p) => segment.includes(v.text.slice(p.start, p.end)) && p.kind === 'area');
  if (named !== undefined && segment.includes(v.text.slice(named.start, named.end))) return named.ref;
  if (CITY_FUNDS.test(segment)) return v.builder.entity('area:31') ? 'area:31' : undefined;
  return undefined;
}

/** An amount as relation properties: its qualifier, and planned when the sentence announces it (计划投入…) before it. */
function moneyProperties(v: SentenceView, a: Amount, period?: string): Record<string, PropertyValue> {
  const qualifier = qualifierOf(v.text, a);
  const fundSource = fundSourceOf(v.text, a);
  return {
    amountWan: a.amountWan,
    amountText: a.amountText,
    ...(qualifier !== undefined ? { qualifier } : {}),
    ...(fundSource !== undefined ? { fundSource } : {}),
    ...(period ? { period } : {}),
    ...(PLANNED.test(v.text.slice(0, a.start)) ? { planned: true } : {}),
  };
}

/**
 * Money: 其中 A资金X万元,B资金Y万元 splits a total by source; otherwise a home subject that
 * 投入/援助 资金 to a place. Amounts in a project's own sentence fund that project.
 */
export function funds(v: SentenceView): void {
  const amounts = findAmounts(v.text);
  const parties = outerParties(v.parties);
  cityFundedProjects(v, amounts);
  const home = parties.filter((p) => p.home);
  const named = mostSpecific(counterparts(parties.filter((p) => p.kind === 'area')))[0]?.ref;
  if (amounts.length === 0) {
    // 盈江县的大、小浪速村…。2018年起,青浦区投入帮扶资金,…: the places the sentence before was about.
    if (named !== undefined || v.projects.length > 0 || !FUND_WORDS.test(v.text)) return;
    const subject = home.find((p) => p.kind === 'area')?.ref ?? v.district;
    if (subject !== undefined) for (const to of v.previous) v.builder.relation('FUNDS', subject, to, v.evidence(FUND_WORDS.exec(v.text)?.index ?? 0));
    return;
  }
  const toNow = TO_NOW.exec(v.text);
  const period = toNow ? `${toNow[1]}-${v.docYear}` : undefined;
  const focus = v.focus.find((f) => f.length > 'area:'.length + 2);
  // An amount after a sentence naming several places belongs to none of them in particular.
  if (named === undefined && focus === undefined && v.previous.length > 1) return;
  const place = named ?? focus ?? v.recent[0] ?? v.focus[0];
  const project = v.projects.length > 0 ? v.projects[0] : undefined;
  const projectRef = project ? parties.find((p) => p.kind === 'project' && p.start === project.start)?.ref : undefined;
  // The parts of a total: after 其中, or in brackets after the total (a byline's brackets before it split nothing).
  const split = v.text.indexOf('其中');
  const opening = split >= 0 ? split : v.text.indexOf('(', amounts[0].end);
  const parts = opening >= 0 ? amounts.filter((a) => a.start > opening) : [];
  if (parts.length > 0) {
    let from = opening;
    for (const a of parts) {
      const segment = v.text.slice(from, a.start);
      from = a.end;
      const funder = funderOf(segment, v, home) ?? counterparts(parties).find((p) => p.start >= a.start - segment.length && p.end <= a.start)?.ref;
      const target = projectRef ?? place;
      if (funder === undefined || target === undefined || /捐/.test(segment)) continue;
      v.builder.relation('FUNDS', funder, target, v.evidence(a.start), moneyProperties(v, a, period));
    }
    return;
  }
  if (projectRef !== undefined) return;
  if (!FUND_WORDS.test(v.text)) return;
  // 上海市黄浦区…投入: the most specific of a written chain gives.
  const subject = mostSpecificHome(home) ?? v.district;
  if (subject === undefined || place === undefined) return;
  const a = amounts[0];
  v.builder.relation('FUNDS', subject, place, v.evidence(a.start), moneyProperties(v, a, period));
}

/** 市统筹专项资金援建的A、B;C,资金1500万元: the city funds each project (a district builds them). */
function cityFundedProjects(v: SentenceView, amounts: ReturnType<typeof findAmounts>): void {
  const parties = outerParties(v.parties);
  const home = parties.filter((p) => p.home);
  for (const project of v.projects) {
    const ref = parties.find((p) => p.kind === 'project' && p.start === project.start)?.ref;
    if (ref === undefined) continue;
    const funder = funderOf(v.text.slice(0, project.start), v, home) ?? (v.projects[0] === project && project.start < 2 ? v.carriedFunder : undefined);
    if (funder !== 'area:31') continue;
    const a = amounts.find((x) => x.start > project.end && !v.projects.some((p) => p.start > project.end && p.start < x.start));
    // 总投资2000万元(市统筹资金638万元,县自筹1362万元): the total is the project's, not the city's;
    // the parts that follow say who paid what (funds()).
    const splitFollows = a !== undefined && /^[((]/.test(v.text.slice(a.end));
    v.builder.relation('FUNDS', funder, ref, v.evidence(project.start), a && !splitFollows ? moneyProperties(v, a) : {});
  }
}

/** 通过“圆梦行动”平台…: the sentence quotes the short form of the last project's name. */
function quotesShortName(v: SentenceView): boolean {
  const name = v.lastProject !== undefined ? v.builder.entity(v.lastProject)?.name.replace(/[“”"]/g, '') : undefined;
  return name !== undefined && name.length >= 6 && v.text.includes(`“${name.slice(-4)}”`);
}

/** 在陇川县曼崩村,…: the most specific places of the first 在-clause after `from`. */
function placesAfterLocative(v: SentenceView, places: Party[], from: number): string[] {
  const at = v.text.indexOf(rules.locative, from);
  if (at < 0) return [];
  const end = at + (/[,，;；。]/.exec(v.text.slice(at))?.index ?? v.text.length - at);
  const inClause = mostSpecific(places.filter((p) => p.start > at && p.end <= end));
  const deepest = Math.max(-1, ...inClause.map((p) => (p.code ?? '000000000000').length));
  return inClause.filter((p) => (p.code ?? '000000000000').length === deepest).map((p) => p.ref);
}

/**
 * Who builds, invests in, hosts and gains from each project named in the sentence. Returns the
 * project a 在-clause located, which a next sentence opening with 在 goes on locating
 * (…的贫困村提升工程,在陇川县曼崩村,…;在…班玛县要什道村,…).
 */
export function projectRelations(v: SentenceView, claimed: Set<string>): string | undefined {
  const parties = outerParties(v.parties);
  const projects = parties.filter((p) => p.kind === 'project');
  let locative: string | undefined;
  if (projects.length === 0 && v.locative !== undefined && v.text.startsWith(rules.locative)) {
    const to = placesAfterLocative(v, counterparts(parties).filter((p) => p.kind === 'area'), 0);
    for (const ref of to) v.builder.relation('LOCATED_IN', v.locative, ref, v.evidence(0));
    if (to.length > 0) locative = v.locative;
  }
  const places = counterparts(parties).filter((p) => p.kind === 'area');
  // 与A县残联和B县残联…分别开展X项目和Y项目: the i-th project goes with the i-th counterpart (organisations first).
  const respectiveOrgs = counterparts(parties).filter((p) => p.kind === 'org' && p.start < (projects[0]?.start ?? 0));
  const respectiveAreas = mostSpecific(places.filter((p) => p.start < (projects[0]?.start ?? 0)));
  const respectively = !v.text.includes(rules.respectively) ? [] : respectiveOrgs.length === projects.length ? respectiveOrgs : respectiveAreas;
  const listPlaces = new Map<number, string[]>();
  projects.forEach((proj, i) => {
    const before = v.text.slice(0, proj.start);
    const enterprise = parties.find((p) => p.label === 'Enterprise' && p.end <= proj.start);
    const mention = v.projects.find((m) => m.start === proj.start);
    if (enterprise !== undefined && before.slice(enterprise.end).includes(rules.investVerb)) {
      v.builder.relation('INVESTS_IN', enterprise.ref, proj.ref, v.evidence(proj.start));
      claimed.add(proj.ref);
    } else if (BUILD.test(before) || before.endsWith('的')) {
      const funder = funderOf(before, v, parties.filter((p) => p.home));
      const cityFunded = funder === 'area:31' && CITY_FUNDS.test(before);
      const builder = parties.filter((p) => p.home && p.end <= proj.start && p.kind !== 'project').pop();
      const who = cityFunded ? undefined : builder?.ref ?? (v.districtNamed ? v.district : undefined);
      if (who !== undefined && (BUILD.test(before) || v.carriedFunder === undefined)) {
        v.builder.relation('BUILDS', who, proj.ref, v.evidence(proj.start));
        claimed.add(proj.ref);
      }
    }
    // Where: its own place, else a place just after 落户, else the most specific places before it.
    const located: string[] = [];
    const own = places.find((p) => p.start >= proj.start && p.end <= proj.end);
    const inner = v.areas.filter((a) => a.start >= proj.start && a.end <= proj.end && !a.area.code.startsWith('31'));
    if (mention?.area !== undefined && inner.length > 0) {
      located.push(v.parties.find((p) => p.kind === 'area' && p.start === mention.area!.start)?.ref ?? '');
    } else if (own !== undefined) located.push(own.ref);
    else if (respectively.length === projects.length && projects.length > 1) {
      const target = respectively[i];
      const area = target?.kind === 'org' ? v.parties.filter((p) => p.kind === 'area' && !p.hasChild && p.start >= target.start && p.end <= target.end).pop() : target;
      if (area !== undefined) located.push(area.ref);
    } else {
      const after = v.text.slice(proj.end).startsWith(rules.locatedVerb) ? places.find((p) => p.start === proj.end + rules.locatedVerb.length) : undefined;
      if (after !== undefined) located.push(after.ref);
      else {
        const prior = mostSpecific(places.filter((p) => p.end <= proj.start));
        const deepest = Math.max(-1, ...prior.map((p) => (p.code ?? '').length));
        located.push(...prior.filter((p) => (p.code ?? '').length === deepest || (deepest === 12 && p.level === 'Village')).map((p) => p.ref));
        if (located.length === 0) {
          located.push(...placesAfterLocative(v, places, proj.end));
          if (located.length > 0) locative = proj.ref;
        }
        if (located.length === 0 && v.focus.length > 0) located.push(v.focus[0]);
      }
    }
    // 援建的富宁县人民医院CT室改造、购置数字化X光机…等项目: an item without a place shares the list's.
    if (mention?.list !== undefined) {
      if (inner.length > 0 || own !== undefined) listPlaces.set(mention.list, located.filter((l) => l !== ''));
      else if (listPlaces.has(mention.list)) located.splice(0, located.length, ...listPlaces.get(mention.list)!);
    }
    for (const to of located) if (to !== '') v.builder.relation('LOCATED_IN', proj.ref, to, v.evidence(proj.start));
    // An organisation named inside the project (久治县人民医院改扩建项目) is what it is for.
    const inside = parties.length > 0 ? v.parties.filter((p) => p.kind === 'org' && p.start >= proj.start && p.end <= proj.end) : [];
    for (const org of inside) v.builder.relation('BENEFITS', proj.ref, org.ref, v.evidence(proj.start));
  });
  // 带动周边245名贫困人口 / 解决了坪山、联丰7个村寨1033人: who gains.
  const benefit = BENEFIT.exec(v.text);
  const target = projects[projects.length - 1]?.ref ?? (/^(该)?项目/.test(v.text) || quotesShortName(v) ? v.lastProject : undefined);
  if (benefit === null || target === undefined) return locative;
  const gainers = mostSpecific(places.filter((p) => p.start > benefit.index));
  const people = /(\d+)名(建档立卡)?贫困人口/.exec(v.text.slice(benefit.index));
  const households = /(\d+)户/.exec(v.text.slice(benefit.index));
  const props: Record<string, number> = people ? { poorPeople: Number(people[1]) } : households ? { households: Number(households[1]) } : {};
  if (gainers.length > 0) for (const g of gainers) v.builder.relation('BENEFITS', target, g.ref, v.evidence(benefit.index));
  else if (!UNNAMED_GAINERS.test(v.text.slice(benefit.index))) {
    const county = v.builder.relations.find((r) => r.type === 'LOCATED_IN' && r.from === target && /^area:\d{6}$/.test(r.to))?.to;
    const village = v.builder.relations.find((r) => r.type === 'LOCATED_IN' && r.from === target && /^area:(\d{9}|\d{12})$/.test(r.to))?.to;
    const where = county ?? (village !== undefined ? `area:${village.slice(5, 11)}` : undefined);
    if (where !== undefined && v.builder.entity(where) !== undefined) v.builder.relation('BENEFITS', target, where, v.evidence(benefit.index), props);
  }
  return locative;
}

/** 选派9名医生到临沧市 / 援藏医生在定日县人民医院: staff sent, by role, to what follows. */
export function staff(v: SentenceView): void {
  const send = SEND.exec(v.text);
  if (send === null) return;
  const role = rules.staffRoles.find((r) => v.text.slice(send.index).includes(r));
  if (role === undefined) return;
  const roleAt = v.text.indexOf(role, send.index);
  const parties = outerParties(v.parties);
  const from = parties.filter((p) => p.home && p.kind === 'area' && p.end <= send.index).pop()?.ref ?? v.district;
  const targets = mostSpecific(counterparts(parties.filter((p) => p.start > roleAt)));
  const count = /(\d+)[余多]?名$/.exec(v.text.slice(send.index, roleAt));
  if (from === undefined) return;
  if (targets.length === 0) {
    if (count !== null) v.builder.observation(from, 'cadresSent', Number(count[1]), '人', v.docYear, v.evidence(send.index));
    return;
  }
  const first = targets[0];
  const chosen = first.kind === 'org' ? [first] : targets.filter((t) => t.kind === 'area');
  for (const t of chosen) {
    v.builder.relation('SENDS_STAFF', from, t.ref, v.evidence(send.index), { role, ...(count ? { count: Number(count[1]) } : {}) });
  }
  if (MANAGE.test(v.text) && first.kind === 'org') v.builder.relation('MANAGES', from, first.ref, v.evidence(send.index), { mode: '委托管理' });
}

/** 为当地培训各类人才29批次1001人 → TRAINS (and the figures as observations of the place). */
export function training(v: SentenceView): void {
  const m = TRAINING.exec(v.text);
  if (m === null || v.district === undefined) return;
  const place = mostSpecific(counterparts(outerParties(v.parties)).filter((p) => p.kind === 'area'))[0]?.ref ?? v.focus[0];
  if (place === undefined) return;
  const props: Record<string, number> = { count: Number(m[2]) };
  if (m[1] !== undefined) props.batches = Number(m[1]);
  v.builder.relation('TRAINS', v.district, place, v.evidence(m.index), props);
  v.builder.observation(place, 'peopleTrained', Number(m[2]), '人', v.docYear, v.evidence(m.index));
  if (m[1] !== undefined) v.builder.observation(place, 'trainingBatches', Number(m[1]), '批次', v.docYear, v.evidence(m.index));
}

/** 建档立卡贫困户从2013年底1653户6358人减至442户1778人 → four observations. */
export function poverty(v: SentenceView): void {
  const m = POVERTY.exec(v.text);
  if (m === null) return;
  const subject = mostSpecific(counterparts(outerParties(v.parties)).filter((p) => p.kind === 'area'))[0]?.ref ?? v.focus[0];
  if (subject === undefined) return;
  const ev = v.evidence(m.index);
  const then = `${m[1]}-12-31`;
  v.builder.observation(subject, 'poorHouseholds', Number(m[2]), '户', then, ev);
  v.builder.observation(subject, 'poorPeople', Number(m[3]), '人', then, ev);
  v.builder.observation(subject, 'poorHouseholds', Number(m[4]), '户', v.docYear, ev);
  v.builder.observation(subject, 'poorPeople', Number(m[5]), '人', v.docYear, ev);
}

/** 引进上海联九农业发展有限公司落户梁河县: the organisation settles in the place after 落户. */
export function settlements(v: SentenceView): void {
  for (const org of outerParties(v.parties).filter((p) => p.kind === 'org')) {
    if (!v.text.startsWith(rules.locatedVerb, org.end)) continue;
    const at = org.end + rules.locatedVerb.length;
    const chain = v.parties.filter((p) => p.kind === 'area' && !p.home && p.start >= at);
    let place = chain.find((p) => p.start === at);
    while (place?.hasChild === true) place = chain.find((p) => p.start === place!.end) ?? undefined;
    if (place !== undefined) v.builder.relation('LOCATED_IN', org.ref, place.ref, v.evidence(org.start));
  }
}
