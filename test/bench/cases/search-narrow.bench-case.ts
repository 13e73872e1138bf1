import { BenchCase } from '../bench-case';
import { pinyinQuery } from '../../../src/services/search/pinyin-query';
import { benchCase as search } from './search.bench-case';

/**
 * For reference, not the tracked figure: the same keystrokes as `search`, next to the narrowest
 * hand-written query, which answers less. For a Chinese prefix it reads one name index and ranks
 * by degree: no written forms (德宏芒市), no full-text matches to fill the list, villages
 * uncapped. For pinyin it seeks the stored keys of every kind at once. The gap between this
 * ratio and `search`'s is what those extra answers cost.
 */
export const benchCase: BenchCase<ReturnType<typeof search.variables>> = {
  name: 'search-narrow',
  prepare: search.prepare,
  variables: search.variables,
  graphql: search.graphql,

  cypher({ text, form }) {
    if (form === 'name-prefix') {
      return {
        query: `MATCH (n:Entity) WHERE n.name STARTS WITH $text
                WITH n, COUNT { (n)--() } AS degree ORDER BY n.name = $text DESC, degree DESC, size(n.name) LIMIT 10
                RETURN n.id AS id, n.name AS name`,
        params: { text },
      };
    }
    const parsed = pinyinQuery(text)!;
    return {
      query: `CALL () {
                MATCH (n:Province|Prefecture|County|Township|Village|Organization|Project) WHERE n.pinyin STARTS WITH $syllable RETURN n
                UNION
                UNWIND $prefixes AS prefix
                MATCH (n:Entity) WHERE n.pinyinInitials STARTS WITH prefix RETURN n
              }
              WITH n WHERE n.pinyin =~ $regex
              WITH n, COUNT { (n)--() } AS degree ORDER BY degree DESC, size(n.name) LIMIT 10
              RETURN n.id AS id, n.name AS name`,
      params: { syllable: parsed.syllablePrefix, prefixes: parsed.initialsPrefixes, regex: parsed.regex },
    };
  },
};
