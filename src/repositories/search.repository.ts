import { EntityRecord, FULLY_SEARCHED_LABELS, SEARCH_BRANCHES, SEARCH_RANKS, SearchBranch, SearchMatchKind } from '../model';
import { CypherExecutor } from '../neo4j/executor';

/**
 * What a search asks, by the form of its text; each form has its own statement
 * (cypher/search/search-by-<form>.cypher), so no statement carries branches its text can't use.
 */
export type SearchCriteria = SearchScope &
  (
    | { form: 'code'; /** An official code: the id of an area. */ code: string }
    | { form: 'name'; name: string; /** The text as Lucene terms, already escaped. */ fulltext: string }
    | {
        form: 'pinyin';
        /** Exact name and name prefix, as for any text. */
        name: string;
        /** Pinyin prefilter, one syllable's beginning: a prefix of pinyin, an index seek. */
        syllable: string | null;
        /** Pinyin prefilter, two syllables or more: prefixes of pinyinInitials, each an index seek. */
        initials: string[];
        /** Checks the stored syllables of the prefiltered candidates. */
        regex: string;
        /** Tells the candidates whose first syllables the text spells whole (they rank first). */
        wholeRegex: string;
      }
  );

export interface SearchScope {
  /** Node labels to keep; null keeps all. */
  labels: string[] | null;
  limit: number;
}

export interface SearchRow {
  entity: EntityRecord;
  matchedBy: SearchMatchKind;
  matchedText: string | null;
  /** The score of the branch that found it (SEARCH_BRANCHES): ranking class, before importance. */
  classScore: number;
  /** Relationships of the node other than PART_OF: what documents say about it. */
  importance: number;
}

/**
 * cypher/search/search-by-<form>.cypher: one statement, every branch an index seek. Prefixes
 * and pinyin read every matching node above villages (label indexes of 004-search.cypher) but
 * at most 200 villages per branch, so "s" or "新" never ranks 60k nodes per keystroke. Each hit
 * comes back with the rank of the best branch that found it ($ranks, from the model), which says
 * what the hit reports.
 */
const FRAGMENTS = { FULLY_SEARCHED: FULLY_SEARCHED_LABELS.join('|') };
const BRANCH_OF_RANK = new Map(Object.entries(SEARCH_RANKS).map(([branch, rank]) => [rank, branch as SearchBranch]));

export class SearchRepository {
  constructor(private readonly executor: CypherExecutor) {}

  async search(criteria: SearchCriteria): Promise<SearchRow[]> {
    const { form, ...params } = criteria;
    const rows = await this.executor.read(`search/search-by-${form}`, { ...params, ranks: SEARCH_RANKS }, FRAGMENTS);
    const text = form === 'code' ? criteria.code : criteria.name;
    return rows.map((row) => {
      const entity = row.entity as EntityRecord;
      const branch = SEARCH_BRANCHES[BRANCH_OF_RANK.get(row.rank as number)!];
      const shown = { name: entity.name, id: entity.id, text, pinyin: (entity.pinyin as string | undefined) ?? null }[branch.shows];
      return { entity, matchedBy: branch.kind, matchedText: shown, classScore: branch.score, importance: row.importance as number };
    });
  }
}
