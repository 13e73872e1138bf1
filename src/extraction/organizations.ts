import type { OrganizationLabel } from '../model';
import type { AreaMention } from './area-mentions';
import lexicon from './rules/organizations.json';
import { nameStart } from './names';

export interface OrgMention {
  start: number;
  end: number;
  written: string;
  label: OrganizationLabel;
  /** the most specific area written at the start of the name (久治县 in 久治县教委) */
  area?: AreaMention;
  /** 区/市 written for the report's own district or city (区人武部, 市阳光康复中心) */
  abbreviated?: '区' | '市';
  /** the 区 is not written: inherited from the list's first item */
  inherited?: boolean;
  /**
   * organization-head: a name ending in a head (…有限公司, …中学); enterprise-list: an item of 申浩农业、光明森源等企业;
   * brand-short-form: a place and an enterprise's brand (上海恩捷, for the 恩捷股份 the report names);
   * news-outlet: an outlet where the report names its source (来源:云南网, 新华社昆明3月9日电, 澎湃新闻记者);
   * national-body: a body of the centre, named alone (外交部);
   * shared-head: a place of a list whose last item names the body (洱源县 of 洱源县、鹤庆县人力资源和社会保障局);
   * known-enterprise: a large enterprise written by its brand alone (携程, 光明食品)
   */
  construction: 'organization-head' | 'enterprise-list' | 'brand-short-form' | 'news-outlet' | 'national-body' | 'shared-head' | 'known-enterprise';
}

const SUFFIXES = (lexicon.suffixes as [string, OrganizationLabel][]).sort((a, b) => b[0].length - a[0].length);
const GENERIC = new Set(lexicon.generic);
const ENTERPRISE_LIST = new RegExp(`((?:[\\u4e00-\\u9fa5]{2,12}、)+[\\u4e00-\\u9fa5]{2,12})${lexicon.enterpriseListCue}`, 'g');
const MAX_NAME = 22;
/** 局 of 局面/局势 is not an office. */
const NOT_AFTER_HEAD = /^[面势限部]/;
/** 开新局, 大局, 格局: 局 after these ends a word, not an office's name. */
const NOT_OFFICE_BEFORE = new Set(lexicon.notOfficeBefore);
const NOT_HALL_BEFORE = new Set(lexicon.notHallBefore);
const SECTORS = new Set(lexicon.sectorWords);

const VERB_BOUNDARIES = [...lexicon.verbBoundaries].sort((a, b) => b.length - a.length);
const GENERIC_MODIFIERS = new Set(lexicon.genericModifiers);
const COUNT_WORDS = lexicon.countWords;
const COUNTED = /[0-9一二三四五六七八九十两几多]+[个家所]$/;
const COMMITTEES = lexicon.committeeHeads;
const STRICT_SPLIT = new Set(lexicon.strictSplitHeads);
const SPLIT_WORDS = ['与', '和', '及'];
/** 和上海…, 经上海…, 由上海…: before a place, these start another name. */
const CONNECTORS = ['与', '和', '及', '同', '跟', '经', '由'];
const APPOSITIVES: readonly string[] = lexicon.appositives;
const NAME_PREFIXES: readonly string[] = [...lexicon.namePrefixes, ...lexicon.partyPrefixes];
const OWN_NAME_BEFORE_PLACE = new RegExp(lexicon.ownNameBeforePlace);
const WORD_AFTER_HEAD = lexicon.wordAfterHead as Record<string, string>;
const SUB_GROUP = new RegExp(lexicon.subGroup);
const EXCEPTIONS = new Map(Object.entries(lexicon.verbBoundaryExceptions as Record<string, string>).map(([verb, after]) => [verb, new RegExp(`^(?:${after})`)]));
const CATEGORY_WORDS = [...lexicon.categoryWords, ...lexicon.genericModifiers].sort((a, b) => b.length - a.length);
const INSTITUTION_BOUNDARIES = lexicon.institutionBoundaries;
const INDUSTRY = lexicon.industryWords;
const NATIONAL_BODIES = [...lexicon.nationalBodies].sort((a, b) => b.length - a.length);
const KNOWN_OUTLETS = [...lexicon.knownOutlets].sort((a, b) => b.length - a.length);
const KNOWN_ENTERPRISES = [...lexicon.knownEnterprises].sort((a, b) => b.length - a.length);
/** 云南网络, 中国网民: a known name followed by one of these is part of another word. */
const WORD_GOES_ON = /[络民友站页址购]/;
const OUTLET_HEADS = [...lexicon.outletHeads].sort((a, b) => b.length - a.length);
const OUTLET_CUES = lexicon.outletCues.map((cue) => new RegExp(cue, 'g'));

