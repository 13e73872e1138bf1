import type { Area, Resolution, ResolveContext } from './types';
import type { IndexEntry, MatchKind, NameIndex } from './name-index';
import type { VillageStore } from './village-store';
import { lexicon } from './lexicon';
import { villageKey } from './village-key';

/** What the resolver needs from the gazetteer. */
export interface DivisionSource {
  index: NameIndex;
  villages(): VillageStore | undefined;
  chain(code: string): Area[];
}

interface Match {
  area: Area;
  kind: MatchKind;
  note?: string;
}

/** Candidates must lie under (strict) or on the line through (not strict) one of the codes. */
interface Scope {
  codes: string[];
  strict: boolean;
}

interface Outcome {
  matches: Match[];
  /** lower-level namesakes dropped in favour of a higher-level reading (海南 the province, not the prefecture) */
  passedOver: number;
  notes: string[];
  /** report the matches as candidates even if there is only one */
  onlyCandidates?: boolean;
}

const TIER: Record<MatchKind, number> = { full: 0, historical: 1, simplified: 2, bare: 3 };
const rank = (area: Area): number => lexicon.levelRank[area.level];
const TOWNSHIP = lexicon.levelRank.Township;
const CANDIDATE_CAP = 10;
const MAX_SEGMENTS = 6;
const PREFECTURE_CODE_LENGTH = 4;
const COUNTY_CODE_LENGTH = 6;
const CODE_LENGTH_RANK = new Map([
  [2, lexicon.levelRank.Province],
  [4, lexicon.levelRank.Prefecture],
  [6, lexicon.levelRank.County],
  [9, lexicon.levelRank.Township],
  [12, lexicon.levelRank.Village],
]);

function inScope(code: string, scope: Scope | undefined): boolean {
  if (scope === undefined) return true;
  return scope.codes.some((s) =>
    scope.strict ? code.length > s.length && code.startsWith(s) : code.startsWith(s) || s.startsWith(code),
  );
}

/**
 * A bare township or village name (红丝, 上坝, 大学) is too common to count without a place close
 * around it: a township needs at least a prefecture, a village at least a county, or 浙江大学
 * would be a village called 大学村 somewhere in Zhejiang.
 */
function bareNeedsDepth(area: Area): number {
  const level = rank(area);
  return level < TOWNSHIP ? 0 : level === TOWNSHIP ? PREFECTURE_CODE_LENGTH : COUNTY_CODE_LENGTH;
}

function acceptable(entry: IndexEntry | Match, depth: number): boolean {
  return entry.kind !== 'bare' || depth >= bareNeedsDepth(entry.area);
}

/** How closely a scope places a name: the code length of its least specific area, 0 for none. */
function depthOf(scope: Scope | undefined): number {
  return scope === undefined ? 0 : Math.min(...scope.codes.map((c) => c.length));
}

/**
 * The village data is incomplete (reports name villages it lacks), so a village name that is
 * unique nationally may still be the wrong village: without a county around it, it is only a candidate.
 */
function guardVillages(outcome: Outcome, scope: Scope | undefined): Outcome {
  const villages = outcome.matches.length > 0 && outcome.matches.every((m) => m.area.level === 'Village');
  if (villages && depthOf(scope) < COUNTY_CODE_LENGTH) {
    outcome.onlyCandidates = true;
    outcome.notes.push('a village needs a county or township as context');
  }
  return outcome;
}

