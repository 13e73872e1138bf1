import { Field, ID, ObjectType } from 'type-graphql';
import { EntityRecord, ReviewKind } from '../model';
import { EntityInterface } from './entity.type';
import { ReviewKindValue } from './enums';
import { NodeInterface } from './node.type';
import { RelationEdgeType } from './relation.type';

@ObjectType('ReviewItem', {
  implements: NodeInterface,
  description:
    'A fact extraction kept but trusts too little to state without a person checking it: a relationship or an entity, with the construction that read it and the sentences to check it against.',
})
export class ReviewItemType {
  @Field(() => ID, { description: 'The relationship id (from>to#TYPE#key) or the entity id.' })
  id!: string;

  @Field(() => ReviewKindValue)
  kind!: ReviewKind;

  @Field(() => RelationEdgeType, { nullable: true, description: 'The relationship, for kind RELATION.' })
  relation?: RelationEdgeType | null;

  @Field(() => EntityInterface, { nullable: true, description: 'The entity, for kind ENTITY.' })
  entity?: EntityRecord | null;
}
