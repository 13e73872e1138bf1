import { BenchCase, BenchRandom } from '../bench-case';

/**
 * Bench case: the shortest path between two random villages of the national gazetteer, through
 * the API and as the hand-written Cypher it should cost about as much as. Shape shared by every
 * case in this folder: BenchCase (../bench-case.ts).
 */
export interface PathVariables {
  from: string;
  to: string;
  maxHops: number;
}

/** Village codes, all of them and by province (two first digits), taken once from the gazetteer. */
let villages: string[] = [];
let villagesByProvince = new Map<string, string[]>();

/**
 * Two villages anywhere are mostly in different provinces, with no path within 8 hops; half the
 * pairs are drawn within one province, where a path over the official hierarchy always exists.
 */
function villagePair(random: BenchRandom): [string, string] {
  const from = random.pick(villages);
  if (random.next() < 0.5) return [from, random.pick(villages)];
  return [from, random.pick(villagesByProvince.get(from.slice(0, 2))!)];
}

export const benchCase: BenchCase<PathVariables> = {
  name: 'path: shortest path between two random villages',

  async prepare({ gazetteer }) {
    villages = [...gazetteer.levels()].filter((area) => area.level === 'Village').map((area) => area.code);
    villagesByProvince = new Map();
    for (const code of villages) {
      const province = villagesByProvince.get(code.slice(0, 2)) ?? [];
      province.push(code);
      villagesByProvince.set(code.slice(0, 2), province);
    }
  },

  variables(random: BenchRandom): PathVariables {
    const [from, to] = villagePair(random);
    return { from, to, maxHops: 8 };
  },

  graphql(vars: PathVariables) {
    return {
      query: `query BenchPath($from: String!, $to: String!, $maxHops: Int!) {
        path(from: $from, to: $to, options: { maxHops: $maxHops }) { length explanation nodes { id name } relationships { type direction } }
      }`,
      variables: { ...vars },
    };
  },

  cypher(vars: PathVariables) {
    return {
      // An area's id is its official code; the unique id is the index a hand-written lookup uses.
      query: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 1 (a)-[:PAIRS_WITH|FUNDS|INVESTS_IN|BUILDS|LOCATED_IN|BENEFITS|SENDS_STAFF|TRAINS|DONATES_TO|MANAGES|BELONGS_TO|PART_OF]-{1,8}(b)
RETURN [n IN nodes(p) | n.name] AS names, [r IN relationships(p) | type(r)] AS types`,
      params: { from: vars.from, to: vars.to },
    };
  },

  // Two shortest paths may differ when several tie, their length may not.
  answers: {
    graphql: (data) => (data.path as { length: number }[]).map((path) => path.length),
    cypher: (rows) => rows.map((row) => (row.types as string[]).length),
  },
};

