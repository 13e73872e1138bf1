import type { Gazetteer } from '../gazetteer/gazetteer';
import type { EntityLabel, FactSet, SourceDocument } from '../model';
import { FactBuilder } from './builder';
import { Aliases, bareOrgName } from './aliases';
import { areaIndex } from './area-index';
import { findAreaMentions, type AreaMention, type AreaScope } from './area-mentions';
import { findVillages } from './villages';
import { findOrganizations, type OrgMention } from './organizations';
import { findProjects } from './projects';
import { splitSentences, type Sentence } from './text';
import { evidenceOf, type Party, type SentenceView } from './sentence-view';
import { endedPairings, listPairings, prosePairings, type PairingCandidate } from './pairing';
import { donations, funds, poverty, projectRelations, settlements, staff, training } from './relations';
import { flushObservations, newObservationState, observations } from './observations';
import pairingRules from './rules/pairing.json';
import orgRules from './rules/organizations.json';


const SHANGHAI = '31';
const LIST_LINE = new RegExp(pairingRules.listLine);
const isHome = (code: string): boolean => code.startsWith(SHANGHAI);
const isDistrict = (m: AreaMention): boolean => isHome(m.area.code) && m.area.level === 'County';

/** Codes the document names unambiguously (official or simplified names), with their ancestors. */
function anchorsOf(sentences: Sentence[], gazetteer: Gazetteer): AreaScope {
  const index = areaIndex(gazetteer);
  const scope: AreaScope = { anchors: new Set() };
  for (const s of sentences) {
    for (const m of findAreaMentions(s.text, index, { anchors: new Set() })) {
      if (m.kind === 'bare' || m.area.level === 'Township') continue;
      for (const a of gazetteer.chain(m.area.code)) scope.anchors.add(a.code);
    }
  }
  return scope;
}

/** A sentence repeated with only the district changed is the same sentence. */
function repeatKey(s: Sentence, areas: AreaMention[]): string {
  let key = s.text;
  for (const m of [...areas].reverse()) if (isHome(m.area.code)) key = key.slice(0, m.start) + '〇' + key.slice(m.end);
  return key.replace(/\s+/g, '');
}

function orgName(o: OrgMention, district: AreaMention['area'] | undefined, homeCity: string): string {
  const rest = o.inherited === true ? o.written : o.written.slice(1);
  if (o.abbreviated === '区' && district !== undefined) return district.name + rest;
  if (o.abbreviated === '市') return homeCity + rest;
  if (o.area !== undefined) return o.written.slice(o.area.start - o.start);
  return o.written;
}

