import type { Gazetteer } from '../gazetteer/gazetteer';
import type { Area } from '../gazetteer/types';
import type { AreaMention } from './area-mentions';
import lexicon from './rules/villages.json';

/** A village the data lacks keeps its written name and an empty code. */
export type VillageMention = AreaMention & { unresolved?: boolean };

const GENERIC = new RegExp(lexicon.genericPattern);
/** 村民, 村级, 村寨 … are not the end of a village name. */
const NOT_VILLAGE_AFTER = new RegExp(lexicon.notAfter);
const LISTED = new RegExp(lexicon.listPattern, 'g');
const PAIRED = new RegExp(lexicon.pairedPattern, 'g');
const LIST_LEAD = new RegExp(lexicon.listLead, 'g');
const COMMITTEE = new RegExp(lexicon.committee);
const NATURAL = new RegExp(lexicon.naturalVillage);
const PLACE_BODY = new RegExp(`${lexicon.placeBodyQualifiers}${lexicon.placeBodyHeads}`, 'g');
/** Where a body's place name may start: after punctuation, a connector or a place written before it. */
const NAME_OPENS = /[^\u4e00-\u9fa5]|[和与及在向到对为给了、的]/;
const LEVELS = ['镇', '乡', '村', '社区', '街道'];
const BODY_NAMES = new Set(lexicon.placeBodyNames);

/**
 * Villages need a county around them (the gazetteer's rule): the place written just before, else
 * the counties the passage is about. Unresolved names count only when a place is written right
 * before them (陇川县曼崩村) or they are listed as villages (坪山、联丰7个村寨).
 */
