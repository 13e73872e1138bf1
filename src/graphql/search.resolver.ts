import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Context } from './context';
import { EntityType } from './enums';
import { SearchHitType } from './search.type';

/** Search box: names, pinyin and codes, ranked. */
@Resolver(() => SearchHitType)
export class SearchResolver {
  @Query(() => [SearchHitType], {
    description:
      'Entities whose name, written form, pinyin or code matches the text, best first: exact name or code, then name prefix, ' +
      'then pinyin in whole syllables ("minhang", read as the place reads its characters), then abbreviated pinyin ("sj", "mh xian"), then full text; ' +
      'ties go to the entity with more relationships, then the shorter name.',
  })
  search(
    @Arg('text', () => String, { description: '1 to 100 characters.' }) text: string,
    @Arg('types', () => [EntityType], { nullable: true, description: 'Only entities of these kinds.' }) types: EntityType[] | null,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many hits, 1 to 50.' }) first: number,
    @Ctx() { services }: Context,
  ): Promise<SearchHitType[]> {
    return services.search.search(text, types, first) as Promise<SearchHitType[]>;
  }
}
