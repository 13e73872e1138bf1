import type { Area } from '../gazetteer/types';
import type { EntityLabel } from '../model';
import { Aliases, bareOrgName } from './aliases';
import type { AreaMention } from './area-mentions';
import type { FactBuilder } from './builder';
import type { DocumentContext } from './document-context';
import { readBy } from './confidence';
import { bodyReferences, referenceParties } from './references';
import { findOrganizations, type OrgMention } from './organizations';
import { projectFigures } from './project-figures';
import { findProjects, type ProjectMention } from './projects';
import type { ReadingState } from './reading-state';
import orgRules from './rules/organizations.json';
import { evidenceOf, type Party } from './sentence-view';
import { isHomeCode } from './sides';
import type { Sentence } from './text';
import { findVillages } from './villages';

/** A count of villages (三个贫困村, 的12个行政村) or a kind of place (云南乡镇) right after a place. */
const UNNAMED_VILLAGES = /^(?:各|部分|贫困)?(?:乡镇|村庄|村寨)|^的?[0-9一二三四五六七八九十两百几多余]+个?[^,;:、。]{0,4}?(村|社区)(?![委民])/;

/** Everything a sentence names, each mention made an entity of the fact set. */
export interface SentenceParties {
  /** Areas of every level, villages included, in text order. */
  areas: AreaMention[];
  orgs: OrgMention[];
  projects: ProjectMention[];
  /** Areas, organisations and projects as the relation rules read them, in text order. */
  parties: Party[];
  /** The district the sentence is about: the one it names, else its section's. */
  district: Area | undefined;
  districtRef: string | undefined;
  /** The sentence or its section names that district (a district only named most elsewhere is no subject). */
  districtNamed: boolean;
}

const DATELINE_PLACE = new RegExp(orgRules.datelinePlace);
const VENUE_AFTER = new RegExp(orgRules.venuePlace);
const SHORT_NAME = new RegExp(orgRules.shortName);

/**
 * A place written after 在 (with the places it lies in: 在云南昆明) and before what an event does
 * there, when the sentence names elsewhere a place it lies in (沪滇…联席会议纪要在昆明完成签署): the
 * event's venue inside the counterpart named. Alone, the venue is the counterpart (联席会议在夷陵区举行).
 */
function isVenue(text: string, p: Party, parties: Party[]): boolean {
  const chain = [p];
  for (let next = parties.find((q) => q.start === chain[chain.length - 1].end); next !== undefined; next = parties.find((q) => q.start === chain[chain.length - 1].end)) chain.push(next);
  for (let prev = parties.find((q) => q.end === chain[0].start); prev !== undefined; prev = parties.find((q) => q.end === chain[0].start)) chain.unshift(prev);
  if (text[chain[0].start - 1] !== '在' || !VENUE_AFTER.test(text.slice(chain[chain.length - 1].end))) return false;
  const venue = chain[chain.length - 1].code ?? '-';
  return parties.some((q) => !chain.includes(q) && !q.home && q.code !== undefined && venue.startsWith(q.code));
}

const isDistrict = (m: AreaMention): boolean => isHomeCode(m.area.code) && m.area.level === 'County';

/**
 * Stage 4, parties: the areas (gazetteer names in context, villages within the counties about),
 * organisations (by the grammar of their names) and projects a sentence names, each recorded as
 * an entity with its evidence; organisations also where they belong or lie.
 */
