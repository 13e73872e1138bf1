import type { Area } from '../gazetteer/types';
import type { IndexEntry, MatchKind, NameIndex } from '../gazetteer/name-index';
import stop from './rules/area-stopwords.json';
import sides from './rules/sides.json';

export interface AreaMention {
  start: number;
  end: number;
  written: string;
  area: Area;
  kind: MatchKind;
  /** the mention written immediately before and containing this one (云南 in 云南西双版纳) */
  parent?: AreaMention;
  note?: string;
  /** read as an item of an enumeration of short names (area-lists.ts) */
  listed?: boolean;
}

/** What the document has already established: codes named unambiguously, with their ancestors. */
export interface AreaScope {
  anchors: Set<string>;
}

const STOP = new Set(stop.forms);
const NOT_BEFORE = new RegExp(stop.notBefore);
const CROSSING = stop.crossingWords;
const JOINING = /[和与及同跟在对为向]/;
const TIER: Record<MatchKind, number> = { full: 0, historical: 1, simplified: 2, bare: 3 };
const RANK: Record<string, number> = { Province: 0, Prefecture: 1, County: 2, Township: 3, Village: 4 };
/** Shanghai's districts are the subject of every report: their bare names (松江, 嘉定) always count. */
const HOME_PROVINCE = '31';
/** Shanghai's assigned counterparts (rules/sides.json): their bare names count as its districts' do. */
const COUNTERPARTS = new Set(sides.counterparts);

const under = (area: Area, parent: Area): boolean => area.code.length > parent.code.length && area.code.startsWith(parent.code);

function inAnchoredCounty(area: Area, scope: AreaScope): boolean {
  for (let len = 6; len >= 4; len -= 2) if (scope.anchors.has(area.code.slice(0, len))) return true;
  return false;
}

/**
 * Which reading of a written form counts, if any. A parent written immediately before settles it;
 * otherwise official and simplified names count unless ambiguous, bare names only when the
 * document already names the place (梁河 after 梁河县) or it is a province.
 */
function pick(entries: IndexEntry[], form: string, parent: Area | undefined, scope: AreaScope, followedUnder: (a: Area) => boolean): IndexEntry | undefined {
  const sorted = [...entries].sort((a, b) => TIER[a.kind] - TIER[b.kind] || RANK[a.area.level] - RANK[b.area.level]);
  if (parent !== undefined) {
    const inside = sorted.filter((e) => under(e.area, parent) && (e.kind !== 'bare' || e.area.level !== 'Township'));
    if (inside.length > 0) return inside[0];
  }
  if (STOP.has(form)) return undefined;
  for (const tier of [0, 1, 2, 3]) {
    const inTier = sorted.filter((e) => TIER[e.kind] === tier);
    if (inTier.length === 0) continue;
    const ok = inTier.filter((e) => acceptable(e, scope, followedUnder));
    if (ok.length === 0) continue;
    if (ok.length === 1) return ok[0];
    const anchored = ok.filter((e) => scope.anchors.has(e.area.code));
    if (anchored.length === 1) return anchored[0];
    // 普陀区 is also in 舟山: the reports' own districts win a tie.
    const home = ok.filter((e) => e.area.level === 'County' && e.area.code.startsWith(HOME_PROVINCE));
    if (home.length === 1 && anchored.length === 0) return home[0];
    const top = Math.min(...ok.map((e) => RANK[e.area.level]));
    const highest = ok.filter((e) => RANK[e.area.level] === top);
    if (highest.length === 1 && top <= RANK.Prefecture) return highest[0];
    return undefined;
  }
  return undefined;
}

function acceptable(e: IndexEntry, scope: AreaScope, followedUnder: (a: Area) => boolean): boolean {
  const { area } = e;
  if (followedUnder(area)) return area.level !== 'Township' || e.kind !== 'bare';
  // A town of Shanghai by its full name (桃浦镇): the reports' own side needs no county written.
  if (area.level === 'Township') return e.kind !== 'bare' && (inAnchoredCounty(area, scope) || (e.kind === 'full' && area.code.startsWith(HOME_PROVINCE)));
  if (e.kind !== 'bare') return true;
  if (area.level === 'Province') return true;
  if (area.level === 'County') return scope.anchors.has(area.code) || area.code.startsWith(HOME_PROVINCE) || COUNTERPARTS.has(area.code);
  if (area.level === 'Prefecture') return [area.code, area.code.slice(0, 2)].some((c) => scope.anchors.has(c) || COUNTERPARTS.has(c));
  return false;
}

/** A word of the list that holds the span [start, end) or crosses one of its ends, without being it. */
function crossedByWord(text: string, start: number, end: number): boolean {
  return CROSSING.some((word) => {
    for (let at = text.indexOf(word, Math.max(0, start - word.length + 1)); at >= 0 && at < end; at = text.indexOf(word, at + 1)) {
      const wordEnd = at + word.length;
      const inside = at >= start && wordEnd <= end;
      if (!inside && wordEnd > start) return true;
    }
    return false;
  });
}

/** Longest acceptable form at each position, left to right; adjacent nested names chain as parents. */
export function findAreaMentions(text: string, index: NameIndex, scope: AreaScope): AreaMention[] {
  const found: AreaMention[] = [];
  const formsAt = (i: number): { len: number; entries: IndexEntry[] }[] => {
    const out: { len: number; entries: IndexEntry[] }[] = [];
    for (let len = Math.min(index.longestForm, text.length - i); len >= 2; len--) {
      const entries = index.entries.get(text.slice(i, i + len));
      if (entries !== undefined) out.push({ len, entries });
    }
    return out;
  };
  let i = 0;
  let prev: AreaMention | undefined;
  while (i < text.length) {
    let matched: AreaMention | undefined;
    const parent = prev !== undefined && prev.end === i ? prev : undefined;
    for (const { len, entries } of formsAt(i)) {
      const followedUnder = (a: Area): boolean =>
        formsAt(i + len).some((f) => f.entries.some((e) => under(e.area, a) && e.kind !== 'bare'));
      const form = text.slice(i, i + len);
      const e = pick(entries, form, parent?.area, scope, followedUnder);
      if (e === undefined) continue;
      // 同志和县人民政府: a conjunction and 县 (of 县人民政府) are no two-character county (和县) unless
      // the report names it or its province is written right before (安徽省和县).
      const joined = e.kind === 'full' && len === 2 && JOINING.test(form[0]) && i > 0 && /[\u4e00-\u9fa5]/.test(text[i - 1]);
      if (joined && !scope.anchors.has(e.area.code) && !(parent !== undefined && under(e.area, parent.area))) continue;
      // 道真玉溪中学: a short name right after a county, not inside it, is part of a name, not a place.
      if (e.kind === 'bare' && parent !== undefined && RANK[parent.area.level] >= RANK.County && !under(e.area, parent.area)) continue;
      // 黄浦江, 怒江峡谷: a feature named after the place; 奔小康县市, 真金白银: a word across or around it.
      if (e.kind !== 'full' && NOT_BEFORE.test(text.slice(i + len))) continue;
      if (crossedByWord(text, i, i + len)) continue;
      matched = { start: i, end: i + len, written: form, area: e.area, kind: e.kind, ...(e.note ? { note: e.note } : {}) };
      if (parent !== undefined && under(e.area, parent.area)) matched.parent = parent;
      break;
    }
    if (matched !== undefined) {
      found.push(matched);
      prev = matched;
      i = matched.end;
    } else i++;
  }
  return found;
}
