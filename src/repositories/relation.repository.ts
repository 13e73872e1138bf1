import { Direction, EntityRecord, isRelationType, Page, RelationIdentity, RelationRecord, RelationType, ScopeParams } from '../model';
import { CypherExecutor } from '../neo4j/executor';
import { alignById } from './align-by-id';

/** A page of relationships: ids of its ends, the area its end lies in, a mode, the client's scope. */
export interface RelationListQuery {
  types: readonly RelationType[];
  from: string | null;
  to: string | null;
  party: string | null;
  toWithin: string | null;
  mode: string | null;
  scope: ScopeParams;
  after: string | null;
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

  /** One keyset page (on from>to#TYPE#key) of the relationships the query selects, and their number. */
  async list(query: RelationListQuery): Promise<Page<RelationRecord>> {
    if (query.types.length === 0 || !query.types.every(isRelationType)) throw new Error(`not allow-listed relationship types: ${query.types.join(', ')}`);
    const { scope, ...rest } = query;
    const [row] = await this.executor.read('query/list-relations', { ...rest, ...scope });
    return { totalCount: row.totalCount as number, items: row.relations as RelationRecord[] };
  }

  async districtNetwork(districtId: string, types: readonly RelationType[]): Promise<{ relations: RelationRecord[]; targets: EntityRecord[] }> {
    const [row] = await this.executor.read('query/district-network', { id: districtId, types });
    return { relations: (row?.relations ?? []) as RelationRecord[], targets: (row?.targets ?? []) as EntityRecord[] };
  }
}