export function readParties(sentence: Sentence, areas: AreaMention[], document: DocumentContext, state: ReadingState, builder: FactBuilder, aliases: Aliases): SentenceParties {
  // Villages are read within the counties the sentence or, failing that, the section names.
  const counties = areas.filter((a) => a.area.level === 'County' || a.area.level === 'Township').map((a) => a.area.code).reverse();
  const context = [...counties, ...state.recent.map((r) => r.replace('area:', '')).filter((c) => c.length >= 6)];
  const villages = findVillages(sentence.text, areas, context, document.gazetteer);
  const allAreas = [...areas, ...villages].sort((x, y) => x.start - y.start);
  // The sentence's district, when it names one (普陀区…); a sentence naming several (黄浦、虹口…6个区) is about none of them.
  const districts = new Set(areas.filter(isDistrict).map((a) => a.area.code));
  const explicit = districts.size === 1 ? areas.find(isDistrict)?.area : undefined;
  const district = sentence.kind === 'heading' ? state.sectionDistrict : explicit ?? state.sectionDistrict;
  const districtNamed = explicit !== undefined || state.sectionDistrictNamed;
  const districtRef = district !== undefined ? `area:${district.code}` : undefined;
  // 中新网普洱11月8日电: the dateline's place is where the report was filed; 在昆明召开, the venue of
  // what the sentence tells. Neither takes part in it.
  const written = allAreas.map((m) => areaParty(m, sentence, builder)).filter((p) => !DATELINE_PLACE.test(sentence.text.slice(p.end)));
  const parties = written.filter((p) => !isVenue(sentence.text, p, written));
  parties.push(...referenceParties(sentence, parties, document, state.lastNamed, builder, district ?? document.district));
  for (const p of parties) p.hasChild = parties.some((q) => q !== p && q.code !== undefined && p.code !== undefined && q.code.startsWith(p.code) && q.code.length > p.code.length && q.start >= p.end && q.start - p.end <= 1);
  // 叶城三个贫困村, 云南乡镇: a place followed by a count of its villages stands for places it does not name.
  for (const p of parties) if (p.kind === 'area' && p.level !== 'Village' && UNNAMED_VILLAGES.test(sentence.text.slice(p.end))) p.hasChild = true;
  // 万州天城区: a former district written after its area is a child of it too.
  for (const m of allAreas) if (m.area.code === '' && m.area.level === 'County' && m.parent !== undefined) parties.find((p) => p.start === m.parent!.start)!.hasChild = true;
  if (sentence.kind === 'heading') return { areas: allAreas, orgs: [], projects: [], parties, district, districtRef, districtNamed };

  const orgs = findOrganizations(sentence.text, allAreas, document.brands);
  for (const o of orgs) {
    const party = organizationParty(o, sentence, parties, { district, districtRef, document, state, builder, aliases });
    const short = SHORT_NAME.exec(sentence.text.slice(o.end))?.groups?.short;
    if (short !== undefined) aliases.shortName(short, party.ref);
    // 中新网迪庆10月9日电: the outlet reports what the sentence states; it takes no part in it.
    if (o.construction !== 'news-outlet') parties.push(party);
    // 洱源县 of 洱源县、鹤庆县人社局 stands for its body there, not for itself.
    const place = o.construction === 'shared-head' ? parties.findIndex((p) => p.kind === 'area' && p.start === o.start && p.end === o.end) : -1;
    if (place >= 0) parties.splice(place, 1);
  }
  parties.push(...bodyReferences(sentence.text, parties, state.lastBodies));

  const named = (pos: number): boolean => parties.some((p) => p.end === pos);
  const projects = findProjects(sentence.text, allAreas, named);
  for (const [i, p] of projects.entries()) {
    const figures = projectFigures(sentence.text, p, projects[i + 1]?.start ?? sentence.text.length);
    const ref = aliases.project(p.name, p.written, evidenceOf(sentence, p.start), readBy('projects', 'project-head', sentence.kind), figures);
    parties.push({ ref, start: p.start, end: p.end, home: false, kind: 'project' });
    state.lastProject = ref;
  }
  parties.sort((x, y) => x.start - y.start);
  // Read again with the projects among the named parties, as the relation rules see them.
  return { areas: allAreas, orgs, projects: findProjects(sentence.text, allAreas, named), parties, district, districtRef, districtNamed };
}

function areaParty(m: AreaMention, sentence: Sentence, builder: FactBuilder): Party {
  const unresolved = m.area.code === '';
  const ref = builder.area(m.area, m.written, evidenceOf(sentence, m.start), unresolved, readBy('areas', areaConstruction(m), sentence.kind));
  // A composite abbreviation (云南德宏芒市, 德宏芒市) is how readers will look the place up too.
  for (let p = m.parent; p !== undefined; p = p.parent) builder.alsoWritten(ref, sentence.text.slice(p.start, m.end));
  if (unresolved) {
    const parent = m.parent?.area.code ?? m.area.parentCode;
    const entity = builder.entity(ref);
    if (entity !== undefined && parent !== undefined && entity.partOf === undefined) entity.partOf = `area:${parent}`;
  }
  if (m.note?.startsWith('historical')) {
    builder.note({ kind: 'historical-name', description: `${m.written}: ${m.note}.`, evidence: [evidenceOf(sentence, m.start)] });
  }
  // A former district of Shanghai (卢湾区) has no code of its own but is on Shanghai's side.
  const home = isHomeCode(m.area.code !== '' ? m.area.code : (m.area.parentCode ?? '-'));
  return { ref, start: m.start, end: m.end, home, kind: 'area', level: m.area.level, ...(unresolved ? {} : { code: m.area.code }) };
}

/** How an area was read: by the gazetteer's name (full, simplified, bare, historical), in a list, as a village, or not placed. */
function areaConstruction(m: AreaMention): string {
  if (m.area.code === '') return m.area.level === 'Village' ? 'unresolved' : 'former';
  if (m.area.level === 'Village') return 'village';
  return m.listed === true ? 'listed' : m.kind;
}

interface OrganizationContext {
  district: Area | undefined;
  districtRef: string | undefined;
  document: DocumentContext;
  state: ReadingState;
  builder: FactBuilder;
  aliases: Aliases;
}

