import { CypherExecutor } from '../neo4j/executor';

/** An entity's name with the search keys stored on it. */
export interface StoredKeys {
  id: string;
  name: string | null;
  pinyin: string | null;
  pinyinInitials: string | null;
}

/** The stored pinyin search keys and the version they were computed with (cypher/search/*-keys*). */
export class SearchKeysRepository {
  constructor(private readonly executor: CypherExecutor) {}

  async version(): Promise<string | null> {
    const [row] = await this.executor.read('search/read-keys-version');
    return (row?.version as string | null | undefined) ?? null;
  }

  async recordVersion(version: string, changed: number): Promise<void> {
    await this.executor.write('search/record-keys-version', { version, changed });
  }

  /** Up to `limit` entities with an id above `after`, in id order. */
  async page(after: string, limit: number): Promise<StoredKeys[]> {
    const rows = await this.executor.read('search/names-after', { after, limit });
    return rows.map((row) => ({
      id: row.id as string,
      name: (row.name as string | null) ?? null,
      pinyin: (row.pinyin as string | null) ?? null,
      pinyinInitials: (row.pinyinInitials as string | null) ?? null,
    }));
  }

  async setKeys(rows: { id: string; pinyin: string; pinyinInitials: string }[]): Promise<void> {
    await this.executor.write('search/set-pinyin-keys', { rows });
  }
}
