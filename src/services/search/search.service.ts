import { BadUserInputError } from '../../errors';
import { SEARCH_LIMITS } from '../../model';
import { SearchCriteria, SearchRepository, SearchRow } from '../../repositories/search.repository';
import { pinyinQuery } from './pinyin-query';
import { requireIntegerInRange } from '../arguments';

export interface SearchHitResult extends SearchRow {
  score: number;
}


/**
 * Search as one types: names (exact, prefix, full text over names and written forms), pinyin
 * ("songjiang", "sj", "mh xian") and official codes ("532822"), in one index-backed query.
 */
export class SearchService {
  constructor(private readonly repository: SearchRepository) {}

  async search(text: string, labels: string[] | null, first: number): Promise<SearchHitResult[]> {
    const criteria = toCriteria(validate(text, first), labels, first);
    const rows = await this.repository.search(criteria);
    // Importance adds less than the gap between two classes (0.5): a score never reorders the ranking.
    return rows.map((row) => ({ ...row, score: row.classScore + Math.min(0.49, Math.log10(1 + row.importance) / 10) }));
  }
}

function validate(text: string, first: number): string {
  const normal = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (normal.length === 0) {
    throw new BadUserInputError('search(text:) needs some text to look for; got an empty string. Type part of a name ("松江"), its pinyin ("songjiang", "sj") or a code ("310117").', { argumentName: 'text' });
  }
  if (normal.length > SEARCH_LIMITS.maxText) {
    throw new BadUserInputError(`search(text:) takes at most ${SEARCH_LIMITS.maxText} characters; got ${normal.length}. Shorten it to the name you look for.`, { argumentName: 'text' });
  }
  requireIntegerInRange('first', first, SEARCH_LIMITS.maxFirst);
  return normal;
}

/** Which statement the text calls for: digits are a code, pinyin letters are read as pinyin too. */
function toCriteria(text: string, labels: string[] | null, limit: number): SearchCriteria {
  const scope = { labels: labels && labels.length > 0 ? labels : null, limit };
  if (/^\d{2,12}$/.test(text)) return { ...scope, form: 'code', code: text };
  const pinyin = pinyinQuery(text);
  if (pinyin) {
    return { ...scope, form: 'pinyin', name: text, syllable: pinyin.syllablePrefix, initials: pinyin.initialsPrefixes, regex: pinyin.regex, wholeRegex: pinyin.wholeRegex };
  }
  return { ...scope, form: 'name', name: text, fulltext: luceneQuery(text) };
}

/** The text as Lucene terms: every character with a meaning in Lucene syntax escaped. */
function luceneQuery(text: string): string {
  return text.toLowerCase().replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');
}
