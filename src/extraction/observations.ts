/**
 * Measured figures of the genre (poverty rates, funds over a period, projects by kind, paired
 * townships, cadres sent …) as observations. The patterns are data (rules/observations.json);
 * this module only resolves their subject and date.
 */
import rules from './rules/observations.json';
import { findAmounts, parseCount } from './numbers';
import { outerParties, type Party, type SentenceView } from './sentence-view';

interface Rule {
  id: string;
  example: string[];
  requires?: string;
  patterns: string[];
  kinds?: string[][];
  metric: string;
  unit: string;
  subject: string;
  date?: string;
  value?: string;
  planned?: string;
  plannedMetric?: string;
  parts?: string[][];
  noTargetAfter?: boolean;
}

export const OBSERVATION_RULES: Rule[] = rules.rules as Rule[];

const EXPLICIT_YEAR = new RegExp(rules.explicitYear, 'g');
const OPEN_PERIOD = new RegExp(rules.openPeriod);
const START_YEAR = new RegExp(rules.startYear);

/** 十余 / 千余 / 两 / 二十 / 12 → number. */
export function parseFigure(text: string): number | undefined {
  const t = text.replace(/[余多]$/, '');
  const simple = parseCount(t === '两' ? '二' : t);
  if (simple !== undefined) return simple;
  const m = /^([一二两三四五六七八九])?([百千])$/.exec(t);
  if (m === null) return undefined;
  const head = m[1] === undefined ? 1 : parseCount(m[1] === '两' ? '二' : m[1]) ?? 1;
  return head * (m[2] === '千' ? 1000 : 100);
}

interface Compiled {
  rule: Rule;
  patterns: RegExp[];
  requires?: RegExp;
  planned?: RegExp;
}

function compile(rule: Rule): Compiled {
  const kinds = (rule.kinds ?? []).map(([k]) => `(?:${k})`).join('|');
  const patterns = rule.patterns.map(
    (p) => new RegExp(p.replace('{N}', rules.number).replace('{P}', rules.percent).replace('{A}', rules.amount).replace('{KIND}', `(?<kind>${kinds})`), 'g'),
  );
  return {
    rule,
    patterns,
    ...(rule.requires !== undefined ? { requires: new RegExp(rule.requires) } : {}),
    ...(rule.planned !== undefined ? { planned: new RegExp(rule.planned) } : {}),
  };
}

const COMPILED = OBSERVATION_RULES.map(compile);

/** State carried across the sentences of one document. */
export interface ObservationState {
  /** places of the last poverty rate, and how many sentences ago it was read */
  rateSubjects: string[];
  rateAge: number;
  /** baseline figures waiting for a start year written in the next sentences */
  pending: { subject: string; metric: string; value: number; unit: string; evidence: ReturnType<SentenceView['evidence']>; wait: number }[];
}

export const newObservationState = (): ObservationState => ({ rateSubjects: [], rateAge: 99, pending: [] });

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const depth = (p: Party): number => (p.code ?? (p.level === 'Village' ? '000000000000' : '')).length;
const counterpartAreas = (v: SentenceView): Party[] => outerParties(v.parties).filter((p) => p.kind === 'area' && !p.home);

/** The date of a figure at `at`: the last year written before it, unless it opens a period to now. */
function dateAt(v: SentenceView, at: number): string | undefined {
  let date: string | undefined;
  for (const m of v.text.slice(0, at).matchAll(EXPLICIT_YEAR)) {
    const after = v.text.slice((m.index ?? 0) + m[0].length);
    date = OPEN_PERIOD.test(after) ? v.docYear : m[2] !== undefined ? `${m[1]}-12-31` : m[1];
  }
  return date;
}

