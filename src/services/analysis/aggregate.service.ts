import { BadUserInputError } from '../../errors';
import { AGGREGATE_LIMITS, AGGREGATE_MEASURES, AggregateDimension, AggregateMeasure, AggregateRecord, FactScope, FundSource, PairingMode } from '../../model';
import { AnalysisDashboardRepository } from '../../repositories/analysis-dashboard.repository';
import { EntityReferences } from '../references/entity-references';
import { FactScopes } from '../references/fact-scope';

/** The facts an aggregate is taken over, named as a client names them. */
export interface AggregateFilter {
  /** Helping parties (a district counts with its agencies, towns, schools …). */
  helpers?: readonly string[] | null;
  /** Helped parties, or areas they lie in (two counties, a prefecture, a province). */
  helped?: readonly string[] | null;
  modes?: readonly PairingMode[] | null;
  fundSources?: readonly FundSource[] | null;
  scope?: FactScope | null;
}

export interface Aggregate extends AggregateRecord {
  measure: AggregateMeasure;
  unit: string;
  groupBy: AggregateDimension[];
}

/** Sums and counts over a chosen set of facts, grouped as a researcher asks, computed in Cypher. */
export class AggregateService {
  constructor(
    private readonly dashboard: AnalysisDashboardRepository,
    private readonly references: EntityReferences,
    private readonly scopes: FactScopes,
  ) {}

  async aggregate(measure: AggregateMeasure, groupBy: readonly AggregateDimension[], filter: AggregateFilter = {}): Promise<Aggregate> {
    const dimensions = [...new Set(groupBy)];
    if (dimensions.length > AGGREGATE_LIMITS.maxDimensions) {
      throw new BadUserInputError(`"groupBy" takes at most ${AGGREGATE_LIMITS.maxDimensions} dimensions; got ${dimensions.length}.`, { argumentName: 'groupBy' });
    }
    const family = AGGREGATE_MEASURES[measure].facts;
    if (family !== 'pairings' && (dimensions.includes('MODE') || filter.modes?.length)) {
      throw new BadUserInputError(`${measure} is read from ${family}, which have no pairing mode; group or filter by MODE with PAIRINGS or COUNTERPARTS.`, { argumentName: 'groupBy' });
    }
    if (family !== 'money' && (dimensions.includes('FUND_SOURCE') || filter.fundSources?.length)) {
      throw new BadUserInputError(`${measure} is read from ${family}, which have no fund source; group or filter by FUND_SOURCE with MONEY_GIVEN or MONEY_PLANNED.`, {
        argumentName: 'groupBy',
      });
    }
    const [helpers, helped, scope] = await Promise.all([
      filter.helpers?.length ? this.references.requireAll('filter.helpers', filter.helpers) : null,
      filter.helped?.length ? this.references.requireAll('filter.helped', filter.helped) : null,
      this.scopes.params(filter.scope, 'CURRENT'),
    ]);
    const found = await this.dashboard.aggregate({
      measure,
      groupBy: dimensions,
      helperIds: helpers?.map((entity) => entity.id) ?? null,
      helpedIds: helped?.map((entity) => entity.id) ?? null,
      modes: filter.modes?.length ? [...filter.modes] : null,
      fundSources: filter.fundSources?.length ? [...filter.fundSources] : null,
      scope,
    });
    const round = (value: number) => Math.round(value * 10_000) / 10_000;
    return {
      ...found,
      total: round(found.total),
      rows: found.rows.map((row) => ({ ...row, value: round(row.value) })),
      measure,
      unit: AGGREGATE_MEASURES[measure].unit,
      groupBy: dimensions,
    };
  }
}