export function findVillages(text: string, areas: AreaMention[], context: string[], gazetteer: Gazetteer): VillageMention[] {
  const out: VillageMention[] = [];
  const taken = (s: number, e: number, shared: boolean): boolean => [...areas, ...(shared ? out.filter((m) => m.start !== s || m.end !== e) : out)].some((m) => m.start < e && m.end > s);
  const resolve = (name: string, parent: AreaMention | undefined, start: number, end: number, explicit: boolean, written = name, shared = false): void => {
    if (GENERIC.test(name) || taken(start, end, shared)) return;
    const within = [...(parent !== undefined ? [parent.area.code] : []), ...context].filter((c) => c.length >= 6);
    if (within.length === 0) return;
    const r = gazetteer.resolve(name, { within });
    // The gazetteer leaves a village found only in a later scope a candidate; the one village of that
    // name within the places the sentence or its section names is no guess (华亭镇与燕门乡、云岭乡,
    // 华亭村与查里通村: 华亭村 of 华亭镇; 甘泉路街道对口帮扶的马鹿塘、通龙…村 after 马鹿塘乡).
    const only = r.status === 'ambiguous' && r.candidates.length === 1 ? r.candidates[0] : undefined;
    const area = r.status === 'resolved' ? r.area : only?.level === 'Village' ? only : undefined;
    const mention: VillageMention =
      area !== undefined && area.level === 'Village' && within.some((c) => area.code.startsWith(c))
        ? { start, end, written, area, kind: 'full' }
        : { start, end, written, area: { code: '', name, level: 'Village', parentCode: within[0] } as Area, kind: 'full', unresolved: true };
    if (mention.unresolved === true && !explicit) return;
    if (parent !== undefined) mention.parent = parent;
    out.push(mention);
  };
  for (const m of text.matchAll(PAIRED)) {
    const start = m.index ?? 0;
    const parent = areas.find((a) => a.end === start);
    // 大、小浪速村: two villages written in one span
    resolve(m[1] + m[3], parent, start, start + m[0].length, true, m[0], true);
    resolve(m[2] + m[3], parent, start, start + m[0].length, true, m[0], true);
  }
  for (const m of text.matchAll(LISTED)) {
    let pos = m.index ?? 0;
    let items = m[1].split('、');
    const lead = [...items[0].matchAll(LIST_LEAD)].pop();
    if (lead !== undefined) {
      const cut = (lead.index ?? 0) + 1;
      items = [items[0].slice(cut), ...items.slice(1)];
      pos += cut;
      if (items[0].length < 2) continue;
    }
    // 梁河县笋子洼、芒杏: the first item starts where the place before it ends.
    const cut = areas.find((a) => a.end > pos && a.end < pos + items[0].length);
    if (cut !== undefined) {
      items = [items[0].slice(cut.end - pos), ...items.slice(1)];
      pos = cut.end;
    }
    const first = areas.find((a) => a.end === pos);
    for (const item of items) {
      // 伯西热克乡欧壤: an item may open with its township; the village is the rest, within it.
      const township = areas.find((a) => a.start >= pos && a.end < pos + item.length && a.end > pos);
      const parent = township ?? first;
      const name = township !== undefined ? item.slice(township.end - pos) : item;
      const at = township !== undefined ? township.end : pos;
      if (name.length <= 4) resolve(name.endsWith('村') ? name : name + '村', parent, at, pos + item.length, true, name);
      pos += item.length + 1;
    }
  }
  for (let k = 0; k < text.length; k++) {
    // A village ends in 村, a community in 社区 (华旺社区); the committee's name (村委会, 社区居委会) is the same place.
    const head = text[k] === '村' ? 1 : text.startsWith(lexicon.communityHead, k) ? lexicon.communityHead.length : 0;
    const committee = head > 0 ? (COMMITTEE.exec(text.slice(k + head))?.[0] ?? '') : '';
    if (head === 0 || (committee === '' && NOT_VILLAGE_AFTER.test(text[k + head] ?? ''))) continue;
    const end = k + head;
    const span = end + committee.length;
    const parent = areas.find((a) => a.end < k && k - a.end <= 4 && a.area.level !== 'Province');
    if (parent !== undefined && /^[\u4e00-\u9fa5]+$/.test(text.slice(parent.end, k))) {
      // 富宁县的那平村: a possessive 的 between the county and the village
      const from = text[parent.end] === '的' && k - parent.end >= 2 ? parent.end + 1 : parent.end;
      resolve(text.slice(from, end), parent, from, span, true, text.slice(from, span));
      continue;
    }
    for (let len = 4; len >= 1; len--) {
      const start = k - len;
      if (start < 0 || !/^[\u4e00-\u9fa5]+$/.test(text.slice(start, k))) continue;
      const before = out.length;
      resolve(text.slice(start, end), undefined, start, span, false, text.slice(start, span));
      if (out.length > before) break;
    }
  }
  out.push(...placesOfBodies(text, [...areas, ...out], context, gazetteer));
  // 上坝村大坪子小组: a natural village inside the village written before it.
  for (const v of [...out]) {
    const natural = NATURAL.exec(text.slice(v.end));
    if (natural === null || v.area.code === '' || out.some((o) => o.start === v.end)) continue;
    const end = v.end + natural[0].length;
    out.push({ start: v.end, end, written: natural[0], area: { code: '', name: natural[0], level: 'Village', parentCode: v.area.code } as Area, kind: 'full', unresolved: true, parent: v });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * 弄岛镇雷允小学, 杨行中心校, 南翔医院: a school, clinic or hospital named after its township or
 * village without the level. The name before the head is that place when exactly one township or
 * village of that name lies in the counties about (or the place written right before it); else
 * it is only the body's name.
 */
function placesOfBodies(text: string, known: AreaMention[], context: string[], gazetteer: Gazetteer): AreaMention[] {
  const out: AreaMention[] = [];
  for (const m of text.matchAll(PLACE_BODY)) {
    const end = m.index ?? 0;
    for (const length of [2, 3]) {
      const start = end - length;
      const name = text.slice(Math.max(0, start), end);
      const parent = known.find((a) => a.end === start);
      if (start < 0 || !/^[\u4e00-\u9fa5]+$/.test(name) || BODY_NAMES.has(name) || known.some((a) => a.start < end && a.end > start)) continue;
      if (parent === undefined && !NAME_OPENS.test(text[start - 1] ?? '。')) continue;
      const within = [...(parent !== undefined ? [parent.area.code] : []), ...context].filter((c) => c.length >= 6);
      // The gazetteer leaves a village it finds only within the places given a single candidate.
      const places = LEVELS.map((level) => gazetteer.resolve(name + level, { within }))
        .map((r) => (r.status === 'resolved' ? r.area : r.status === 'ambiguous' && r.candidates.length === 1 ? r.candidates[0] : undefined))
        .filter((a): a is Area => a !== undefined && (a.level === 'Township' || a.level === 'Village') && within.some((c) => a.code.startsWith(c)));
      const codes = new Set(places.map((a) => a.code));
      if (within.length === 0 || codes.size !== 1) continue;
      const mention: AreaMention = { start, end, written: name, area: places[0], kind: 'bare' };
      if (parent !== undefined) mention.parent = parent;
      out.push(mention);
      break;
    }
  }
  return out;
}
