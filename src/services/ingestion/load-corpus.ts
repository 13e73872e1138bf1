import { Logger } from '../../logger';
import { SYSTEM } from '../../model';
import { readCorpus } from './default-corpus';
import { DocumentIngestionService } from './document-ingestion.service';
import { IngestionReport } from './ingest-fact-set';

/**
 * Ingests every document of the corpus folder through the same pipeline as any report
 * (extraction, then the folder's curated corrections), one transaction each, logging progress.
 */
export async function loadCorpus(corpusDir: string, deps: { ingestion: DocumentIngestionService; logger: Logger }): Promise<IngestionReport[]> {
  const documents = readCorpus(corpusDir);
  const reports: IngestionReport[] = [];
  for (const [index, { meta, text, corrections }] of documents.entries()) {
    const started = performance.now();
    const report = await deps.ingestion.ingest(
      { id: meta.id, title: meta.title, text, publisher: meta.publisher, publishedAt: meta.publishedAt, url: meta.url },
      corrections,
      SYSTEM('shipped corpus'),
    );
    reports.push(report);
    deps.logger.info(
      `corpus: [${index + 1}/${documents.length}] ${meta.id} — ${report.entities.total} entities (${report.entities.new} new), ` +
        `${report.relations} relations, ${report.observations} observations, ${report.unresolved.length} unresolved, ` +
        `${report.corrections.length} corrections in ${Math.round(performance.now() - started)} ms`,
    );
    for (const correction of report.corrections) deps.logger.info(`corpus:   corrected (${correction.changes.join('; ')}): ${correction.reason}`);
    for (const warning of report.warnings) deps.logger.warn(`corpus: ${meta.id}: ${warning}`);
  }
  return reports;
}
