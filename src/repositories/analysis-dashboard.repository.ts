import { CypherExecutor } from '../neo4j/executor';
import { EntityRecord } from './records';

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

/** Dashboard aggregates, each computed by one statement in cypher/analysis. */
export class AnalysisDashboardRepository {
  constructor(private readonly executor: CypherExecutor) {}

  async fundsByDistrict(limit: number): Promise<FundsRow[]> {
    return (await this.executor.read('analysis/funds-by-district', { limit })) as unknown as FundsRow[];
  }

  async fundsByProvince(): Promise<FundsRow[]> {
    return (await this.executor.read('analysis/funds-by-province')) as unknown as FundsRow[];
  }

  async fundsByPeriod(): Promise<FundsPeriodRow[]> {
    return (await this.executor.read('analysis/funds-by-period')) as unknown as FundsPeriodRow[];
  }

  async pairedCounts(): Promise<PairedCountsRow[]> {
    return (await this.executor.read('analysis/paired-counts')) as unknown as PairedCountsRow[];
  }

  async pairingMatrix(): Promise<PairingCellRow[]> {
    return (await this.executor.read('analysis/pairing-matrix')) as unknown as PairingCellRow[];
  }

  async observationSeries(metric: string, entityId: string | null, limit: number): Promise<SeriesRow[]> {
    return (await this.executor.read('analysis/observation-series', { metric, entityId, limit })) as unknown as SeriesRow[];
  }

  async topCountiesByPairings(limit: number): Promise<RankRow[]> {
    return (await this.executor.read('analysis/top-counties-by-pairings', { limit })) as unknown as RankRow[];
  }
}
