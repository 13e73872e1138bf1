import { FundsPeriodRow, FundsRow, PairedCountsRow, PairingCellRow, RankRow, SeriesRow } from '../model';
import { CypherExecutor } from '../neo4j/executor';

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
