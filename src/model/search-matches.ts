/**
 * How a search hit matched its text. Each branch of the search statements names itself; `rank`
 * orders hits (the tens are the class: exact, prefix, pinyin in whole syllables, abbreviated
 * pinyin, full text; a node several branches find keeps its best, and ranks are unique so the
 * best names its branch), `kind` is what the API reports, `shows` which text matched, `score`
 * the score of the class (it orders like the rank; importance adds less than 0.5).
 */
export const SEARCH_BRANCHES = {
  NAME: { rank: 0, kind: 'EXACT_NAME', shows: 'name', score: 4 },
  CODE: { rank: 1, kind: 'EXACT_CODE', shows: 'id', score: 4 },
  WRITTEN_FORM: { rank: 2, kind: 'EXACT_NAME', shows: 'text', score: 4 },
  PREFIX: { rank: 10, kind: 'PREFIX', shows: 'name', score: 3 },
  // "minhang" spells the first syllables of 闵行区 (min hang qu) whole; "mh" only abbreviates them.
  PINYIN: { rank: 20, kind: 'PINYIN', shows: 'pinyin', score: 2.5 },
  PINYIN_ABBREVIATED: { rank: 30, kind: 'PINYIN', shows: 'pinyin', score: 2 },
  FULLTEXT: { rank: 40, kind: 'FULLTEXT', shows: 'name', score: 1 },
} as const;
export type SearchBranch = keyof typeof SEARCH_BRANCHES;

/** Branch → rank, the parameter the statements order by. */
export const SEARCH_RANKS = Object.fromEntries(Object.entries(SEARCH_BRANCHES).map(([branch, { rank }]) => [branch, rank])) as Record<SearchBranch, number>;

/** The kinds of match the API reports; a hit's score comes from its branch (SEARCH_BRANCHES). */
export const SEARCH_MATCH_KINDS = {
  EXACT_NAME: { description: 'The official name or a written form equals the text ("松江区", "德宏芒市").' },
  EXACT_CODE: { description: 'The official division code equals the text ("310117").' },
  PREFIX: { description: 'The name starts with the text ("松江" → 松江区).' },
  PINYIN: { description: 'Toneless pinyin, full or by initials, mixed ("songjiang", "sjq", "mh xian").' },
  FULLTEXT: { description: 'Words of the name or a written form contain the text (full-text index).' },
} as const;
export type SearchMatchKind = keyof typeof SEARCH_MATCH_KINDS;
