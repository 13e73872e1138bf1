import type { Area } from '../gazetteer/types';
import type { IndexEntry, NameIndex } from '../gazetteer/name-index';
import type { AreaMention, AreaScope } from './area-mentions';
import stop from './rules/area-stopwords.json';
import former from './rules/former-districts.json';

/**
 * Short names in enumerations: `大理州洱源、剑川、鹤庆、云龙、弥渡5县` names five counties of 大理州,
 * `南京、天津和厦门` three cities. A short name alone is too often an ordinary word to count; in a
 * list it counts when the list says what it lists (N个县) or a sibling is already a place, and the
 * gazetteer holds it at that level under a place the report names (or, for cities, only once).
 */
const ITEM = new RegExp(`^${stop.lists.item}$`);
const KIND = new RegExp(stop.lists.kindSuffix);
const JOINER = /[和及与]/;
const STOP = new Set(stop.forms);
const LEVEL_OF_SUFFIX: Record<string, Area['level'][]> = {
  县: ['County'],
  区: ['County'],
  县区: ['County'],
  县市: ['County'],
  县市区: ['County'],
  县域: ['County'],
  市: ['County', 'Prefecture'],
  州: ['Prefecture'],
  乡: ['Township'],
  镇: ['Township'],
  乡镇: ['Township'],
  街道: ['Township'],
};
const RANK: Record<Area['level'], number> = { Province: 0, Prefecture: 1, County: 2, Township: 3, Village: 4 };

interface Item {
  form: string;
  start: number;
  end: number;
}

/** The areas an enumeration of short names names, that the mentions found so far do not cover. */
export function findListedAreas(text: string, mentions: AreaMention[], index: NameIndex, scope: AreaScope): AreaMention[] {
  const found: AreaMention[] = [];
  for (const list of enumerations(text, mentions, index)) {
    const covered = (item: Item) => mentions.find((m) => m.start <= item.start && m.end >= item.end);
    const siblings = list.items.map(covered).filter((m): m is AreaMention => m !== undefined);
    const suffix = KIND.exec(text.slice(list.end));
    const levels = suffix?.[3] !== undefined ? LEVEL_OF_SUFFIX[suffix[3]] : siblings.length > 0 ? [...new Set(siblings.map((m) => m.area.level))] : undefined;
    if (levels === undefined) continue;
    for (const item of list.items) {
      if (covered(item) !== undefined || STOP.has(item.form) || found.some((f) => f.start === item.start)) continue;
      const area = placeOf(index.entries.get(item.form) ?? [], levels, siblings, scope);
      if (area !== undefined) found.push({ start: item.start, end: item.end, written: item.form, area, kind: 'bare', listed: true });
    }
  }
  return found;
}

/** The one reading of an item at the list's level: under an anchored place or a sibling's parent; a city named once in the country. */
function placeOf(entries: IndexEntry[], levels: Area['level'][], siblings: AreaMention[], scope: AreaScope): Area | undefined {
  const atLevel = entries.filter((e) => levels.includes(e.area.level) || (levels.includes('Province') && e.area.level === 'Prefecture'));
  const knownAncestors = (e: IndexEntry): string[] =>
    ancestorsOf(e.area).filter((code) => scope.anchors.has(code) || siblings.some((s) => s.area.code !== e.area.code && ancestorsOf(s.area).includes(code) && code.length >= 4));
  const near = atLevel.filter((e) => knownAncestors(e).length > 0);
  if (near.length === 1) return near[0].area;
  // 长宁区虹桥、华阳…4个街道: of several readings near places the report names, the one inside the most specific of them.
  const depth = (e: IndexEntry): number => Math.max(...knownAncestors(e).map((code) => code.length));
  const closest = near.filter((e) => depth(e) === Math.max(...near.map(depth)));
  if (closest.length === 1 && near.length > 1) return closest[0].area;
  const cities = atLevel.filter((e) => RANK[e.area.level] <= RANK.Prefecture);
  if (near.length === 0 && cities.length === 1 && entries.filter((e) => RANK[e.area.level] <= RANK.County).length === 1) return cities[0].area;
  return undefined;
}

function ancestorsOf(area: Area): string[] {
  return [2, 4, 6, 9].filter((n) => n < area.code.length).map((n) => area.code.slice(0, n));
}

/**
 * Runs of items separated by 、 (the last pair may be joined by 和/及/与). The first item is the
 * longest indexed name ending at its separator, the last the longest beginning after one; the
 * items between are whole.
 */
