import { Gazetteer } from '../../gazetteer/gazetteer';
import { GraphWriteRepository } from '../../repositories/graph-write.repository';
import { Logger } from '../../logger';
import { readCorpus } from './default-corpus';
import { ingestFactSet, IngestionReport } from './ingest-fact-set';

/** Ingests every document of the corpus folder, one transaction each, logging progress. */
export async function loadCorpus(corpusDir: string, deps: { graph: GraphWriteRepository; gazetteer: Gazetteer; logger: Logger }): Promise<IngestionReport[]> {
  const documents = readCorpus(corpusDir);
  const reports: IngestionReport[] = [];
  for (const [index, document] of documents.entries()) {
    const started = performance.now();
    const report = await ingestFactSet(document.facts, document.text, deps);
    reports.push(report);
    deps.logger.info(
      `corpus: [${index + 1}/${documents.length}] ${document.meta.id} — ${report.entities.total} entities (${report.entities.new} new), ` +
        `${report.relations} relations, ${report.observations} observations, ${report.unresolved.length} unresolved ` +
        `in ${Math.round(performance.now() - started)} ms`,
    );
    for (const warning of report.warnings) deps.logger.warn(`corpus: ${document.meta.id}: ${warning}`);
  }
  return reports;
}
