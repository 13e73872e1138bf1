import type { Evidence } from '../model';
import type { AreaMention } from './area-mentions';
import type { OrgMention } from './organizations';
import type { ProjectMention } from './projects';
import type { FactBuilder } from './builder';
import { pieceAt, type Sentence } from './text';

/** One sentence with its mentions resolved to fact refs: what every relation rule reads. */
export interface Party {
  ref: string;
  start: number;
  end: number;
  /** Shanghai's side of the pairing (a district, the city, their organisations) */
  home: boolean;
  kind: 'area' | 'org' | 'project';
  level?: string;
  label?: string;
  code?: string;
  /** for areas: another mention in this sentence lies inside it (云南 of 云南勐海县) */
  hasChild?: boolean;
  /** a body of the centre (外交部, 国家能源局): on neither side of a pairing between east and west */
  central?: boolean;
}

export interface SentenceView {
  sentence: Sentence;
  text: string;
  areas: AreaMention[];
  orgs: OrgMention[];
  projects: ProjectMention[];
  parties: Party[];
  /** the district the sentence is about (section or explicit mention) */
  district: string | undefined;
  /** the sentence or its section names that district: it may stand as the subject of a sentence naming none */
  districtNamed: boolean;
  /** the helped place the report names most: what 我州, 我县 mean in a report of the helped side */
  reportPlace: string | undefined;
  /** refs of the places the section heading names (久治 in 为青海久治培训千余人) */
  focus: string[];
  /** the mode a section heading names (对口支援云南德钦县13年) */
  headingMode: string | undefined;
  docYear: string;
  builder: FactBuilder;
  evidence(at?: number): Evidence;
  /** project referred to as 项目/该项目 at the start of the sentence */
  lastProject: string | undefined;
  /** counterpart places named in recent sentences of the section, most recent first */
  recent: string[];
  /** the most specific counterpart places of the sentence just before (none after a heading) */
  previous: string[];
  /** the counterpart school or hospital the paragraph is about (the last one it named) */
  topic: string | undefined;
  /** a project the sentence before located with a 在-clause (a next 在-clause goes on) */
  locative: string | undefined;
  /** funder carried across an enumeration (…援建的 A;B;C) */
  carriedFunder: string | undefined;
  /** the helper the sentence before (ended by ;) opened with: the subject of a sentence naming none (…;又捐赠500万元) */
  subjectBefore: string | undefined;
}

/** The line of the original document that holds character `at` of the sentence: a fact's evidence. */
export function evidenceOf(sentence: Sentence, at = 0): Evidence {
  const piece = pieceAt(sentence, at);
  return {
    sentence: piece.originalText,
    start: piece.originalStart,
    end: piece.originalStart + piece.originalText.length,
    ...(sentence.kind === 'caption' ? { caption: true } : {}),
  };
}

/** Parties not inside another party's span (an area written inside an organisation's name). */
export function outerParties(parties: Party[]): Party[] {
  return parties.filter((p) => !parties.some((q) => q !== p && q.start <= p.start && q.end >= p.end && q.end - q.start > p.end - p.start));
}

export interface Clause {
  start: number;
  end: number;
  text: string;
}

/**
 * Clauses of a sentence, split at , ; : (normalised punctuation); one ending in 中 (重点扶贫协作中,)
 * opens the next. `verb`, when given, also splits at 、 between items that each hold one
 * (三星镇一对一帮扶木场乡、港西镇一对一帮扶忙丙乡: two clauses, not one subject with a list).
 */
export function clausesOf(text: string, verb?: RegExp): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  const push = (from: number, to: number) => {
    for (const [s, e] of verb === undefined ? [[from, to]] : itemsWithVerbs(text, from, to, verb)) clauses.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (const m of text.matchAll(/[,;:]/g)) {
    const end = m.index ?? 0;
    if (text.slice(start, end).endsWith('中')) continue;
    push(start, end);
    start = end + 1;
  }
  push(start, text.length);
  return clauses;
}

/** [from, to) cut at each 、 whose items on both sides hold a verb; else whole. */
function itemsWithVerbs(text: string, from: number, to: number, verb: RegExp): [number, number][] {
  const cuts = [from];
  for (let at = text.indexOf('、', from); at >= 0 && at < to; at = text.indexOf('、', at + 1)) {
    // 楚雄州(永仁县、双柏县): a list in brackets is one item.
    if (text.lastIndexOf('(', at) > text.lastIndexOf(')', at)) continue;
    cuts.push(at + 1);
  }
  const items = cuts.map((s, k): [number, number] => [s, k + 1 < cuts.length ? cuts[k + 1] - 1 : to]);
  if (items.length < 2 || !items.every(([s, e]) => new RegExp(verb.source).test(text.slice(s, e)))) return [[from, to]];
  return items;
}
