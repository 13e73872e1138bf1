import { parseCount } from './numbers';
import rules from './rules/time.json';

/**
 * Stage time: when a stated relationship began and ended, as the genre writes it. A year before
 * the cue (2017年起, 自1996年以来, 2012年,明确…), a duration up to the report's date (传了十五年, 25载),
 * and — read by endedPairings — a change of counterpart (调整为, 转为) that ends the old pairing.
 */
const YEAR = /(\d{4})年/g;
const DURATION = new RegExp(rules.duration);
const PERIOD = new RegExp(rules.period, 'g');

/** The latest year written before `at` (2017年起, 自1996年以来). */
export function yearBefore(text: string, at: number): number | undefined {
  const years = [...text.slice(0, at).matchAll(YEAR)];
  return years.length > 0 ? Number(years[years.length - 1][1]) : undefined;
}

/** 接力棒已经传了十五年, 对口支援定日25载: the report's year minus a duration the sentence gives. */
export function sinceDuration(text: string, docYear: string): number | undefined {
  const m = DURATION.exec(text);
  const years = m !== null ? parseCount(m[1]) : undefined;
  return years !== undefined && /^\d{4}$/.test(docYear) ? Number(docYear) - years : undefined;
}

/**
 * When a pairing began and, where the text says, ended: a period before its cue (2013年至2017年),
 * else the latest year before it, else a duration up to the report's date.
 */
export function periodOf(text: string, cueAt: number, docYear: string): { since?: number; until?: number } {
  const periods = [...text.slice(0, cueAt).matchAll(PERIOD)];
  const last = periods[periods.length - 1];
  if (last !== undefined) {
    const [since, until] = [Number(last[1]), Number(last[2])];
    return /^\d{4}$/.test(docYear) && until < Number(docYear) ? { since, until } : { since };
  }
  const since = yearBefore(text, cueAt) ?? sinceDuration(text, docYear);
  return since !== undefined ? { since } : {};
}
