/**
 * Extraction against the hand-written facts of a real report of the genre
 * (test/fixtures/genre/README.md): the four things a researcher relies on, each scored apart.
 *
 * - Areas: a gold area with a code is found when an extracted area has that code; an extracted
 *   area whose code the gold lacks is spurious.
 * - Organisations: found when an extracted organisation has the gold name or a written form
 *   (compared in simplified script, without spaces and quotes), whatever its label.
 * - Pairings: an explicit gold pairing is found when a PAIRS_WITH runs from an entity matching
 *   its helper to one matching its helped party; both parties and the direction must be right,
 *   the mode need not (its agreement is counted apart). An extracted pairing that matches an
 *   implied gold pairing is neither credit nor fault; any other is spurious.
 * - Money: a gold amount is found when a FUNDS, DONATES_TO or INVESTS_IN of that amount (within
 *   0.5%) starts at an entity matching its giver.
 */
import { toSimplified } from './normalise';
import type { EntityFact, FactSet, RelationFact } from '../model';
import { score, type Score } from './evaluation';

export interface ReportGold {
  document: {
    id: string;
    title: string;
    publisher: string;
    publisherKind: string;
    publishedAt: string;
    source: string;
    script: 'simplified' | 'traditional';
  };
  areas: { name: string; code: string | null; written?: string[]; level?: string }[];
  organizations: { name: string; label: string; written?: string[] }[];
  pairings: { helper: string; helped: string; mode: string; since?: number; until?: number; explicit: boolean; sentence: string }[];
  money: { from: string; to: string | null; amountWan: number; qualifier: string; planned?: boolean; sentence: string }[];
}

export interface ReportScores {
  areas: Score;
  organizations: Score;
  pairings: Score;
  money: Score;
  /** Of the pairings found, how many have the gold mode, and the gold since/until where given. */
  pairingModes: { agree: number; of: number };
  pairingTimes: { agree: number; of: number };
  missed: string[];
  spurious: string[];
}

const MONEY_TYPES = new Set(['FUNDS', 'DONATES_TO', 'INVESTS_IN']);
const AREA_LABELS = new Set(['Province', 'Prefecture', 'County', 'Township', 'Village']);
const ORGANIZATION_LABELS = new Set(['Enterprise', 'School', 'Hospital', 'Agency', 'SocialOrganization']);

