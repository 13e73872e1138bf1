import rules from './rules/pairing-constructions.json';
import { helps } from './pairing';
import type { Clause, Party, SentenceView } from './sentence-view';
import { betweenAll, candidates, cueIn, helperBefore, inside, nearestHelperHelps, pairsOf, side, splitAtConnector, type GrammarReading } from './pairing-clauses';

/** Pairing constructions of lists and changes: 分别, lists in order, 调整为, 变更为, the scope of a helper, 自…以来. */
const SCOPE_EXTENDED = new RegExp(rules.scopeExtended);

const SCOPE_INCLUDED = new RegExp(rules.scopeIncluded);

const SINCE_CLAUSE = new RegExp(rules.sinceClause);

const HELPERS_CHANGED = new RegExp(rules.helpersChanged);

const REASSIGNED = new RegExp(rules.reassigned);

/**
 * 分别: `A与B、C,D与E,F与G分别签订了结对协议` (each group its own pairs), `A、B…分别与C、D…结对` and
 * `A和B分别对口帮扶C和D` (the i-th with the i-th).
 */
export function respective(view: SentenceView, clauses: Clause[], i: number, parties: Party[], masked: string): GrammarReading | undefined {
  const clause = clauses[i];
  const at = clause.text.indexOf(rules.respectively);
  if (at < 0) return undefined;
  const cue = cueIn(masked, clause.start + at, clause.end);
  if (cue === undefined) return undefined;
  const resp = clause.start + at;
  // A分别与B结对: the two sides are before 分别 (or, unwritten there, the helper of the clause before) and between the connector and the cue.
  if (new RegExp(`^${rules.connector}`).test(view.text.slice(resp + rules.respectively.length))) {
    const own = side(inside(parties, clause.start, resp));
    const a = own.length > 0 ? own : helperBefore(clauses, i, parties);
    const b = side(inside(parties, resp + rules.respectively.length + 1, cue.start));
    if (a.length === 0 || b.length === 0) return undefined;
    return { pairings: candidates(view, pairsOf(a, b, true), cue.start, clause, 'respective-lists'), read: [clause] };
  }
  // A和B分别对口帮扶C和D: as many helpers before 分别 as places after the cue, the i-th with the i-th.
  const after = resp + rules.respectively.length;
  if (cue.start === after) {
    const a = side(inside(parties, clause.start, resp));
    const b = side(inside(parties, cue.end, clause.end));
    if (a.length > 1 && a.length === b.length && a.every(helps) && !b.some(helps)) {
      return { pairings: candidates(view, pairsOf(a, b, true), cue.start, clause, 'respective-lists'), read: [clause] };
    }
  }
  // A与B、C,D与E分别签订: each group a clause of its own, back to the first that is not one.
  const groups: { clause: Clause; sides: [Party[], Party[]] }[] = [];
  const own = splitAtConnector(masked, parties, clause.start, resp);
  if (own !== undefined) groups.push({ clause, sides: own });
  for (let k = i - 1; k >= 0; k--) {
    const sides = splitAtConnector(masked, parties, clauses[k].start, clauses[k].end);
    if (sides === undefined || cueIn(masked, clauses[k].start, clauses[k].end) !== undefined) break;
    groups.unshift({ clause: clauses[k], sides });
  }
  if (groups.length === 0) return undefined;
  const pairings = groups.flatMap((g) => candidates(view, pairsOf(g.sides[0], g.sides[1], false), cue.start, clause, 'respective-groups'));
  return { pairings, read: [...groups.map((g) => g.clause), clause] };
}

/** `X的帮扶范围又增加了Y、Z`: the helper named before the scope helps the places after it. */
export function scopeExtended(view: SentenceView, clause: Clause, parties: Party[], masked: string): GrammarReading | undefined {
  const scope = SCOPE_EXTENDED.exec(masked.slice(clause.start, clause.end));
  if (scope === null) return undefined;
  const at = clause.start + scope.index;
  return nearestHelperHelps(view, clause, parties, at, [at + scope[0].length, clause.end], at, 'scope-extended');
}

/** `松江区于2019年把景洪市…纳入了帮扶范围`: the helper before 把 helps the places between 把 and 纳入. */
export function scopeIncluded(view: SentenceView, clause: Clause, parties: Party[], masked: string): GrammarReading | undefined {
  const scope = SCOPE_INCLUDED.exec(masked.slice(clause.start, clause.end));
  if (scope === null) return undefined;
  const at = clause.start + scope.index;
  return nearestHelperHelps(view, clause, parties, at, [at, at + scope[0].length], at + scope[0].length, 'scope-included');
}

