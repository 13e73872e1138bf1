import { BenchCase } from '../bench-case';
import { pinyinKeys } from '../../../src/services/search/pinyin-keys';
import { pinyinQuery } from '../../../src/services/search/pinyin-query';

type Form = 'name-prefix' | 'pinyin-prefix' | 'initials' | 'mixed';
interface SearchVars {
  text: string;
  form: Form;
}

let counties: string[] = [];

/**
 * What one keystroke of the search box costs: a prefix of a random county's name, its pinyin
 * run together ("menghai"), its initials ("mhx") or initials then a syllable ("mh xian"),
 * next to the query one would write by hand over the same indexes for the same answer.
 */
export const benchCase: BenchCase<SearchVars> = {
  name: 'search',

  async prepare({ gazetteer }) {
    counties = [...gazetteer.levels()].filter((area) => area.level === 'County').map((area) => area.name);
  },

  variables(random) {
    const name = random.pick(counties);
    const { pinyin, pinyinInitials } = pinyinKeys(name);
    const syllables = pinyin.split(' ');
    const form = random.pick<Form>(['name-prefix', 'pinyin-prefix', 'initials', 'mixed']);
    switch (form) {
      case 'name-prefix':
        return { form, text: name.slice(0, random.int(2, Math.max(2, name.length))) };
      case 'pinyin-prefix': {
        const joined = syllables.join('');
        return { form, text: joined.slice(0, random.int(Math.min(3, joined.length), joined.length)) };
      }
      case 'initials':
        return { form, text: pinyinInitials.slice(0, random.int(2, Math.max(2, pinyinInitials.length))) };
      case 'mixed':
        return { form, text: `${pinyinInitials.slice(0, -1)} ${syllables[syllables.length - 1]}` };
    }
  },

  graphql: ({ text }) => ({
    query: 'query Search($text: String!) { search(text: $text, first: 10) { score matchedBy matchedText entity { id name type } } }',
    variables: { text },
  }),

  /**
   * By hand, knowing the form of the text, the fewest branches that give the same ten hits in
   * the same order (the runner checks it): for a Chinese prefix, the exact name, prefixes (all
   * kinds above villages, villages up to the same cap) and the full-text index, which also finds
   * written forms; for pinyin, the syllable and initials seeks checked by the regex (no name is
   * written in pinyin), whole syllables before abbreviations. The ranking is the API's: class,
   * then relationships other than PART_OF.
   */
  cypher({ text, form }) {
    const ranking = `WITH n, min(rank) AS rank
              WITH n, rank, COUNT { (n)--() } - COUNT { (n)-[:PART_OF]-() } AS importance
              ORDER BY rank, importance DESC, size(n.id), size(n.name), n.id LIMIT 10
              RETURN n.id AS id, n.name AS name`;
    if (form === 'name-prefix') {
      return {
        query: `CALL () {
                MATCH (n:Entity {name: $text}) RETURN n, 0 AS rank
                UNION
                MATCH (n:Province|Prefecture|County|Township|Organization|Project) WHERE n.name STARTS WITH $text RETURN n, 1 AS rank
                UNION
                CALL () { MATCH (n:Entity&Village) WHERE n.name STARTS WITH $text RETURN n LIMIT 200 } RETURN n, 1 AS rank
                UNION
                CALL db.index.fulltext.queryNodes('entity_names', $text, {limit: 100}) YIELD node AS n
                RETURN n, CASE WHEN $text IN n.aliases THEN 0 ELSE 4 END AS rank
              }
              ${ranking}`,
        params: { text },
      };
    }
    const parsed = pinyinQuery(text)!;
    return {
      query: `CALL () {
                MATCH (n:Province|Prefecture|County|Township|Organization|Project) WHERE n.pinyin STARTS WITH $syllable RETURN n
                UNION
                MATCH (n:Village) WHERE n.pinyin STARTS WITH $syllable RETURN n LIMIT 200
                UNION
                UNWIND $prefixes AS prefix
                CALL (prefix) {
                  MATCH (n:Province|Prefecture|County|Township|Organization|Project) WHERE n.pinyinInitials STARTS WITH prefix RETURN n
                  UNION
                  MATCH (n:Entity&Village) WHERE n.pinyinInitials STARTS WITH prefix WITH n LIMIT 1000 WHERE n.pinyin =~ $regex RETURN n LIMIT 200
                }
                RETURN n
              }
              WITH n WHERE n.pinyin =~ $regex
              WITH n, CASE WHEN n.pinyin =~ $whole THEN 2 ELSE 3 END AS rank
              ${ranking}`,
      params: { syllable: parsed.syllablePrefix, prefixes: parsed.initialsPrefixes, regex: parsed.regex, whole: parsed.wholeRegex },
    };
  },

  answers: {
    graphql: (data) => (data.search as { entity: { id: string } }[]).map((hit) => hit.entity.id),
    cypher: (rows) => rows.map((row) => row.id),
  },
};
