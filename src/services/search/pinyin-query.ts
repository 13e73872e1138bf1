import SYLLABLES from './pinyin-syllables.json';

/** What the pinyin branch of a search sends to the database (all as parameters). */
export interface PinyinQuery {
  /**
   * The letters read as the start of one syllable ("ceng", "xin"), or null when they can't be:
   * a match read that way has a `pinyin` starting with them, an index seek that stays narrow
   * where the initials index would hold every name starting with "c".
   */
  syllablePrefix: string | null;
  /** For readings of two syllables or more: prefixes of `pinyinInitials`, index seeks that prefilter. */
  initialsPrefixes: string[];
  /** Matched against the stored `pinyin` ("meng hai xian") to confirm a candidate. */
  regex: string;
  /**
   * Matched by names whose first syllables the letters spell whole ("minhang" in "min hang qu",
   * not "mh" nor "minh"): those rank above names the letters only abbreviate.
   */
  wholeRegex: string;
}

const PREFIXES = new Set(SYLLABLES.flatMap((syllable) => [...syllable].map((_, i) => syllable.slice(0, i + 1))));
// Three initials already narrow 665k names to a few hundred; longer prefixes only multiply seeks.
const MAX_INITIALS = 3;
const MAX_PREFIXES = 32;

/** Lower case, ü as v, apostrophes and other separators as single spaces; null unless pure pinyin letters. */
export function normalisePinyin(text: string): string | null {
  const normal = text.normalize('NFKC').toLowerCase().replace(/ü/g, 'v').replace(/['’\s_-]+/g, ' ').trim();
  return /^[a-z]+(?: [a-z]+)*$/.test(normal) ? normal : null;
}

/**
 * A query in toneless pinyin where every syllable may be cut short, down to its first letter,
 * and spaces are optional: "songjiang", "sj", "sjq" and "mh xian" all find their names. Each
 * query letter either continues the current syllable or starts the next one; a space in the
 * query always starts the next one. Null when no reading of the letters is pinyin.
 */
export function pinyinQuery(text: string): PinyinQuery | null {
  const normal = normalisePinyin(text);
  if (normal === null) return null;
  const syllablePrefix = PREFIXES.has(normal) ? normal : null;
  const initialsPrefixes = minimal(readings(normal));
  if (syllablePrefix === null && initialsPrefixes.length === 0) return null;
  const tokens = normal.split(' ');
  // Only [a-z] and fixed regex syntax reach the pattern; each letter is escaped all the same.
  // `\w` stands for [a-z] (the stored keys hold nothing else) to keep the statement short.
  const body = tokens.map((token) => [...token].map(escapeRegex).join('(\\w* )?')).join('\\w* ');
  const whole = tokens.map((token) => [...token].map(escapeRegex).join(' ?')).join(' ');
  return { syllablePrefix, initialsPrefixes, regex: `${body}.*`, wholeRegex: `${whole}( .*)?` };
}

/**
 * Initials strings (capped at MAX_INITIALS) of every way to cut the letters into two or more
 * syllable prefixes; the one-syllable reading is the syllable prefix.
 */
function readings(normal: string): Set<string> {
  const found = new Set<string>();
  const seen = new Set<string>();
  const walk = (pos: number, unit: string, initials: string): void => {
    if (found.size >= MAX_PREFIXES) return;
    if (initials.length >= MAX_INITIALS || pos === normal.length) {
      if (initials.length >= 2) found.add(initials);
      return;
    }
    const state = `${pos}|${unit}|${initials}`;
    if (seen.has(state)) return;
    seen.add(state);
    const letter = normal[pos];
    if (letter === ' ') return walk(pos + 1, '', initials);
    if (unit !== '' && PREFIXES.has(unit + letter)) walk(pos + 1, unit + letter, initials);
    if (PREFIXES.has(letter)) walk(pos + 1, letter, initials + letter);
  };
  walk(0, '', '');
  return found;
}

/** Drops every prefix that another, shorter one already covers. */
function minimal(prefixes: Set<string>): string[] {
  const sorted = [...prefixes].filter((p) => p !== '').sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const prefix of sorted) if (!kept.some((shorter) => prefix.startsWith(shorter))) kept.push(prefix);
  return kept;
}

function escapeRegex(letter: string): string {
  return letter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
