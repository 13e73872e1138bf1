import { DEFAULT_RELATION_TYPES, Page, ReviewItemRecord } from '../model';
import { CypherExecutor } from '../neo4j/executor';

// The relationships extraction reads: every type but the official hierarchy, from the model.
const FRAGMENTS = { FACT_TYPES: DEFAULT_RELATION_TYPES.join('|') };

/** Facts marked needsReview, for a person to check. */
export class ReviewRepository {
  constructor(private readonly executor: CypherExecutor) {}

  async queue(after: string | null, limit: number): Promise<Page<ReviewItemRecord>> {
    const [row] = await this.executor.read('query/review-queue', { after, limit }, FRAGMENTS);
    return { totalCount: row.totalCount as number, items: row.items as ReviewItemRecord[] };
  }
}
