import {
  AGGREGATE_LIMITS, AGGREGATE_MEASURES, AggregateDimension, AggregateMeasure, AggregateRecord, DISTRICT_LABEL, ENTITY_LABELS, FundsPeriodRow, FundsRow,
  PairedCountsRow, PairingCellRow, RankRow, ScopeParams, SeriesRow,
} from '../model';
import { CypherExecutor } from '../neo4j/executor';

/** What an aggregate is computed over: ids the references named, and the scope. */
export interface AggregateQuery {
  measure: AggregateMeasure;
  groupBy: readonly AggregateDimension[];
  helperIds: string[] | null;
  helpedIds: string[] | null;
  modes: string[] | null;
  fundSources: string[] | null;
  scope: ScopeParams;
}

/** The projects' own figures a benefit measure sums. */
const PROJECT_FIGURES: Partial<Record<AggregateMeasure, string>> = { HOUSEHOLDS_BENEFITING: 'households', PEOPLE_BENEFITING: 'people' };

/** Dashboard aggregates, each computed by one statement in cypher/analysis. */
export class AnalysisDashboardRepository {
  constructor(private readonly executor: CypherExecutor) {}

  async fundsByDistrict(limit: number): Promise<FundsRow[]> {
    return (await this.executor.read('analysis/funds-by-district', { limit, wholesWithin: null })) as unknown as FundsRow[];
  }

  async fundsByProvince(): Promise<FundsRow[]> {
    return (await this.executor.read('analysis/funds-by-province', { wholesWithin: null })) as unknown as FundsRow[];
  }

  async fundsByPeriod(): Promise<FundsPeriodRow[]> {
    return (await this.executor.read('analysis/funds-by-period', { wholesWithin: null })) as unknown as FundsPeriodRow[];
  }

  /** `ownOnly`: only the districts' own pairings, not those of their agencies, towns and schools. */
  async pairedCounts(scope: ScopeParams, ownOnly: boolean): Promise<PairedCountsRow[]> {
    return (await this.executor.read('analysis/paired-counts', { ...scope, ownOnly })) as unknown as PairedCountsRow[];
  }

  async pairingMatrix(scope: ScopeParams, ownOnly: boolean): Promise<PairingCellRow[]> {
    return (await this.executor.read('analysis/pairing-matrix', { ...scope, ownOnly })) as unknown as PairingCellRow[];
  }

  async observationSeries(metric: string, entityId: string | null, limit: number): Promise<SeriesRow[]> {
    return (await this.executor.read('analysis/observation-series', { metric, entityId, limit })) as unknown as SeriesRow[];
  }

  async topCountiesByPairings(limit: number): Promise<RankRow[]> {
    return (await this.executor.read('analysis/top-counties-by-pairings', { limit })) as unknown as RankRow[];
  }

  /** A measure grouped by dimensions, computed by the statement of its family of facts (cypher/analysis/aggregate). */
  async aggregate(query: AggregateQuery): Promise<AggregateRecord> {
    const { facts } = AGGREGATE_MEASURES[query.measure];
    const [row] = await this.executor.read(`analysis/aggregate/${facts}`, {
      groupBy: query.groupBy,
      helperIds: query.helperIds,
      helpedIds: query.helpedIds,
      modes: query.modes,
      fundSources: query.fundSources,
      kinds: [DISTRICT_LABEL, ...ENTITY_LABELS],
      maxRows: AGGREGATE_LIMITS.maxRows,
      share: query.measure === 'MONEY_PLANNED' ? 'planned' : 'given',
      // A part counts as within a larger total only when the whole is among the chosen places.
      wholesWithin: query.helpedIds,
      distinctCounterparts: query.measure === 'COUNTERPARTS',
      figure: PROJECT_FIGURES[query.measure] ?? null,
      ...query.scope,
    });
    return row as unknown as AggregateRecord;
  }
}
