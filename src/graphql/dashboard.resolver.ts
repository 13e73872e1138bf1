import { Arg, Ctx, FieldResolver, Int, Query, Resolver } from 'type-graphql';
import { Context } from './context';
import { ScopeInput } from './scope.input';
import {
  DashboardType, FundsByAreaTableType, FundsByPeriodTableType, ObservationSeriesTableType, PairedCountsTableType,
  PairingMatrixType, RankingType,
} from './dashboard.type';

/** Dashboard aggregates: each field is one query, run only when selected. */
@Resolver(() => DashboardType)
export class DashboardResolver {
  @Query(() => DashboardType, { description: 'Aggregates for a dashboard: funds, pairing counts and matrix, series, rankings.' })
  dashboard(): DashboardType {
    return new DashboardType();
  }

  @FieldResolver(() => FundsByAreaTableType, {
    description: 'Aid money each Shanghai district gave, its own and that of the bodies belonging to it or lying in it.',
  })
  fundsByDistrict(@Ctx() { services }: Context): Promise<FundsByAreaTableType> {
    return services.dashboard.fundsByDistrict();
  }

  @FieldResolver(() => FundsByAreaTableType, { description: 'Aid money received in each helped province (co-financing by its own areas left out).' })
  fundsByProvince(@Ctx() { services }: Context): Promise<FundsByAreaTableType> {
    return services.dashboard.fundsByProvince();
  }

  @FieldResolver(() => FundsByPeriodTableType, { description: 'Aid money by the year or period the documents give it for.' })
  fundsByYear(@Ctx() { services }: Context): Promise<FundsByPeriodTableType> {
    return services.dashboard.fundsByYear();
  }

  @FieldResolver(() => PairedCountsTableType, {
    description: 'Counties, townships, villages, schools, hospitals and enterprises each district is paired with (current pairings unless scope says otherwise).',
  })
  pairedCounts(
    @Arg('scope', () => ScopeInput, { nullable: true }) scope: ScopeInput | null,
    @Arg('ownOnly', { defaultValue: false, description: "Only the districts' own pairings, not those of their agencies, towns, schools and hospitals." }) ownOnly: boolean,
    @Ctx() { services }: Context,
  ): Promise<PairedCountsTableType> {
    return services.dashboard.pairedCounts(scope, ownOnly);
  }

  @FieldResolver(() => PairingMatrixType, { description: 'Pairings by Shanghai district and helped province (current pairings unless scope says otherwise).' })
  pairingMatrix(
    @Arg('scope', () => ScopeInput, { nullable: true }) scope: ScopeInput | null,
    @Arg('ownOnly', { defaultValue: false, description: "Only the districts' own pairings, not those of their agencies, towns, schools and hospitals." }) ownOnly: boolean,
    @Ctx() { services }: Context,
  ): Promise<PairingMatrixType> {
    return services.dashboard.pairingMatrix(scope, ownOnly);
  }

  @FieldResolver(() => ObservationSeriesTableType, { description: 'A metric over time (e.g. "poorHouseholds") for one entity, or for every entity that has it.' })
  observationSeries(
    @Arg('metric', () => String) metric: string,
    @Arg('entity', () => String, { nullable: true, description: 'The entity, as any reference (id, code, name, short form); omit for every entity with the metric.' }) entity: string | null,
    @Arg('limit', () => Int, { defaultValue: 50, description: 'Most series returned (1 to 500).' }) limit: number,
    @Ctx() { services }: Context,
  ): Promise<ObservationSeriesTableType> {
    return services.dashboard.observationSeries(metric, entity, limit);
  }

  @FieldResolver(() => RankingType, { description: 'Shanghai districts by aid money given, largest first.' })
  topDistrictsByFunds(@Arg('limit', () => Int, { defaultValue: 5 }) limit: number, @Ctx() { services }: Context): Promise<RankingType> {
    return services.dashboard.topDistrictsByFunds(limit);
  }

  @FieldResolver(() => RankingType, { description: 'Helped counties by the number of pairings that reach them.' })
  topCountiesByPairings(@Arg('limit', () => Int, { defaultValue: 10 }) limit: number, @Ctx() { services }: Context): Promise<RankingType> {
    return services.dashboard.topCountiesByPairings(limit);
  }
}
