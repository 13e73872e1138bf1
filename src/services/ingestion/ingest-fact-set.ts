import { AuditStamp, FactSet } from '../../model';
import { Gazetteer } from '../../gazetteer/gazetteer';
import { GraphWriteRepository } from '../../repositories/graph-write.repository';
import { AppliedCorrection } from './corrections';
import { buildGraphRows } from './graph-rows';
import { resolveEntities, UnresolvedMention } from './resolve-entities';

/** What one document added: shown to whoever ingested it. */
export interface IngestionReport {
  documentId: string;
  title: string;
  entities: { total: number; new: number; existing: number };
  relations: number;
  observations: number;
  notes: number;
  unresolved: UnresolvedMention[];
  warnings: string[];
  /** Curated corrections applied after extraction (the default corpus has a few). */
  corrections: AppliedCorrection[];
}

/** A fact set's story: resolve areas → build rows → upsert in one transaction → report. */
export async function ingestFactSet(
  facts: FactSet,
  text: string,
  deps: { gazetteer: Gazetteer; graph: GraphWriteRepository },
  corrections: AppliedCorrection[] = [],
  audit?: AuditStamp,
): Promise<IngestionReport> {
  const resolution = resolveEntities(facts, deps.gazetteer);
  const rows = buildGraphRows(facts, text, resolution);
  const { existingEntityIds } = await deps.graph.upsertDocument(rows, audit);
  const mentioned = new Set([...resolution.entities.values()].map((entity) => entity.id));
  const existing = [...mentioned].filter((id) => existingEntityIds.has(id)).length;
  return {
    documentId: facts.document.id,
    title: facts.document.title,
    entities: { total: mentioned.size, new: mentioned.size - existing, existing },
    relations: rows.relations.filter((relation) => relation.sources.length > 0).length,
    observations: rows.observations.length,
    notes: rows.notes.length,
    unresolved: resolution.unresolved,
    warnings: resolution.warnings,
    corrections,
  };
}
