import type { Gazetteer } from '../gazetteer/gazetteer';
import type { FactSet, SourceDocument } from '../model';
import { Aliases } from './aliases';
import { findFormerSubAreas, findFormerDistricts, findListedAreas } from './area-lists';
import { findAreaMentions, type AreaMention } from './area-mentions';
import { FactBuilder } from './builder';
import { readDocument, type DocumentContext } from './document-context';
import { normaliseText } from './normalise';
import { flushObservations, newObservationState, observations, type ObservationState } from './observations';
import { endedPairings, listPairings, prosePairings, type EndedPairing, type PairingCandidate } from './pairing';
import { pairingConstructions } from './pairing-grammar';
import { cueClausePairings } from './pairing-fallback';
import { bodyNamePairings } from './pairing-body-names';
import { learnedPairings, pairCandidates, type PairCandidate, type PairingModel } from './pairing-reader';
import { readParties, type SentenceParties } from './parties';
import { ReadingState } from './reading-state';
import { moneyGiven } from './money';
import { learnedMoney, moneyCandidates, type MoneyCandidate, type MoneyModel } from './money-reader';
import { donations, funds, poverty, projectRelations, settlements, staff, training } from './relations';
import { evidenceOf, type SentenceView } from './sentence-view';
import { splitSentences, type Sentence } from './text';

/** What the relation rules gather over the whole document, settled once it is read. */
interface Findings {
  pairings: PairingCandidate[];
  /** Ended pairings, each with the number of pairing candidates read before it. */
  ended: (EndedPairing & { after: number })[];
  /** Projects someone builds, funds or invests in. */
  claimed: Set<string>;
  /** The district each project was named under. */
  projectDistrict: Map<string, string>;
  figures: ObservationState;
}

/** How the extraction may be run besides its defaults: for training and scoring the learned readers. */
export interface ExtractionOptions {
  /** weights other than rules/pairing-model.json (`kg train-readers` scores each fold with its own) */
  pairingModel?: PairingModel;
  /** sees every pair the learned pairing reader weighs, with the sentence's evidence */
  onPairCandidates?: (candidates: PairCandidate[], evidence: string) => void;
  /** weights other than rules/money-model.json */
  moneyModel?: MoneyModel;
  /** sees every giver and amount the learned money reader weighs, with the sentence's evidence */
  onMoneyCandidates?: (candidates: MoneyCandidate[], evidence: string) => void;
}

/**
 * A report's facts, stage by stage: normalise → segment → the document (anchors, date, district)
 * → for each sentence, its parties, then the relations and figures they take part in → settle
 * what needs the whole document (pairings stated twice, unclaimed projects, where areas lie).
 */
export function extractFacts(document: SourceDocument, gazetteer: Gazetteer, options: ExtractionOptions = {}): FactSet {
  const builder = new FactBuilder();
  const aliases = new Aliases(builder);
  const sentences = splitSentences(normaliseText(document.text));
  const context = readDocument(document, sentences, gazetteer);
  const state = new ReadingState(context);
  const findings: Findings = { pairings: [], ended: [], claimed: new Set(), projectDistrict: new Map(), figures: newObservationState() };
  for (const sentence of sentences) readSentence(sentence, { context, state, builder, aliases, findings, options });
  settle(builder, findings, context);
  return {
    document: { id: document.id, title: document.title, ...(document.publisher ? { publisher: document.publisher } : {}), ...(document.publishedAt ? { publishedAt: document.publishedAt } : {}), ...(document.url ? { url: document.url } : {}) },
    entities: builder.entities,
    relations: builder.relations,
    observations: builder.observations,
    notes: builder.notes,
  };
}

interface Reading {
  context: DocumentContext;
  state: ReadingState;
  builder: FactBuilder;
  aliases: Aliases;
  findings: Findings;
  options: ExtractionOptions;
}

/** One sentence: its parties, then (for the report's text, not its headings) the relations among them. */
function readSentence(sentence: Sentence, reading: Reading): void {
  const { context, state, builder } = reading;
  const areas = areasOf(sentence, context);
  if (sentence.kind === 'heading') state.enterHeading(sentence, areas);
  if (state.isRepeat(sentence, areas, builder)) return;
  state.startSentence(sentence);
  const parties = readParties(sentence, areas, context, state, builder, reading.aliases);
  if (sentence.kind === 'heading') {
    state.leaveHeading(sentence, parties.parties);
    return;
  }
  // A project of a section about a named district is that district's, should no one else be said to build it.
  for (const p of parties.parties) if (p.kind === 'project' && parties.districtRef !== undefined && parties.districtNamed) reading.findings.projectDistrict.set(p.ref, parties.districtRef);
  const view = sentenceView(sentence, parties, reading);
  readRelations(view, reading);
  state.afterSentence(sentence, parties.parties, parties.projects[0]?.start, parties.districtRef, builder);
}

/** The areas a sentence names: by the gazetteer's names in the report's scope, and in its enumerations. */
function areasOf(sentence: Sentence, context: DocumentContext): AreaMention[] {
  const named = findAreaMentions(sentence.text, context.index, context.scope);
  const listed = [...named, ...findListedAreas(sentence.text, named, context.index, context.scope)];
  const withFormer = [...listed, ...findFormerSubAreas(sentence.text, listed, context.index)];
  return [...withFormer, ...findFormerDistricts(sentence.text, withFormer)].sort((a, b) => a.start - b.start);
}

