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
 * next to the query one would write by hand over the same indexes.
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
