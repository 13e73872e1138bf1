import { BadUserInputError, NotFoundError } from '../../errors';
import { DASHBOARD_LIMITS, EntityRecord, FactScope, FundsPeriodRow, FundsRow, FundsShares, PairedCountsRow, PairingCellRow, RankRow } from '../../model';
import { AnalysisDashboardRepository } from '../../repositories/analysis-dashboard.repository';
import { EntityReferences } from '../references/entity-references';
import { FactScopes } from '../references/fact-scope';
import { requireIntegerInRange } from '../arguments';

/**
 * Figures carry the ids of the documents they are computed from, each list once and in order;
 * the API turns them into documents only when a client asks (through the request's loader), so
 * a chart that shows no sources costs no lookup.
 */
export interface Table<T> {
  rows: T[];
  /** Every document any row was computed from. */
  sources: string[];
}

export interface FundsTable<T> extends Table<T> {
  totalWan: number;
  plannedWan: number;
  withinLargerTotalsWan: number;
}

export interface PairingMatrix {
  districts: EntityRecord[];
  provinces: EntityRecord[];
  cells: PairingCellRow[];
  sources: string[];
}

export interface SeriesPoint {
  date: string;
  value: number;
  sources: string[];
}

export interface ObservationSeries {
  entity: EntityRecord;
  metric: string;
  unit: string;
  points: SeriesPoint[];
  sources: string[];
}

export interface Ranked {
  rank: number;
  entity: EntityRecord;
  value: number;
  sources: string[];
}

/** Figures for a dashboard, each computed in the database, each with the documents behind it. */
export interface ObservationChange {
  metric: string;
  unit: string;
  fromDate: string;
  fromValue: number;
  toDate: string;
  toValue: number;
  change: number;
  relativeChange: number | null;
  sources: string[];
}

export class DashboardService {
  constructor(
    private readonly dashboard: AnalysisDashboardRepository,
    private readonly references: EntityReferences,
    private readonly scopes: FactScopes,
  ) {}

  async fundsByDistrict(): Promise<FundsTable<FundsRow>> {
    return this.fundsTable(await this.dashboard.fundsByDistrict(DASHBOARD_LIMITS.maxRank));
  }

  async fundsByProvince(): Promise<FundsTable<FundsRow>> {
    return this.fundsTable(await this.dashboard.fundsByProvince());
  }

  async fundsByYear(): Promise<FundsTable<FundsPeriodRow>> {
    return this.fundsTable(await this.dashboard.fundsByPeriod());
  }

  /** Counterparts by kind per district: current pairings unless the scope says otherwise. */
  async pairedCounts(scope: FactScope | null = null, ownOnly = false): Promise<Table<PairedCountsRow>> {
    return table(await this.dashboard.pairedCounts(await this.scopes.params(scope, 'CURRENT'), ownOnly));
  }

  async pairingMatrix(scope: FactScope | null = null, ownOnly = false): Promise<PairingMatrix> {
    const { rows, sources } = table(await this.dashboard.pairingMatrix(await this.scopes.params(scope, 'CURRENT'), ownOnly));
    return { districts: uniqueById(rows.map((cell) => cell.district)), provinces: uniqueById(rows.map((cell) => cell.province)), cells: rows, sources };
  }

  /** A metric over time for one entity (by id, code or name), or for every entity that has it. */
  async observationSeries(metric: string, entity: string | null | undefined, limit: number): Promise<Table<ObservationSeries>> {
    requireIntegerInRange('limit', limit, DASHBOARD_LIMITS.maxSeries);
    if (!metric.trim()) throw new BadUserInputError('"metric" must name a measured figure, e.g. "poorHouseholds" or "poorPeople".', { argumentName: 'metric' });
    const subject = entity == null ? null : (await this.references.require({ entity: { text: entity } })).entity;
    const found = await this.dashboard.observationSeries(metric.trim(), subject?.id ?? null, limit);
    const series = found.map((row) => ({
      entity: row.entity,
      metric: metric.trim(),
      unit: row.points[0]?.unit ?? '',
      points: row.points.map((point) => ({ date: point.date, value: point.value, sources: uniqueIds(point.sources) })),
      sources: uniqueIds(row.points.flatMap((point) => point.sources)),
    }));
    return { rows: series, sources: uniqueIds(series.flatMap((s) => s.sources)) };
  }

