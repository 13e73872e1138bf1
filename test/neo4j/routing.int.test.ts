import { createApp, App } from '../../src/app';
import { silentLogger } from '../../src/logger';
import { Database, openDatabase } from '../../src/neo4j/database';
import { QueryEvent } from '../../src/neo4j/executor';
import { ANONYMOUS } from '../../src/model';
import { startTestApp, TestApp } from '../support/test-app';
import { testConfig } from '../support/test-database';

const REPORT = '宝山区与云南省红河哈尼族彝族自治州元阳县结对帮扶,宝山区投入资金500万元支持元阳县梯田保护项目。';

/**
 * The service as it runs on a cluster or Aura: a neo4j:// URI, so the driver routes each session
 * by its access mode (a single server answers the routing table with itself in every role).
 */
describe('over a neo4j:// routing URI', () => {
  let t: TestApp;
  let routed: Database;
  let app: App;
  const events: QueryEvent[] = [];

  beforeAll(async () => {
    t = await startTestApp({ corpus: true });
    const uri = t.database.uri.replace(/^bolt:/, 'neo4j:');
    const config = testConfig();
    routed = await openDatabase({ ...config.neo4j, uri }, silentLogger);
    routed.executor.onQuery((event) => events.push(event));
    app = await createApp(routed.executor, config, silentLogger);
  }, 300_000);
  afterAll(async () => {
    await app?.graphql.stop();
    await routed?.close();
    await t?.close();
  });

  const run = async (query: string, variables: Record<string, unknown> = {}, editor = false) => {
    events.length = 0;
    const principal = editor ? ({ kind: 'key', keyId: 'key-routing', name: 'routing test', role: 'editor' } as const) : ANONYMOUS;
    const response = await app.graphql.executeOperation({ query, variables }, { contextValue: app.createContext(principal) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { result: response.body.singleResult, modes: new Set(events.map((event) => event.mode)), statements: events.length };
  };

  it('routes: the driver discovers the server as router, reader and writer', async () => {
    expect(routed.uri).toMatch(/^neo4j:\/\//);
    const table = await routed.driver.executeQuery('CALL dbms.routing.getRoutingTable({}) YIELD servers RETURN servers');
    const roles = (table.records[0].get('servers') as { role: string }[]).map((server) => server.role).sort();
    expect(roles).toEqual(['READ', 'ROUTE', 'WRITE']);
  });

  it('sends every statement of a query in a read session', async () => {
    const { result, modes, statements } = await run(
      '{ entity(name: "松江区") { name relations { to { name } } } search(text: "德宏", first: 3) { entity { name } } documents(first: 5) { totalCount } }',
    );
    expect(result.errors).toBeUndefined();
    expect(statements).toBeGreaterThan(2);
    expect([...modes]).toEqual(['READ']);
  });

  it('sends a mutation in a write session, and a read right after sees it through the shared bookmarks', async () => {
    const bookmarksBefore = [...(await routed.driver.executeQueryBookmarkManager.getBookmarks())];
    const written = await run('mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { documentId } }', { input: { title: '宝山区结对', text: REPORT } }, true);
    expect(written.result.errors).toBeUndefined();
    expect([...written.modes]).toEqual(['WRITE']);
    const bookmarksAfter = [...(await routed.driver.executeQueryBookmarkManager.getBookmarks())];
    expect(bookmarksAfter.length).toBeGreaterThan(0);
    expect(bookmarksAfter).not.toEqual(bookmarksBefore);

    const { documentId } = written.result.data!.ingestDocument as { documentId: string };
    const read = await run('query($id: ID!) { document(id: $id) { id mentions { name } } }', { id: documentId });
    expect([...read.modes]).toEqual(['READ']);
    const mentioned = ((read.result.data!.document as { mentions: { name: string }[] }).mentions ?? []).map((entity) => entity.name);
    expect(mentioned).toEqual(expect.arrayContaining(['宝山区', '元阳县']));
  });
});
