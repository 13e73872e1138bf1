import { DocumentRecord, EntityRecord, NoteRecord, Page } from '../model';
import { CypherExecutor } from '../neo4j/executor';
import { alignById } from './align-by-id';

export class DocumentRepository {
  constructor(private readonly executor: CypherExecutor) {}

  async byIds(ids: readonly string[], withText: boolean): Promise<(DocumentRecord | null)[]> {
    const rows = await this.executor.read('query/documents-by-ids', { ids, withText });
    const byId = new Map(rows.map((row) => [(row.document as DocumentRecord).id, row.document as DocumentRecord]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async list(limit: number, after: string | null): Promise<Page<DocumentRecord>> {
    const [row] = await this.executor.read('query/list-documents', { limit, after });
    return { totalCount: row.totalCount as number, items: row.documents as DocumentRecord[] };
  }

  async notesOf(ids: readonly string[]): Promise<NoteRecord[][]> {
    return alignById(ids, await this.executor.read('query/document-notes', { ids }), 'notes');
  }

  async mentionsOf(ids: readonly string[]): Promise<EntityRecord[][]> {
    return alignById(ids, await this.executor.read('query/document-mentions', { ids }), 'entities');
  }
}
