import { NotFoundError } from '../../errors';
import { DocumentInput, RemovalOutcome } from '../../model';
import { extractFacts } from '../../extraction/extract-facts';
import { Gazetteer } from '../../gazetteer/gazetteer';
import { GraphWriteRepository } from '../../repositories/graph-write.repository';
import { applyCorrections, Correction } from './corrections';
import { checkDocumentInput } from './document-input';
import { ingestFactSet, IngestionReport } from './ingest-fact-set';

/** Reports in, graph out: the one pipeline behind the mutation, the CLI and the default corpus. */
export class DocumentIngestionService {
  constructor(
    private readonly graph: GraphWriteRepository,
    private readonly gazetteer: () => Promise<Gazetteer>,
  ) {}

  /** check → extract → correct (curated, shipped corpus only) → resolve → upsert (one transaction) → report. */
  async ingest(input: DocumentInput, corrections: Correction[] = []): Promise<IngestionReport> {
    const document = checkDocumentInput(input);
    const gazetteer = await this.gazetteer();
    const extracted = extractFacts(document, gazetteer);
    const { facts, applied } = applyCorrections(extracted, corrections);
    return ingestFactSet(facts, document.text, { gazetteer, graph: this.graph }, applied);
  }

  /** Removes a document and every fact only it supported; NOT_FOUND when there is none. */
  async remove(documentId: string): Promise<RemovalOutcome> {
    const outcome = await this.graph.removeDocument(documentId);
    if (!outcome) throw new NotFoundError(`No document has id "${documentId}". The documents query lists them.`, { documentId });
    return outcome;
  }
}
