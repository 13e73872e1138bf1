import type { AreaMention } from './area-mentions';
import lexicon from './rules/projects.json';
import bounds from './rules/boundaries.json';
import { nameStart, wordEndingAt } from './names';

export interface ProjectMention {
  start: number;
  end: number;
  written: string;
  /** without the places written before the most specific one (上坝村自然能提水项目) */
  name: string;
  /** the most specific area written in the name */
  area?: AreaMention;
  /** start of the 、-list (援建的A、B、C等项目) the project is an item of */
  list?: number;
}

const SUFFIXES = [...lexicon.suffixes].sort((a, b) => b.length - a.length);
const GENERIC = new Set(lexicon.genericCores);
/** 帮扶, 各类帮扶, 一批重点: a core that names a kind of project, not one. */
const isGeneric = (core: string): boolean => GENERIC.has(core) || lexicon.categoryPrefixes.some((w) => core.startsWith(w) && GENERIC.has(core.slice(w.length)));
const MAX_NAME = 30;
const COUNT_AFTER = /^\d+[多余]?个/;
const COUNT_BEFORE = /(\d+|[一二两三四五六七八九十]+)[多余]?个$/;
const VERBS = [...bounds.projectVerbs].sort((a, b) => b.length - a.length);
const REFERENCES = [...lexicon.references].sort((a, b) => b.length - a.length);

/**
 * Projects end in a head (项目, 工程, 电站 …); a head with a count (项目13个, 70个…项目) or a
 * category in front (帮扶项目, 新项目) is a tally, not a project.
 */
export function findProjects(text: string, areas: AreaMention[], namedBefore: (pos: number) => boolean): ProjectMention[] {
  const found: ProjectMention[] = [];
  for (let end = text.length; end > 0; end--) {
    const suffix = SUFFIXES.find((s) => end - s.length >= 0 && text.slice(end - s.length, end) === s);
    if (suffix === undefined) continue;
    const next = text[end];
    const category = lexicon.categoryHeads.includes(suffix);
    if ((next !== undefined && lexicon.notFollowedBy.includes(next)) || (category && COUNT_AFTER.test(text.slice(end)))) continue;
    const headStart = end - suffix.length;
    // 帮助该项目 refers back to a project; 已开展新项目 names none.
    if (wordEndingAt(text, headStart, REFERENCES) !== undefined) continue;
    if (headStart - 1 > 0 && wordEndingAt(text, headStart - 1, VERBS) !== undefined) continue;
    let start = nameStart(text, headStart, MAX_NAME, namedBefore, ['个', '的', '和', '、']);
    // A verb inside the span ends the name, unless that would leave no name at all (产业发展项目).
    for (let j = headStart - 2; j > start; j--) {
      const verb = wordEndingAt(text, j, VERBS);
      if (verb !== undefined && headStart - j >= 2) {
        start = j;
        break;
      }
    }
    if (category && COUNT_BEFORE.test(text.slice(0, start))) continue;
    if (isGeneric(text.slice(start, headStart))) continue;
    if (distribute(found, text, areas, start, end)) continue;
    add(found, text, areas, start, end, suffix);
  }
  listedProjects(text, areas, found);
  launchedProjects(text, found);
  return found.sort((a, b) => a.start - b.start);
}

const DISTRIBUTED = new RegExp(lexicon.distributedTail);

/**
 * 启动了上坝村、天山村两个贫困村的自然能提水工程: a placeless project after a list of places is
 * one project per place, named place + project and spanning the place's name. A generic head after
 * the list (对A、B、C的对口援建项目) names none: the caller has dropped it before.
 */
function distribute(found: ProjectMention[], text: string, areas: AreaMention[], start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (areas.some((a) => a.start >= start && a.end <= end)) return false;
  const list: AreaMention[] = [];
  let last = [...areas].reverse().find((a) => a.end < start && DISTRIBUTED.test(text.slice(a.end, start)));
  while (last !== undefined) {
    list.unshift(last);
    const at = last.start;
    last = areas.find((a) => a.end === at - 1 && text[at - 1] === '、' && !areas.some((b) => b.parent === a));
  }
  if (list.length < 2) return false;
  for (const a of list) found.push({ start: a.start, end: a.end, written: a.written + name, name: a.written + name, area: a });
  return true;
}