/** 公办初级, 上海民办完全 (after its place), 两家: words that only sort bodies into kinds. */
function isCategory(prefix: string): boolean {
  let rest = prefix;
  while (rest.length > 0) {
    const word = CATEGORY_WORDS.find((w) => rest.startsWith(w));
    if (word === undefined) return false;
    rest = rest.slice(word.length);
  }
  return prefix.length > 0;
}

/** …远程会诊对口支援双柏县人民医院: a pairing cue inside the span of any body but a government's ends its name. */
function afterInstitutionCue(text: string, start: number, headStart: number): number {
  const span = text.slice(start, headStart);
  // 上海消费帮扶联盟, 消费帮扶中心: a cue right before the head is the name's own.
  const ends = INSTITUTION_BOUNDARIES.map((cue) => (span.includes(cue) && span.length - span.lastIndexOf(cue) - cue.length >= 2 ? span.lastIndexOf(cue) + cue.length : 0));
  return start + Math.max(0, ...ends);
}

/** 重点对临沧区大文中学校 / 着力提升医院: a verb inside the span starts the name after it (not 对口). */
export function afterVerb(text: string, start: number, headStart: number): number {
  for (let j = headStart; j > start; j--) {
    const verb = VERB_BOUNDARIES.find((w) => j - w.length >= start && text.slice(j - w.length, j) === w);
    if (verb !== undefined && !(EXCEPTIONS.get(verb)?.test(text.slice(j)) ?? false)) return j;
  }
  return start;
}

/**
 * 上海乐群社工服务社和上海医贾通公益基金会, 代表团同上海合作交流办, 经上海静安区…促进中心: a connector
 * before a place starts another name there; so does a word of kind (社会组织上海众谷…中心), an apposition.
 */
function afterConnectorBeforePlace(text: string, areas: AreaMention[], start: number, headStart: number): number {
  let at = start;
  for (const a of areas) if (a.start > start && a.start < headStart && (CONNECTORS.includes(text[a.start - 1]) || APPOSITIVES.some((w) => text.endsWith(w, a.start)))) at = Math.max(at, a.start);
  // 陈轶南及县农科局: a body written with 区, 县 or 市 alone for the report's own place starts there too.
  for (let k = Math.max(at, start + 1); k < headStart - 1; k++) if (CONNECTORS.includes(text[k - 1]) && '区县市'.includes(text[k])) at = Math.max(at, k);
  return at;
}

/**
 * 现任金山区体育局, 有上海市援藏干部联络组萨迦小组, 驱车赶往迪庆藏族自治州人民医院: words before the
 * first place inside a name's span are no part of it unless they are a name of their own (上海交通大学
 * 云南(大理)研究院, 漕河泾开发区遵义分区, 复旦大学附属…, 第八批援藏干部江孜联络小组) or a prefix names take (中共, 共青团, 中国).
 */
function afterWordsBeforePlace(text: string, areas: AreaMention[], start: number, headStart: number, head: string): number {
  const place = areas.find((a) => a.start > start && a.start < headStart);
  // 上海市嘉定区中心医院, 上海援疆巴楚分指挥部: a name that begins with a place is read as written.
  if (place === undefined || areas.some((a) => a.start === start)) return start;
  const prefix = text.slice(start, place.start);
  // 中企动力南京分公司: a branch's head (分公司, 支行) follows its enterprise's name and the branch's place.
  const branch = /^[分支]/.test(head) || /[分支]$/.test(prefix + text.slice(place.end, headStart));
  const ownName = headEndingAt(text, place.start) !== undefined || OWN_NAME_BEFORE_PLACE.test(prefix);
  return branch || ownName || NAME_PREFIXES.some((p) => prefix.startsWith(p)) ? start : place.start;
}

