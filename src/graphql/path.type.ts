import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { EntityRecord } from '../model';
import { DirectionValue, EntityType, RelationTypeValue } from './enums';
import { EntityInterface } from './entity.type';
import { EvidenceType } from './evidence.type';
import { RelationEdgeType } from './relation.type';
import { ScopeInput } from './scope.input';

@InputType('PathOptions', { description: 'How to search for paths; every field has a default.' })
export class PathOptionsInput {
  @Field(() => Int, { defaultValue: 4, description: 'Longest path in relationships (1 to 8).' })
  maxHops!: number;

  @Field(() => [RelationTypeValue], { nullable: true, description: 'Relationship types to walk (default: all).' })
  relationTypes?: RelationTypeValue[];

  @Field(() => DirectionValue, { defaultValue: DirectionValue.BOTH, description: 'OUT: only along relationships; IN: only against; BOTH: either.' })
  direction!: DirectionValue;

  @Field(() => [EntityType], { nullable: true, description: 'Kinds of entity the path may not pass through (the endpoints are exempt).' })
  excludeLabels?: EntityType[];

  @Field({ defaultValue: false, description: 'Skip the official hierarchy (PART_OF) to see only pairing-work links.' })
  excludePartOf!: boolean;

  @Field(() => [String], { nullable: true, description: 'Entities a path may not pass through (the endpoints are exempt), each named as any reference (id, code, name).' })
  excludeNodes?: string[];

  @Field(() => Int, { defaultValue: 1, description: 'How many shortest distinct paths (1 to 10).' })
  k!: number;

  @Field({ defaultValue: false, description: 'Every path of the minimum length (at most 100) and nothing longer, instead of the k shortest.' })
  allShortest!: boolean;

  @Field(() => ScopeInput, { nullable: true, description: 'Walk only relationships these documents state or active in that year (the official hierarchy is always walkable).' })
  scope?: ScopeInput;
}

@ObjectType('PathRelationship', { description: 'One relationship of a path, as the walk takes it.' })
export class PathRelationshipType {
  @Field(() => RelationTypeValue)
  type!: RelationTypeValue;

  @Field(() => DirectionValue, { description: 'OUT when the relationship points along the walk, IN when the walk goes against it.' })
  direction!: DirectionValue;

  @Field({ description: 'Its label read from its start to its end: the pairing mode (扶贫协作 …), or the verb of its type (援建, 资助, 属于 for PART_OF …).' })
  label!: string;

  @Field(() => RelationEdgeType, { description: 'The relationship with its typed properties and both ends.' })
  relation!: RelationEdgeType;

  @Field(() => [EvidenceType], { description: 'The sentences that state it (none for official PART_OF links).' })
  evidence!: EvidenceType[];
}

@ObjectType('Path', { description: 'A walk from one entity to another through the graph.' })
export class PathType {
  @Field(() => [EntityInterface], { description: 'The entities in walk order, both ends included.' })
  nodes!: EntityRecord[];

  @Field(() => [PathRelationshipType], { description: 'The relationships in walk order: relationships[i] joins nodes[i] and nodes[i + 1].' })
  relationships!: PathRelationshipType[];

  @Field(() => Int, { description: 'Number of relationships.' })
  length!: number;

  @Field({ description: 'The path in one line: 奉贤区 —扶贫协作→ 务川仡佬族苗族自治县 ⊃ 红丝乡 ⊃ 上坝村.' })
  explanation!: string;
}

@ObjectType('ConnectionGroup', { description: 'Paths between two entities that share one route.' })
export class ConnectionGroupType {
  @Field({ description: 'Node kinds and relationship types in walk order, e.g. "District -PAIRS_WITH-> County <-PART_OF- Township".' })
  route!: string;

  @Field(() => Int)
  length!: number;

  @Field(() => Int, { description: 'Number of paths in this group.' })
  count!: number;

  @Field(() => [PathType])
  paths!: PathType[];

  @Field({ description: 'True when the cap of 200 paths was reached: this and other routes may have more paths.' })
  truncated!: boolean;
}