/**
 * `将原对口支援重庆万州的嘉定、宝山两区调整为重点对口帮扶香格里拉县、德钦县和维西县`: the helpers
 * between 的 and 调整为 leave the place after 原… (their pairing ends in the sentence's year) and
 * pair with every place after the second cue.
 */
export function reassigned(view: SentenceView, clause: Clause, parties: Party[], masked: string): GrammarReading | undefined {
  const m = REASSIGNED.exec(masked.slice(clause.start, clause.end));
  if (m === null || m.index === undefined) return undefined;
  const at = clause.start + m.index;
  const of = at + m[0].indexOf('的', 2);
  const turn = at + m[0].search(/(调整|转|改)为/);
  const old = side(inside(parties, at, of)).filter((p) => !helps(p) && p.kind === 'area');
  const helpers = side(inside(parties, of, turn)).filter(helps);
  const helped = side(inside(parties, turn, clause.end)).filter((p) => !helps(p) && p.kind === 'area');
  if (helpers.length === 0 || helped.length === 0) return undefined;
  const year = /(\d{4})年/.exec(view.text.slice(0, turn));
  // The old pairing began before the sentence's year, which ends it.
  const ended = candidates(view, pairsOf(helpers, old, false), at, clause, 'reassigned').map((c) => {
    const closed = { ...c, ...(year !== null ? { until: Number(year[1]) } : {}) };
    delete closed.since;
    return closed;
  });
  return { pairings: [...ended, ...candidates(view, pairsOf(helpers, helped, false), turn, clause, 'reassigned')], read: [clause] };
}

/** `上海对口支援万州的区又变更为浦东新区和卢湾区`: the helpers after 为 take over the place between the cue and 的. */
export function helpersChanged(view: SentenceView, clause: Clause, parties: Party[], masked: string): GrammarReading | undefined {
  const changed = HELPERS_CHANGED.exec(masked.slice(clause.start, clause.end));
  if (changed === null) return undefined;
  const at = clause.start + changed.index;
  const pivot = at + changed[0].length;
  const helped = side(inside(parties, at, pivot)).filter((p) => !helps(p) && p.kind === 'area');
  const helpers = side(inside(parties, pivot, clause.end)).filter(helps);
  if (helped.length === 0 || helpers.length === 0) return undefined;
  return { pairings: candidates(view, pairsOf(helpers, helped, false), at, clause, 'helpers-changed'), read: [clause] };
}

/** `自2021年对口帮扶永平以来,奉贤区柘林镇、海湾镇主动担当作为`: the helped in the time clause, the helpers opening the next. */
export function sinceClause(view: SentenceView, clauses: Clause[], i: number, parties: Party[], masked: string): GrammarReading | undefined {
  const clause = clauses[i];
  const next = clauses[i + 1];
  if (next === undefined || !SINCE_CLAUSE.test(masked.slice(clause.start, clause.end))) return undefined;
  const helped = side(inside(parties, clause.start, clause.end)).filter((p) => !helps(p) && p.kind === 'area');
  if (helped.length === 0 || side(inside(parties, clause.start, clause.end)).some(helps)) return undefined;
  // The helpers written at the start of the next clause, one list (奉贤区柘林镇、海湾镇).
  const opening = side(inside(parties, next.start, next.end)).filter((p) => helps(p) && /^[、和及与]?$/.test(masked.slice(next.start, p.start).replace(/＊/g, '')));
  if (opening.length === 0) return undefined;
  const cue = cueIn(masked, clause.start, clause.end);
  return { pairings: candidates(view, opening.flatMap((h) => helped.map((t) => [h, t] as [Party, Party])), cue?.start ?? clause.start, clause, 'since-clause'), read: [clause, next] };
}

/** `A1、A2结对B1和B2`: as many helpers before the cue as helped after it, in order. */
export function orderedLists(view: SentenceView, clause: Clause, parties: Party[], masked: string): GrammarReading | undefined {
  const cue = cueIn(masked, clause.start, clause.end);
  if (cue === undefined) return undefined;
  const a = side(inside(parties, clause.start, cue.start));
  const b = side(inside(parties, cue.end, clause.end));
  if (a.length < 2 || a.length !== b.length || !a.every(helps) || b.some(helps)) return undefined;
  if (!/^[、和及与]+$/.test(betweenAll(masked, a))) return undefined;
  return { pairings: candidates(view, pairsOf(a, b, true), cue.start, clause, 'ordered-lists'), read: [clause] };
}
