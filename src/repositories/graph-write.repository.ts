import { CypherExecutor } from '../neo4j/executor';
import { GraphRows } from '../services/ingestion/graph-rows';

export interface UpsertOutcome {
  /** Entity ids that were already in the graph before this document. */
  existingEntityIds: Set<string>;
}

/** Writes one document's rows in a single transaction: all of it lands, or nothing. */
export class GraphWriteRepository {
  constructor(private readonly executor: CypherExecutor) {}

  upsertDocument(rows: GraphRows): Promise<UpsertOutcome> {
    const documentId = rows.document.id;
    return this.executor.writeTransaction(async (tx) => {
      const existing = await tx.run('ingestion/existing-entities', { ids: rows.entities.map((e) => e.id) });
      await tx.run('ingestion/upsert-document', { document: rows.document });
      await tx.run('ingestion/upsert-entities', { rows: rows.entities });
      await tx.run('ingestion/upsert-relations', { rows: rows.relations });
      await tx.run('ingestion/upsert-observations', { rows: rows.observations });
      await tx.run('ingestion/upsert-notes', { documentId, rows: rows.notes });
      await tx.run('ingestion/upsert-mentions', { documentId, rows: rows.mentions });
      return { existingEntityIds: new Set(existing.map((row) => row.id as string)) };
    }, 120_000);
  }

  async countDocuments(): Promise<number> {
    const [row] = await this.executor.read('ingestion/count-documents');
    return row.documents as number;
  }
}
