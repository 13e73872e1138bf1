import { Field, Float, Int, ObjectType } from 'type-graphql';
import { EntityRecord } from '../model';
import { DistrictType, EntityInterface, ProvinceType } from './entity.type';

@ObjectType('Dashboard', { description: 'Aggregates over the whole graph, each computed in the database when asked for.' })
export class DashboardType {}

/** What every funds row says: money given, and the shares kept out of it. */
@ObjectType()
class FundsSharesType {
  @Field(() => Float, { description: 'Money given, in 万元: the amounts summed, without planned ones and parts of a larger total.' })
  amountWan!: number;

  @Field(() => Int, { description: 'Number of FUNDS, INVESTS_IN and DONATES_TO relationships in amountWan.' })
  relations!: number;

  @Field(() => Float, { description: 'Money the documents announce as planned (计划投入), in 万元; not in amountWan.' })
  plannedWan!: number;

  @Field(() => Float, {
    description:
      "Money a larger total of the same funder already counts, in 万元; not in amountWan. Reports give a total, then its parts: 嘉定区 → 德钦县 lies inside 嘉定区 → 迪庆州, a project inside the county it is in (unless both periods are known and the larger one's does not cover it).",
  })
  withinLargerTotalsWan!: number;

  /** Document ids; the `sources` field resolves them (dashboard-sources.resolver.ts). */
  sources!: string[];
}

/** What every funds table says over its rows. */
@ObjectType()
class FundsTotalsType {
  @Field(() => Float, { description: 'Sum of amountWan over the rows, in 万元.' })
  totalWan!: number;

  @Field(() => Float, { description: 'Sum of plannedWan over the rows.' })
  plannedWan!: number;

  @Field(() => Float, { description: 'Sum of withinLargerTotalsWan over the rows.' })
  withinLargerTotalsWan!: number;

  /** Document ids; the `sources` field resolves them (dashboard-sources.resolver.ts). */
  sources!: string[];
}

@ObjectType('FundsByArea', { description: 'Aid money (万元) given by or received in one area.' })
export class FundsByAreaType extends FundsSharesType {
  @Field(() => EntityInterface)
  area!: EntityRecord;
}

@ObjectType('FundsByAreaTable')
export class FundsByAreaTableType extends FundsTotalsType {
  @Field(() => [FundsByAreaType], { description: 'Largest first.' })
  rows!: FundsByAreaType[];
}

@ObjectType('FundsByPeriod', { description: 'Aid money (万元) the documents give for one year or period.' })
export class FundsByPeriodType extends FundsSharesType {
  @Field({ description: '"2017", "2013-2017", or "" when the document gives no time.' })
  period!: string;

  @Field(() => Int, { nullable: true })
  startYear!: number | null;

  @Field(() => Int, { nullable: true })
  endYear!: number | null;
}

@ObjectType('FundsByPeriodTable')
export class FundsByPeriodTableType extends FundsTotalsType {
  @Field(() => [FundsByPeriodType], { description: 'By end year, then start year; undated last.' })
  rows!: FundsByPeriodType[];
}

@ObjectType('PairedCounts', { description: 'What one Shanghai district (with its bodies) is paired with, counted by kind.' })
export class PairedCountsType {
  @Field(() => DistrictType)
  district!: EntityRecord;

  @Field(() => Int) prefectures!: number;
  @Field(() => Int) counties!: number;
  @Field(() => Int) townships!: number;
  @Field(() => Int) villages!: number;
  @Field(() => Int) schools!: number;
  @Field(() => Int) hospitals!: number;
  @Field(() => Int) enterprises!: number;

  @Field(() => Int, { description: 'All distinct counterparts, agencies included.' })
  total!: number;

  /** Document ids; the `sources` field resolves them (dashboard-sources.resolver.ts). */
  sources!: string[];
}

@ObjectType('PairedCountsTable')
export class PairedCountsTableType {
  @Field(() => [PairedCountsType])
  rows!: PairedCountsType[];

  /** Document ids; the `sources` field resolves them (dashboard-sources.resolver.ts). */
  sources!: string[];
}

@ObjectType('PairingCell', { description: 'The pairings of one district whose counterparts lie in one province.' })
export class PairingCellType {
  @Field(() => DistrictType)
  district!: EntityRecord;

  @Field(() => ProvinceType)
  province!: EntityRecord;

  @Field(() => Int, { description: 'PAIRS_WITH relationships (two modes between the same parties count twice).' })
  pairings!: number;

  @Field(() => Int, { description: 'Distinct counterparts.' })
  counterparts!: number;

  @Field(() => [String], { description: 'Pairing modes as the reports write them (扶贫协作 …).' })
  modes!: string[];

  /** Document ids; the `sources` field resolves them (dashboard-sources.resolver.ts). */
  sources!: string[];
}

@ObjectType('PairingMatrix', { description: 'District × province; only non-empty cells are listed.' })
export class PairingMatrixType {
  @Field(() => [DistrictType])
  districts!: EntityRecord[];

  @Field(() => [ProvinceType])
  provinces!: EntityRecord[];

  @Field(() => [PairingCellType])
  cells!: PairingCellType[];

  /** Document ids; the `sources` field resolves them (dashboard-sources.resolver.ts). */
  sources!: string[];
}

@ObjectType('SeriesPoint')
export class SeriesPointType {
  @Field({ description: 'ISO date or year.' })
  date!: string;

  @Field(() => Float)
  value!: number;

  /** Document ids; the `sources` field resolves them (dashboard-sources.resolver.ts). */
  sources!: string[];
}

@ObjectType('ObservationSeries', { description: 'One metric of one entity over time, oldest first.' })
export class ObservationSeriesType {
  @Field(() => EntityInterface)
  entity!: EntityRecord;

  @Field()
  metric!: string;

  @Field()
  unit!: string;

  @Field(() => [SeriesPointType])
  points!: SeriesPointType[];

  /** Document ids; the `sources` field resolves them (dashboard-sources.resolver.ts). */
  sources!: string[];
}

@ObjectType('ObservationSeriesTable')
export class ObservationSeriesTableType {
  @Field(() => [ObservationSeriesType], { description: 'One series per entity, by name.' })
  rows!: ObservationSeriesType[];

  /** Document ids; the `sources` field resolves them (dashboard-sources.resolver.ts). */
  sources!: string[];
}

@ObjectType('RankedEntity')
export class RankedEntityType {
  @Field(() => Int, { description: '1 for the first.' })
  rank!: number;

  @Field(() => EntityInterface)
  entity!: EntityRecord;

  @Field(() => Float, { description: 'The figure ranked by (万元, or a count).' })
  value!: number;

  /** Document ids; the `sources` field resolves them (dashboard-sources.resolver.ts). */
  sources!: string[];
}

@ObjectType('Ranking')
export class RankingType {
  @Field(() => [RankedEntityType])
  rows!: RankedEntityType[];

  /** Document ids; the `sources` field resolves them (dashboard-sources.resolver.ts). */
  sources!: string[];
}
