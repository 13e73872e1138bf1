import type { Gazetteer } from '../gazetteer/gazetteer';
import type { Area } from '../gazetteer/types';
import type { NameIndex } from '../gazetteer/name-index';
import type { SourceDocument } from '../model';
import { areaIndex } from './area-index';
import { findListedAreas } from './area-lists';
import { findAreaMentions, type AreaMention, type AreaScope } from './area-mentions';
import { sourceOf } from './furniture';
import { normalised } from './normalise';
import { brandOf, findOrganizations } from './organizations';
import { isEasternCode, isHomeCode } from './sides';
import type { Sentence } from './text';

/** What the whole report establishes before any sentence is read for facts. */
export interface DocumentContext {
  gazetteer: Gazetteer;
  index: NameIndex;
  /** Codes the report names unambiguously, with their ancestors: they let short names count. */
  scope: AreaScope;
  /** The year the report speaks from (its date), for 目前 and 至今. */
  docYear: string;
  /** The report's own district: its publisher's (or its byline's source), else the one it names most. */
  district: Area | undefined;
  /** How the district is known: only a publisher's makes it the subject of sentences that name none. */
  districtBy: 'publisher' | 'mentions' | undefined;
  /** What 市 abbreviates in 市统筹资金, 市阳光康复中心. */
  homeCity: string;
  /** The helped place the report names most (ref): what 我州, 我县 mean in a report of the helped side. */
  place: string | undefined;
  /** The brands of the enterprises the report names anywhere (恩捷 of 恩捷股份): 上海恩捷 is one of them. */
  brands: string[];
}

const isDistrict = (m: AreaMention): boolean => isHomeCode(m.area.code) && m.area.level === 'County';

/** Stage 3, the document: anchors, its date and its district, from every sentence and the metadata. */
export function readDocument(document: SourceDocument, sentences: Sentence[], gazetteer: Gazetteer): DocumentContext {
  const index = areaIndex(gazetteer);
  const scope = anchorsOf(sentences, gazetteer);
  const publisher = normalised(document.publisher ?? sourceOf(sentences.filter((s) => s.kind === 'furniture').map((s) => s.text)) ?? '');
  for (const m of findAreaMentions(publisher, index, scope)) for (const a of gazetteer.chain(m.area.code)) scope.anchors.add(a.code);
  // Short names the report lists (西畴、马关、丘北、富宁四个县) are places it names too.
  for (const s of sentences) {
    for (const m of findListedAreas(s.text, findAreaMentions(s.text, index, scope), index, scope)) for (const a of gazetteer.chain(m.area.code)) scope.anchors.add(a.code);
  }
  const counts = new Map<string, number>();
  const helped = new Map<string, number>();
  for (const s of sentences) {
    for (const m of findAreaMentions(s.text, index, scope)) {
      if (isDistrict(m)) counts.set(m.area.code, (counts.get(m.area.code) ?? 0) + 1);
      else if (!isEasternCode(m.area.code) && m.area.level !== 'Province') helped.set(m.area.code, (helped.get(m.area.code) ?? 0) + 1);
    }
  }
  const place = [...helped.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]?.[0];
  const fromPublisher = findAreaMentions(publisher, index, scope).find(isDistrict)?.area;
  const mostNamed = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => gazetteer.byCode(code)).find((a) => a !== undefined);
  return {
    gazetteer,
    index,
    scope,
    docYear: (document.publishedAt ?? '').slice(0, 4) || String(new Date(0).getUTCFullYear()),
    district: fromPublisher ?? mostNamed,
    districtBy: fromPublisher !== undefined ? 'publisher' : mostNamed !== undefined ? 'mentions' : undefined,
    homeCity: '上海市',
    place: place !== undefined ? `area:${place}` : undefined,
    brands: brandsOf(sentences, index, scope),
  };
}

function brandsOf(sentences: Sentence[], index: NameIndex, scope: AreaScope): string[] {
  const brands = new Set<string>();
  for (const s of sentences) {
    for (const org of findOrganizations(s.text, findAreaMentions(s.text, index, scope))) {
      const brand = brandOf(org);
      if (brand !== undefined && !index.entries.has(brand)) brands.add(brand);
    }
  }
  return [...brands];
}

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
