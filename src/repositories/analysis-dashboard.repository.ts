import { CypherExecutor } from '../neo4j/executor';
import { EntityRecord } from './records';

/**
 * What counts as aid money, one rule for every funds aggregate: a FUNDS, INVESTS_IN or DONATES_TO
 * relationship with an amount, except an area paying into its own province (久治县 co-financing
 * its own hospital is not help received). Sums add relationships as the documents state them, so
 * a total and the projects it covers are both counted when a document gives both.
 */
const AID_FLOW = 'r.amountWan IS NOT NULL AND NOT (funder:Area AND funder.provinceCode = target.provinceCode)';

export interface FundsRow {
  area: EntityRecord;
  amountWan: number;
  relations: number;
  sources: string[];
}

export interface FundsPeriodRow {
  /** "2017", "2013-2017", or "" when the document gives no time. */
  period: string;
  startYear: number | null;
  endYear: number | null;
  amountWan: number;
  relations: number;
  sources: string[];
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
    return (await this.executor.read('analysis/funds-by-district', { limit }, { AID_FLOW })) as unknown as FundsRow[];
  }

  async fundsByProvince(): Promise<FundsRow[]> {
    return (await this.executor.read('analysis/funds-by-province', {}, { AID_FLOW })) as unknown as FundsRow[];
  }

  async fundsByPeriod(): Promise<FundsPeriodRow[]> {
    return (await this.executor.read('analysis/funds-by-period', {}, { AID_FLOW })) as unknown as FundsPeriodRow[];
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
