import { lexicon } from './lexicon';

export interface VillageKey {
  /** what remains once committee suffixes and one trailing 村 are removed; always a prefix of the name */
  key: string;
  /** whether the name carried a village suffix, i.e. declares itself a village */
  suffixed: boolean;
}

/**
 * Data and reports disagree on suffixes (笋子洼村民委员会 / 笋子洼村, 上坝村村民委员会 / 上坝村,
 * 要什道村委会 / 要什道村), and 村民委员会 cannot be told apart from 村 + 民委员会.
 * Removing the longest suffix and then one 村 maps every variant to the same key.
 */
export function villageKey(name: string): VillageKey {
  const suffix = lexicon.villageSuffixes.find((s) => name.endsWith(s) && name.length > s.length);
  let key = suffix === undefined ? name : name.slice(0, -suffix.length);
  if (key.length > 1 && key.endsWith('村')) key = key.slice(0, -1);
  return { key, suffixed: suffix !== undefined };
}
