import fs from 'node:fs';
import { FactSet } from '../../src/model';
import { readGold } from '../support/gold';
import { clearGraph } from '../support/test-database';
import { ingestFactSet } from '../../src/services/ingestion/ingest-fact-set';
import { silentLogger } from '../../src/logger';
import { GazetteerRepository } from '../../src/repositories/gazetteer.repository';
import { loadNationalGazetteer } from '../../src/services/gazetteer/load-national-gazetteer';
import { sharedGazetteer, startTestApp, TestApp } from '../support/test-app';
import { fixtureCypher } from '../support/fixture-cypher';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ corpus: false });
}, 300_000);
afterAll(() => t?.close());

const count = async () => (await t.database.executor.read(fixtureCypher('count-graph')))[0];
const codeOf = (result: any) => result.errors?.[0]?.extensions?.code;
const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) {
  documentId title entities { total new existing } relations observations notes unresolved { written label reason candidates { code name } } warnings } }`;
const REMOVE = `mutation($id: ID!) { removeDocument(id: $id) { documentId entitiesRemoved relationsRemoved observationsRemoved } }`;
const report = fs.readFileSync('test/fixtures/reports/yangpu.txt', 'utf8');

describe('ingestDocument', () => {
  it('adds a report it has never seen, with entities, relations and evidence', async () => {
    const result = await t.gql(INGEST, { input: { title: '杨浦区对口帮扶', text: report, publishedAt: '2020' } }, 'admin');
    expect(result.errors).toBeUndefined();
    const added = result.data!.ingestDocument;
    expect(added.documentId).toMatch(/^doc-[0-9a-f]{16}$/);
    expect(added.entities.total).toBeGreaterThan(3);
    expect(added.entities.new).toBe(added.entities.total);
    expect(added.relations).toBeGreaterThan(0);
    const stored = await t.gql(`query($id: ID!) { document(id: $id) { title publishedAt mentions { name evidence { sentence start end } } } }`, { id: added.documentId });
    const mention = stored.data!.document.mentions[0];
    expect(report.slice(mention.evidence[0].start, mention.evidence[0].end)).toBe(mention.evidence[0].sentence);
  });

  it('changes nothing when the same report comes again', async () => {
    const before = await count();
    const again = await t.gql(INGEST, { input: { title: '杨浦区对口帮扶', text: report, publishedAt: '2020' } }, 'admin');
    expect(again.data!.ingestDocument.entities.new).toBe(0);
    expect(await count()).toEqual(before);
  });

  it('replaces the facts of a document sent again with other metadata, leaving nothing stale', async () => {
    const dated = async (publishedAt: string) => (await t.gql(INGEST, { input: { title: '杨浦区对口帮扶', text: report, publishedAt } }, 'admin')).data!.ingestDocument;
    const first = await dated('2021');
    const dates = async () =>
      (await t.database.executor.read(fixtureCypher('observation-dates'), { documentId: first.documentId })).map((row) => row.date);
    expect(await dates()).toContain('2021');
    const before = await count();
    await dated('2020');
    expect(await count()).toEqual(before);
    expect(await dates()).not.toContain('2021');
  });

  it('stores a text with no recognisable entity as a document with an empty report', async () => {
    const result = await t.gql(INGEST, { input: { title: '无关文本', text: '今天天气很好,我们一起去公园散步。' } }, 'admin');
    expect(result.errors).toBeUndefined();
    expect(result.data!.ingestDocument).toMatchObject({ entities: { total: 0 }, relations: 0 });
  });

  it.each([
    ['an empty text', { title: 't', text: '   ' }, /"text" is empty/],
    ['a text over the size limit', { title: 't', text: '松'.repeat(500_001) }, /at most 500000/],
    ['binary content', { title: 't', text: 'PK\u0003\u0004\u0000\u0000binary' }, /binary data|UTF-8/],
    ['text that was not UTF-8', { title: 't', text: '松江\uFFFD\uFFFD区' }, /UTF-8/],
    ['an empty title', { title: '', text: '松江区' }, /"title" is empty/],
    ['a malformed date', { title: 't', text: '松江区', publishedAt: '2019/10' }, /YYYY-MM-DD/],
  ])('rejects %s with BAD_USER_INPUT', async (_what, input, message) => {
    const result = await t.gql(INGEST, { input }, 'admin');
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toMatch(message);
  });
});

describe('removeDocument', () => {
  it('answers NOT_FOUND for an unknown document', async () => {
    expect(codeOf(await t.gql(REMOVE, { id: 'doc-nope' }, 'admin'))).toBe('NOT_FOUND');
  });

  it('removes what only that document supported and keeps what another one supports', async () => {
    const [first, second] = readGold();
    const gazetteer = await sharedGazetteer();
    await clearGraph(t.database);
    await ingestFactSet(first.facts, first.text, { gazetteer, graph: t.app.repositories.graph });
    const withFirstOnly = await count();
    await ingestFactSet(second.facts, second.text, { gazetteer, graph: t.app.repositories.graph });
    expect((await count()).nodes as number).toBeGreaterThan(withFirstOnly.nodes as number);

    const removed = await t.gql(REMOVE, { id: second.meta.id }, 'admin');
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeDocument.entitiesRemoved).toBeGreaterThan(10);
    expect(await count()).toEqual(withFirstOnly);

    const shared = await t.gql(`{ entity(name: "德宏傣族景颇族自治州") { sources evidence { documentId } } }`);
    expect(shared.data!.entity.sources).toEqual([first.meta.id]);
    expect(shared.data!.entity.evidence.every((e: any) => e.documentId === first.meta.id)).toBe(true);
  });
});

describe('a report about areas the gazetteer loaded', () => {
  // The load writes no evidence lists on its areas and PART_OF links; the first document starts them.
  it('adds its evidence to them and takes it back on removal, leaving the official areas as loaded', async () => {
    await clearGraph(t.database);
    const repository = new GazetteerRepository(t.database.executor);
    await loadNationalGazetteer({ gazetteer: await sharedGazetteer(), repository, logger: silentLogger }, { only: ['Province', 'Prefecture', 'County'] });
    const loaded = await count();
    const mojiang = `MATCH (n:Entity {id: '530822'})-[r:PART_OF]->(p) RETURN n.gazetteer AS gazetteer, n.sources AS sources, size(n.evidence) AS evidence,
      p.id AS parent, r.official AS official, r.sources AS partOfSources`;
    const cypher = async (query: string) => (await t.database.driver.executeQuery(query)).records.map((record) => record.toObject());

    const added = (await t.gql(INGEST, { input: { title: '杨浦区对口帮扶', text: report } }, 'admin')).data!.ingestDocument;
    expect(added.entities.existing).toBeGreaterThan(0);
    const [mentioned] = await cypher(mojiang);
    expect(mentioned).toMatchObject({ gazetteer: true, sources: [added.documentId], parent: '5308', official: true, partOfSources: [] });
    expect(Number(mentioned.evidence)).toBeGreaterThan(0);
    expect((await cypher(mojiang)).length).toBe(1);

    await t.gql(REMOVE, { id: added.documentId }, 'admin');
    expect(await count()).toEqual(loaded);
    expect(await cypher(mojiang)).toEqual([{ ...mentioned, sources: [], evidence: expect.anything() }]);
    expect(Number((await cypher(mojiang))[0].evidence)).toBe(0);
  });
});

describe('a failure half-way', () => {
  it('leaves nothing of the document behind and says what failed', async () => {
    const [document] = readGold();
    const broken: FactSet = JSON.parse(JSON.stringify(document.facts));
    broken.document = { ...broken.document, id: 'doc-broken' };
    // A map is not a valid property value: the relationship statement fails after the entities were written.
    broken.relations[0].properties = { ...broken.relations[0].properties, mode: { nested: true } as never };
    const before = await count();
    await expect(ingestFactSet(broken, document.text, { gazetteer: await sharedGazetteer(), graph: t.app.repositories.graph })).rejects.toMatchObject({
      extensions: { code: 'INGESTION_FAILED', documentId: 'doc-broken' },
      message: expect.stringMatching(/relations; nothing of it was written/),
    });
    expect(await count()).toEqual(before);
    expect((await t.gql(`{ document(id: "doc-broken") { id } }`)).data!.document).toBeNull();
  });
});
