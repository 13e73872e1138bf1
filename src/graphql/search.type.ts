import { Field, Float, ObjectType } from 'type-graphql';
import { EntityRecord } from '../model';
import { EntityInterface } from './entity.type';
import { SearchMatch } from './enums';

@ObjectType('SearchHit', { description: 'One entity found by `search`, with why and how well it matched.' })
export class SearchHitType {
  @Field(() => EntityInterface)
  entity!: EntityRecord;

  @Field(() => Float, { description: 'Higher is better: the match class (4 exact, 3 prefix, 2.5 pinyin in whole syllables, 2 abbreviated pinyin, 1 full text) plus a bonus below 0.5 for importance.' })
  score!: number;

  @Field(() => SearchMatch)
  matchedBy!: SearchMatch;

  @Field(() => String, { nullable: true, description: 'What matched: the name, the written form, the code or the pinyin ("song jiang qu").' })
  matchedText!: string | null;
}
