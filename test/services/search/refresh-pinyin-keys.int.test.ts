import { silentLogger } from '../../../src/logger';
import { Database } from '../../../src/neo4j/database';
import { SearchKeysRepository } from '../../../src/repositories/search-keys.repository';
import { PINYIN_KEYS_VERSION } from '../../../src/services/search/pinyin-keys';
import { refreshPinyinKeys } from '../../../src/services/search/refresh-pinyin-keys';
import { clearGraph, openTestDatabase, testConfig } from '../../support/test-database';

let database: Database;
let repository: SearchKeysRepository;
beforeAll(async () => {
  database = await openTestDatabase();
  repository = new SearchKeysRepository(database.executor);
});
afterAll(() => database?.close());

async function cypher(query: string, params: Record<string, unknown> = {}): Promise<Record<string, any>[]> {
  const { records } = await database.driver.executeQuery(query, params, { database: testConfig().neo4j.database });
  return records.map((record) => record.toObject());
}

describe('refreshPinyinKeys', () => {
  beforeEach(async () => {
    await clearGraph(database);
    // A graph written before 闵行 was read min hang: an area of the gazetteer and a document's agency.
    await cypher(`CREATE (:Entity:Area:County:District {id: '310112', code: '310112', name: '闵行区', pinyin: 'min xing qu', pinyinInitials: 'mxq'}),
                         (:Entity:Organization:Agency {id: 'agency-1', name: '闵行区合作交流办', pinyin: 'min xing qu he zuo jiao liu ban', pinyinInitials: 'mxqhzjlb'}),
                         (:Entity:Area:County {id: '310117', code: '310117', name: '松江区', pinyin: 'song jiang qu', pinyinInitials: 'sjq'}),
                         (:SearchKeys {name: 'pinyin', version: 'old'})`);
  });

  it('recomputes the stored keys that the current readings change, and records the version', async () => {
    const report = await refreshPinyinKeys({ repository, logger: silentLogger });
    expect(report).toEqual({ version: PINYIN_KEYS_VERSION, refreshed: true, read: 3, changed: 2 });
    const rows = await cypher('MATCH (n:Entity) RETURN n.id AS id, n.pinyin AS pinyin, n.pinyinInitials AS initials ORDER BY id');
    expect(rows).toEqual([
      { id: '310112', pinyin: 'min hang qu', initials: 'mhq' },
      { id: '310117', pinyin: 'song jiang qu', initials: 'sjq' },
      { id: 'agency-1', pinyin: 'min hang qu he zuo jiao liu ban', initials: 'mhqhzjlb' },
    ]);
    expect(await repository.version()).toBe(PINYIN_KEYS_VERSION);
  });

  it('reads nothing when the keys already have the current version', async () => {
    await refreshPinyinKeys({ repository, logger: silentLogger });
    expect(await refreshPinyinKeys({ repository, logger: silentLogger })).toMatchObject({ refreshed: false, read: 0 });
  });

  it('refreshes a graph that records no version at all', async () => {
    await cypher('MATCH (k:SearchKeys) DELETE k');
    expect(await refreshPinyinKeys({ repository, logger: silentLogger })).toMatchObject({ refreshed: true, changed: 2 });
  });
});
