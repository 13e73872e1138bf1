import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';
import PLACE_READINGS from './place-readings.json';

/** Search keys of a name, stored on its node and indexed (cypher/schema/004-search.cypher). */
export interface PinyinKeys {
  /** Toneless syllables separated by one space, ü as v: 绿春县 → "lv chun xian". */
  pinyin: string;
  /** First letter of each syllable: 松江区 → "sjq". */
  pinyinInitials: string;
}

// Bump when pinyinKeys computes keys differently for a reason the version does not see otherwise.
const KEYS_REVISION = 2;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PINYIN_PRO_VERSION = (require('pinyin-pro/package.json') as { version: string }).version;

/**
 * What the stored keys were computed with: the revision above, pinyin-pro's version and the
 * place-name readings. A graph whose keys carry another version has them recomputed at start
 * (refreshPinyinKeys), so an upgrade that reads a name differently reaches the stored nodes.
 */
export const PINYIN_KEYS_VERSION = createHash('sha256')
  .update(JSON.stringify({ KEYS_REVISION, PINYIN_PRO_VERSION, PLACE_READINGS }))
  .digest('hex')
  .slice(0, 12);

const WORDS = new Map(PLACE_READINGS.words.map(({ word, reading }) => [word, reading.split(' ')]));
const CHARACTERS = new Map(PLACE_READINGS.characters.map(({ character, reading }) => [character, reading]));
const LONGEST_WORD = Math.max(...[...WORDS.keys()].map((word) => [...word].length));

/**
 * The one function that computes the pinyin keys of a name, used by the gazetteer load and by
 * document ingestion alike, so that a search key never depends on how a node was created.
 * Polyphonic characters take their reading in place names (place-readings.json: 闵行 min hang,
 * 喀什 ka shi) over pinyin-pro's common one. Characters without a reading (digits, punctuation)
 * are left out.
 */
export function pinyinKeys(name: string): PinyinKeys {
  const characters = [...name];
  const read = pinyin(name, { toneType: 'none', type: 'array', v: true }).map((syllable) => syllable.toLowerCase());
  // pinyin-pro gives one entry per code point; were that ever not so, its own reading stands.
  const syllables = read.length === characters.length ? placeReadings(characters, read) : read;
  const kept = syllables.filter((syllable) => /^[a-z]+$/.test(syllable));
  return { pinyin: kept.join(' '), pinyinInitials: kept.map((syllable) => syllable[0]).join('') };
}

/** pinyin-pro's syllables with the place-name words (longest first, left to right) and characters laid over. */
function placeReadings(characters: string[], syllables: string[]): string[] {
  const out = [...syllables];
  for (let i = 0; i < characters.length; ) {
    const word = longestWordAt(characters, i);
    if (word) {
      out.splice(i, word.length, ...word);
      i += word.length;
      continue;
    }
    out[i] = CHARACTERS.get(characters[i]) ?? out[i];
    i += 1;
  }
  return out;
}

function longestWordAt(characters: string[], start: number): string[] | undefined {
  for (let length = Math.min(LONGEST_WORD, characters.length - start); length >= 2; length--) {
    const reading = WORDS.get(characters.slice(start, start + length).join(''));
    if (reading) return reading;
  }
  return undefined;
}
