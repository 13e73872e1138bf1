import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { EntityRecord } from '../repositories/records';
import { EntityInterface } from './entity.type';

/** How a hit matched the text; also the order of the ranking (exact first). */
export enum SearchMatch {
  EXACT_NAME = 'EXACT_NAME',
  EXACT_CODE = 'EXACT_CODE',
  PREFIX = 'PREFIX',
  PINYIN = 'PINYIN',
  FULLTEXT = 'FULLTEXT',
}

registerEnumType(SearchMatch, {
  name: 'SearchMatch',
  description: 'How a search hit matched the text.',
  valuesConfig: {
    EXACT_NAME: { description: 'The official name or a written form equals the text ("松江区", "德宏芒市").' },
    EXACT_CODE: { description: 'The official division code equals the text ("310117").' },
    PREFIX: { description: 'The name starts with the text ("松江" → 松江区).' },
    PINYIN: { description: 'Toneless pinyin, full or by initials, mixed ("songjiang", "sjq", "mh xian").' },
    FULLTEXT: { description: 'Words of the name or a written form contain the text (full-text index).' },
  },
});

@ObjectType('SearchHit', { description: 'One entity found by `search`, with why and how well it matched.' })
export class SearchHitType {
  @Field(() => EntityInterface)
  entity!: EntityRecord;

  @Field(() => Float, { description: 'Higher is better: the match class (4 exact … 1 full text) plus a bonus below 1 for importance.' })
  score!: number;

  @Field(() => SearchMatch)
  matchedBy!: SearchMatch;

  @Field(() => String, { nullable: true, description: 'What matched: the name, the written form, the code or the pinyin ("song jiang qu").' })
  matchedText!: string | null;
}