function headEndingAt(text: string, end: number): [string, OrganizationLabel] | undefined {
  return SUFFIXES.find(([s]) => end - s.length >= 0 && text.slice(end - s.length, end) === s);
}

/** The brand of an enterprise's name: without the place written first and the head (恩捷 of 恩捷股份, 海隆 of 上海海隆集团). */
export function brandOf(mention: OrgMention): string | undefined {
  if (mention.label !== 'Enterprise') return undefined;
  const head = headEndingAt(mention.written, mention.written.length);
  const brand = mention.written.slice(mention.area !== undefined ? mention.area.end - mention.start : 0, head === undefined ? undefined : -head[0].length);
  return /^[\u4e00-\u9fa5]{2,4}$/.test(brand) && !GENERIC.has(brand) && !isCategory(brand) ? brand : undefined;
}

/**
 * 百康电子、盈实纸业、舟润实业公司: the items of a list beside an enterprise named with its head, each a
 * short name ending in an industry (电子, 纸业, 科技), are enterprises too.
 */
function industryListItems(text: string, areas: AreaMention[], found: OrgMention[]): void {
  const enterprises = found.filter((f) => f.label === 'Enterprise');
  for (const e of enterprises) {
    for (const direction of [-1, 1] as const) {
      let edge = direction < 0 ? e.start : e.end;
      for (;;) {
        if (text[direction < 0 ? edge - 1 : edge] !== '、') break;
        const [start, end] = direction < 0 ? [nameStart(text, edge - 1, 8, () => false), edge - 1] : [edge + 1, industryEnd(text, edge + 1)];
        const item = text.slice(start, end);
        if (!INDUSTRY.some((w) => item.endsWith(w) && item.length > w.length + 1) || found.some((f) => f.start < end && f.end > start)) break;
        add(found, text, areas, start, end, 'Enterprise', 'enterprise-list');
        edge = direction < 0 ? start : end;
      }
    }
  }
}

/** Where the shortest short name (3 to 8 characters) from `start` that ends in an industry ends; else `start`. */
function industryEnd(text: string, start: number): number {
  for (let end = start + 3; end <= Math.min(text.length, start + 8); end++) {
    if (!/^[\u4e00-\u9fa5]+$/.test(text.slice(start, end))) break;
    if (INDUSTRY.some((w) => text.endsWith(w, end))) return end;
  }
  return start;
}

/**
 * 外交部, 国务院扶贫开发领导小组办公室: a body of the centre is its name as written; a name read
 * leftwards from the same head (也离不开外交部…) gives way to it.
 */
function nationalBodies(text: string, found: OrgMention[]): void {
  for (const name of NATIONAL_BODIES) {
    for (let start = text.indexOf(name); start >= 0; start = text.indexOf(name, start + 1)) {
      const end = start + name.length;
      // 教育部门 is a kind of office, not 教育部.
      if (text[end] === '门') continue;
      const overlapping = found.filter((f) => f.start < end && f.end > start);
      if (overlapping.some((f) => f.start >= start || f.end !== end)) continue;
      for (const f of overlapping) found.splice(found.indexOf(f), 1);
      found.push({ start, end, written: name, label: 'Agency', construction: 'national-body' });
    }
  }
}

/** 对澎湃新闻记者说, 据新华社报道: an outlet known by its own name, wherever a report writes it (not 云南网络, not inside another body's name). */
function knownOutlets(text: string, found: OrgMention[]): void {
  knownNames(text, found, KNOWN_OUTLETS, 'news-outlet');
}

/** 携程, 拼多多, 光明食品: a large enterprise reports write by its brand alone. */
function knownEnterprises(text: string, found: OrgMention[]): void {
  knownNames(text, found, KNOWN_ENTERPRISES, 'known-enterprise');
}