function sentenceView(sentence: Sentence, parties: SentenceParties, { context, state, builder }: Reading): SentenceView {
  return {
    sentence,
    text: sentence.text,
    areas: parties.areas,
    orgs: parties.orgs,
    projects: parties.projects,
    parties: parties.parties,
    district: parties.districtRef,
    districtNamed: parties.districtNamed,
    reportPlace: context.place,
    focus: state.focus,
    headingMode: state.headingMode,
    docYear: context.docYear,
    builder,
    evidence: (at = 0) => evidenceOf(sentence, at),
    lastProject: state.lastProject,
    recent: state.recent,
    carriedFunder: state.carriedFunder,
    subjectBefore: state.subjectBefore,
    previous: state.previous,
    topic: state.topic,
    locative: state.locative,
  };
}

/** Stage 5 and 6, relations and figures: each rule reads the sentence and records what it states. */
function readRelations(view: SentenceView, { findings, state, options }: Reading): void {
  const constructions = pairingConstructions(view);
  const read = [...listPairings(view), ...constructions.pairings, ...prosePairings(view, constructions.read)];
  // The learned reader reads only what no construction read; training sees every sentence's pairs.
  const weighed = read.length === 0 || options.onPairCandidates !== undefined ? pairCandidates(view) : [];
  options.onPairCandidates?.(weighed, view.evidence().sentence);
  findings.pairings.push(...(read.length > 0 ? read : [...cueClausePairings(view), ...learnedPairings(view, weighed, options.pairingModel)]));
  // A body's name states its pairing whatever the sentence says of the body.
  findings.pairings.push(...bodyNamePairings(view));
  findings.ended.push(...endedPairings(view).map((e) => ({ ...e, after: findings.pairings.length })));
  donations(view);
  settlements(view);
  funds(view);
  state.locative = projectRelations(view, findings.claimed);
  moneyGiven(view);
  const givers = moneyCandidates(view);
  options.onMoneyCandidates?.(givers, view.evidence().sentence);
  learnedMoney(view, givers, options.moneyModel);
  staff(view);
  training(view);
  poverty(view);
  observations(view, findings.figures);
}

/** Stage 7, settle: what needs the whole document read. */
function settle(builder: FactBuilder, findings: Findings, context: DocumentContext): void {
  flushObservations({ builder, docYear: context.docYear }, findings.figures);
  settlePairings(builder, findings.pairings, findings.ended);
  // A project the report names with no one building, funding or investing in it is its district's.
  for (const e of builder.entities) {
    if (e.label !== 'Project' || findings.claimed.has(e.ref)) continue;
    if (builder.relations.some((r) => r.to === e.ref && (r.type === 'FUNDS' || r.type === 'BUILDS' || r.type === 'INVESTS_IN'))) continue;
    const d = findings.projectDistrict.get(e.ref);
    if (d !== undefined) builder.relation('BUILDS', d, e.ref, e.evidence[0]);
  }
  // A district the report is about may be named only by its publisher or as 区.
  for (const r of builder.relations) {
    for (const ref of [r.from, r.to]) {
      const area = ref.startsWith('area:') && builder.entity(ref) === undefined ? context.gazetteer.byCode(ref.slice(5)) : undefined;
      if (area !== undefined) builder.area(area, area.name, r.evidence[0]);
    }
  }
  setPartOf(builder, context.gazetteer);
}

/**
 * A list line settles a place's mode, so prose restating the same pairing adds nothing; prose
 * naming a prefecture whose counties are listed lends them its year (崇明区与临沧市…2017年).
 */
function settlePairings(b: FactBuilder, found: PairingCandidate[], ended: Findings['ended']): void {
  // The learned reader fills in pairs no construction read anywhere in the report; it restates none.
  const read = new Set(found.filter((p) => p.construction !== 'learned').map((p) => `${p.from}|${p.to}`));
  const all = found.filter((p) => p.construction !== 'learned' || !read.has(`${p.from}|${p.to}`));
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
      // 学校与西双版纳州…学校结对: institutions pair across the prefecture, whatever its counties do. In a
      // report that lists its pairings, a prefecture named beside its counties stands for them.
      if (listed.length > 0 && p.broad && !['校校结对', '院院结对'].includes(p.mode) && all.some((q) => q !== p && !q.broad && q.from === p.from && q.targetCode?.startsWith(p.targetCode ?? '-'))) continue;
    }
    // Ended pairings count the candidates read before them, learned ones included.
    const index = found.indexOf(p);
    const until = p.until ?? ended.find((e) => e.from === p.from && (e.to === p.to || (e.to === undefined && index < e.after && !e.keeps?.has(p.to))))?.until;
    b.relation('PAIRS_WITH', p.from, p.to, p.evidence, { mode: p.mode, ...(p.since !== undefined ? { since: p.since } : {}), ...(until !== undefined ? { until } : {}) }, { construction: p.construction, confidence: p.confidence });
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
