import { REVIEW_LIMITS, ReviewItemRecord } from '../../model';
import { ReviewRepository } from '../../repositories/review.repository';
import { Connection, decodeCursor, PageArgs, pageSize, toConnection } from './pagination';

/** The review queue: facts extraction kept but trusts too little to state without a person's check. */
export class ReviewService {
  constructor(private readonly review: ReviewRepository) {}

  async queue(args: PageArgs): Promise<Connection<ReviewItemRecord>> {
    const limit = pageSize(args, REVIEW_LIMITS.maxPageSize);
    const after = decodeCursor(args.after, (value): value is string => typeof value === 'string');
    const page = await this.review.queue(after ?? null, limit + 1);
    return toConnection(page.items, page.totalCount, limit, (item) => item.id);
  }
}
