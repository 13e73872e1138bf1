import { BenchCase, BenchRandom } from '../bench-case';

/**
 * Bench case: the depth-2 neighbourhood of a random county (about 20 townships and their few
 * hundred villages on the national graph), capped at 200 nodes. Same shape as path.case.ts.
 */
export interface NeighborhoodVariables {
  id: string;
  depth: number;
  limit: number;
}

let counties: string[] = [];

export const benchCase: BenchCase<NeighborhoodVariables> = {
  name: 'neighborhood: a random county at depth 2, limit 200',

  async prepare({ gazetteer }) {
    counties = [...gazetteer.levels()].filter((area) => area.level === 'County').map((area) => area.code);
  },

  variables(random: BenchRandom): NeighborhoodVariables {
    return { id: random.pick(counties), depth: 2, limit: 200 };
  },

  graphql(vars: NeighborhoodVariables) {
    return {
      query: `query BenchNeighborhood($id: String!, $depth: Int!, $limit: Int!) {
        neighborhood(id: $id, depth: $depth, limit: $limit) { truncated nodes { id name } edges { id source target type label } }
      }`,
      variables: { ...vars },
    };
  },

  cypher(vars: NeighborhoodVariables) {
    return {
      query: `MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[*1..2]-(n:Entity)
  RETURN DISTINCT n LIMIT $limit
}
WITH c, collect(n) AS found
WITH [c] + found AS nodes
UNWIND nodes AS x
MATCH (x)-[r]->(y) WHERE y IN nodes AND type(r) <> 'MENTIONS'
RETURN [n IN nodes | n.id] AS ids, collect({source: x.id, target: y.id, type: type(r)}) AS edges`,
      params: { id: vars.id, limit: vars.limit - 1 },
    };
  },
};

