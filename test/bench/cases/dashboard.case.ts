import { BenchCase, BenchRandom } from '../bench-case';
import { FUNDS_BY_DISTRICT_BY_HAND, fundsLines, fundsOfGraphql } from './aggregate.case';

/**
 * For reference, next to `aggregate` (one table): a dashboard request of three tables, funds by
 * district, the pairing matrix and top counties. GraphQL resolves them as three fields, three
 * statements run side by side on the machine's two cores; by hand they are one statement.
 * Same shape as path.case.ts; only the ranking size varies.
 */
export interface DashboardVariables {
  limit: number;
}

export const benchCase: BenchCase<DashboardVariables> = {
  name: 'dashboard: three tables in one request',

  variables(bench: BenchRandom): DashboardVariables {
    const random = (): number => bench.next();
    return { limit: 1 + Math.floor(random() * 20) };
  },

  graphql(vars: DashboardVariables) {
    return {
      query: `query BenchDashboard($limit: Int!) { dashboard {
        fundsByDistrict { totalWan rows { area { id name } amountWan relations } }
        pairingMatrix { cells { district { id } province { id } pairings counterparts } }
        topCountiesByPairings(limit: $limit) { rows { rank entity { id } value } }
      } }`,
      variables: { ...vars },
    };
  },

  cypher(vars: DashboardVariables) {
    return {
      query: `${FUNDS_BY_DISTRICT_BY_HAND}
CALL () {
  MATCH (helper)-[p:PAIRS_WITH]->(target) WHERE target.provinceCode IS NOT NULL
  MATCH (helper)-[:BELONGS_TO|PART_OF*0..2]->(d:District)
  WITH DISTINCT d, p, target
  WITH d, target.provinceCode AS province, count(p) AS pairings, count(DISTINCT target) AS counterparts
  RETURN collect({district: d.id, province: province, pairings: pairings, counterparts: counterparts}) AS cells
}
CALL () {
  MATCH ()-[p:PAIRS_WITH]->(c:County) WHERE NOT c:District
  WITH c, count(p) AS n ORDER BY n DESC LIMIT $limit
  RETURN collect({id: c.id, n: n}) AS top
}
RETURN funds, cells, top`,
      params: { limit: vars.limit },
    };
  },

  answers: {
    graphql: (data) => {
      const cells = (data.dashboard as any).pairingMatrix.cells as { district: { id: string }; province: { id: string }; pairings: number; counterparts: number }[];
      return [fundsLines(fundsOfGraphql(data)), cellLines(cells.map((cell) => ({ district: cell.district.id, province: cell.province.id, pairings: cell.pairings, counterparts: cell.counterparts })))];
    },
    cypher: (rows) => [fundsLines(rows[0].funds as any[]), cellLines(rows[0].cells as any[])],
  },
};

function cellLines(cells: { district: string; province: string; pairings: number; counterparts: number }[]): string[] {
  return cells.map((cell) => `${cell.district} ${cell.province} ${cell.pairings} ${cell.counterparts}`).sort();
}
