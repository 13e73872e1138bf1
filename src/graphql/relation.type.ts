import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { FundSourceValue, PairingModeValue, RelationTypeValue } from './enums';
import { NodeInterface } from './node.type';

@ObjectType('Relation', { implements: NodeInterface, description: 'A relationship with its typed properties; fields that do not apply to its type are null.' })
export class RelationEdgeType {
  @Field(() => ID, { description: 'from>to#TYPE#key' })
  id!: string;

  @Field(() => RelationTypeValue)
  type!: RelationTypeValue;

  @Field(() => PairingModeValue, { nullable: true })
  mode?: PairingModeValue;

  @Field(() => Int, { nullable: true })
  since?: number;

  @Field(() => Int, { nullable: true })
  until?: number;

  @Field(() => Float, { nullable: true, description: 'Money in 万元.' })
  amountWan?: number;

  @Field({ nullable: true })
  amountText?: string;

  @Field(() => FundSourceValue, { nullable: true, description: 'Where the money came from, when the report says it (市级财政, 区财政, 捐赠, 自筹, 企业投资).' })
  fundSource?: FundSourceValue;

  @Field({ nullable: true, description: 'approximate (近, 约), lowerBound (余, 多, 超过) or cumulative (累计, 共计) as the report qualifies the amount; null when exact.' })
  qualifier?: string;

  @Field({ nullable: true, description: 'True for money the document announces as planned (计划投入), not as given; dashboards keep it apart.' })
  planned?: boolean;

  @Field({ nullable: true, description: 'Period the figure covers, e.g. "2013-2017".' })
  period?: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field({ nullable: true })
  purpose?: string;

  @Field({ nullable: true, description: 'For SENDS_STAFF: what the people sent are (干部, 教师, 医生 …).' })
  role?: string;

  @Field(() => Int, { nullable: true, description: 'People sent, trained or received.' })
  count?: number;

  @Field(() => Int, { nullable: true })
  batches?: number;

  @Field(() => Int, { nullable: true })
  households?: number;

  @Field(() => Int, { nullable: true })
  people?: number;

  @Field(() => Int, { nullable: true })
  poorPeople?: number;

  @Field({ description: 'True for PART_OF links taken from the official division data rather than a document.' })
  official!: boolean;

  @Field({ nullable: true, description: 'The extraction construction that read it (symmetric, respective-lists, money-given …); null for official or curated facts.' })
  construction?: string;

  @Field(() => Float, { nullable: true, description: 'How far that construction is trusted, 0 to 1.' })
  confidence?: number;

  @Field({ description: 'True when the construction is trusted too little to state the fact without a person checking it (reviewQueue).' })
  needsReview!: boolean;

  @Field(() => [String], { description: 'Ids of the documents that state it.' })
  sources!: string[];
}

@ObjectType('Pairing', { implements: NodeInterface, description: 'A PAIRS_WITH relationship: a helping party paired with a helped one.' })
export class PairingType {
  @Field(() => ID, { description: 'helperId>helpedId#mode' })
  id!: string;

  @Field(() => PairingModeValue)
  mode!: PairingModeValue;

  @Field({ description: 'The mode as the reports write it (扶贫协作 …).' })
  modeLabel!: string;

  @Field(() => Int, { nullable: true, description: 'Year the pairing started, where stated.' })
  since?: number;

  @Field(() => Int, { nullable: true, description: 'Year the pairing ended or was adjusted away, where stated.' })
  until?: number;

  @Field({ nullable: true, description: 'The extraction construction that read it; null for curated pairings.' })
  construction?: string;

  @Field(() => Float, { nullable: true, description: 'How far that construction is trusted, 0 to 1.' })
  confidence?: number;

  @Field({ description: 'True when a person should check it (reviewQueue).' })
  needsReview!: boolean;

  @Field(() => [String], { description: 'Ids of the documents that state it.' })
  sources!: string[];
}

@ObjectType('Observation', { implements: NodeInterface, description: 'A figure measured at a date (poor households of a county in 2013 …), for charts.' })
export class ObservationType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'poorHouseholds, poorPeople, pairedVillages, fundsTotalWan …' })
  metric!: string;

  @Field(() => Float)
  value!: number;

  @Field()
  unit!: string;

  @Field({ description: 'ISO date or year.' })
  date!: string;
}
