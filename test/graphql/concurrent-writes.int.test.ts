import { fixtureCypher } from '../support/fixture-cypher';
import { startTestApp, TestApp } from '../support/test-app';

const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { documentId } }`;
const REMOVE = `mutation($id: ID!) { removeDocument(id: $id) { documentId } }`;
// Reports that share their parties (上海市, 松江区, 云南省, 德宏州, 芒市): every write locks the same nodes.
const report = (i: number) => `松江区与云南省德宏傣族景颇族自治州芒市开展对口帮扶,第${i}批项目投入资金${100 + i}万元,支持芒市建设乡村振兴示范点。`;

/** Writers at once on the same entities: each write lands whole or not at all, and none corrupts another's. */
describe('concurrent writes to shared entities', () => {
  let t: TestApp;
  const baseline = async () => (await t.database.executor.read(fixtureCypher('count-graph')))[0];

  beforeAll(async () => {
    t = await startTestApp({ corpus: true });
  }, 300_000);
  afterAll(async () => {
    await t?.close();
  });

  it('ingests 20 reports at once, each once, and removes them at once leaving no trace of any', async () => {
    const before = await baseline();
    const added = await Promise.all(Array.from({ length: 20 }, (_, i) => t.gql(INGEST, { input: { title: `第${i}批`, text: report(i) } }, 'editor')));
    expect(added.flatMap((result) => result.errors ?? [])).toEqual([]);
    const ids = added.map((result) => result.data!.ingestDocument.documentId as string);
    expect(new Set(ids).size).toBe(20);

    const removed = await Promise.all(ids.map((id) => t.gql(REMOVE, { id }, 'admin')));
    expect(removed.flatMap((result) => result.errors ?? [])).toEqual([]);
    // Evidence of a removed document left on a shared entity would be silent corruption.
    const [left] = await t.database.executor.read(fixtureCypher('evidence-of-documents'), { ids, prefixes: ids.map((id) => `${id}@`) });
    expect(left).toEqual({ entities: 0, relationships: 0, observations: 0 });
    expect(await baseline()).toEqual(before);
  }, 300_000);
});