export function extractFacts(document: SourceDocument, gazetteer: Gazetteer): FactSet {
  const b = new FactBuilder();
  const aliases = new Aliases(b);
  const index = areaIndex(gazetteer);
  const sentences = splitSentences(document.text);
  const scope = anchorsOf(sentences, gazetteer);
  for (const m of findAreaMentions(document.publisher ?? '', index, scope)) for (const a of gazetteer.chain(m.area.code)) scope.anchors.add(a.code);
  const docYear = (document.publishedAt ?? '').slice(0, 4) || String(new Date(0).getUTCFullYear());

  // The report's own district: the publisher's, else the one it names most.
  const counts = new Map<string, number>();
  for (const s of sentences) for (const m of findAreaMentions(s.text, index, scope)) if (isDistrict(m)) counts.set(m.area.code, (counts.get(m.area.code) ?? 0) + 1);
  const fromPublisher = findAreaMentions(document.publisher ?? '', index, scope).find(isDistrict)?.area;
  const docDistrict = fromPublisher ?? [...counts.entries()].sort((a, b2) => b2[1] - a[1]).map(([c]) => gazetteer.byCode(c)).find((a) => a !== undefined);

  let sectionDistrict = docDistrict;
  let focus: string[] = [];
  let headingMode: string | undefined;
  let recent: string[] = [];
  let previous: string[] = [];
  let topic: string | undefined;
  let locative: string | undefined;
  let lastProject: string | undefined;
  let carriedFunder: string | undefined;
  let lastParagraph = -1;
  const seen = new Map<string, { district?: string; sentence: string }>();
  const pairings: PairingCandidate[] = [];
  const ended: ReturnType<typeof endedPairings> = [];
  const claimed = new Set<string>();
  const projectDistrict = new Map<string, string>();
  const figures = newObservationState();

  for (const s of sentences) {
    const areas = findAreaMentions(s.text, index, scope);
    if (s.kind === 'heading') {
      const district = areas.find(isDistrict)?.area;
      sectionDistrict = district ?? (s.headingLevel <= 2 ? docDistrict : sectionDistrict);
      if (s.headingLevel <= 2) {
        headingMode = pairingRules.proseModes.map(([cue, mode]) => (s.text.includes(cue) ? mode : undefined)).find((m) => m !== undefined);
        recent = [];
      }
    }
    const key = repeatKey(s, areas);
    const first = seen.get(key);
    if (first !== undefined && s.text.length > 20) {
      b.note({
        kind: 'repeated-paragraph',
        description: `A sentence is printed again${first.district !== sectionDistrict?.name ? ` with ${first.district ?? 'another subject'} changed to ${sectionDistrict?.name ?? 'another subject'}` : ''}; counted once.`,
        evidence: [{ sentence: first.sentence }, evidenceOf(s)],
      });
      if (first.district !== undefined && first.district !== sectionDistrict?.name) {
        b.note({ kind: 'misattributed-paragraph', description: `Text about ${first.district} appears in ${sectionDistrict?.name ?? 'another'} section; attributed to ${first.district} once.`, evidence: [evidenceOf(s)] });
      }
      continue;
    }
    seen.set(key, { district: sectionDistrict?.name, sentence: evidenceOf(s).sentence });
    if (s.paragraph !== lastParagraph) {
      lastParagraph = s.paragraph;
      carriedFunder = undefined;
      topic = undefined;
      locative = undefined;
    }

    // Villages are read within the counties the sentence or, failing that, the section names.
    const counties = areas.filter((a) => a.area.level === 'County' || a.area.level === 'Township').map((a) => a.area.code).reverse();
    const context = [...counties, ...recent.map((r) => r.replace('area:', '')).filter((c) => c.length >= 6)];
    const villages = findVillages(s.text, areas, context, gazetteer);
    const allAreas = [...areas, ...villages].sort((x, y) => x.start - y.start);
    const explicit = areas.find((a) => isDistrict(a));
    const district = s.kind === 'heading' ? sectionDistrict : explicit?.area ?? sectionDistrict;
    const districtRef = district !== undefined ? `area:${district.code}` : undefined;

    const parties: Party[] = [];
    for (const m of allAreas) {
      const unresolved = m.area.code === '';
      const ref = b.area(m.area, m.written, evidenceOf(s, m.start), unresolved);
      // A composite abbreviation (云南德宏芒市, 德宏芒市) is how readers will look the place up too.
      for (let p = m.parent; p !== undefined; p = p.parent) b.alsoWritten(ref, s.text.slice(p.start, m.end));
      if (unresolved) {
        const parent = m.parent?.area.code ?? m.area.parentCode;
        const entity = b.entity(ref);
        if (entity !== undefined && parent !== undefined && entity.partOf === undefined) entity.partOf = `area:${parent}`;
      }
      if (m.note?.startsWith('historical')) {
        b.note({ kind: 'historical-name', description: `${m.written}: ${m.note}.`, evidence: [evidenceOf(s, m.start)] });
      }
      parties.push({ ref, start: m.start, end: m.end, home: isHome(m.area.code), kind: 'area', level: m.area.level, ...(unresolved ? {} : { code: m.area.code }) });
    }
    for (const p of parties) p.hasChild = parties.some((q) => q !== p && q.code !== undefined && p.code !== undefined && q.code.startsWith(p.code) && q.code.length > p.code.length && q.start >= p.end && q.start - p.end <= 1);
    if (districtRef !== undefined && b.entity(districtRef) === undefined && district !== undefined && s.kind !== 'heading') {
      // the district a section is about exists even when a sentence names it only as 区
    }
    if (s.kind === 'heading') {
      previous = [];
      if (s.headingLevel <= 2) focus = parties.filter((p) => !p.home && !p.hasChild).map((p) => p.ref);
      continue;
    }

    const orgs = findOrganizations(s.text, allAreas);
    for (const o of orgs) {
      const name = orgName(o, district, '上海市');
      const bare = o.area !== undefined ? bareOrgName(o.written, o.area.end - o.start) : undefined;
      const ref = aliases.org(o.label as EntityLabel, name, o.written, bare, evidenceOf(s, o.start));
      const home = o.abbreviated !== undefined || (o.area !== undefined ? isHome(o.area.area.code) : !parties.some((p) => !p.home && p.start < o.start && o.start - p.end < 2));
      parties.push({ ref, start: o.start, end: o.end, home, kind: 'org', label: o.label });
      if (o.abbreviated === '区' && districtRef !== undefined) {
        b.area(district!, district!.name, evidenceOf(s, o.start));
        if (o.label !== 'School' && o.label !== 'Hospital') b.relation('BELONGS_TO', ref, districtRef, evidenceOf(s, o.start));
      } else if (o.abbreviated === '市' && o.label === 'Agency' && b.entity('area:31') !== undefined) {
        b.relation('BELONGS_TO', ref, 'area:31', evidenceOf(s, o.start));
      } else if (o.area !== undefined) {
        const areaRef = `area:${o.area.area.code}`;
        const homeOwned = isHome(o.area.area.code) && o.area.area.level === 'County' && o.label !== 'Enterprise';
        const unowned = orgRules.unownedHeads.some((h) => o.written.endsWith(h));
        if ((o.label === 'Agency' || homeOwned) && !unowned) b.relation('BELONGS_TO', ref, areaRef, evidenceOf(s, o.start));
        else if (!isHome(o.area.area.code)) b.relation('LOCATED_IN', ref, areaRef, evidenceOf(s, o.start));
      } else if (s.text.slice(Math.max(0, o.start - 2), o.start) === '区内' && districtRef !== undefined) {
        b.relation('LOCATED_IN', ref, districtRef, evidenceOf(s, o.start));
      } else if ((o.label === 'School' || o.label === 'Hospital') && focus.length > 0 && !o.written.startsWith('上海')) {
        b.relation('LOCATED_IN', ref, focus[0], evidenceOf(s, o.start));
      }
    }

    const named = (pos: number): boolean => parties.some((p) => p.end === pos);
    for (const p of findProjects(s.text, allAreas, named)) {
      const ref = aliases.project(p.name, p.written, evidenceOf(s, p.start));
      parties.push({ ref, start: p.start, end: p.end, home: false, kind: 'project' });
      lastProject = ref;
      if (districtRef !== undefined) projectDistrict.set(ref, districtRef);
    }
    parties.sort((x, y) => x.start - y.start);

    const view: SentenceView = {
      sentence: s,
      text: s.text,
      areas: allAreas,
      orgs,
      projects: findProjects(s.text, allAreas, named),
      parties,
      district: districtRef,
      focus,
      headingMode,
      docYear,
      builder: b,
      evidence: (at = 0) => evidenceOf(s, at),
      lastProject,
      recent,
      carriedFunder,
      previous,
      topic,
      locative,
    };
    pairings.push(...listPairings(view), ...prosePairings(view));
    ended.push(...endedPairings(view));
    donations(view);
    settlements(view);
    funds(view);
    locative = projectRelations(view, claimed);
    staff(view);
    training(view);
    poverty(view);
    observations(view, figures);

    const before = view.projects[0] !== undefined ? s.text.slice(0, view.projects[0].start) : '';
    if (/援建/.test(before)) carriedFunder = /市(级|统筹)/.test(before) ? 'area:31' : districtRef;
    const places = parties.filter((p) => p.kind === 'area' && !p.home && p.code !== undefined && p.code.length >= 6 && !p.hasChild).map((p) => p.ref);
    topic = parties.filter((p) => p.kind === 'org' && !p.home && (p.label === 'School' || p.label === 'Hospital')).pop()?.ref ?? topic;
    const placesNamed = parties.filter((p) => p.kind === 'area' && !p.home && !p.hasChild && (p.code === undefined || p.code.length >= 6));
    const inside = (p: Party): boolean => placesNamed.some((q) => q !== p && (q.code !== undefined ? q.code.startsWith(p.code ?? '-') : b.entity(q.ref)?.partOf === p.ref));
    previous = s.kind === 'prose' && !LIST_LINE.test(s.text) ? placesNamed.filter((p) => !inside(p)).map((p) => p.ref) : [];
    recent = [...places.reverse(), ...recent.filter((r) => !places.includes(r))].slice(0, 6);
  }

  flushObservations({ builder: b, docYear }, figures);
  settlePairings(b, pairings, ended);
  // A project the report names with no one building, funding or investing in it is its district's.
  for (const e of b.entities) {
    if (e.label !== 'Project' || claimed.has(e.ref)) continue;
    if (b.relations.some((r) => r.to === e.ref && (r.type === 'FUNDS' || r.type === 'BUILDS' || r.type === 'INVESTS_IN'))) continue;
    const d = projectDistrict.get(e.ref);
    if (d !== undefined) b.relation('BUILDS', d, e.ref, e.evidence[0]);
  }
  // A district the report is about may be named only by its publisher or as 区.
  for (const r of b.relations) {
    for (const ref of [r.from, r.to]) {
      const area = ref.startsWith('area:') && b.entity(ref) === undefined ? gazetteer.byCode(ref.slice(5)) : undefined;
      if (area !== undefined) b.area(area, area.name, r.evidence[0]);
    }
  }
  setPartOf(b, gazetteer);
  return {
    document: { id: document.id, title: document.title, ...(document.publisher ? { publisher: document.publisher } : {}), ...(document.publishedAt ? { publishedAt: document.publishedAt } : {}), ...(document.url ? { url: document.url } : {}) },
    entities: b.entities,
    relations: b.relations,
    observations: b.observations,
    notes: b.notes,
  };
}

