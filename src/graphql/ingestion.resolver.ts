import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { REQUIRED_ROLE, RemovalOutcome } from '../model';
import { IngestionReport } from '../services/ingestion/ingest-fact-set';
import { Context } from './context';
import { IngestDocumentInput, IngestionReportType, RemovalReportType } from './ingestion.type';

@Resolver()
export class IngestionResolver {
  @Authorized(REQUIRED_ROLE.write)
  @Mutation(() => IngestionReportType, {
    description:
      'Extracts entities and relations from a report, resolves areas to official codes and adds them with their evidence, in one transaction. Needs a key with the editor role.',
  })
  ingestDocument(@Arg('input', () => IngestDocumentInput) input: IngestDocumentInput, @Ctx() { services, principal }: Context): Promise<IngestionReport> {
    return services.ingestion.ingest(input, [], principal);
  }

  @Authorized(REQUIRED_ROLE.remove)
  @Mutation(() => RemovalReportType, {
    description:
      'Removes a document: facts only it supported disappear, facts other documents support stay. The audit log keeps the document, so restoreDocument can bring it back. Needs the admin role.',
  })
  removeDocument(@Arg('id', () => ID) id: string, @Ctx() { services, principal }: Context): Promise<RemovalOutcome> {
    return services.ingestion.remove(id, principal);
  }

  @Authorized(REQUIRED_ROLE.remove)
  @Mutation(() => IngestionReportType, {
    description: 'Brings back a removed document from the audit log (its latest removal, or the removal entry auditId), read again by today\'s extraction. Needs the admin role.',
  })
  restoreDocument(
    @Arg('documentId', () => ID, { nullable: true }) documentId: string | null,
    @Arg('auditId', () => ID, { nullable: true }) auditId: string | null,
    @Ctx() { services, principal }: Context,
  ): Promise<IngestionReport> {
    return services.ingestion.restore({ documentId, auditId }, principal);
  }
}