/** Enterprises known by their own names, read as written; a cue's reading with words before the name (负责人对澎湃新闻) gives way. */
function knownNames(text: string, found: OrgMention[], names: readonly string[], construction: OrgMention['construction']): void {
  for (const name of names) {
    for (let start = text.indexOf(name); start >= 0; start = text.indexOf(name, start + 1)) {
      const end = start + name.length;
      if (WORD_GOES_ON.test(text[end] ?? '')) continue;
      // 负责人对澎湃新闻(记者): an outlet a cue read with words before it is the known name.
      const overlapping = found.filter((f) => f.start < end && f.end > start);
      if (overlapping.some((f) => f.construction !== 'news-outlet' || f.end !== end || f.start > start)) continue;
      for (const f of overlapping) found.splice(found.indexOf(f), 1);
      found.push({ start, end, written: name, label: 'Enterprise', construction });
    }
  }
}

/** The end of the last outlet name inside [start, end) (新华社 of 新华社昆明), at least three characters from `start`; else undefined. */
function outletEnd(text: string, start: number, end: number): number | undefined {
  for (let at = end; at >= start + 3; at--) if (OUTLET_HEADS.some((h) => text.endsWith(h, at) && at - h.length > start)) return at;
  return undefined;
}

/** Where the outlet name written from `start` ends (新民网 of 新民网、解放网): the first head, three to eight characters on. */
function outletItemEnd(text: string, start: number): number | undefined {
  for (let end = start + 3; end <= Math.min(text.length, start + 8) && /^[\u4e00-\u9fa5]+$/.test(text.slice(start, end)); end++) {
    if (OUTLET_HEADS.some((h) => text.endsWith(h, end))) return end;
  }
  return undefined;
}

/**
 * 来源:云南网, 新华社昆明3月9日电, 澎湃新闻记者, 据新华社报道: where a report names its outlet, the
 * name is an organisation, and so is each item written beside it in a list (东方网、新民网、看看新闻).
 */
function newsOutlets(text: string, areas: AreaMention[], found: OrgMention[]): void {
  const taken = (start: number, end: number): boolean => found.some((f) => f.start < end && f.end > start);
  const outlets: [number, number][] = [];
  for (const cue of OUTLET_CUES) {
    for (const m of text.matchAll(cue)) {
      const start = (m.index ?? 0) + m[0].indexOf(m.groups!.name);
      const end = outletEnd(text, start, start + m.groups!.name.length);
      if (end !== undefined && !taken(start, end)) outlets.push([nameStart(text, end, end - start, () => false), end]);
    }
  }
  for (const [start, end] of outlets) {
    add(found, text, areas, start, end, 'Enterprise', 'news-outlet');
    // 东方网、新民网、解放网、看看新闻: the list the outlet is written in.
    for (let at = end; text[at] === '、'; ) {
      const next = outletItemEnd(text, at + 1);
      if (next === undefined || taken(at + 1, next)) break;
      add(found, text, areas, at + 1, next, 'Enterprise', 'news-outlet');
      at = next;
    }
  }
}

/**
 * 上海恩捷: a place written right before one of the report's brands (`brands`, from its enterprises'
 * names) is the enterprise's short form, not the place acting.
 */
function brandShortForms(text: string, areas: AreaMention[], brands: readonly string[], found: OrgMention[]): void {
  for (const brand of brands) {
    for (let at = text.indexOf(brand); at >= 0; at = text.indexOf(brand, at + 1)) {
      const place = areas.find((a) => a.end === at);
      if (place === undefined || found.some((f) => f.start < at + brand.length && f.end > place.start)) continue;
      // 上海恩捷股份: the full name, which the head rule reads.
      if (SUFFIXES.some(([s]) => text.startsWith(s, at + brand.length))) continue;
      found.push({ start: place.start, end: at + brand.length, written: text.slice(place.start, at + brand.length), label: 'Enterprise', area: place, construction: 'brand-short-form' });
    }
  }
}