const WEAK_HEAD = new RegExp(lexicon.weakHeadPattern, 'g');
const ABBREVIATION = new RegExp(lexicon.abbreviation);

/** 启动“千人联千户…”精准扶贫圆梦行动(简称“千百十”精准扶贫圆梦行动): named by its abbreviation. */
function launchedProjects(text: string, found: ProjectMention[]): void {
  for (const m of text.matchAll(WEAK_HEAD)) {
    const start = (m.index ?? 0) + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (found.some((f) => f.start < end && f.end > start)) continue;
    const short = ABBREVIATION.exec(text.slice(end));
    // 开展专项行动 is an activity; a campaign has a proper name (quoted, or abbreviated after it)
    if (short === null && !m[1].startsWith('“')) continue;
    found.push({ start, end, written: m[1], name: short?.[1] ?? m[1] });
  }
}

const LIST_OPENER = new RegExp(lexicon.listOpener);
const LIST_CLOSER = new RegExp(lexicon.listCloser, 'g');
const ITEM = /^([\u4e00-\u9fa5A-Za-z0-9]{2,30}?)(?:[(（][^)）]*[)）])?$/;

/** 嘉定区财政资金援建(助)的A、B、C(区配套)等对口帮扶项目: each item is a project. */
function listedProjects(text: string, areas: AreaMention[], found: ProjectMention[]): void {
  for (const m of text.matchAll(LIST_CLOSER)) {
    const close = m.index ?? 0;
    const open = text.lastIndexOf('的', close);
    if (open < 0 || !LIST_OPENER.test(text.slice(0, open + 1))) continue;
    const region = text.slice(open + 1, close);
    if (!region.includes('、') || /[,，;；。]/.test(region)) continue;
    let pos = open + 1;
    for (const raw of region.split('、')) {
      const item = ITEM.exec(raw);
      const [start, end] = [pos, pos + (item?.[1].length ?? 0)];
      pos += raw.length + 1;
      const known = found.find((f) => f.start < end && f.end > start);
      if (known !== undefined) known.list = open + 1;
      if (item === null || known !== undefined) continue;
      add(found, text, areas, start, end, '');
      found[found.length - 1].list = open + 1;
    }
  }
}

function add(found: ProjectMention[], text: string, areas: AreaMention[], start: number, end: number, suffix: string): void {
  // 2019年对口支援项目: a date's 年 is no part of a name; 24村兔子养殖项目: a numbered village is.
  // 30万元经济合作捐赠暨项目: an amount is no part of a name; the name starts after it.
  const amount = [...text.slice(Math.max(0, start - 12), end).matchAll(/\d+(?:\.\d+)?[万亿]?元/g)].pop();
  if (amount !== undefined) start = Math.max(start, Math.max(0, start - 12) + (amount.index ?? 0) + amount[0].length);
  if (/\d/.test(text[start - 1] ?? '') && /[年月日]/.test(text[start])) start++;
  else if (text[start] === '村') while (/\d/.test(text[start - 1] ?? '')) start--;
  const written = text.slice(start, end);
  const inside = areas.filter((a) => a.start >= start && a.end <= end);
  const lastArea = inside.filter((a) => !inside.some((b) => b.parent === a)).pop();
  const leading = inside.length > 0 && inside[0].start === start ? inside : [];
  let core = written.slice(0, written.length - suffix.length);
  for (const a of leading) if (core.startsWith(a.written)) core = core.slice(a.written.length);
  if (core.length < 2 || isGeneric(core)) return;
  let name = written;
  const chainEnd = leading.length > 0 ? leading.filter((a) => a.start === start || leading.some((b) => b.end === a.start)).pop() : undefined;
  if (chainEnd !== undefined && chainEnd.start > start) name = text.slice(chainEnd.start, end);
  found.push({ start, end, written, name, ...(lastArea !== undefined ? { area: lastArea } : {}) });
}
