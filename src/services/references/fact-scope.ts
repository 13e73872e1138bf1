import { BadUserInputError, NotFoundError } from '../../errors';
import { FactScope, Period, SCOPE_LIMITS, ScopeParams } from '../../model';
import { DocumentRepository } from '../../repositories/document.repository';

/**
 * Checks a client's scope and turns it into the parameters of `fragments/fact-in-scope`: unknown
 * documents are a NOT_FOUND naming them (a typo must not answer "nothing"), a year outside
 * 1949–2100 a BAD_USER_INPUT. `period` defaults to what the answer is: EVER for lists, CURRENT
 * for counts; `activeIn` asks about one year and so overrides it.
 */
export class FactScopes {
  constructor(private readonly documents: DocumentRepository) {}

  async params(scope: FactScope | null | undefined, defaultPeriod: Period): Promise<ScopeParams> {
    const activeIn = scope?.activeIn ?? null;
    if (activeIn !== null && (!Number.isInteger(activeIn) || activeIn < SCOPE_LIMITS.earliestYear || activeIn > SCOPE_LIMITS.latestYear)) {
      throw new BadUserInputError(`"activeIn" must be a year from ${SCOPE_LIMITS.earliestYear} to ${SCOPE_LIMITS.latestYear}, e.g. 2019; got ${activeIn}.`, {
        argumentName: 'activeIn',
      });
    }
    const documents = scope?.documents ? await this.requireDocuments(scope.documents) : null;
    const period = scope?.period ?? defaultPeriod;
    return { documents, activeIn, current: activeIn === null && period === 'CURRENT' };
  }

  private async requireDocuments(ids: readonly string[]): Promise<string[]> {
    const unique = [...new Set(ids.map((id) => id.trim()))];
    if (unique.length === 0 || unique.length > SCOPE_LIMITS.maxDocuments || unique.includes('')) {
      throw new BadUserInputError(`"documents" must list 1 to ${SCOPE_LIMITS.maxDocuments} document ids (from documents { id }); got ${ids.length}.`, {
        argumentName: 'documents',
      });
    }
    const found = await this.documents.byIds(unique, false);
    const missing = unique.filter((_, index) => !found[index]);
    if (missing.length > 0) {
      throw new NotFoundError(`No document has the id ${missing.map((id) => `"${id}"`).join(', ')} given in "documents". List them with documents { id title }.`, {
        argumentName: 'documents',
        missing,
      });
    }
    return unique;
  }
}
