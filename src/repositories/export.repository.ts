import { EntityRecord, RelationRecord, RelationType } from '../model';
import { CypherExecutor } from '../neo4j/executor';

/** Where a page of relationships ends: the last one's start, type, end and key. */
export interface RelationCursor {
  from: string;
  type: string;
  to: string;
  key: string;
}

export const FIRST_RELATION: RelationCursor = { from: '', type: '', to: '', key: '' };

export interface NamedRelation {
  relation: RelationRecord;
  fromName: string;
  toName: string;
}

/** Reads for exports: the whole graph in keyset pages, and the stored edges of a selection. */
export class ExportRepository {
  constructor(private readonly executor: CypherExecutor) {}

  /** Up to `batch` entities with ids after `after` ('' for the first page), in id order. */
  async entitiesAfter(after: string, batch: number): Promise<EntityRecord[]> {
    const rows = await this.executor.read('export/entities-page', { after, batch });
    return rows.map((row) => row.node as EntityRecord);
  }

  /** Up to `batch` relationships of `types` between entities after `after`, by start id, type, end id and key. */
  async relationsAfter(after: RelationCursor, types: readonly RelationType[], batch: number): Promise<NamedRelation[]> {
    const rows = await this.executor.read('export/relations-page', { after, types, batch });
    return rows.map((row) => ({ relation: row.relation as RelationRecord, fromName: row.fromName as string, toName: row.toName as string }));
  }

  async graphSize(types: readonly RelationType[]): Promise<{ nodes: number; edges: number }> {
    const [row] = await this.executor.read('export/graph-size', { types });
    return { nodes: row.nodes as number, edges: row.edges as number };
  }

  /** Every relationship of each pair's type from its start to its end, with all its properties. */
  async relationsBetween(pairs: readonly { from: string; to: string; type: string }[]): Promise<RelationRecord[]> {
    if (pairs.length === 0) return [];
    const rows = await this.executor.read('export/relations-between', { pairs });
    return rows.map((row) => row.relation as RelationRecord);
  }

  /** The relationships of `types` a document states, with both their ends. */
  async documentRelations(id: string, types: readonly RelationType[]): Promise<{ relation: RelationRecord; from: EntityRecord; to: EntityRecord }[]> {
    const rows = await this.executor.read('export/document-relations', { id, types });
    return rows.map((row) => ({ relation: row.relation as RelationRecord, from: row.fromNode as EntityRecord, to: row.toNode as EntityRecord }));
  }
}
