import { Direction, EntityRecord, Page, RelationRecord, RelationType } from '../model';
import { CypherExecutor } from '../neo4j/executor';
import { alignById } from './align-by-id';

export interface PairingListQuery {
  mode?: string;
  helper?: string;
  helped?: string;
  province?: string;
  after?: string;
  limit: number;
}

export class RelationRepository {
  constructor(private readonly executor: CypherExecutor) {}

  /** Relationships of each id (aligned with `ids`), of the given types and direction. */
  async relationsOf(ids: readonly string[], types: readonly RelationType[], direction: Direction, mode: string | null): Promise<RelationRecord[][]> {
    const rows = await this.executor.read('query/relations-of', { ids, types, direction, mode });
    return alignById(ids, rows, 'relations');
  }

  async listPairings(query: PairingListQuery): Promise<Page<RelationRecord>> {
    const [row] = await this.executor.read('query/list-pairings', {
      mode: query.mode ?? null,
      helper: query.helper ?? null,
      helped: query.helped ?? null,
      province: query.province ?? null,
      after: query.after ?? null,
      limit: query.limit,
    });
    return { totalCount: row.totalCount as number, items: row.relations as RelationRecord[] };
  }

  async districtNetwork(districtId: string, types: readonly RelationType[]): Promise<{ relations: RelationRecord[]; targets: EntityRecord[] }> {
    const [row] = await this.executor.read('query/district-network', { id: districtId, types });
    return { relations: (row?.relations ?? []) as RelationRecord[], targets: (row?.targets ?? []) as EntityRecord[] };
  }
}
