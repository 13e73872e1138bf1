import { EntityRecord, LISTABLE_LABELS, ListableLabel, ObservationRecord, Page } from '../model';
import { CypherExecutor } from '../neo4j/executor';
import { alignById } from './align-by-id';
import { referenceParam } from './reference';

/** Keyset orderings: the cursor holds [name, id] of the last node of a page. */
const ORDERINGS = {
  NAME_ASC: { ORDER_BY: 'n.name, n.id', AFTER: '(n.name > $after[0] OR (n.name = $after[0] AND n.id > $after[1]))' },
  NAME_DESC: { ORDER_BY: 'n.name DESC, n.id DESC', AFTER: '(n.name < $after[0] OR (n.name = $after[0] AND n.id < $after[1]))' },
  ID_ASC: { ORDER_BY: 'n.id', AFTER: 'n.id > $after[1]' },
} as const;
export type EntityOrdering = keyof typeof ORDERINGS;

export interface EntityListQuery {
  label: ListableLabel;
  nameContains?: string;
  /** The code of the province the entities lie in. */
  provinceCode?: string;
  /** Only entities these documents mention. */
  documents?: string[] | null;
  ordering: EntityOrdering;
  after?: [string, string];
  limit: number;
}

/** What `cypher/query/reference-candidates.cypher` finds for one reference. */
export interface ReferenceCandidates {
  byId: EntityRecord | null;
  /** How many entities the text may name (more than `candidates` lists when many do). */
  total: number;
  /** Those the documents mention most first, each with the names of the areas it lies in, widest first. */
  candidates: { entity: EntityRecord; within: string[] }[];
}

export interface ReferenceQuery {
  key: string;
  text: string;
  /** The gazetteer's reading of the text. */
  areaIds: string[];
  /** Only entities inside this area. */
  within: string | null;
}

export class EntityRepository {
  constructor(private readonly executor: CypherExecutor) {}

  async byIds(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    const rows = await this.executor.read('query/entities-by-ids', { ids });
    const byId = new Map(rows.map((row) => [(row.entity as EntityRecord).id, row.entity as EntityRecord]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Every entity each reference may name, aligned with `refs` (the reference resolver decides). */
  async referenceCandidates(refs: readonly ReferenceQuery[], limit: number): Promise<ReferenceCandidates[]> {
    const rows = await this.executor.read('query/reference-candidates', { refs: refs.map((ref) => ({ ...ref, ...referenceParam(ref.text) })), limit });
    const byKey = new Map(rows.map((row) => [row.key as string, row as unknown as ReferenceCandidates]));
    return refs.map((ref) => byKey.get(ref.key) ?? { byId: null, total: 0, candidates: [] });
  }

  async list(query: EntityListQuery): Promise<Page<EntityRecord>> {
    if (!LISTABLE_LABELS.includes(query.label)) throw new Error(`not a listable label: ${query.label}`);
    const [row] = await this.executor.read(
      'query/list-entities',
      { nameContains: query.nameContains ?? null, provinceCode: query.provinceCode ?? null, documents: query.documents ?? null, after: query.after ?? null, limit: query.limit },
      { LABEL: query.label, ...ORDERINGS[query.ordering] },
    );
    return { totalCount: row.totalCount as number, items: row.nodes as EntityRecord[] };
  }

  async children(ids: readonly string[], limit: number): Promise<EntityRecord[][]> {
    return alignById(ids, await this.executor.read('query/area-children', { ids, limit }), 'children');
  }

  async parents(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    const rows = await this.executor.read('query/area-parents', { ids });
    const byId = new Map(rows.map((row) => [row.id as string, row.parent as EntityRecord]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async observationsOf(ids: readonly string[], metric: string | null): Promise<ObservationRecord[][]> {
    return alignById(ids, await this.executor.read('query/observations-of', { ids, metric }), 'observations');
  }

  async observationsByIds(ids: readonly string[]): Promise<(ObservationRecord | null)[]> {
    const rows = await this.executor.read('query/observations-by-ids', { ids });
    const byId = new Map(rows.map((row) => [(row.observation as ObservationRecord).id, row.observation as ObservationRecord]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