export function findOrganizations(text: string, areas: AreaMention[], brands: readonly string[] = []): OrgMention[] {
  const found: OrgMention[] = [];
  const namedBefore = (pos: number): boolean =>
    headEndingAt(text, pos) !== undefined || areas.some((a) => a.end === pos);
  for (let end = text.length; end > 0; end--) {
    const head = headEndingAt(text, end);
    if (head === undefined || NOT_AFTER_HEAD.test(text.slice(end))) continue;
    const [suffix, label] = head;
    if (suffix === '局' && NOT_OFFICE_BEFORE.has(text[end - 2] ?? '')) continue;
    if (suffix === '厅' && NOT_HALL_BEFORE.has(text[end - 2] ?? '')) continue;
    if (WORD_AFTER_HEAD[suffix] !== undefined && text.startsWith(WORD_AFTER_HEAD[suffix], end)) continue;
    const extra = STRICT_SPLIT.has(suffix) ? SPLIT_WORDS : [];
    let start = afterConnectorBeforePlace(text, areas, afterVerb(text, nameStart(text, end - suffix.length, MAX_NAME, namedBefore, extra), end - suffix.length), end - suffix.length);
    start = afterWordsBeforePlace(text, areas, start, end - suffix.length, suffix);
    // 和元生物技术(上海)股份有限公司, 上海交通大学云南(大理)研究院: a place in brackets is part of the name
    // (any words, for an enterprise's; 张志军(右一)与妇联 is a caption's).
    const open = text[start - 1] === ')' ? text.lastIndexOf('(', start - 1) : -1;
    const placeInBrackets = label === 'Enterprise' || areas.some((a) => a.start === open + 1 && a.end === start - 1);
    if (open >= 0 && placeInBrackets && /^[\u4e00-\u9fa5]{2,4}$/.test(text.slice(open + 1, start - 1))) start = afterVerb(text, nameStart(text, open, MAX_NAME, namedBefore, extra), open);
    // 、和元生物技术: after a list's separator 和 cannot join two names, so it is the name's own.
    if (SPLIT_WORDS.includes(text[start - 1]) && /^[、,;:]?$/.test(text[start - 2] ?? '')) start--;
    if (label !== 'Agency') start = afterInstitutionCue(text, start, end - suffix.length);
    add(found, text, areas, start, end, label);
  }
  for (const m of text.matchAll(ENTERPRISE_LIST)) {
    let pos = m.index ?? 0;
    for (const raw of m[1].split('、')) {
      // 鼓励金融、信息…等企业: a verb before the first item is no part of it.
      const start = afterVerb(text, nameStart(text, pos + raw.length, raw.length, () => false), pos + raw.length);
      if (!found.some((f) => f.start < pos + raw.length && f.end > pos)) add(found, text, areas, start, pos + raw.length, 'Enterprise', 'enterprise-list');
      pos += raw.length + 1;
    }
  }
  industryListItems(text, areas, found);
  newsOutlets(text, areas, found);
  nationalBodies(text, found);
  knownOutlets(text, found);
  knownEnterprises(text, found);
  brandShortForms(text, areas, brands, found);
  const kept = found
    .filter((f) => !found.some((g) => g !== f && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start))
    .sort((a, b) => a.start - b.start);
  kept.push(...sharedHeads(text, areas, kept));
  kept.sort((a, b) => a.start - b.start);
  // 区农业农村委、卫生健康委、文旅局: the items of a list share the first item's 区.
  for (let i = 1; i < kept.length; i++) {
    const [prev, cur] = [kept[i - 1], kept[i]];
    if (cur.area === undefined && cur.abbreviated === undefined && prev.abbreviated !== undefined && text.slice(prev.end, cur.start) === '、') {
      cur.abbreviated = prev.abbreviated;
      cur.inherited = true;
    }
  }
  return kept;
}

/**
 * 宾川县、洱源县、鹤庆县人力资源和社会保障局: places of one level listed before a body named with the
 * last of them each have that body, written with the place alone.
 */
function sharedHeads(text: string, areas: AreaMention[], found: OrgMention[]): OrgMention[] {
  const shared: OrgMention[] = [];
  for (const body of found) {
    if (body.area === undefined || body.area.start !== body.start || body.construction !== 'organization-head') continue;
    const rest = body.written.slice(body.area.end - body.start);
    for (let at = body.start; text[at - 1] === '、'; ) {
      const place = areas.find((a) => a.end === at - 1 && a.area.level === body.area!.area.level);
      if (place === undefined || found.some((f) => f.start < place.end && f.end > place.start)) break;
      shared.push({ start: place.start, end: place.end, written: place.written + rest, label: body.label, area: place, construction: 'shared-head' });
      at = place.start;
    }
  }
  return shared;
}