/** An organisation as an entity, with the district it belongs to or the place it lies in. */
function organizationParty(o: OrgMention, sentence: Sentence, areaParties: Party[], c: OrganizationContext): Party {
  const { builder: b, district, districtRef } = c;
  const evidence = evidenceOf(sentence, o.start);
  const bare = o.area !== undefined ? bareOrgName(o.written, o.area.end - o.start) : undefined;
  const ref = c.aliases.org(o.label as EntityLabel, organizationName(o, district, c.document), o.written, bare, evidence, readBy('organizations', o.construction, sentence.kind));
  const home = isHomeOrganization(o, areaParties);
  if (o.abbreviated === '区' && districtRef !== undefined) {
    b.area(district!, district!.name, evidence);
    if (o.label !== 'School' && o.label !== 'Hospital') b.relation('BELONGS_TO', ref, districtRef, evidence);
  } else if (o.abbreviated === '市' && o.label === 'Agency' && b.entity('area:31') !== undefined) {
    b.relation('BELONGS_TO', ref, 'area:31', evidence);
  } else if (o.area !== undefined) {
    const areaRef = `area:${o.area.area.code}`;
    const homeOwned = isHomeCode(o.area.area.code) && o.area.area.level === 'County' && o.label !== 'Enterprise';
    const unowned = orgRules.unownedHeads.some((h) => o.written.endsWith(h));
    if ((o.label === 'Agency' || homeOwned) && !unowned) b.relation('BELONGS_TO', ref, areaRef, evidence);
    else if (!isHomeCode(o.area.area.code)) b.relation('LOCATED_IN', ref, areaRef, evidence);
  } else if (sentence.text.slice(Math.max(0, o.start - 2), o.start) === '区内' && districtRef !== undefined) {
    b.relation('LOCATED_IN', ref, districtRef, evidence);
  } else if ((o.label === 'School' || o.label === 'Hospital') && c.state.focus.length > 0 && !o.written.startsWith('上海')) {
    b.relation('LOCATED_IN', ref, c.state.focus[0], evidence);
  }
  return { ref, start: o.start, end: o.end, home, kind: 'org', label: o.label, ...(o.construction === 'national-body' ? { central: true } : {}) };
}

/** 当地农业农村局: the body of the place the report is about. */
const LOCAL = '当地';

/**
 * Whether a body is on Shanghai's side: written 区…/市… for the report's own; else by the place its
 * name starts with; not when written 省…/州…/县…/当地…; else by the places inside it
 * (绿赛可新材料(云南)有限公司); else it is, unless a place of the other side is written right before it.
 */
function isHomeOrganization(o: OrgMention, areaParties: Party[]): boolean {
  if (o.abbreviated !== undefined) return true;
  if (o.area !== undefined) return isHomeCode(o.area.area.code);
  // 州人民医院, 县扶贫办, 省人大常委会: Shanghai has no province, prefectures or counties, so these alone are the other side's.
  if (/^[省州县]/.test(o.written) || o.written.startsWith(LOCAL)) return false;
  const inside = areaParties.filter((p) => p.start >= o.start && p.end <= o.end);
  if (inside.length > 0) return inside.some((p) => p.home);
  return !areaParties.some((p) => !p.home && p.start < o.start && o.start - p.end < 2);
}

/**
 * The full name: 区人武部 in 嘉定's section is 嘉定区人武部, 市阳光康复中心 is 上海市阳光康复中心, and in a
 * report about 迪庆, 州人民医院 is 迪庆藏族自治州人民医院.
 */
function organizationName(o: OrgMention, district: Area | undefined, document: DocumentContext): string {
  const rest = o.inherited === true ? o.written : o.written.slice(1);
  if (o.abbreviated === '区' && district !== undefined) return district.name + rest;
  if (o.abbreviated === '市') return document.homeCity + rest;
  const own = o.area === undefined ? reportPlaceWritten(o.written, document) : undefined;
  if (own !== undefined) return own.place.name + o.written.slice(own.written);
  if (o.area !== undefined) return o.written.slice(o.area.start - o.start);
  return o.written;
}

/**
 * What 省, 州 or 县 alone, opening a body's name, stands for: the province, prefecture or county of
 * the place the report is about; 当地 (当地农业农村局) that place itself. With how many characters say so.
 */
function reportPlaceWritten(written: string, document: DocumentContext): { place: Area; written: number } | undefined {
  if (document.place === undefined) return undefined;
  const code = document.place.slice('area:'.length);
  if (written.startsWith(LOCAL)) {
    const place = document.gazetteer.byCode(code);
    return place !== undefined ? { place, written: LOCAL.length } : undefined;
  }
  const level = { 省: 'Province', 州: 'Prefecture', 县: 'County' }[written[0]];
  const place = level !== undefined ? document.gazetteer.chain(code).find((a) => a.level === level) : undefined;
  return place !== undefined ? { place, written: 1 } : undefined;
}
