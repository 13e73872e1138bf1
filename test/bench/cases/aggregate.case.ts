import { BenchCase } from '../bench-case';

/**
 * Bench case: one dashboard aggregate, the money each Shanghai district gave, which reads every
 * money relationship of the graph and decides for each whether it was given, planned or part of
 * a larger total. Same shape as path.case.ts; nothing varies between runs.
 */
export type AggregateVariables = Record<string, never>;

/**
 * By hand, the dashboard's question: per district (all of them, 0 when nothing), the money given
 * by it and the bodies that belong to it or lie in it, each relationship once, without planned
 * amounts and without amounts inside the same funder's larger total for a place containing the
 * target (cypher/fragments/aid-flow-share.cypher states the rule). Read from the flows up.
 */
export const FUNDS_BY_DISTRICT_BY_HAND = `CALL () {
  MATCH (funder:Entity)-[r:FUNDS|INVESTS_IN|DONATES_TO]->(target)
  WHERE r.amountWan IS NOT NULL AND r.planned IS NULL AND NOT (funder:Area AND funder.provinceCode = target.provinceCode)
    AND NOT EXISTS {
      MATCH (target)-[:PART_OF|LOCATED_IN*1..4]->(larger)<-[whole:FUNDS|INVESTS_IN|DONATES_TO]-(funder)
      WHERE whole.amountWan >= r.amountWan AND whole.planned IS NULL
      WITH split(coalesce(toString(whole.year), whole.period), '-') AS w, split(coalesce(toString(r.year), r.period), '-') AS p
      WHERE w IS NULL OR p IS NULL OR (toInteger(w[0]) <= toInteger(p[0]) AND toInteger(w[-1]) >= toInteger(p[-1]))
    }
  MATCH (funder)-[:BELONGS_TO|PART_OF*0..2]->(d:District)
  WITH d, collect(DISTINCT r) AS given
  WITH collect({district: d.id, relations: size(given), amountWan: reduce(total = 0.0, x IN given | total + x.amountWan)}) AS gave
  MATCH (d:District)
  WITH d, head([g IN gave WHERE g.district = d.id]) AS g
  RETURN collect({district: d.id, name: d.name, amountWan: coalesce(g.amountWan, 0.0), relations: coalesce(g.relations, 0)}) AS funds
}`;

interface FundsRow {
  district: string;
  amountWan: number;
  relations: number;
}

/** Both answers as comparable lines: each district's money to the 0.01 万元 and its relationships. */
export function fundsLines(rows: FundsRow[]): string[] {
  return rows.map((row) => `${row.district} ${row.amountWan.toFixed(2)} ${row.relations}`).sort();
}

export function fundsOfGraphql(data: Record<string, unknown>): FundsRow[] {
  const rows = (data.dashboard as any).fundsByDistrict.rows as { area: { id: string }; amountWan: number; relations: number }[];
  return rows.map((row) => ({ district: row.area.id, amountWan: row.amountWan, relations: row.relations }));
}

export const benchCase: BenchCase<AggregateVariables> = {
  name: 'aggregate: funds by district',

  variables: () => ({}),

  graphql: () => ({
    query: '{ dashboard { fundsByDistrict { totalWan rows { area { id name } amountWan relations } } } }',
  }),

  cypher: () => ({ query: `${FUNDS_BY_DISTRICT_BY_HAND}\nRETURN funds` }),

  answers: {
    graphql: (data) => fundsLines(fundsOfGraphql(data)),
    cypher: (rows) => fundsLines(rows[0].funds as FundsRow[]),
  },
};
