import { pinyin } from 'pinyin-pro';

/** Search keys of a name, stored on its node and indexed (cypher/schema/004-search.cypher). */
export interface PinyinKeys {
  /** Toneless syllables separated by one space, ü as v: 绿春县 → "lv chun xian". */
  pinyin: string;
  /** First letter of each syllable: 松江区 → "sjq". */
  pinyinInitials: string;
}

/**
 * The one function that computes the pinyin keys of a name, used by the gazetteer load and by
 * document ingestion alike, so that a search key never depends on how a node was created.
 * Characters without a reading (digits, punctuation) are left out.
 */
export function pinyinKeys(name: string): PinyinKeys {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', v: true })
    .map((syllable) => syllable.toLowerCase())
    .filter((syllable) => /^[a-z]+$/.test(syllable));
  return { pinyin: syllables.join(' '), pinyinInitials: syllables.map((syllable) => syllable[0]).join('') };
}
