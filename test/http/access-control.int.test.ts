import { createApp } from '../../src/app';
import { SYSTEM } from '../../src/model';
import { postGraphQL, recordingLogger, request, serveOnFreePort } from '../support/http-client';
import { startTestApp, TestApp } from '../support/test-app';
import { testConfig } from '../support/test-database';

const REMOVE = `mutation($id: ID!) { removeDocument(id: $id) { documentId entitiesRemoved } }`;
const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { documentId relations } }`;
const RESTORE = `mutation($id: ID!) { restoreDocument(documentId: $id) { documentId relations } }`;
const SIZE = `{ entities(first: 1) { totalCount } documents(first: 1) { totalCount } }`;
const REPORT = '杨浦区与云南省普洱市结对帮扶。杨浦区投入资金1200万元,支持普洱市澜沧县建设产业项目。';

describe('access control over HTTP: keys, roles, the audit log', () => {
  let t: TestApp;
  let port: number;
  let close: () => Promise<unknown>;
  const keys: Record<'reader' | 'editor' | 'admin', string> = { reader: '', editor: '', admin: '' };
  const size = async () => (await postGraphQL(port, SIZE)).body.data;

  beforeAll(async () => {
    t = await startTestApp({ corpus: true });
    ({ port, close } = await serveOnFreePort(t.app));
    for (const role of ['reader', 'editor', 'admin'] as const) keys[role] = (await t.app.services.keys.create(role, `test ${role}`, SYSTEM('test'))).secret;
  }, 300_000);
  afterAll(async () => {
    await close?.();
    await t?.close();
  });

  it('refuses an anonymous removeDocument with 401 before looking anything up, and the graph is unchanged', async () => {
    const before = await size();
    const shipped = t.reports[0].documentId;
    for (const id of [shipped, 'doc-that-does-not-exist']) {
      const reply = await postGraphQL(port, REMOVE, { id });
      expect(reply.status).toBe(401);
      expect(reply.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(reply.body.errors[0].message).toMatch(/needs an API key with the admin role/);
      expect(JSON.stringify(reply.body)).not.toMatch(/http|stack/);
    }
    expect(await size()).toEqual(before);
  });

  it('refuses an anonymous ingest with 401 and writes nothing', async () => {
    const before = await size();
    const reply = await postGraphQL(port, INGEST, { input: { title: '匿名', text: REPORT } });
    expect(reply.status).toBe(401);
    expect(await size()).toEqual(before);
  });

  it('answers a wrong or malformed key with 401 even for a read', async () => {
    for (const authorization of ['Bearer kg_not-a-key-this-service-holds', 'Basic abc']) {
      const reply = await request(port, 'POST', '/graphql', JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'application/json', authorization });
      expect(reply.status).toBe(401);
      expect(reply.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it("gives a reader's and an editor's removal FORBIDDEN (403) and changes nothing; a reader cannot ingest", async () => {
    const before = await size();
    for (const role of ['reader', 'editor'] as const) {
      const reply = await postGraphQL(port, REMOVE, { id: t.reports[0].documentId }, keys[role]);
      expect(reply.status).toBe(403);
      expect(reply.body.errors[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', requiredRole: 'admin', role } });
    }
    const ingest = await postGraphQL(port, INGEST, { input: { title: '读者', text: REPORT } }, keys.reader);
    expect(ingest.status).toBe(403);
    expect(await size()).toEqual(before);
  });

  it('lets anyone read, an editor ingest and an admin remove, and restores a removed document from the audit log', async () => {
    expect((await postGraphQL(port, '{ entity(name: "松江区") { name } }')).body.data.entity.name).toBe('松江区');
    const added = await postGraphQL(port, INGEST, { input: { title: '杨浦区结对帮扶', text: REPORT, publishedAt: '2021-06-01' } }, keys.editor);
    expect(added.status).toBe(200);
    const { documentId, relations } = added.body.data.ingestDocument;
    expect(relations).toBeGreaterThan(0);
    const withIt = await size();

    const removed = await postGraphQL(port, REMOVE, { id: documentId }, keys.admin);
    expect(removed.body.data.removeDocument.documentId).toBe(documentId);
    expect((await size()).documents.totalCount).toBe(withIt.documents.totalCount - 1);

    const log = await postGraphQL(port, `query($id: ID!) { auditLog(documentId: $id) { action actor changes restorable title } }`, { id: documentId }, keys.admin);
    expect(log.body.data.auditLog.map((entry: { action: string }) => entry.action)).toEqual(['remove', 'ingest']);
    expect(log.body.data.auditLog[0]).toMatchObject({ restorable: true, title: '杨浦区结对帮扶', actor: expect.stringContaining('test admin') });
    expect(log.body.data.auditLog[1].actor).toContain('test editor');
    expect(log.body.data.auditLog[1].changes.join(' ')).toMatch(/relations \d+/);

    const restored = await postGraphQL(port, RESTORE, { id: documentId }, keys.admin);
    expect(restored.body.data.restoreDocument).toEqual({ documentId, relations });
    expect(await size()).toEqual(withIt);
    const document = await postGraphQL(port, `query($id: ID!) { document(id: $id) { title publishedAt } }`, { id: documentId });
    expect(document.body.data.document).toEqual({ title: '杨浦区结对帮扶', publishedAt: '2021-06-01' });
    const metrics = (await request(port, 'GET', '/metrics')).body as string;
    for (const action of ['ingest', 'remove', 'restore']) expect(metrics).toMatch(new RegExp(`kg_ingestions_total\\{action="${action}",outcome="ok"\\} [1-9]`));
  });

  it('keeps the audit log and key management to admins', async () => {
    for (const role of ['reader', 'editor'] as const) {
      expect((await postGraphQL(port, '{ auditLog { id } }', {}, keys[role])).body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect((await postGraphQL(port, '{ apiKeys { id } }', {}, keys[role])).body.errors[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await postGraphQL(port, '{ apiKeys { id } }')).status).toBe(401);
  });

  it('creates a key whose secret works once shown, lists it without its secret, and revokes it', async () => {
    const created = await postGraphQL(port, `mutation { createApiKey(name: "ingest bot", role: EDITOR) { key { id role name } secret } }`, {}, keys.admin);
    const { key, secret } = created.body.data.createApiKey;
    expect(key).toMatchObject({ role: 'EDITOR', name: 'ingest bot' });
    const listed = await postGraphQL(port, '{ apiKeys { id name role revokedAt } }', {}, keys.admin);
    expect(listed.body.data.apiKeys).toContainEqual({ id: key.id, name: 'ingest bot', role: 'EDITOR', revokedAt: null });
    expect(JSON.stringify(listed.body)).not.toContain(secret);

    expect((await postGraphQL(port, INGEST, { input: { title: '机器人', text: `${REPORT}第二批。` } }, secret)).status).toBe(200);
    await postGraphQL(port, `mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, { id: key.id }, keys.admin);
    const refused = await postGraphQL(port, '{ __typename }', {}, secret);
    expect(refused.status).toBe(401);
    expect(refused.body.errors[0].message).toMatch(/revoked/);
  });

  it('stores keys as scrypt hashes, never the secret', async () => {
    const rows = await t.database.executor.read('access/list-keys');
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const raw = await t.database.driver.executeQuery('MATCH (k:ApiKey) RETURN properties(k) AS key');
    for (const record of raw.records) {
      const stored = JSON.stringify(record.get('key'));
      for (const secret of Object.values(keys)) expect(stored).not.toContain(secret);
      expect(record.get('key').hash).toMatch(/^[A-Za-z0-9+/=]{40,}$/);
    }
  });

  it('requires a key for reads too when KG_READS_NEED_KEY is set', async () => {
    const closed = await createApp(t.database.executor, testConfig({ KG_READS_NEED_KEY: 'true' }), recordingLogger());
    const served = await serveOnFreePort(closed);
    try {
      const anonymous = await postGraphQL(served.port, '{ entity(name: "松江区") { name } }');
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const reader = await postGraphQL(served.port, '{ entity(name: "松江区") { name } }', {}, keys.reader);
      expect(reader.body).toEqual({ data: { entity: { name: '松江区' } } });
    } finally {
      await served.close();
      await closed.graphql.stop();
    }
  });
});
