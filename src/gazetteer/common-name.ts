import table from './common-names.json';
import type { Area } from './types';

const SUFFIXES = table.villageCommitteeSuffixes as [string, string][];

/**
 * The name people use for an area: a village's committee name without the committee
 * (上坝村村民委员会 → 上坝村, 要什道村委会 → 要什道村); other levels keep their official name.
 */
export function commonName(area: Pick<Area, 'name' | 'level'>): string {
  if (area.level !== 'Village') return area.name;
  for (const [suffix, replacement] of SUFFIXES) {
    if (!area.name.endsWith(suffix) || area.name.length <= suffix.length) continue;
    const stem = area.name.slice(0, -suffix.length);
    return stem.endsWith(replacement) ? stem : stem + replacement;
  }
  return area.name;
}
