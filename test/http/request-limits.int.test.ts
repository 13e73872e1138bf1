import { App, createApp } from '../../src/app';
import { SYSTEM } from '../../src/model';
import { postGraphQL, recordingLogger, request, serveOnFreePort } from '../support/http-client';
import { startTestApp, TestApp } from '../support/test-app';
import { testConfig } from '../support/test-database';

type Served = Awaited<ReturnType<typeof serveOnFreePort>>;

/** The requests, rebuilt: nested relation lists under many aliases, a fragment bomb, a search flood. */
const nestedUnderAliases = (aliases: number) =>
  `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: entity(name: "松江区") { relations { to { relations { to { relations { to { id } } } } } } }`).join(' ')} }`;
const fragmentBomb = (levels: number) =>
  `query { entity(name: "松江区") { ...F1 } }\n` +
  Array.from({ length: levels - 1 }, (_, i) => `fragment F${i + 1} on Entity { ...F${i + 2} ...F${i + 2} }`).join('\n') +
  `\nfragment F${levels} on Entity { name }`;
const searchFlood = (aliases: number) => `{ ${Array.from({ length: aliases }, (_, i) => `s${i}: search(text: "松江", first: 1) { score }`).join(' ')} }`;

/** The middle of five timings: one slow first request (JIT, a cold cache) does not decide. */
async function medianMs(work: () => Promise<{ ms: number }>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) times.push((await work()).ms);
  return times.sort((a, b) => a - b)[2];
}

describe('request limits over HTTP: refused before they cost anything, as 400s naming the limit', () => {
  let t: TestApp;
  let served: Served;
  const logger = recordingLogger();

  beforeAll(async () => {
    t = await startTestApp({ corpus: true, logger });
    served = await serveOnFreePort(t.app);
  }, 300_000);
  afterAll(async () => {
    await served?.close();
    await t?.close();
  });

  it.each([
    ['40 aliases of nested relation lists', nestedUnderAliases(40), 'aliases'],
    ['100 aliases of nested relation lists (over the token limit first)', nestedUnderAliases(100), 'tokens'],
    ['700 aliases of search', searchFlood(700), 'tokens'],
    ['a fragment spread twice at each of 22 levels', fragmentBomb(22), 'fields'],
    ['nested relation lists without first', '{ entity(name: "松江区") { relations { to { relations { to { relations { to { relations { to { id } } } } } } } } } }', 'cost'],
    ['a connection without first, nested', '{ entities { edges { node { relations { to { relations { to { relations { to { id } } } } } } } } } }', 'cost'],
  ])('refuses %s with 400 QUERY_TOO_COMPLEX in under 50 ms', async (_name, query, measure) => {
    const reply = await postGraphQL(served.port, query);
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', measure });
    expect(reply.body.errors[0].message).toMatch(/the limit is \d+/);
    expect(reply.body.data).toBeUndefined();
    expect(await medianMs(() => postGraphQL(served.port, query))).toBeLessThan(50);
  });

  it('measures the fragment bomb in linear time: 40 levels (a trillion fields expanded) are refused as fast', async () => {
    const reply = await postGraphQL(served.port, fragmentBomb(40));
    expect(reply.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(await medianMs(() => postGraphQL(served.port, fragmentBomb(40)))).toBeLessThan(50);
  });

  it('still answers a reasonable query with aliases and a nested list', async () => {
    const reply = await postGraphQL(served.port, '{ a: entity(name: "松江区") { name relations { to { name } } } b: entity(name: "嘉定区") { name } }');
    expect(reply.status).toBe(200);
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data.a.relations.length).toBeGreaterThan(0);
  });

  it.each([
    ['a variable of the wrong type', 'query($n: Int!) { entities(first: $n) { totalCount } }', { n: 'abc' }],
    ['a missing variable', 'query($n: Int!) { entities(first: $n) { totalCount } }', {}],
    ['an unknown enum value', 'query($t: [RelationType!]) { entity(name: "松江区") { relations(types: $t) { type } } }', { t: ['NOPE'] }],
  ])('answers %s with 400 BAD_USER_INPUT and logs no error', async (_name, query, variables) => {
    const errorsBefore = logger.lines.filter((line) => line.level === 'error').length;
    const reply = await postGraphQL(served.port, query, variables);
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(reply.body)).not.toMatch(/stacktrace|at .*\.js/);
    expect(logger.lines.filter((line) => line.level === 'error').length).toBe(errorsBefore);
    expect(await medianMs(() => postGraphQL(served.port, query, variables))).toBeLessThan(50);
  });

  it.each([
    ['a page size out of range', '{ counties(first: 0) { totalCount } }'],
    ['a cursor this list did not issue', '{ counties(after: "not-a-cursor") { totalCount } }'],
    ['both id and name for one entity', '{ entity(id: "310117", name: "松江区") { id } }'],
  ])('answers %s, found by a resolver, with 400 BAD_USER_INPUT and logs no error', async (_name, query) => {
    const errorsBefore = logger.lines.filter((line) => line.level === 'error').length;
    const reply = await postGraphQL(served.port, query);
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(reply.body.errors[0].extensions.http).toBeUndefined();
    expect(logger.lines.filter((line) => line.level === 'error').length).toBe(errorsBefore);
  });

  it('logs one structured line per request with its id, operation, duration and statements', async () => {
    const reply = await request(served.port, 'POST', '/graphql', JSON.stringify({ query: 'query Probe { entity(name: "松江区") { name } }' }), {
      'content-type': 'application/json',
      'x-request-id': 'probe-42',
    });
    expect(reply.headers['x-request-id']).toBe('probe-42');
    const line = logger.lines.find((entry) => entry.fields?.requestId === 'probe-42');
    expect(line).toMatchObject({ level: 'info', message: 'graphql request', fields: { operation: 'Probe', type: 'query', status: 200, caller: 'anonymous' } });
    expect(line!.fields!.statements).toBeGreaterThan(0);
    expect(line!.fields!.durationMs).toBeGreaterThan(0);
  });

  it('serves Prometheus metrics: latency by operation, statements per request, errors by code', async () => {
    await postGraphQL(served.port, 'query Probe { entity(name: "松江区") { name } }');
    const metrics = await request(served.port, 'GET', '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.body).toMatch(/kg_graphql_request_duration_seconds_count\{operation="Probe",type="query"\} \d+/);
    expect(metrics.body).toMatch(/kg_graphql_statements_per_request_count\{operation="Probe"\} \d+/);
    expect(metrics.body).toMatch(/kg_graphql_errors_total\{code="QUERY_TOO_COMPLEX"\} \d+/);
    expect(metrics.body).toMatch(/kg_neo4j_statements_total\{mode="READ",outcome="ok"\} \d+/);
  });

  it('accepts a body holding a 500,000-character report, even written as \\u escapes (it is the text check that answers)', async () => {
    const text = '帮扶'.repeat(250_000);
    const body = JSON.stringify({ query: 'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { documentId } }', variables: { input: { title: '长', text, publishedAt: '2020-13-45' } } });
    const escaped = body.replace(/[\u4e00-\u9fff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
    expect(Buffer.byteLength(escaped)).toBeGreaterThan(2_900_000);
    const admin = (await t.app.services.keys.create('admin', 'limits test', SYSTEM('test'))).secret;
    for (const sent of [body, escaped]) {
      const reply = await request(served.port, 'POST', '/graphql', sent, { 'content-type': 'application/json', authorization: `Bearer ${admin}` });
      expect(reply.status).toBe(400);
      expect(reply.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'publishedAt' } });
    }
    const tooLong = await request(served.port, 'POST', '/graphql', `{"query":"{ __typename }","pad":"${'x'.repeat(3_200_000)}"}`, { 'content-type': 'application/json' });
    expect(tooLong.status).toBe(413);
  });
});

describe('per-request caps and switches set by configuration', () => {
  let t: TestApp;
  const opened: { app: App; served: Served }[] = [];
  const serve = async (env: NodeJS.ProcessEnv) => {
    const app = await createApp(t.database.executor, testConfig(env), recordingLogger());
    const served = await serveOnFreePort(app);
    opened.push({ app, served });
    return served.port;
  };

  beforeAll(async () => {
    t = await startTestApp({ corpus: true });
  }, 300_000);
  afterAll(async () => {
    for (const { app, served } of opened) {
      await served.close();
      await app.graphql.stop();
    }
    await t?.close();
  });

  it('stops a request that needs more database statements than KG_MAX_STATEMENTS', async () => {
    const port = await serve({ KG_MAX_STATEMENTS: '2' });
    const query = '{ a: entity(name: "松江区") { name } b: entity(name: "嘉定区") { name } c: search(text: "德宏", first: 1) { score } d: documents(first: 1) { totalCount } }';
    const reply = await postGraphQL(port, query);
    const codes = (reply.body.errors ?? []).map((error: { extensions: { code: string } }) => error.extensions.code);
    expect(codes).toContain('QUERY_TOO_COMPLEX');
    expect(reply.body.errors.find((e: { extensions: { code: string } }) => e.extensions.code === 'QUERY_TOO_COMPLEX').message).toMatch(/more than 2 database statements/);
    expect((await postGraphQL(port, '{ entity(name: "松江区") { name } }')).body.data.entity.name).toBe('松江区');
  });

  it('refuses a response larger than KG_MAX_RESPONSE_BYTES with 400', async () => {
    const port = await serve({ KG_MAX_RESPONSE_BYTES: '10000' });
    const reply = await postGraphQL(port, '{ entities(first: 200) { edges { node { id name aliases } } } }');
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
    expect(reply.body.errors[0].message).toMatch(/the limit is 10000/);
  });

  it('limits writes per key more strictly than reads, with 429 and Retry-After', async () => {
    const port = await serve({ KG_RATE_WRITES_PER_MINUTE: '2', KG_RATE_READS_PER_MINUTE: '5' });
    const editor = (await t.app.services.keys.create('editor', 'rate test', SYSTEM('test'))).secret;
    const write = () => postGraphQL(port, 'mutation { removeDocument(id: "doc-none") { documentId } }', {}, editor);
    const writes = [await write(), await write(), await write()];
    expect(writes.map((reply) => reply.status)).toEqual([403, 403, 429]);
    expect(writes[2].body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limitPerMinute: 2 });
    expect(Number(writes[2].headers['retry-after'])).toBeGreaterThan(0);
    const reads = [];
    for (let i = 0; i < 6; i++) reads.push((await postGraphQL(port, '{ __typename }')).status);
    expect(reads).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it('turns introspection and field suggestions off together with KG_INTROSPECTION=false', async () => {
    const open = await serve({});
    const closed = await serve({ KG_INTROSPECTION: 'false' });
    expect((await postGraphQL(open, '{ __schema { queryType { name } } }')).body.data.__schema.queryType.name).toBe('Query');
    expect((await postGraphQL(open, '{ entty(name: "x") { id } }')).body.errors[0].message).toMatch(/Did you mean/);
    const refused = await postGraphQL(closed, '{ __schema { queryType { name } } }');
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await postGraphQL(closed, '{ entty(name: "x") { id } }');
    expect(typo.body.errors[0].message).toBe('Cannot query field "entty" on type "Query".');
  });
});
