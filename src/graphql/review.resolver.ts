import { Args, Ctx, FieldResolver, Float, Query, Resolver, Root } from 'type-graphql';
import { ReviewItemRecord } from '../model';
import { Connection } from '../services/query/pagination';
import { connectionOf } from './connection.type';
import { Context } from './context';
import { PageArgs } from './entity-list.args';
import { EvidenceType, toEvidence } from './evidence.type';
import { toRelation } from './mappers';
import { RelationEdgeType } from './relation.type';
import { ReviewItemType } from './review.type';

const ReviewItemConnection = connectionOf(ReviewItemType, 'ReviewItem');

/** The facts a person should check, with what to check them against. */
@Resolver(() => ReviewItemType)
export class ReviewResolver {
  @Query(() => ReviewItemConnection, {
    description: 'Facts read by an extraction construction trusted less than the review threshold (0.75), by id; each with its evidence.',
  })
  reviewQueue(@Args() args: PageArgs, @Ctx() { services }: Context): Promise<Connection<ReviewItemRecord>> {
    return services.review.queue(args);
  }

  @FieldResolver(() => RelationEdgeType, { nullable: true })
  relation(@Root() item: ReviewItemRecord): RelationEdgeType | null {
    return item.relation ? toRelation(item.relation) : null;
  }

  @FieldResolver(() => String, { description: 'The construction that read it.' })
  construction(@Root() item: ReviewItemRecord): string {
    return String((item.relation ?? item.entity)?.construction ?? '');
  }

  @FieldResolver(() => Float, { description: 'How far that construction is trusted, 0 to 1.' })
  confidence(@Root() item: ReviewItemRecord): number {
    return Number((item.relation ?? item.entity)?.confidence ?? 0);
  }

  @FieldResolver(() => [EvidenceType], { description: 'The sentences that state it.' })
  evidence(@Root() item: ReviewItemRecord): EvidenceType[] {
    return toEvidence(item.relation ?? item.entity ?? {});
  }
}
