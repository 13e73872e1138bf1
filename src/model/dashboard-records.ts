import type { EntityRecord } from './records';

/**
 * What every funds aggregate sums, one rule for all (cypher/fragments/aid-flow*.cypher): FUNDS,
 * INVESTS_IN and DONATES_TO relationships with an amount, except an area paying into its own
 * province (久治县 co-financing its own hospital is not help received), split into what was
 * given (the total), what was only planned, and what a larger total of the same funder already
 * counts (a report gives a total, then its parts).
 */
export interface FundsShares {
  /** Given: what the totals add up. */
  amountWan: number;
  /** Relationships in amountWan. */
  relations: number;
  plannedWan: number;
  withinLargerTotalsWan: number;
  sources: string[];
}

export interface FundsRow extends FundsShares {
  area: EntityRecord;
}

export interface FundsPeriodRow extends FundsShares {
  /** "2017", "2013-2017", or "" when the document gives no time. */
  period: string;
  startYear: number | null;
  endYear: number | null;
}

export interface PairedCountsRow {
  district: EntityRecord;
  prefectures: number;
  counties: number;
  townships: number;
  villages: number;
  schools: number;
  hospitals: number;
  enterprises: number;
  total: number;
  sources: string[];
}

export interface PairingCellRow {
  district: EntityRecord;
  province: EntityRecord;
  pairings: number;
  counterparts: number;
  modes: string[];
  sources: string[];
}

export interface SeriesRow {
  entity: EntityRecord;
  points: { date: string; value: number; unit: string; sources: string[] }[];
}

export interface RankRow {
  entity: EntityRecord;
  value: number;
  sources: string[];
}
