import rules from './rules/sides.json';

/**
 * Which side of a pairing a place is on comes from the world, not from word order: the helping
 * side is the east (Shanghai, its districts, towns, villages and bodies; and the other eastern
 * provinces and cities that give counterpart support), whatever a sentence puts first.
 */
const HOME = rules.home;
const EASTERN = new Set(rules.easternProvinces);

/** Shanghai and everything in it: the reports' own side. */
export const isHomeCode = (code: string): boolean => code.startsWith(HOME);

/** A province or city of the helping east (北京, 天津, 江苏, 浙江, 福建, 山东, 广东 …), Shanghai included. */
export const isEasternCode = (code: string): boolean => EASTERN.has(code.slice(0, 2));
