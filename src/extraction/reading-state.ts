import type { Area } from '../gazetteer/types';
import type { AreaMention } from './area-mentions';
import type { FactBuilder } from './builder';
import type { DocumentContext } from './document-context';
import pairingRules from './rules/pairing.json';
import { evidenceOf, type Party } from './sentence-view';
import { subjectOf } from './money';
import { kindsOf, orgKindsOf } from './references';
import { isHomeCode } from './sides';
import type { Sentence } from './text';

const LIST_LINE = new RegExp(pairingRules.listLine);

/**
 * What a reader carries from one sentence to the next: the section's district and focus, the
 * places and institutions recent sentences were about, a funder an enumeration goes on with. Each
 * field is read by the rules of the next sentence (SentenceView) and updated after it.
 */
export class ReadingState {
  /** The district the current section is about (a heading names it; else the report's). */
  sectionDistrict: Area | undefined;
  /**
   * Whether the section's district is named (by its heading or the report's publisher), so that a
   * sentence naming no helper is about it; a district that is only the one named most is not.
   */
  sectionDistrictNamed: boolean;
  /** Refs of the places the section heading names (久治 in 为青海久治培训千余人). */
  focus: string[] = [];
  /** The mode a section heading names (对口支援云南德钦县13年). */
  headingMode: string | undefined;
  /** Counterpart places named in recent sentences of the section, most recent first. */
  recent: string[] = [];
  /** The most specific counterpart places of the sentence just before (none after a heading). */
  previous: string[] = [];
  /** The counterpart school or hospital the paragraph is about (the last one it named). */
  topic: string | undefined;
  /** A project the sentence before located with a 在-clause (a next 在-clause goes on). */
  locative: string | undefined;
  /** The project referred to as 项目/该项目 at the start of a sentence. */
  lastProject: string | undefined;
  /** A funder carried across an enumeration (…援建的 A;B;C). */
  carriedFunder: string | undefined;
  /** The helper a sentence ended by ; opened with: the subject of the next, should it name none. */
  subjectBefore: string | undefined;
  /** The code of the last place of each kind named (街道, 镇, 县 …): what 该街道, 该县 refer to. */
  readonly lastNamed = new Map<string, string>();
  /** The last body named of each kind a reference answers to (会, 公司, 院 …), as a party. */
  readonly lastBodies = new Map<string, Party>();
  private paragraph = -1;
  private readonly seen = new Map<string, { district?: string; sentence: string }>();

  constructor(private readonly document: DocumentContext) {
    this.sectionDistrict = document.district;
    this.sectionDistrictNamed = document.districtBy === 'publisher';
  }

  /** A heading opens a section: its district, and (for the top levels) its mode. */
  enterHeading(sentence: Sentence, areas: AreaMention[]): void {
    const district = areas.find((m) => isHomeCode(m.area.code) && m.area.level === 'County')?.area;
    this.sectionDistrict = district ?? (sentence.headingLevel <= 2 ? this.document.district : this.sectionDistrict);
    if (district !== undefined) this.sectionDistrictNamed = true;
    else if (sentence.headingLevel <= 2) this.sectionDistrictNamed = this.document.districtBy === 'publisher';
    if (sentence.headingLevel <= 2) {
      this.headingMode = pairingRules.proseModes.map(([cue, mode]) => (sentence.text.includes(cue) ? mode : undefined)).find((m) => m !== undefined);
      this.recent = [];
    }
  }

  /** After a heading's parties are known: its places are the section's focus. */
  leaveHeading(sentence: Sentence, parties: Party[]): void {
    this.previous = [];
    if (sentence.headingLevel <= 2) this.focus = parties.filter((p) => !p.home && !p.hasChild).map((p) => p.ref);
  }

  /**
   * A sentence printed again (with only the district changed, say) is the same sentence: true, and
   * the repetition noted on the document, when this one was read before.
   */
  isRepeat(sentence: Sentence, areas: AreaMention[], builder: FactBuilder): boolean {
    const key = repeatKey(sentence, areas);
    const first = this.seen.get(key);
    const district = this.sectionDistrict?.name;
    if (first !== undefined && sentence.text.length > 20) {
      builder.note({
        kind: 'repeated-paragraph',
        description: `A sentence is printed again${first.district !== district ? ` with ${first.district ?? 'another subject'} changed to ${district ?? 'another subject'}` : ''}; counted once.`,
        evidence: [{ sentence: first.sentence }, evidenceOf(sentence)],
      });
      if (first.district !== undefined && first.district !== district) {
        builder.note({ kind: 'misattributed-paragraph', description: `Text about ${first.district} appears in ${district ?? 'another'} section; attributed to ${first.district} once.`, evidence: [evidenceOf(sentence)] });
      }
      return true;
    }
    this.seen.set(key, { district, sentence: evidenceOf(sentence).sentence });
    return false;
  }

  /** A new paragraph forgets what the last one was about. */
  startSentence(sentence: Sentence): void {
    if (sentence.paragraph === this.paragraph) return;
    this.paragraph = sentence.paragraph;
    this.subjectBefore = undefined;
    this.carriedFunder = undefined;
    this.topic = undefined;
    this.locative = undefined;
  }

  /** What this sentence leaves for the next: its places, its institution, a funder it enumerates for. */
  afterSentence(sentence: Sentence, parties: Party[], firstProjectAt: number | undefined, districtRef: string | undefined, builder: FactBuilder): void {
    const before = firstProjectAt !== undefined ? sentence.text.slice(0, firstProjectAt) : '';
    if (/援建/.test(before)) this.carriedFunder = /市(级|统筹)/.test(before) ? 'area:31' : districtRef;
    const places = parties.filter((p) => p.kind === 'area' && !p.home && p.code !== undefined && p.code.length >= 6 && !p.hasChild).map((p) => p.ref);
    this.topic = parties.filter((p) => p.kind === 'org' && !p.home && (p.label === 'School' || p.label === 'Hospital')).pop()?.ref ?? this.topic;
    const placesNamed = parties.filter((p) => p.kind === 'area' && !p.home && !p.hasChild && (p.code === undefined || p.code.length >= 6));
    const inside = (p: Party): boolean => placesNamed.some((q) => q !== p && (q.code !== undefined ? q.code.startsWith(p.code ?? '-') : builder.entity(q.ref)?.partOf === p.ref));
    this.previous = sentence.kind === 'prose' && !LIST_LINE.test(sentence.text) ? placesNamed.filter((p) => !inside(p)).map((p) => p.ref) : [];
    this.subjectBefore = /;\s*$/.test(sentence.text) ? (subjectOf(sentence.text, parties)?.ref ?? this.subjectBefore) : undefined;
    this.recent = [...places.reverse(), ...this.recent.filter((r) => !places.includes(r))].slice(0, 6);
    for (const p of parties) {
      const name = p.kind === 'area' && p.code !== undefined ? builder.entity(p.ref)?.name : undefined;
      if (name !== undefined) for (const kind of kindsOf(name)) this.lastNamed.set(kind, p.code!);
      const body = p.kind === 'org' ? builder.entity(p.ref)?.name : undefined;
      if (body !== undefined) for (const kind of orgKindsOf(body)) this.lastBodies.set(kind, p);
    }
  }
}

/** A sentence repeated with only the district changed is the same sentence. */
function repeatKey(s: Sentence, areas: AreaMention[]): string {
  let key = s.text;
  for (const m of [...areas].reverse()) if (isHomeCode(m.area.code)) key = key.slice(0, m.start) + '〇' + key.slice(m.end);
  return key.replace(/\s+/g, '');
}
