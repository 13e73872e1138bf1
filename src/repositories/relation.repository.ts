import { Direction, EntityRecord, Page, RelationIdentity, RelationRecord, RelationType } from '../model';
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

  /** The relationship each identity names, aligned with `keys`; null where none. */
  async byIdentities(keys: readonly RelationIdentity[]): Promise<(RelationRecord | null)[]> {
    const rows = await this.executor.read('query/relations-by-keys', { keys: keys.map(({ from, to, type, key }) => ({ from, to, type, key })) });
    const byIndex = new Map(rows.map((row) => [row.index as number, row.relation as RelationRecord]));
    return keys.map((_, index) => byIndex.get(index) ?? null);
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
