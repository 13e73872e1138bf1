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
      // Money given: amounts that are neither planned nor inside the same funder's larger total
      // for a place containing the target (the dashboard's rule, cypher/fragments/aid-flow-share).
      query: `CALL () {
  MATCH (d:District)
  OPTIONAL MATCH (funder:Entity)-[:BELONGS_TO|PART_OF*0..2]->(d)
  OPTIONAL MATCH (funder)-[r:FUNDS|INVESTS_IN|DONATES_TO]->(target)
  WHERE r.amountWan IS NOT NULL AND r.planned IS NULL AND NOT (funder:Area AND funder.provinceCode = target.provinceCode)
    AND NOT EXISTS {
      MATCH (target)-[:PART_OF|LOCATED_IN*1..4]->(larger)<-[whole:FUNDS|INVESTS_IN|DONATES_TO]-(funder)
      WHERE whole.amountWan >= r.amountWan AND whole.planned IS NULL
      WITH split(coalesce(toString(whole.year), whole.period), '-') AS w, split(coalesce(toString(r.year), r.period), '-') AS p
      WHERE w IS NULL OR p IS NULL OR (toInteger(w[0]) <= toInteger(p[0]) AND toInteger(w[-1]) >= toInteger(p[-1]))
    }
  WITH d, collect(DISTINCT r) AS given
  RETURN collect({district: d.id, amountWan: reduce(total = 0.0, x IN given | total + x.amountWan)}) AS funds
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

  // Money given by each district, to the 0.01 万元 the dashboard rounds to.
  answers: {
    graphql: (data) =>
      byDistrict(((data.dashboard as any).fundsByDistrict.rows as { area: { id: string }; amountWan: number }[]).map((row) => ({ district: row.area.id, amountWan: row.amountWan }))),
    cypher: (rows) => byDistrict(rows[0].funds as { district: string; amountWan: number }[]),
  },
};

function byDistrict(rows: { district: string; amountWan: number }[]): string[] {
  return rows.map((row) => `${row.district} ${row.amountWan.toFixed(2)}`).sort();
}

