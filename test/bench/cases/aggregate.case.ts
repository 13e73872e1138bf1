import { BenchCase, BenchRandom } from '../bench-case';
/**
 * Bench case: the dashboard's funds by district and pairing matrix, which scan every money and
 * pairing relationship of the graph. Same shape as path.case.ts; no variables vary but the ranking size.
 */
export interface AggregateVariables {
  limit: number;
}

export const benchCase: BenchCase<AggregateVariables> = {
  name: 'aggregate: funds by district, pairing matrix, top counties',

  variables(bench: BenchRandom): AggregateVariables {
    const random = (): number => bench.next();
    return { limit: 1 + Math.floor(random() * 20) };
  },

  graphql(vars: AggregateVariables) {
    return {
      query: `query BenchDashboard($limit: Int!) { dashboard {
        fundsByDistrict { totalWan rows { area { id name } amountWan relations } }
        pairingMatrix { cells { district { id } province { id } pairings counterparts } }
        topCountiesByPairings(limit: $limit) { rows { rank entity { id } value } }
      } }`,
      variables: { ...vars },
    };
  },

  cypher(vars: AggregateVariables) {
    return {
      query: `CALL () {
  MATCH (d:District)
  OPTIONAL MATCH (funder:Entity)-[:BELONGS_TO|PART_OF*0..2]->(d)
  OPTIONAL MATCH (funder)-[r:FUNDS|INVESTS_IN|DONATES_TO]->(target)
  WHERE r.amountWan IS NOT NULL AND NOT (funder:Area AND funder.provinceCode = target.provinceCode)
  RETURN collect({district: d.id, amountWan: r.amountWan}) AS funds
}
CALL () {
  MATCH (d:District)<-[:BELONGS_TO|PART_OF*0..2]-(helper)-[p:PAIRS_WITH]->(target)
  RETURN collect({district: d.id, province: target.provinceCode}) AS pairings
}
CALL () {
  MATCH ()-[p:PAIRS_WITH]->(c:County) WHERE NOT c:District
  WITH c, count(p) AS n ORDER BY n DESC LIMIT $limit
  RETURN collect({id: c.id, n: n}) AS top
}
RETURN funds, pairings, top`,
      params: { limit: vars.limit },
    };
  },
};

