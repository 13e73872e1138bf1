import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { AggregateDimensionValue, AggregateMeasureValue, FundSourceValue, PairingModeValue } from './enums';
import { ScopeInput } from './scope.input';
import { EntityInterface } from './entity.type';
import { EntityRecord } from '../model';

@InputType('AggregateFilter', { description: 'The facts an aggregate is taken over; every field narrows them, none is required.' })
export class AggregateFilterInput {
  @Field(() => [String], { nullable: true, description: 'Helping parties, as references; a district counts with the agencies, towns and schools that belong to it.' })
  helpers?: string[];

  @Field(() => [String], { nullable: true, description: 'Helped parties or areas they lie in, as references ("务川县", "大理州", "云南").' })
  helped?: string[];

  @Field(() => [PairingModeValue], { nullable: true, description: 'Pairing modes (pairing measures only).' })
  modes?: PairingModeValue[];

  @Field(() => [FundSourceValue], { nullable: true, description: 'Fund sources (money measures only).' })
  fundSources?: FundSourceValue[];

  @Field(() => ScopeInput, { nullable: true, description: 'Documents and time; pairings that ended are left out unless period is EVER or activeIn asks for a year.' })
  scope?: ScopeInput;
}

@ObjectType('AggregateKey', { description: 'The value of one dimension for a group.' })
export class AggregateKeyType {
  @Field(() => AggregateDimensionValue)
  dimension!: AggregateDimensionValue;

  @Field(() => String, { nullable: true, description: 'An entity id, a mode, a kind, a year, a fund source or a document id; null when the facts do not say.' })
  value!: string | null;

  @Field({ description: 'The value as a person reads it: the entity\'s name, the document\'s title, the mode; "unknown" for null.' })
  label!: string;

  @Field(() => EntityInterface, { nullable: true, description: 'The entity, for the dimensions that are entities.' })
  entity!: EntityRecord | null;
}

@ObjectType('AggregateRow', { description: 'One group: its keys, its figure, and the documents it is computed from.' })
export class AggregateRowType {
  @Field(() => [AggregateKeyType], { description: 'Aligned with groupBy.' })
  keys!: AggregateKeyType[];

  @Field(() => Float)
  value!: number;

  @Field(() => Int, { description: 'Facts (relationships) behind the value.' })
  facts!: number;

  @Field(() => [String], { description: 'Ids of the documents stating them.' })
  sources!: string[];
}

@ObjectType('Aggregate', { description: 'A measure over a chosen set of facts, grouped; largest group first (at most 1,000 groups).' })
export class AggregateType {
  @Field(() => AggregateMeasureValue)
  measure!: AggregateMeasureValue;

  @Field({ description: '万元, 户, 人, or "" for counts.' })
  unit!: string;

  @Field(() => [AggregateDimensionValue])
  groupBy!: AggregateDimensionValue[];

  @Field(() => [AggregateRowType])
  rows!: AggregateRowType[];

  @Field(() => Float, { description: 'Over all the facts, each counted once (not the sum of rows when grouped by DOCUMENT).' })
  total!: number;

  @Field(() => Int, { description: 'Facts behind the total.' })
  facts!: number;

  @Field(() => [String], { description: 'Ids of every document the aggregate is computed from.' })
  sources!: string[];
}

@ObjectType('ObservationChange', { description: "A figure's change between two dates, with the observations it is read from." })
export class ObservationChangeType {
  @Field()
  metric!: string;

  @Field()
  unit!: string;

  @Field({ description: 'The date of the earlier observation as the document gives it.' })
  fromDate!: string;

  @Field(() => Float)
  fromValue!: number;

  @Field()
  toDate!: string;

  @Field(() => Float)
  toValue!: number;

  @Field(() => Float, { description: 'toValue − fromValue.' })
  change!: number;

  @Field(() => Float, { nullable: true, description: 'change / fromValue (−0.9 is a fall of 90 %); null when fromValue is 0.' })
  relativeChange!: number | null;

  @Field(() => [String], { description: 'Ids of the documents of both observations.' })
  sources!: string[];
}
