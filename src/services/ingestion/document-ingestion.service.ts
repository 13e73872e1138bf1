import { BadUserInputError, NotFoundError } from '../../errors';
import { DocumentInput, Principal, RemovalOutcome, SYSTEM } from '../../model';
import { AccessRepository } from '../../repositories/access.repository';
import { auditStamp } from '../access/api-key.service';
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
    private readonly access: AccessRepository,
    /** The curated corrections of a shipped document (none for any other), so a restored one reads as it did. */
    private readonly correctionsFor: (documentId: string) => Correction[] = () => [],
    /** Told of every write and how it ended (the metrics count them). */
    private readonly onOutcome: (action: 'ingest' | 'remove' | 'restore', outcome: 'ok' | 'failed') => void = () => undefined,
  ) {}

  /**
   * check → extract → correct (curated, shipped corpus only) → resolve → upsert with its audit
   * entry (one transaction) → report. `actor` is who the audit log names.
   */
  async ingest(input: DocumentInput, corrections: Correction[] = [], actor: Principal = SYSTEM('service'), action: 'ingest' | 'restore' = 'ingest'): Promise<IngestionReport> {
    return this.counted(action, async () => {
      const document = checkDocumentInput(input);
      const gazetteer = await this.gazetteer();
      const extracted = extractFacts(document, gazetteer);
      const { facts, applied } = applyCorrections(extracted, corrections);
      return ingestFactSet(facts, document.text, { gazetteer, graph: this.graph }, applied, auditStamp(actor, action));
    });
  }

  /** Removes a document and every fact only it supported, keeping it in the audit log; NOT_FOUND when there is none. */
  async remove(documentId: string, actor: Principal = SYSTEM('service')): Promise<RemovalOutcome> {
    return this.counted('remove', async () => {
      const outcome = await this.graph.removeDocument(documentId, auditStamp(actor, 'remove'));
      if (!outcome) throw new NotFoundError(`No document has id "${documentId}". The documents query lists them.`, { documentId });
      return outcome;
    });
  }

  private async counted<T>(action: 'ingest' | 'remove' | 'restore', work: () => Promise<T>): Promise<T> {
    try {
      const result = await work();
      this.onOutcome(action, 'ok');
      return result;
    } catch (error) {
      this.onOutcome(action, 'failed');
      throw error;
    }
  }

  /**
   * Brings a removed document back from the audit log: the latest removal of `documentId`, or the
   * removal entry `auditId`. It is read again, so it gets today's extraction.
   */
  async restore(selector: { documentId?: string | null; auditId?: string | null }, actor: Principal): Promise<IngestionReport> {
    if (!selector.documentId && !selector.auditId) throw new BadUserInputError('restoreDocument needs documentId or auditId (auditLog lists removals).');
    const kept = await this.access.removalSnapshot(selector);
    if (!kept) {
      const what = selector.auditId ? `audit entry "${selector.auditId}"` : `document "${selector.documentId}"`;
      throw new NotFoundError(`No removal of ${what} is in the audit log. The auditLog query lists removals (restorable: true).`, { ...selector });
    }
    const document = JSON.parse(kept.snapshot) as DocumentInput & { id: string };
    return this.ingest(document, this.correctionsFor(document.id), actor, 'restore');
  }
}
