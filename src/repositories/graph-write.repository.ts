import { IngestionFailedError, ServiceError } from '../errors';
import { auditEntryOf, AuditStamp, GraphRows, REVIEW_LIMITS, RemovalOutcome, UpsertOutcome } from '../model';
import { CypherExecutor, StatementRunner } from '../neo4j/executor';
import { TransientConflictError } from '../neo4j/driver-errors';

// Areas nest at most five deep, so five passes remove a chain of areas left without support.
const NESTING_PASSES = 5;
const DOCUMENT_TIMEOUT_MS = 120_000;

/** Writes and removes one document's contribution, each in a single transaction. */
export class GraphWriteRepository {
  constructor(private readonly executor: CypherExecutor) {}

  /**
   * Puts a document's rows in the graph. A document already there is replaced in the same
   * transaction (its old contribution taken back first), so sending the same document again
   * changes nothing and a corrected one leaves no stale facts. All of it lands, or nothing.
   */
  async upsertDocument(rows: GraphRows, audit?: AuditStamp): Promise<UpsertOutcome> {
    const documentId = String(rows.document.id);
    let step = 'the document';
    try {
      return await this.executor.writeTransaction(async (tx) => {
        const run = (name: string, what: string, params: Record<string, unknown>) => ((step = what), tx.run(name, params));
        const existing = await run('ingestion/existing-entities', 'the entity lookup', { ids: rows.entities.map((e) => e.id) });
        step = 'the previous version of the document';
        await removeContribution(tx, documentId);
        await run('ingestion/upsert-document', 'the document', { document: rows.document });
        // Every document locks the entities it shares with others (a district, a county) in one
        // order, by id, before anything else of theirs: concurrent ingests then wait for each other
        // instead of deadlocking.
        const entities = [...rows.entities].sort((a, b) => compare(a.id, b.id));
        const relations = [...rows.relations].sort((a, b) => compare(a.from, b.from) || compare(a.to, b.to) || compare(a.key, b.key));
        await run('ingestion/upsert-entities', `${entities.length} entities`, { rows: entities, reviewBelow: REVIEW_LIMITS.confidenceBelow });
        await run('ingestion/upsert-relations', `${relations.length} relations`, { rows: relations, reviewBelow: REVIEW_LIMITS.confidenceBelow });
        await run('ingestion/upsert-observations', `${rows.observations.length} observations`, { rows: rows.observations });
        await run('ingestion/upsert-notes', `${rows.notes.length} notes`, { documentId, rows: rows.notes });
        await run('ingestion/upsert-mentions', 'the mentions', { documentId, rows: rows.mentions });
        const existingEntityIds = new Set(existing.map((row) => row.id as string));
        if (audit) {
          const added = rows.entities.filter((entity) => !existingEntityIds.has(entity.id)).length;
          await run('access/record-audit-entry', 'the audit entry', {
            entry: auditEntryOf(audit, { documentId, title: String(rows.document.title), changes: [
              `entities ${rows.entities.length} (${added} new)`,
              `relations ${rows.relations.length}`,
              `observations ${rows.observations.length}`,
            ] }),
          });
        }
        return { existingEntityIds };
      }, DOCUMENT_TIMEOUT_MS);
    } catch (error) {
      throw writeFailure(error, documentId, step);
    }
  }

  /**
   * Takes back everything one document contributed: its evidence leaves every fact, facts no
   * other document supports go, facts others support stay. Null when no such document exists.
   */
  async removeDocument(documentId: string, audit?: AuditStamp): Promise<RemovalOutcome | null> {
    return this.executor.writeTransaction(async (tx) => {
      const [kept] = audit ? await tx.run('removal/document-snapshot', { documentId }) : [];
      const outcome = await removeContribution(tx, documentId);
      if (outcome && audit) {
        const changes = [`entities -${outcome.entitiesRemoved}`, `relations -${outcome.relationsRemoved}`, `observations -${outcome.observationsRemoved}`];
        // The document as stored, without absent fields, so restoring it sends what was sent.
        const snapshot = JSON.stringify(Object.fromEntries(Object.entries(kept.document as object).filter(([, value]) => value !== null)));
        await tx.run('access/record-audit-entry', { entry: { ...auditEntryOf(audit, { documentId, title: outcome.title, changes }), snapshot } });
      }
      return outcome;
    }, DOCUMENT_TIMEOUT_MS).catch((error: unknown) => {
      throw writeFailure(error, documentId, 'the removal');
    });
  }

  async countDocuments(): Promise<number> {
    const [row] = await this.executor.read('ingestion/count-documents');
    return row.documents as number;
  }
}

async function removeContribution(tx: StatementRunner, documentId: string): Promise<RemovalOutcome | null> {
  const params = { documentId, keyPrefix: `${documentId}@` };
  const [found] = await tx.run('removal/document-exists', params);
  if (!found) return null;
  const ancestors = (await tx.run('removal/area-ancestors-of-document', params)).map((row) => row.id as string);
  await tx.run('removal/strip-entity-evidence', params);
  const [relations] = await tx.run('removal/strip-relation-evidence', params);
  const [observations] = await tx.run('removal/strip-observations', params);
  let entitiesRemoved = 0;
  for (let pass = 0; pass < NESTING_PASSES; pass++) {
    const [deleted] = await tx.run('removal/delete-unsupported-entities', params);
    const [orphans] = await tx.run('removal/delete-orphan-areas', { ids: ancestors });
    const removed = (deleted.removed as number) + (orphans.removed as number);
    entitiesRemoved += removed;
    if (removed === 0) break;
  }
  await tx.run('removal/delete-document', params);
  return {
    documentId,
    title: found.title as string,
    entitiesRemoved,
    relationsRemoved: relations.removed as number,
    observationsRemoved: observations.removed as number,
  };
}

/** Service errors (database unavailable, time-out) keep their own code; the rest say what was being written. */
function writeFailure(error: unknown, documentId: string, step: string): Error {
  if (error instanceof ServiceError) return error;
  return new IngestionFailedError(documentId, step, (error as Error).message.split('\n')[0], error instanceof TransientConflictError);
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
