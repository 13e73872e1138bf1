import type { Area } from '../gazetteer/types';
import type { FactBuilder } from './builder';
import type { DocumentContext } from './document-context';
import rules from './rules/references.json';
import { evidenceOf, type Party } from './sentence-view';
import { isEasternCode, isHomeCode } from './sides';
import type { Sentence } from './text';

const ANAPHORA = new RegExp(rules.anaphora, 'g');
const SELF = new RegExp(rules.self, 'g');
const HOME_SELF = new RegExp(rules.homeSelf, 'g');
const KINDS = rules.kinds as Record<string, string[]>;
const ORG_ANAPHORA = new RegExp(rules.orgAnaphora, 'g');
const ORG_KINDS = rules.orgKinds as Record<string, string[]>;
/** 我省: the province the report's helped place lies in, whatever its level. */
const PROVINCE = '省';

/** The kind words a place's name answers to (中山街道: 街道; 罗坎镇: 镇; 上坝村村民委员会: 村). */
export function kindsOf(name: string): string[] {
  return Object.entries(KINDS)
    .filter(([, endings]) => endings.some((ending) => name.endsWith(ending)))
    .map(([kind]) => kind);
}

/**
 * Parties written as references: 该街道, 该县 (the last place of that kind the report named, as
 * the reading state keeps them in `lastNamed`), 我区/本区/全区 (the district of the sentence or section), 我州, 我县, 我省 and, beside a helper, 我们 (the helped place a report of
 * the helped side is about). Each is recorded with this sentence as evidence.
 */
export function referenceParties(sentence: Sentence, named: Party[], document: DocumentContext, lastNamed: ReadonlyMap<string, string>, builder: FactBuilder, district: Area | undefined): Party[] {
  const found: Party[] = [];
  const add = (area: Area | undefined, start: number, end: number) => {
    if (area === undefined || named.some((p) => p.start < end && p.end > start)) return;
    const ref = builder.area(area, area.name, evidenceOf(sentence, start));
    found.push({ ref, start, end, home: isHomeCode(area.code), kind: 'area', level: area.level, code: area.code });
  };
  for (const m of sentence.text.matchAll(ANAPHORA)) {
    const code = lastNamed.get(m[1]);
    add(code !== undefined ? document.gazetteer.byCode(code) : undefined, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  // 我区, 本区, 全区: the district the sentence or its section is about.
  if (district !== undefined) {
    const regionNamed = rules.regionCodes.some((code) => document.scope.anchors.has(code));
    for (const m of sentence.text.matchAll(HOME_SELF)) if (!(regionNamed && m[0] === '全区')) add(district, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  const place = document.place !== undefined ? document.gazetteer.byCode(document.place.slice('area:'.length)) : undefined;
  if (place === undefined || isEasternCode(place.code)) return found;
  for (const m of sentence.text.matchAll(SELF)) {
    const at = m.index ?? 0;
    const word = m[1];
    // 我们 is the helped place only where a helper stands beside it; 我州 only if the place is a 州.
    if (word === PROVINCE) {
      add(document.gazetteer.chain(place.code).find((a) => a.level === 'Province'), at, at + m[0].length);
      continue;
    }
    const fits = word === undefined ? named.some((p) => p.home && Math.abs(p.start - at) < 12) : kindsOf(place.name).includes(word);
    if (fits) add(place, at, at + m[0].length);
  }
  return found;
}

/** The words a body's name answers to as a reference (上海市宝山区工商业联合会: 会, 联合会). */
export function orgKindsOf(name: string): string[] {
  return Object.entries(ORG_KINDS)
    .filter(([, endings]) => endings.some((ending) => name.endsWith(ending)))
    .map(([kind]) => kind);
}

/**
 * Bodies written as references: 该会, 该公司 anywhere, a bare head opening a clause (联合会组织民营企业
 * 捐款…): the body of that kind the report named last (the reading state keeps them in `lastBodies`).
 */
export function bodyReferences(text: string, named: Party[], lastBodies: ReadonlyMap<string, Party>): Party[] {
  const found: Party[] = [];
  for (const m of text.matchAll(ORG_ANAPHORA)) {
    const [start, end] = [m.index ?? 0, (m.index ?? 0) + m[0].length];
    const body = lastBodies.get(m[1] ?? m[2]);
    if (body !== undefined && !named.some((p) => p.start < end && p.end > start)) found.push({ ...body, start, end });
  }
  return found;
}