function enumerations(text: string, mentions: AreaMention[], index: NameIndex): { items: Item[]; end: number }[] {
  const lists: { items: Item[]; end: number }[] = [];
  const indexed = (form: string) => index.entries.has(form) || mentions.some((m) => m.written === form);
  const segments = text.split(/(?=[、,，。;；:：()（）\s])|(?<=[、,，。;；:：()（）\s])/);
  let offset = 0;
  let run: { text: string; start: number }[] = [];
  const close = () => {
    if (run.length >= 2) lists.push(...itemsOf(run, indexed));
    run = [];
  };
  for (const segment of segments) {
    if (segment === '、') {
      offset += 1;
      continue;
    }
    const separatorBefore = text[offset - 1] === '、';
    if (!/^[、,，。;；:：()（）\s]$/.test(segment) && segment.length > 0) {
      if (!separatorBefore) close();
      run.push({ text: segment, start: offset });
    } else close();
    offset += segment.length;
  }
  close();
  // Two items joined by 和/及 only: 上海和宁波, 福建和黑龙江.
  for (const m of text.matchAll(/[和及]/g)) {
    const at = m.index ?? 0;
    const a = [4, 3, 2].map((n) => text.slice(Math.max(0, at - n), at)).find((f) => f.length >= 2 && /^[\u4e00-\u9fa5]+$/.test(f) && indexed(f));
    const b = [4, 3, 2].map((n) => text.slice(at + 1, at + 1 + n)).find((f) => f.length >= 2 && /^[\u4e00-\u9fa5]+$/.test(f) && indexed(f));
    if (a !== undefined && b !== undefined) lists.push({ items: [{ form: a, start: at - a.length, end: at }, { form: b, start: at + 1, end: at + 1 + b.length }], end: at + 1 + b.length });
  }
  return lists;
}

function itemsOf(run: { text: string; start: number }[], indexed: (form: string) => boolean): { items: Item[]; end: number }[] {
  const lists: { items: Item[]; end: number }[] = [];
  let items: Item[] = [];
  const finish = () => {
    if (items.length >= 2) lists.push({ items, end: items[items.length - 1].end });
    items = [];
  };
  const head = (segment: { text: string; start: number }): Item | undefined => {
    const form = [4, 3, 2].map((n) => segment.text.slice(0, n)).find((f) => f.length >= 2 && indexed(f));
    return form === undefined ? undefined : { form, start: segment.start, end: segment.start + form.length };
  };
  const tail = (segment: { text: string; start: number }): Item | undefined => {
    const form = [4, 3, 2].map((n) => segment.text.slice(-n)).find((f) => f.length >= 2 && indexed(f));
    return form === undefined ? undefined : { form, start: segment.start + segment.text.length - form.length, end: segment.start + segment.text.length };
  };
  run.forEach((segment, k) => {
    const whole = ITEM.test(segment.text) && indexed(segment.text);
    if (k > 0 && whole) {
      items.push({ form: segment.text, start: segment.start, end: segment.start + segment.text.length });
      return;
    }
    if (k > 0) {
      // The list ends in this segment (玛多6个县结对, 天津和厦门) …
      const joined = segment.text.split(JOINER);
      const first = head(segment);
      if (first !== undefined) items.push(first);
      if (first !== undefined && first.form === joined[0] && joined.length > 1) {
        const second = head({ text: joined[1], start: segment.start + joined[0].length + 1 });
        if (second !== undefined) items.push(second);
      }
      finish();
    }
    // … and the next may begin in it (…6个区分别与果洛州玛沁、甘德…).
    const last = k === 0 || !whole ? tail(segment) : undefined;
    if (last !== undefined && (k === 0 || last.start > (items.at(-1)?.end ?? -1))) items = [last];
  });
  finish();
  return lists;
}

const SUB_AREA = new RegExp(stop.subArea);
const NOT_SUB_AREAS = new Set(stop.notSubAreas);

/** 万州龙宝区: a county-level name the gazetteer lacks, written right after the area it lay in. */
export function findFormerSubAreas(text: string, mentions: AreaMention[], index: NameIndex): AreaMention[] {
  const found: AreaMention[] = [];
  for (const m of mentions) {
    if (m.area.level !== 'County' && m.area.level !== 'Prefecture') continue;
    const match = SUB_AREA.exec(text.slice(m.end));
    if (match === null) continue;
    const name = match[0];
    const end = m.end + name.length;
    if (NOT_SUB_AREAS.has(name) || index.entries.has(name) || mentions.some((o) => o.start < end && o.end > m.end)) continue;
    found.push({ start: m.end, end, written: text.slice(m.start, end), area: { code: '', name, level: 'County', parentCode: m.area.code }, kind: 'full', parent: m });
  }
  return found;
}

const FORMER_FORMS = former.districts
  .flatMap((d) => [{ form: d.name, d }, ...(d.bare !== null ? [{ form: d.bare, d }] : [])])
  .sort((a, b) => b.form.length - a.form.length);

/** 卢湾区, 卢湾: a district merged into another (rules/former-districts.json), where no other mention covers it. */
export function findFormerDistricts(text: string, mentions: AreaMention[]): AreaMention[] {
  const found: AreaMention[] = [];
  for (const { form, d } of FORMER_FORMS) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if ([...mentions, ...found].some((m) => m.start < end && m.end > at)) continue;
      found.push({
        start: at,
        end,
        written: form,
        area: { code: '', name: d.name, level: 'County', parentCode: d.parentCode },
        kind: form === d.name ? 'full' : 'bare',
        note: `historical: a former district, merged into ${d.mergedInto} in ${d.year}`,
      });
    }
  }
  return found;
}
