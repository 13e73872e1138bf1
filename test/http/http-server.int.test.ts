import http from 'node:http';
import { AddressInfo } from 'node:net';
import { App, createApp } from '../../src/app';
import { silentLogger } from '../../src/logger';
import { Database, openDatabase } from '../../src/neo4j/database';
import { TcpProxy } from '../support/tcp-proxy';
import { startTestApp, TestApp } from '../support/test-app';
import { testConfig } from '../support/test-database';

interface Reply {
  status: number;
  body: any;
}

function request(port: number, method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The real HTTP server on a free loopback port. */
async function serve(app: App, ping: () => Promise<void>): Promise<{ server: http.Server; port: number }> {
  const { server } = app.createHttpServer(async () => (await ping(), {}));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

const postGraphQL = (port: number, query: string) =>
  request(port, 'POST', '/graphql', JSON.stringify({ query }), { 'content-type': 'application/json' });

describe('the HTTP server over the real database', () => {
  let t: TestApp;
  let server: http.Server;
  let port: number;

  beforeAll(async () => {
    t = await startTestApp({ corpus: true });
    ({ server, port } = await serve(t.app, () => t.database.executor.ping()));
  }, 300_000);
  afterAll(async () => {
    server?.close();
    await t?.close();
  });

  it('answers GET /health and GET /ready', async () => {
    expect(await request(port, 'GET', '/health')).toEqual({ status: 200, body: { status: 'ok' } });
    const ready = await request(port, 'GET', '/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('ready');
  });

  it('serves GraphQL over POST and GET', async () => {
    const post = await postGraphQL(port, '{ entity(name: "松江区") { id name } }');
    expect(post).toEqual({ status: 200, body: { data: { entity: { id: '310117', name: '松江区' } } } });
    const query = encodeURIComponent('{ entity(id: "310117") { name } }');
    const get = await request(port, 'GET', `/graphql?query=${query}`, undefined, { 'apollo-require-preflight': 'true' });
    expect(get.body).toEqual({ data: { entity: { name: '松江区' } } });
  });

  it('answers a body that is not JSON with 400 and a clear message', async () => {
    const reply = await request(port, 'POST', '/graphql', '{not json', { 'content-type': 'application/json' });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0]).toMatchObject({ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } });
  });

  it('answers unknown routes with 404', async () => {
    expect((await request(port, 'GET', '/nope')).status).toBe(404);
  });
});

describe('when Neo4j becomes unreachable', () => {
  let proxy: TcpProxy;
  let database: Database;
  let server: http.Server;
  let port: number;

  beforeAll(async () => {
    const config = testConfig();
    const direct = await startTestApp({ corpus: true });
    const target = new URL(direct.database.uri);
    await direct.close();
    proxy = new TcpProxy({ host: target.hostname, port: Number(target.port) });
    await proxy.open();
    database = await openDatabase({ ...config.neo4j, uri: `bolt://127.0.0.1:${proxy.port}` }, silentLogger);
    const app = await createApp(database.executor, config, silentLogger);
    ({ server, port } = await serve(app, () => database.executor.ping()));
  }, 300_000);
  afterAll(async () => {
    server?.close();
    await proxy?.cut();
    await database?.close();
  });

  it('answers DATABASE_UNAVAILABLE and 503 on /ready, keeps running, and recovers when it is back', async () => {
    expect((await postGraphQL(port, '{ entity(id: "310117") { name } }')).body.data.entity.name).toBe('松江区');

    await proxy.cut();
    const down = await postGraphQL(port, '{ entity(id: "310117") { name } }');
    expect(down.status).toBe(200);
    expect(down.body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(down.body.errors[0].message).toMatch(/unreachable/);
    expect(JSON.stringify(down.body)).not.toMatch(/stacktrace/);
    expect((await request(port, 'GET', '/ready')).status).toBe(503);
    expect((await request(port, 'GET', '/health')).status).toBe(200);

    await proxy.open();
    const back = await postGraphQL(port, '{ entity(id: "310117") { name } }');
    expect(back.body).toEqual({ data: { entity: { name: '松江区' } } });
    expect((await request(port, 'GET', '/ready')).status).toBe(200);
  }, 120_000);
});