/**
 * ,与普陀区总工会: no name starts with the connector of its clause; 同 connects only before a place
 * (同上海…, 同区…), since 同济大学 and 同仁医院 start with it.
 */
function opensWithConnector(text: string, areas: AreaMention[], start: number): boolean {
  if (!/[与及同跟]/.test(text[start]) || !/^[,;:]?$/.test(text[start - 1] ?? '')) return false;
  return text[start] !== '同' || areas.some((a) => a.start === start + 1) || '区县市上'.includes(text[start + 1] ?? '-');
}

function add(found: OrgMention[], text: string, areas: AreaMention[], start: number, end: number, label: OrganizationLabel, construction: OrgMention['construction'] = 'organization-head'): void {
  // 2家医院: the count's measure word is not part of a name; 24村种兔合作社: a numbered village is.
  if (/\d/.test(text[start - 1] ?? '') && COUNT_WORDS.includes(text[start])) start++;
  // 2018年海隆集团: the date before a name is not part of it.
  else if (/\d/.test(text[start - 1] ?? '') && /[年月日]/.test(text[start])) start++;
  else if (opensWithConnector(text, areas, start)) start++;
  else if (text[start] === '村') while (/\d/.test(text[start - 1] ?? '')) start--;
  // 联络组普洱市小组: a body's group is the body.
  const group = text.endsWith('组', end) ? SUB_GROUP.exec(text.slice(end)) : null;
  if (group !== null) end += group[0].length;
  let written = text.slice(start, end);
  if (GENERIC.has(written) || written.length < 2 || lexicon.genericEndings.some((g) => written.endsWith(g))) return;
  // 四个街镇社区事务受理服务中心: a count of bodies names none of them.
  if (COUNTED.test(text.slice(Math.max(0, start - 4), start))) return;
  const head = headEndingAt(text, end);
  // A head alone (检察院 of 来自检察院、邮政公司等单位) names a kind of body.
  if (head !== undefined && written.length === head[0].length && head[0].length <= 3) return;
  if (head !== undefined && (GENERIC_MODIFIERS.has(written.slice(0, -head[0].length)) || isCategory(written.slice(0, -head[0].length)))) return;
  const party = lexicon.partyPrefixes.some((p) => written.startsWith(p));
  if (!party && COMMITTEES.some((c) => written.endsWith(c))) return;
  if ((head?.[0] === '局' || head?.[0] === '厅') && written.length < 3) return;
  // 鼓励金融、信息、咨询等企业: a sector is no enterprise.
  if (construction === 'enterprise-list' && SECTORS.has(written)) return;
  let area: AreaMention | undefined;
  for (let a = areas.find((m) => m.start === start); a !== undefined; a = areas.find((m) => m.parent === a)) {
    if (a.end <= end) area = a;
  }
  // 学校 after a place names a kind; a county's or town's 中学, 医院, 卫生院 is one body (香格里拉中学, 波斯喀木乡卫生院).
  const ownBody = (area?.area.level === 'Township' || area?.area.level === 'County' || area?.area.level === 'Village') && lexicon.placeBodies.includes(text.slice(area.end, end));
  if (area !== undefined && GENERIC.has(text.slice(area.end, end)) && !ownBody) return;
  if (area !== undefined && head !== undefined && isCategory(text.slice(area.end, end - head[0].length))) return;
  if (head?.[0] === '厅' && area?.area.level !== 'Province' && !written.startsWith('省')) return;
  const mention: OrgMention = { start, end, written, label: party ? 'SocialOrganization' : label, construction };
  if (area !== undefined && !party) mention.area = area;
  else if (!party && (written.startsWith('区') || written.startsWith('市')) && !GENERIC.has(written.slice(1))) {
    mention.abbreviated = written[0] as '区' | '市';
  }
  written = mention.written;
  found.push(mention);
}
