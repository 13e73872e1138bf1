/**
 * How a search hit matched its text. Each branch of the search statements names itself; `rank`
 * orders hits (the tens are the class: exact, prefix, pinyin, full text; a node several branches
 * find keeps its best, and ranks are unique so the best names its branch), `kind` is what the API
 * reports, `shows` which text matched.
 */
export const SEARCH_BRANCHES = {
  NAME: { rank: 0, kind: 'EXACT_NAME', shows: 'name' },
  CODE: { rank: 1, kind: 'EXACT_CODE', shows: 'id' },
  WRITTEN_FORM: { rank: 2, kind: 'EXACT_NAME', shows: 'text' },
  PREFIX: { rank: 10, kind: 'PREFIX', shows: 'name' },
  PINYIN: { rank: 20, kind: 'PINYIN', shows: 'pinyin' },
  FULLTEXT: { rank: 30, kind: 'FULLTEXT', shows: 'name' },
} as const;
export type SearchBranch = keyof typeof SEARCH_BRANCHES;

/** Branch → rank, the parameter the statements order by. */
export const SEARCH_RANKS = Object.fromEntries(Object.entries(SEARCH_BRANCHES).map(([branch, { rank }]) => [branch, rank])) as Record<SearchBranch, number>;

/** The kinds of match the API reports, with the score of their class (a score orders like the rank). */
export const SEARCH_MATCH_KINDS = {
  EXACT_NAME: { score: 4, description: 'The official name or a written form equals the text ("松江区", "德宏芒市").' },
  EXACT_CODE: { score: 4, description: 'The official division code equals the text ("310117").' },
  PREFIX: { score: 3, description: 'The name starts with the text ("松江" → 松江区).' },
  PINYIN: { score: 2, description: 'Toneless pinyin, full or by initials, mixed ("songjiang", "sjq", "mh xian").' },
  FULLTEXT: { score: 1, description: 'Words of the name or a written form contain the text (full-text index).' },
} as const;
export type SearchMatchKind = keyof typeof SEARCH_MATCH_KINDS;