const norm = (text: string): string => toSimplified(text).replace(/[\s“”"'‘’「」『』《》]/g, '');

type GoldParty = { kind: 'area'; code: string | null; forms: Set<string> } | { kind: 'organization'; forms: Set<string> };

function goldParties(gold: ReportGold): Map<string, GoldParty> {
  const parties = new Map<string, GoldParty>();
  for (const area of gold.areas) parties.set(area.name, { kind: 'area', code: area.code, forms: new Set([area.name, ...(area.written ?? [])].map(norm)) });
  for (const org of gold.organizations) parties.set(org.name, { kind: 'organization', forms: new Set([org.name, ...(org.written ?? [])].map(norm)) });
  return parties;
}

const formsOf = (entity: EntityFact): string[] => [entity.name, ...(entity.written ?? [])].map(norm);

function matches(party: GoldParty | undefined, entity: EntityFact | undefined): boolean {
  if (party === undefined || entity === undefined) return false;
  if (party.kind === 'area') {
    if (!AREA_LABELS.has(entity.label)) return false;
    if (party.code !== null) return entity.code === party.code;
    return formsOf(entity).some((form) => party.forms.has(form));
  }
  return !AREA_LABELS.has(entity.label) && entity.label !== 'Project' && formsOf(entity).some((form) => party.forms.has(form));
}

/** An extracted amount is the gold's within 0.5% (a rounded 1.6亿 for 16000.5万). */
const sameAmount = (extracted: number, gold: number): boolean => Math.abs(extracted - gold) <= Math.max(0.005 * gold, 0.01);

export function evaluateReport(extracted: FactSet, gold: ReportGold): ReportScores {
  const parties = goldParties(gold);
  const byRef = new Map(extracted.entities.map((entity) => [entity.ref, entity]));
  const missed: string[] = [];
  const spurious: string[] = [];

  // Areas by code.
  const goldCodes = new Set(gold.areas.map((area) => area.code).filter((code): code is string => code !== null));
  const extractedCodes = new Set(extracted.entities.filter((e) => AREA_LABELS.has(e.label) && e.code !== undefined).map((e) => e.code!));
  const areasFound = [...goldCodes].filter((code) => extractedCodes.has(code));
  missed.push(...[...goldCodes].filter((code) => !extractedCodes.has(code)).map((code) => `area ${gold.areas.find((a) => a.code === code)!.name} ${code}`));
  const extraAreas = [...extractedCodes].filter((code) => !goldCodes.has(code));
  spurious.push(...extraAreas.map((code) => `area ${extracted.entities.find((e) => e.code === code)!.name} ${code}`));

  // Organisations by name.
  const orgs = extracted.entities.filter((e) => ORGANIZATION_LABELS.has(e.label));
  const usedOrgs = new Set<EntityFact>();
  let orgsFound = 0;
  for (const org of gold.organizations) {
    const party = parties.get(org.name);
    const hit = orgs.find((e) => !usedOrgs.has(e) && matches(party, e));
    if (hit) {
      usedOrgs.add(hit);
      orgsFound++;
    } else missed.push(`organisation ${org.name}`);
  }
  spurious.push(...orgs.filter((e) => !usedOrgs.has(e)).map((e) => `organisation ${e.label} ${e.name}`));

  // Pairings: both parties and the direction.
  // A pair of parties stated under two modes (对口支援 and 结对) is one pairing of them.
  const pairings = [...new Map(extracted.relations.filter((r) => r.type === 'PAIRS_WITH').map((r) => [`${r.from}|${r.to}`, r])).values()];
  const isPair = (p: ReportGold['pairings'][number], r: RelationFact): boolean =>
    matches(parties.get(p.helper), byRef.get(r.from)) && matches(parties.get(p.helped), byRef.get(r.to));
  const usedPairings = new Set<RelationFact>();
  let pairingsFound = 0;
  const modes = { agree: 0, of: 0 };
  const times = { agree: 0, of: 0 };
  for (const p of gold.pairings.filter((g) => g.explicit)) {
    const hit = pairings.find((r) => !usedPairings.has(r) && isPair(p, r));
    if (!hit) {
      missed.push(`pairing ${p.helper} → ${p.helped}`);
      continue;
    }
    usedPairings.add(hit);
    pairingsFound++;
    modes.of++;
    if (hit.properties?.mode === p.mode) modes.agree++;
    for (const key of ['since', 'until'] as const) {
      if (p[key] === undefined) continue;
      times.of++;
      if (hit.properties?.[key] === p[key]) times.agree++;
    }
  }
  const implied = gold.pairings.filter((g) => !g.explicit);
  const extraPairings = pairings.filter((r) => !usedPairings.has(r) && !implied.some((p) => isPair(p, r)));
  spurious.push(...extraPairings.map((r) => `pairing ${byRef.get(r.from)?.name ?? r.from} → ${byRef.get(r.to)?.name ?? r.to} [${String(r.properties?.mode)}] «${r.evidence[0]?.sentence.slice(0, 50) ?? ''}»`));

  // Money by giver and amount.
  const money = extracted.relations.filter((r) => MONEY_TYPES.has(r.type) && typeof r.properties?.amountWan === 'number');
  const usedMoney = new Set<RelationFact>();
  let moneyFound = 0;
  for (const m of gold.money) {
    const hit = money.find((r) => !usedMoney.has(r) && sameAmount(r.properties!.amountWan as number, m.amountWan) && matches(parties.get(m.from), byRef.get(r.from)));
    if (hit) {
      usedMoney.add(hit);
      moneyFound++;
    } else missed.push(`money ${m.from} ${m.amountWan}万`);
  }
  spurious.push(...money.filter((r) => !usedMoney.has(r)).map((r) => `money ${byRef.get(r.from)?.name ?? r.from} ${String(r.properties?.amountWan)}万 → ${byRef.get(r.to)?.name ?? r.to} «${r.evidence[0]?.sentence.slice(0, 50) ?? ''}»`));

  return {
    areas: score(areasFound.length, extraAreas.length, goldCodes.size - areasFound.length),
    organizations: score(orgsFound, orgs.length - usedOrgs.size, gold.organizations.length - orgsFound),
    pairings: score(pairingsFound, extraPairings.length, gold.pairings.filter((g) => g.explicit).length - pairingsFound),
    money: score(moneyFound, money.length - usedMoney.size, gold.money.length - moneyFound),
    pairingModes: modes,
    pairingTimes: times,
    missed,
    spurious,
  };
}

/**
 * What the gold says of a pair of extracted entities read in one sentence: `stated` when an
 * explicit gold pairing of theirs is stated in that sentence, `elsewhere` when it is stated or
 * implied in another or only implied, `none` when the gold has no such pairing. The learned
 * pairing reader trains on the first and last.
 */
export function pairingLabeller(gold: ReportGold): (from: EntityFact | undefined, to: EntityFact | undefined, sentence: string) => 'stated' | 'elsewhere' | 'none' {
  const parties = goldParties(gold);
  return (from, to, sentence) => {
    const of = gold.pairings.filter((p) => matches(parties.get(p.helper), from) && matches(parties.get(p.helped), to));
    if (of.length === 0) return 'none';
    const here = norm(sentence);
    return of.some((p) => p.explicit && (here.includes(norm(p.sentence)) || norm(p.sentence).includes(here))) ? 'stated' : 'elsewhere';
  };
}

/**
 * What the gold says of an extracted giver and an amount read in one sentence: `given` when the
 * gold has that giver give that amount in that sentence, `elsewhere` when in another sentence,
 * `none` otherwise (another party gives it, or it is no money given). The learned money reader
 * trains on the first and last.
 */
export function moneyLabeller(gold: ReportGold): (giver: EntityFact | undefined, amountWan: number, sentence: string) => 'given' | 'elsewhere' | 'none' {
  const parties = goldParties(gold);
  return (giver, amountWan, sentence) => {
    const of = gold.money.filter((m) => sameAmount(amountWan, m.amountWan) && matches(parties.get(m.from), giver));
    if (of.length === 0) return 'none';
    const here = norm(sentence);
    return of.some((m) => here.includes(norm(m.sentence)) || norm(m.sentence).includes(here)) ? 'given' : 'elsewhere';
  };
}

/** The sum of several reports' scores. */
export function sumScores(all: ReportScores[]): Omit<ReportScores, 'missed' | 'spurious'> {
  const add = (pick: (s: ReportScores) => Score): Score =>
    all.reduce((acc, s) => score(acc.tp + pick(s).tp, acc.fp + pick(s).fp, acc.fn + pick(s).fn), score(0, 0, 0));
  const count = (pick: (s: ReportScores) => { agree: number; of: number }) =>
    all.reduce((acc, s) => ({ agree: acc.agree + pick(s).agree, of: acc.of + pick(s).of }), { agree: 0, of: 0 });
  return {
    areas: add((s) => s.areas),
    organizations: add((s) => s.organizations),
    pairings: add((s) => s.pairings),
    money: add((s) => s.money),
    pairingModes: count((s) => s.pairingModes),
    pairingTimes: count((s) => s.pairingTimes),
  };
}