function subjectsOf(v: SentenceView, rule: Rule, at: number, state: ObservationState): string[] {
  const parties = outerParties(v.parties);
  const district = v.district !== undefined ? [v.district] : [];
  switch (rule.subject) {
    case 'home': {
      const home = parties.filter((p) => p.home && p.kind === 'area' && p.end <= at).pop();
      return home !== undefined ? [home.ref] : district;
    }
    case 'org': {
      const org = parties.find((p) => p.kind === 'org');
      return org !== undefined ? [org.ref] : district;
    }
    case 'before': {
      const place = counterpartAreas(v).filter((p) => p.end <= at).pop();
      return place !== undefined ? [place.ref] : [];
    }
    case 'rate': {
      const before = counterpartAreas(v).filter((p) => p.end <= at && !p.hasChild);
      const deepest = Math.max(-1, ...before.map(depth));
      const places = before.filter((p) => depth(p) === deepest).map((p) => p.ref);
      if (places.length > 0) return places;
      return state.rateAge <= 3 ? state.rateSubjects : [];
    }
    default: {
      // place: the counterpart the sentence names, else the one the section is about
      const named = counterpartAreas(v).filter((p) => !p.hasChild)[0];
      if (named !== undefined) return [named.ref];
      const focus = v.focus[0];
      const previous = v.previous.length === 1 ? v.previous[0] : undefined;
      const codeOf = (ref: string | undefined): string => v.builder.entity(ref ?? '')?.code ?? '';
      if (previous !== undefined && (focus === undefined || codeOf(previous).startsWith(codeOf(focus)))) return [previous];
      // the one place of the section inside the place its heading names (…安徽…: 结对帮扶…独山镇。…完成帮扶项目6个)
      const inside = focus === undefined ? [] : v.recent.filter((r) => r !== focus && codeOf(r).startsWith(codeOf(focus)));
      if (inside.length === 1) return inside;
      if (focus !== undefined) return [focus];
      // after a sentence naming several places, the figure is none of theirs in particular
      return v.previous.length > 1 ? [] : district;
    }
  }
}

/** Observations the sentence states, by the rules of rules/observations.json. */
export function observations(v: SentenceView, state: ObservationState): void {
  state.rateAge++;
  // a baseline waits at most two sentences for the year its change started
  const start = START_YEAR.exec(v.text);
  for (const p of state.pending) {
    if (start !== null) p.wait = 0;
    if (start !== null || --p.wait < 0) v.builder.observation(p.subject, p.metric, p.value, p.unit, start?.[1] ?? v.docYear, p.evidence);
  }
  state.pending = state.pending.filter((p) => p.wait >= 0 && start === null);

  for (const { rule, patterns, requires, planned } of COMPILED) {
    if (requires !== undefined && !requires.test(v.text)) continue;
    for (const re of patterns) {
      for (const m of v.text.matchAll(re)) {
        const at = m.index ?? 0;
        const groups = m.groups ?? {};
        const value = rule.value === 'amount' ? findAmounts(groups.a ?? '')[0]?.amountWan : parseFigure(groups.n ?? '');
        if (value === undefined) continue;
        if (rule.noTargetAfter === true && counterpartAreas(v).some((p) => p.start >= at + m[0].length)) continue;
        const kind = groups.kind !== undefined ? rule.kinds?.find(([k]) => new RegExp(`^(?:${k})$`).test(groups.kind!))?.[1] : undefined;
        if (groups.kind !== undefined && kind === undefined) continue;
        const isPlanned = planned !== undefined && planned.test(v.text.slice(0, at));
        let metric = rule.metric.replace('{kind}', kind ?? '');
        if (isPlanned) metric = rule.plannedMetric ?? `planned${capitalise(metric)}`;
        const unit = rule.unit.replace('{u}', groups.u ?? '');
        const subjects = subjectsOf(v, rule, at, state);
        const evidence = v.evidence(at);
        const date = dateAt(v, at);
        for (const subject of subjects) {
          if (rule.date === 'baseline' && date === undefined) state.pending.push({ subject, metric, value, unit, evidence, wait: 2 });
          else v.builder.observation(subject, metric, value, unit, date ?? v.docYear, evidence);
        }
        if (rule.subject === 'rate' && subjects.length > 0) {
          state.rateSubjects = subjects;
          state.rateAge = 0;
        }
        // 其中 A资金X万元,…,捐赠Y万元: the parts no one funder gives are figures of the place too
        if (rule.parts !== undefined) {
          const from = at + m[0].length;
          const end = v.text.slice(from).search(/[。;；]|[,，](?:实施|为|完成)/);
          const tail = v.text.slice(from, end < 0 ? undefined : from + end);
          let prev = 0;
          for (const a of findAmounts(tail)) {
            const segment = tail.slice(prev, a.start);
            prev = a.end;
            const part = rule.parts.find(([cue]) => segment.includes(cue));
            if (part === undefined) continue;
            const partMetric = isPlanned ? `planned${capitalise(part[1])}` : part[1];
            for (const subject of subjects) v.builder.observation(subject, partMetric, a.amountWan, '万元', date ?? v.docYear, evidence);
          }
        }
      }
    }
  }
}

/** At the end of the document, baselines no start year dated take the document's year. */
export function flushObservations(v: Pick<SentenceView, 'builder' | 'docYear'>, state: ObservationState): void {
  for (const p of state.pending) v.builder.observation(p.subject, p.metric, p.value, p.unit, v.docYear, p.evidence);
  state.pending = [];
}
