import { DocumentRepository } from '../../repositories/document.repository';
import { DocumentRecord } from '../../model';
import { Connection, decodeCursor, PageArgs, pageSize, toConnection } from './pagination';

export class DocumentService {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly maxPageSize: number,
  ) {}

  async list(args: PageArgs): Promise<Connection<DocumentRecord>> {
    const limit = pageSize(args, this.maxPageSize);
    const after = decodeCursor(args.after, (value): value is string => typeof value === 'string');
    const page = await this.documents.list(limit + 1, after ?? null);
    return toConnection(page.items, page.totalCount, limit, (document) => document.id);
  }
}
