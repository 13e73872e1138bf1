import { CypherExecutor } from '../neo4j/executor';
import { EntityRecord } from './records';

export type SearchMatchKind = 'EXACT_NAME' | 'EXACT_CODE' | 'PREFIX' | 'PINYIN' | 'FULLTEXT';

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
  /** Relationships of the node other than PART_OF: what documents say about it. */
  importance: number;
}

/**
 * cypher/search/search-by-<form>.cypher: one statement, every branch an index seek. Prefixes
 * and pinyin read every matching node above villages (label indexes of 004-search.cypher) but
 * at most 200 villages per branch, so "s" or "新" never ranks 60k nodes per keystroke. The
 * statement returns a kind code per hit (tens order the classes), decoded here.
 */
const KINDS: Record<number, { matchedBy: SearchMatchKind; text: (entity: EntityRecord, name: string | null) => string | null }> = {
  0: { matchedBy: 'EXACT_NAME', text: (entity) => entity.name },
  1: { matchedBy: 'EXACT_CODE', text: (entity) => entity.id },
  2: { matchedBy: 'EXACT_NAME', text: (_, name) => name },
  10: { matchedBy: 'PREFIX', text: (entity) => entity.name },
  20: { matchedBy: 'PINYIN', text: (entity) => (entity.pinyin as string | undefined) ?? null },
  30: { matchedBy: 'FULLTEXT', text: (entity) => entity.name },
};

export class SearchRepository {
  constructor(private readonly executor: CypherExecutor) {}

  async search(criteria: SearchCriteria): Promise<SearchRow[]> {
    const { form, ...params } = criteria;
    const rows = await this.executor.read(`search/search-by-${form}`, params);
    const name = form === 'code' ? null : criteria.name;
    return rows.map((row) => {
      const entity = row.entity as EntityRecord;
      const kind = KINDS[row.kind as number];
      return { entity, matchedBy: kind.matchedBy, matchedText: kind.text(entity, name), importance: row.importance as number };
    });
  }
}
