import { ArgsType, Field, Int } from 'type-graphql';
import { EntityOrder } from './enums';
import { ScopeInput } from './scope.input';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size (default 50, at most KG_MAX_PAGE_SIZE, 500 by default).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string;
}

@ArgsType()
export class EntityListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Keep names containing this text.' })
  nameContains?: string;

  @Field(() => String, { nullable: true, description: 'Keep entities in this province, as any reference: its code ("53") or name ("云南", "云南省").' })
  province?: string;

  @Field(() => EntityOrder, { defaultValue: EntityOrder.NAME_ASC })
  orderBy!: EntityOrder;

  @Field(() => ScopeInput, { nullable: true, description: 'documents: only entities these documents mention (an entity has no time: activeIn and period are for facts).' })
  scope?: ScopeInput;
}