  /**
   * How a figure of one entity changed between two dates: the observations dated `from` and `to`
   * (a year matches its dates: "2019" → "2019-10"; the latest of several), their difference and
   * ratio. NOT_FOUND lists the dates the figure has when one is missing.
   */
  async observationChange(metric: string, entity: string, from: string, to: string): Promise<ObservationChange> {
    const { rows } = await this.observationSeries(metric, entity, 1);
    const series = rows[0];
    const points = series?.points ?? [];
    const at = (argumentName: string, date: string) => {
      const wanted = date.trim();
      const point = points.filter((candidate) => candidate.date === wanted || candidate.date.startsWith(`${wanted}-`)).at(-1);
      if (!point) {
        const dates = points.map((candidate) => candidate.date);
        throw new NotFoundError(
          dates.length
            ? `"${metric}" of ${series!.entity.name} has no observation dated "${wanted}" (given as "${argumentName}"); it has ${dates.join(', ')}.`
            : `No observation of "${metric}" for "${entity}"; observationSeries lists the figures an entity has.`,
          { argumentName, dates },
        );
      }
      return point;
    };
    const start = at('from', from);
    const end = at('to', to);
    const change = roundWan(end.value - start.value);
    return {
      metric: metric.trim(),
      unit: series!.unit,
      fromDate: start.date,
      fromValue: start.value,
      toDate: end.date,
      toValue: end.value,
      change,
      relativeChange: start.value === 0 ? null : Math.round((change / start.value) * 10_000) / 10_000,
      sources: uniqueIds([...start.sources, ...end.sources]),
    };
  }

  async topDistrictsByFunds(limit: number): Promise<Table<Ranked>> {
    requireIntegerInRange('limit', limit, DASHBOARD_LIMITS.maxRank);
    return this.ranking((await this.dashboard.fundsByDistrict(limit)).map((row) => ({ entity: row.area, value: row.amountWan, sources: row.sources })));
  }

  async topCountiesByPairings(limit: number): Promise<Table<Ranked>> {
    requireIntegerInRange('limit', limit, DASHBOARD_LIMITS.maxRank);
    return this.ranking(await this.dashboard.topCountiesByPairings(limit));
  }

  private ranking(rows: RankRow[]): Table<Ranked> {
    const { rows: ranked, sources } = table(rows);
    return { rows: ranked.map((row, index) => ({ rank: index + 1, ...row })), sources };
  }

  private fundsTable<T extends FundsShares>(rows: T[]): FundsTable<T> {
    const rounded = (row: T) => ({ ...row, amountWan: roundWan(row.amountWan), plannedWan: roundWan(row.plannedWan), withinLargerTotalsWan: roundWan(row.withinLargerTotalsWan) });
    const total = (share: (row: T) => number) => roundWan(rows.reduce((sum, row) => sum + share(row), 0));
    return {
      ...table(rows.map(rounded)),
      totalWan: total((row) => row.amountWan),
      plannedWan: total((row) => row.plannedWan),
      withinLargerTotalsWan: total((row) => row.withinLargerTotalsWan),
    };
  }
}

/** Rows with their document ids each once, in order, and the ids of the whole table. */
function table<T extends { sources: string[] }>(rows: T[]): Table<T> {
  return { rows: rows.map((row) => ({ ...row, sources: uniqueIds(row.sources) })), sources: uniqueIds(rows.flatMap((row) => row.sources)) };
}

function uniqueIds(ids: string[]): string[] {
  return [...new Set(ids)].sort();
}

/** Each entity once, by id (for areas, their official code). */
function uniqueById(entities: EntityRecord[]): EntityRecord[] {
  return [...new Map(entities.map((entity) => [entity.id, entity])).values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** Sums of 万元 figures with two decimals (a yuan amount like 31100元 is 3.11万元): drop float noise. */
function roundWan(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