/**
 * A list line settles a place's mode, so prose restating the same pairing adds nothing; prose
 * naming a prefecture whose counties are listed lends them its year (崇明区与临沧市…2017年).
 */
function settlePairings(b: FactBuilder, all: PairingCandidate[], ended: ReturnType<typeof endedPairings>): void {
  const listed = all.filter((p) => p.listed);
  // Years first: prose about a prefecture lends its year to the listed counties inside it.
  for (const p of all) {
    if (p.listed || !p.broad || p.since === undefined || ['校校结对', '院院结对'].includes(p.mode)) continue;
    if (listed.some((l) => l.from === p.from && l.to === p.to) && ['结对帮扶', '对口支援', '扶贫协作', '携手奔小康'].includes(p.mode)) continue;
    for (const l of listed.filter((l) => l.from === p.from && p.targetCode !== undefined && l.targetCode?.startsWith(p.targetCode) && l.targetCode.length > p.targetCode.length)) l.since ??= p.since;
  }
  for (const p of all) {
    if (!p.listed) {
      if (listed.some((l) => l.from === p.from && l.to === p.to) && ['结对帮扶', '对口支援', '扶贫协作', '携手奔小康'].includes(p.mode)) continue;
      const inside = listed.filter((l) => l.from === p.from && p.targetCode !== undefined && l.targetCode?.startsWith(p.targetCode) && l.targetCode.length > p.targetCode.length);
      if (inside.length > 0 && p.broad && !['校校结对', '院院结对'].includes(p.mode)) continue;
      // 学校与西双版纳州…学校结对: institutions pair across the prefecture, whatever its counties do.
      if (p.broad && !['校校结对', '院院结对'].includes(p.mode) && all.some((q) => q !== p && !q.broad && q.from === p.from && q.targetCode?.startsWith(p.targetCode ?? '-'))) continue;
    }
    const until = ended.find((e) => e.from === p.from && e.to === p.to)?.until;
    b.relation('PAIRS_WITH', p.from, p.to, p.evidence, { mode: p.mode, ...(p.since !== undefined ? { since: p.since } : {}), ...(until !== undefined ? { until } : {}) });
  }
}

/** Each area lies in the nearest of its ancestors the document names. */
function setPartOf(b: FactBuilder, gazetteer: Gazetteer): void {
  for (const e of b.entities) {
    if (e.code === undefined || e.partOf !== undefined) continue;
    const chain = gazetteer.chain(e.code).slice(0, -1).reverse();
    const parent = chain.find((a) => b.entity(`area:${a.code}`) !== undefined);
    if (parent !== undefined) e.partOf = `area:${parent.code}`;
  }
}