function byLevelThenCode(a: Area, b: Area): number {
  return rank(a) - rank(b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

function normalise(written: string): string {
  let text = written.replace(/[\s\u3000]+/g, '');
  for (const noise of lexicon.writtenTrailingNoise) {
    if (text.endsWith(noise) && text.length > noise.length) text = text.slice(0, -noise.length);
  }
  return text;
}

/**
 * Chooses among matches: the best tier of form (official name before former name before
 * abbreviation), then the highest level, so that 海南 is the province and 勐海 the county rather
 * than 勐海镇. Anything left over is a genuine ambiguity.
 */
function choose(matches: Match[]): Outcome {
  const best = new Map<string, Match>();
  for (const m of matches) {
    const seen = best.get(m.area.code);
    if (seen === undefined || TIER[m.kind] < TIER[seen.kind]) best.set(m.area.code, m);
  }
  const unique = [...best.values()];
  if (unique.length === 0) return { matches: [], passedOver: 0, notes: [] };
  const tier = Math.min(...unique.map((m) => TIER[m.kind]));
  const inTier = unique.filter((m) => TIER[m.kind] === tier);
  const top = Math.min(...inTier.map((m) => rank(m.area)));
  const kept = inTier.filter((m) => rank(m.area) === top);
  // 东莞市 is both the prefecture and its only county: not a namesake worth reporting.
  const passedOver = inTier.filter(
    (m) => rank(m.area) !== top && !kept.some((k) => m.area.code.startsWith(k.area.code)),
  ).length;
  return { matches: kept, passedOver, notes: [] };
}

/**
 * Order of trial, for each context code in turn and then nationally: the whole text as one name
 * (official names, former names, simplified suffixes, bare names; villages by key), then the text
 * split into names each under the previous. One survivor resolves; several are candidates.
 */
export class Resolver {
  constructor(private readonly source: DivisionSource) {}

  resolve(written: string, context?: ResolveContext): Resolution {
    const text = normalise(written);
    const unresolved = (note?: string): Resolution => ({
      written,
      status: 'unresolved',
      chain: [],
      candidates: [],
      ...(note === undefined ? {} : { note }),
    });
    if (text.length === 0) return unresolved('empty');

    const within = (context?.within ?? []).filter((c) => c.length > 0);
    for (const [i, code] of within.entries()) {
      const outcome = this.attempt(text, { codes: [code], strict: false });
      if (outcome !== undefined) {
        if (i > 0) this.fellBack(outcome, within, `not found within ${within.slice(0, i).join(', ')}; found within ${code}`);
        return this.finish(written, outcome);
      }
    }
    const outcome = this.attempt(text, undefined);
    if (outcome !== undefined) {
      if (within.length > 0) this.fellBack(outcome, within, `not found within ${within.join(', ')}; found elsewhere`);
      return this.finish(written, outcome);
    }
    if (this.source.villages() === undefined && villageKey(text).suffixed) {
      return unresolved('villages not loaded: call loadVillages() to search them');
    }
    return unresolved();
  }

  /**
   * A match outside the most specific context contradicts the text (坪山 placed in 务川 is not
   * 坪山区 in Shenzhen), so it is only offered as a candidate. Two exceptions do not contradict
   * it: a place above the context's level (云南省 named in a text about 务川), and a place in the
   * same county when the context was a township (townships are merged and renamed often).
   */
  private fellBack(outcome: Outcome, within: string[], note: string): void {
    const anchor = within[0];
    const anchorRank = CODE_LENGTH_RANK.get(anchor.length) ?? TOWNSHIP;
    const county = anchor.slice(0, COUNTY_CODE_LENGTH);
    const consistent = (area: Area): boolean =>
      rank(area) < anchorRank || (anchor.length > COUNTY_CODE_LENGTH && area.code.startsWith(county));
    outcome.notes.push(note);
    if (outcome.matches.length === 1 && !consistent(outcome.matches[0].area)) {
      outcome.onlyCandidates = true;
      outcome.notes.push(`outside ${anchor}, so not taken as resolved`);
    }
  }

  private attempt(text: string, scope: Scope | undefined): Outcome | undefined {
    const direct = guardVillages(choose(this.matchWhole(text, scope)), scope);
    // A bare township or village read may be a composite misread as one name.
    const weak = direct.matches.every((m) => m.kind === 'bare' && rank(m.area) >= TOWNSHIP);
    if (direct.matches.length > 0 && !weak) return direct;
    const composite = this.matchComposite(text, scope);
    if (composite !== undefined) return composite;
    return direct.matches.length > 0 ? direct : undefined;
  }

  /** The whole text as one name: upper-level forms from the index, then villages by key. */
  private matchWhole(text: string, scope: Scope | undefined): Match[] {
    const depth = depthOf(scope);
    const found: Match[] = [];
    for (const entry of this.source.index.entries.get(text) ?? []) {
      if (acceptable(entry, depth) && inScope(entry.area.code, scope)) found.push(entry);
    }
    const store = this.source.villages();
    const key = villageKey(text);
    const bareVillages = depth >= COUNTY_CODE_LENGTH && text.length >= lexicon.minimumCoreLength;
    if (store !== undefined && (key.suffixed || bareVillages)) {
      for (const i of store.lookup(key.key)) {
        if (!inScope(store.code(i), scope)) continue;
        const area = store.area(i);
        // Committee suffixes vary freely between data and reports, so any suffixed form counts as the full name.
        found.push({ area, kind: key.suffixed ? 'full' : 'bare' });
      }
    }
    return found;
  }

  /**
   * 云南西双版纳勐海县, 六安裕安区独山镇: split into names each lying under the previous one.
   * Every split is tried; the earlier parts are the context of the last.
   */
  private matchComposite(text: string, scope: Scope | undefined): Outcome | undefined {
    const { entries, longestForm } = this.source.index;
    const parses: { outcome: Outcome; path: string[]; historical: string[] }[] = [];
    const walk = (pos: number, parents: Area[] | undefined, path: string[], historical: string[]): void => {
      const under: Scope | undefined =
        parents === undefined ? scope : { codes: parents.map((p) => p.code), strict: true };
      if (parents !== undefined) {
        const tail = text.slice(pos);
        const outcome = guardVillages(choose(this.matchWhole(tail, under)), under);
        if (outcome.matches.length > 0) parses.push({ outcome, path: [...path, tail], historical });
      }
      if (path.length + 1 >= MAX_SEGMENTS) return;
      const depth = depthOf(under);
      const last = Math.min(text.length - lexicon.minimumCoreLength, pos + longestForm);
      for (let end = pos + lexicon.minimumCoreLength; end <= last; end++) {
        const segment = text.slice(pos, end);
        const fitting = (entries.get(segment) ?? []).filter(
          (e) => acceptable(e, depth) && inScope(e.area.code, under),
        );
        if (fitting.length === 0) continue;
        const notes = fitting.flatMap((e) => (e.note === undefined ? [] : [e.note]));
        walk(end, fitting.map((e) => e.area), [...path, segment], [...historical, ...notes]);
      }
    };
    walk(0, undefined, [], []);
    if (parses.length === 0) return undefined;

    const outcome = choose(parses.flatMap((p) => p.outcome.matches));
    const chosen = parses.find((p) => p.outcome.matches.some((m) => outcome.matches.includes(m))) ?? parses[0];
    outcome.passedOver = chosen.outcome.passedOver;
    if (chosen.outcome.onlyCandidates === true) {
      outcome.onlyCandidates = true;
      outcome.notes.push(...chosen.outcome.notes);
    }
    outcome.notes.push(`composite: ${chosen.path.join(' › ')}`, ...chosen.historical);
    return outcome;
  }

  private finish(written: string, outcome: Outcome): Resolution {
    const { matches, notes } = outcome;
    if (matches.length === 1 && outcome.onlyCandidates !== true) {
      const [match] = matches;
      const own: string[] = [];
      if (match.note !== undefined) own.push(match.note);
      else if (match.kind === 'simplified' || match.kind === 'bare') own.push(`abbreviated: ${match.area.name}`);
      if (outcome.passedOver > 0) {
        own.push(`read as the ${match.area.level}, passing over ${outcome.passedOver} lower-level namesake(s)`);
      }
      const note = [...own, ...notes].join('; ');
      return {
        written,
        status: 'resolved',
        area: match.area,
        chain: this.source.chain(match.area.code),
        candidates: [],
        ...(note === '' ? {} : { note }),
      };
    }
    const all = matches.map((m) => m.area).sort(byLevelThenCode);
    // Codes nest by prefix, so the shared ancestors are those of one candidate that prefix all the others.
    const shared = this.source
      .chain(all[0].code)
      .filter((a) => all.every((c) => c.code.length > a.code.length && c.code.startsWith(a.code)));
    const count =
      all.length > CANDIDATE_CAP
        ? `${all.length} candidates, first ${CANDIDATE_CAP} listed`
        : `${all.length} candidate${all.length === 1 ? '' : 's'}`;
    return {
      written,
      status: 'ambiguous',
      chain: shared,
      candidates: all.slice(0, CANDIDATE_CAP),
      note: [count, ...notes].join('; '),
    };
  }
}
