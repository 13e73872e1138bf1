import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { RemovalOutcome } from '../model';
import { IngestionReport } from '../services/ingestion/ingest-fact-set';
import { Context } from './context';
import { IngestDocumentInput, IngestionReportType, RemovalReportType } from './ingestion.type';

@Resolver()
export class IngestionResolver {
  @Mutation(() => IngestionReportType, {
    description: 'Extracts entities and relations from a report, resolves areas to official codes and adds them with their evidence, in one transaction.',
  })
  ingestDocument(@Arg('input', () => IngestDocumentInput) input: IngestDocumentInput, @Ctx() { services }: Context): Promise<IngestionReport> {
    return services.ingestion.ingest(input);
  }

  @Mutation(() => RemovalReportType, { description: 'Removes a document: facts only it supported disappear, facts other documents support stay.' })
  removeDocument(@Arg('id', () => ID) id: string, @Ctx() { services }: Context): Promise<RemovalOutcome> {
    return services.ingestion.remove(id);
  }
}
