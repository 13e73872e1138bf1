import { BadUserInputError } from '../../errors';
import {
  AnalysisDashboardRepository, FundsPeriodRow, FundsRow, FundsShares, PairedCountsRow, PairingCellRow, RankRow,
} from '../../repositories/analysis-dashboard.repository';
import { EntityRepository } from '../../repositories/entity.repository';
import { DocumentRepository } from '../../repositories/document.repository';
import { DocumentRecord, EntityRecord } from '../../repositories/records';
import { requireEntities } from './resolve-refs';
import { requireIntegerInRange } from '../arguments';

/** A row whose document ids have become the documents themselves. */
export type Sourced<T extends { sources: string[] }> = Omit<T, 'sources'> & { sources: DocumentRecord[] };

export interface Table<T> {
  rows: T[];
  /** Every document any row was computed from. */
  sources: DocumentRecord[];
}

export interface FundsTable<T> extends Table<T> {
  totalWan: number;
  plannedWan: number;
  withinLargerTotalsWan: number;
}

export interface PairingMatrix {
  districts: EntityRecord[];
  provinces: EntityRecord[];
  cells: Sourced<PairingCellRow>[];
  sources: DocumentRecord[];
}

export interface SeriesPoint {
  date: string;
  value: number;
  sources: DocumentRecord[];
}

export interface ObservationSeries {
  entity: EntityRecord;
  metric: string;
  unit: string;
  points: SeriesPoint[];
  sources: DocumentRecord[];
}

export interface Ranked {
  rank: number;
  entity: EntityRecord;
  value: number;
  sources: DocumentRecord[];
}

export const DASHBOARD_LIMITS = { maxRank: 100, maxSeries: 500 } as const;

/** Figures for a dashboard, each computed in the database, each with the documents behind it. */
export class DashboardService {
  constructor(
    private readonly dashboard: AnalysisDashboardRepository,
    private readonly entities: EntityRepository,
    private readonly documents: DocumentRepository,
  ) {}

  async fundsByDistrict(): Promise<FundsTable<Sourced<FundsRow>>> {
    return this.fundsTable(await this.dashboard.fundsByDistrict(DASHBOARD_LIMITS.maxRank));
  }

  async fundsByProvince(): Promise<FundsTable<Sourced<FundsRow>>> {
    return this.fundsTable(await this.dashboard.fundsByProvince());
  }

  async fundsByYear(): Promise<FundsTable<Sourced<FundsPeriodRow>>> {
    return this.fundsTable(await this.dashboard.fundsByPeriod());
  }

  async pairedCounts(): Promise<Table<Sourced<PairedCountsRow>>> {
    return this.table(await this.dashboard.pairedCounts());
  }

  async pairingMatrix(): Promise<PairingMatrix> {
    const { rows, sources } = await this.table(await this.dashboard.pairingMatrix());
    return { districts: uniqueById(rows.map((cell) => cell.district)), provinces: uniqueById(rows.map((cell) => cell.province)), cells: rows, sources };
  }

  /** A metric over time for one entity (by id, code or name), or for every entity that has it. */
  async observationSeries(metric: string, entity: string | null | undefined, limit: number): Promise<Table<ObservationSeries>> {
    requireIntegerInRange('limit', limit, DASHBOARD_LIMITS.maxSeries);
    if (!metric.trim()) throw new BadUserInputError('"metric" must name a measured figure, e.g. "poorHouseholds" or "poorPeople".', { argumentName: 'metric' });
    const subject = entity == null ? null : (await requireEntities(this.entities, { entity })).entity;
    const found = await this.dashboard.observationSeries(metric.trim(), subject?.id ?? null, limit);
    const documentsOf = await this.documentLookup(found.flatMap((series) => series.points.map((point) => point.sources)));
    const series = found.map((row) => {
      const ids = [...new Set(row.points.flatMap((point) => point.sources))];
      return {
        entity: row.entity,
        metric: metric.trim(),
        unit: row.points[0]?.unit ?? '',
        points: row.points.map((point) => ({ date: point.date, value: point.value, sources: documentsOf(point.sources) })),
        sources: documentsOf(ids),
      };
    });
    return { rows: series, sources: documentsOf(series.flatMap((s) => s.sources.map((d) => d.id))) };
  }

  async topDistrictsByFunds(limit: number): Promise<Table<Ranked>> {
    requireIntegerInRange('limit', limit, DASHBOARD_LIMITS.maxRank);
    return this.ranking((await this.dashboard.fundsByDistrict(limit)).map((row) => ({ entity: row.area, value: row.amountWan, sources: row.sources })));
  }

  async topCountiesByPairings(limit: number): Promise<Table<Ranked>> {
    requireIntegerInRange('limit', limit, DASHBOARD_LIMITS.maxRank);
    return this.ranking(await this.dashboard.topCountiesByPairings(limit));
  }

  private async ranking(rows: RankRow[]): Promise<Table<Ranked>> {
    const { rows: sourced, sources } = await this.table(rows);
    return { rows: sourced.map((row, index) => ({ rank: index + 1, ...row })), sources };
  }

  private async fundsTable<T extends FundsShares>(rows: T[]): Promise<FundsTable<Sourced<T>>> {
    const rounded = (row: T) => ({ ...row, amountWan: roundWan(row.amountWan), plannedWan: roundWan(row.plannedWan), withinLargerTotalsWan: roundWan(row.withinLargerTotalsWan) });
    const total = (share: (row: T) => number) => roundWan(rows.reduce((sum, row) => sum + share(row), 0));
    return {
      ...(await this.table(rows.map(rounded))),
      totalWan: total((row) => row.amountWan),
      plannedWan: total((row) => row.plannedWan),
      withinLargerTotalsWan: total((row) => row.withinLargerTotalsWan),
    };
  }

  /** Rows with their documents, loaded in one round trip for the whole table. */
  private async table<T extends { sources: string[] }>(rows: T[]): Promise<Table<Sourced<T>>> {
    const documentsOf = await this.documentLookup(rows.map((row) => row.sources));
    return { rows: rows.map((row) => ({ ...row, sources: documentsOf(row.sources) })), sources: documentsOf(rows.flatMap((row) => row.sources)) };
  }

  private async documentLookup(idLists: string[][]): Promise<(ids: string[]) => DocumentRecord[]> {
    const ids = [...new Set(idLists.flat())].sort();
    const documents = ids.length ? await this.documents.byIds(ids, false) : [];
    const byId = new Map(documents.filter((d): d is DocumentRecord => d !== null).map((d) => [d.id, d]));
    return (wanted) => [...new Set(wanted)].sort().flatMap((id) => byId.get(id) ?? []);
  }
}

/** Each entity once, by id (for areas, their official code). */
function uniqueById(entities: EntityRecord[]): EntityRecord[] {
  return [...new Map(entities.map((entity) => [entity.id, entity])).values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** Sums of 万元 figures with two decimals (a yuan amount like 31100元 is 3.11万元): drop float noise. */
function roundWan(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
