import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../src/app';
import { run } from '../../src/cli/commands/export';
import { EntityRecord, ExportEdge, SYSTEM } from '../../src/model';
import { ExportRepository } from '../../src/repositories/export.repository';
import { ExportService } from '../../src/services/export/export.service';
import { csvObjects } from '../support/csv';
import { postGraphQL, recordingLogger, serveOnFreePort } from '../support/http-client';
import { startTestApp, TestApp } from '../support/test-app';
import { testConfig } from '../support/test-database';

const NETWORK = `query($name: String) { district(name: $name) {
  district { id name }
  relations { id type from { id name } to { id name } since until sources evidence { sentence } }
  counterparts { id } } }`;
const NEIGHBORHOOD = `query($id: String!, $depth: Int!) { neighborhood(id: $id, depth: $depth) { nodes { id } edges { id } truncated } }`;
const PATH = `query($from: String!, $to: String!) { path(from: $from, to: $to) { nodes { id } relationships { relation { id } } } }`;

/** A whole response body as text, with its status and headers. */
function download(port: number, target: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: encodeURI(target), headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

/**
 * What NetworkX reads from a GraphML file: the graph's class (a MultiDiGraph when two relationships
 * join one pair, a DiGraph otherwise), node ids, edge keys (forced multigraph, so keys are our ids)
 * and a few attributes.
 */
function readWithNetworkX(graphml: string): { kind: string; nodes: string[]; edges: string[]; names: Record<string, string>; since: Record<string, number> } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-')), 'graph.graphml');
  fs.writeFileSync(file, graphml);
  const script = [
    'import json, sys, networkx as nx',
    'kind = type(nx.read_graphml(sys.argv[1])).__name__',
    'g = nx.read_graphml(sys.argv[1], force_multigraph=True)',
    'print(json.dumps({"kind": kind, "nodes": sorted(g.nodes), "edges": sorted(k for _, _, k in g.edges(keys=True)),',
    '  "names": {n: d.get("name") for n, d in g.nodes(data=True)},',
    '  "since": {k: d["since"] for _, _, k, d in g.edges(keys=True, data=True) if "since" in d}}, ensure_ascii=False))',
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }));
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

describe('exports: GraphML, CSV and JSON-LD of what the API shows', () => {
  let t: TestApp;
  let port: number;
  let close: () => Promise<unknown>;
  let jiading: { district: { id: string }; relations: { id: string; type: string; from: { id: string; name: string }; to: { id: string; name: string }; since: number | null; until: number | null; sources: string[]; evidence: { sentence: string }[] }[]; counterparts: { id: string }[] };
  const networkNodes = () => sorted([jiading.district.id, ...jiading.relations.flatMap((r) => [r.from.id, r.to.id]), ...jiading.counterparts.map((c) => c.id)]);
  const allIds = async () => (await t.database.driver.executeQuery('MATCH (n:Entity) RETURN n.id AS id ORDER BY n.id')).records.map((r) => r.get('id') as string);
  const allRelations = async (types: string[]) =>
    (
      await t.database.driver.executeQuery(`MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) IN $types RETURN a.id + '>' + b.id + '#' + type(r) + '#' + r.key AS id`, { types })
    ).records.map((r) => r.get('id') as string);

  beforeAll(async () => {
    t = await startTestApp({ corpus: true });
    ({ port, close } = await serveOnFreePort(t.app));
    jiading = (await t.gql(NETWORK, { name: '嘉定区' })).data!.district;
  }, 300_000);
  afterAll(async () => {
    await close?.();
    await t?.close();
  });

  it("GraphML of a district's network reads into a NetworkX MultiDiGraph with the nodes and edges the district query reports", async () => {
    expect(jiading.relations.length).toBeGreaterThan(5);
    const reply = await download(port, '/export?format=graphml&district=嘉定区');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/graphml+xml; charset=utf-8');
    expect(reply.headers['content-disposition']).toBe(`attachment; filename="district-310114.graphml"; filename*=UTF-8''district-310114.graphml`);
    const read = readWithNetworkX(reply.text);
    expect(read.kind).toBe('MultiDiGraph');
    expect(read.nodes).toEqual(networkNodes());
    expect(read.edges).toEqual(sorted(jiading.relations.map((r) => r.id)));
    expect(read.names[jiading.district.id]).toBe('嘉定区');
    for (const relation of jiading.relations.filter((r) => r.since !== null)) expect(read.since[relation.id]).toBe(relation.since);
  });

  it('GraphML of a neighbourhood holds the nodes and edges the neighborhood query gives, each edge once', async () => {
    const { neighborhood } = (await t.gql(NEIGHBORHOOD, { id: '嘉定区', depth: 2 })).data!;
    expect(neighborhood.edges.length).toBeGreaterThan(0);
    const read = readWithNetworkX((await download(port, '/export?format=graphml&entity=嘉定区&depth=2')).text);
    expect(read.nodes).toEqual(sorted(neighborhood.nodes.map((n: { id: string }) => n.id)));
    expect(read.edges).toEqual(sorted(neighborhood.edges.map((e: { id: string }) => e.id)));
  });

  it('exports the shortest path the path query finds', async () => {
    const found = await t.gql(PATH, { from: '嘉定区', to: jiading.counterparts[0].id });
    expect(found.errors).toBeUndefined();
    const [shortest] = found.data!.path;
    const read = readWithNetworkX((await download(port, `/export?format=graphml&from=嘉定区&to=${jiading.counterparts[0].id}`)).text);
    expect(read.nodes).toEqual(sorted(shortest.nodes.map((n: { id: string }) => n.id)));
    expect(read.edges).toEqual(sorted(shortest.relationships.map((r: { relation: { id: string } }) => r.relation.id)));
  });

  it('CSV tables parse back to the rows the API gives: nodes, and edges with their ends, provenance and evidence', async () => {
    const nodes = await download(port, '/export?format=csv&part=nodes&district=310114');
    expect(nodes.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(nodes.headers['content-disposition']).toContain('filename="district-310114-nodes.csv"');
    expect(sorted(csvObjects(nodes.text).map((row) => row.id))).toEqual(networkNodes());
    expect(csvObjects(nodes.text).find((row) => row.id === '310114')).toMatchObject({ name: '嘉定区', kind: 'District', code: '310114', provinceCode: '31' });

    const edges = csvObjects((await download(port, '/export?format=csv&district=嘉定区')).text);
    const byId = new Map(edges.map((row) => [row.id, row]));
    expect(byId.size).toBe(edges.length);
    expect(sorted(byId.keys())).toEqual(sorted(jiading.relations.map((r) => r.id)));
    for (const relation of jiading.relations) {
      expect(byId.get(relation.id)).toMatchObject({
        type: relation.type,
        source: relation.from.id,
        sourceName: relation.from.name,
        target: relation.to.id,
        targetName: relation.to.name,
        since: relation.since === null ? '' : String(relation.since),
        sources: relation.sources.join(';'),
        evidence: relation.evidence.map((e) => e.sentence).join('\n'),
      });
    }
    expect(edges.some((row) => /[,"\n]/.test(row.evidence))).toBe(true);
  });

  it('restricts the relationship types with types=', async () => {
    const funds = jiading.relations.filter((r) => r.type === 'FUNDS' || r.type === 'DONATES_TO');
    expect(funds.length).toBeGreaterThan(0);
    const edges = csvObjects((await download(port, '/export?format=csv&district=嘉定区&types=FUNDS,DONATES_TO')).text);
    expect(sorted(edges.map((row) => row.id))).toEqual(sorted(funds.map((r) => r.id)));
  });

  it('JSON-LD parses as JSON with its @context and one object per node and edge', async () => {
    const reply = await download(port, '/export?format=jsonld&district=嘉定区');
    expect(reply.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    const document = JSON.parse(reply.text);
    expect(document['@context']).toMatchObject({ name: 'schema:name', code: 'wdt:P442' });
    const items = document['@graph'] as Record<string, unknown>[];
    const edges = items.filter((item) => item['@type'] === 'Relation');
    expect(sorted(items.filter((item) => item['@type'] !== 'Relation').map((item) => item.identifier as string))).toEqual(networkNodes());
    expect(edges).toHaveLength(jiading.relations.length);
    expect(items.find((item) => item.identifier === '310114')).toMatchObject({ '@type': 'schema:AdministrativeArea', name: '嘉定区', code: '310114', kind: 'District' });
  });

  it("exports a document's entities and the relations whose sources hold it", async () => {
    const id = t.reports[0].documentId;
    const { records } = await t.database.driver.executeQuery(
      `MATCH (:Document {id: $id})-[:MENTIONS]->(e:Entity) WITH collect(DISTINCT e.id) AS mentioned
       OPTIONAL MATCH (a:Entity)-[r]->(b:Entity) WHERE $id IN coalesce(r.sources, [])
       RETURN mentioned, collect(a.id + '>' + b.id + '#' + type(r) + '#' + r.key) AS stated, collect(a.id) + collect(b.id) AS ends`,
      { id },
    );
    const [mentioned, stated, ends] = ['mentioned', 'stated', 'ends'].map((name) => records[0].get(name) as string[]);
    const edges = csvObjects((await download(port, `/export?format=csv&document=${id}`)).text);
    const nodes = csvObjects((await download(port, `/export?format=csv&part=nodes&document=${id}`)).text);
    expect(stated.length).toBeGreaterThan(10);
    expect(sorted(edges.map((row) => row.id))).toEqual(sorted(stated));
    expect(sorted(nodes.map((row) => row.id))).toEqual(sorted([...mentioned, ...ends]));
  });

  describe('client mistakes', () => {
    it.each([
      ['/export?format=xml', /"format" must be one of graphml, csv, jsonld/],
      ['/export?format=csv&part=rows', /"part" must be one of nodes, edges/],
      ['/export?format=graphml&entity=嘉定区&depth=4', /"depth" must be an integer from 1 to 3; got 4/],
      ['/export?format=graphml&entity=嘉定区&depth=deep', /"depth" must be an integer/],
      ['/export?format=graphml&district=嘉定区&types=PAIRS_WITH,HELPS', /"types" must be a comma-separated list/],
      ['/export?format=graphml&district=嘉定区&document=x', /one selection at a time/],
    ])('answers %s with 400 BAD_USER_INPUT and a sentence', async (target, message) => {
      const reply = await download(port, target);
      expect(reply.status).toBe(400);
      expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
      const body = JSON.parse(reply.text);
      expect(body.errors[0].message).toMatch(message);
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(reply.text).not.toMatch(/stack|"http"/);
    });

    it.each([
      ['/export?format=graphml&district=火星区', /No Shanghai district is named or coded "火星区"/],
      ['/export?format=graphml&entity=火星村', /No entity has the id, official code or name "火星村"/],
      ['/export?format=graphml&from=嘉定区&to=火星村', /"火星村" given as "to"/],
      ['/export?format=csv&document=no-such-document', /No document has the id "no-such-document"/],
    ])('answers %s, a reference naming nothing, with 404 NOT_FOUND', async (target, message) => {
      const reply = await download(port, target);
      expect(reply.status).toBe(404);
      const body = JSON.parse(reply.text);
      expect(body.errors[0].message).toMatch(message);
      expect(body.errors[0].extensions.code).toBe('NOT_FOUND');
    });
  });

  it('needs a key for an export when KG_READS_NEED_KEY is set, as for a GraphQL read', async () => {
    const { secret } = await t.app.services.keys.create('reader', 'export reader', SYSTEM('test'));
    const guarded = await createApp(t.database.executor, testConfig({ KG_READS_NEED_KEY: 'true' }), recordingLogger());
    const served = await serveOnFreePort(guarded);
    try {
      const anonymous = await download(served.port, '/export?format=graphml&district=嘉定区');
      expect(anonymous.status).toBe(401);
      expect(JSON.parse(anonymous.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const wrongKey = await download(served.port, '/export?format=graphml&district=嘉定区', { authorization: 'Bearer kg_not-a-key-this-service-holds' });
      expect(wrongKey.status).toBe(401);
      const reader = await download(served.port, '/export?format=graphml&district=嘉定区', { authorization: `Bearer ${secret}` });
      expect(reader.status).toBe(200);
      expect(readWithNetworkX(reader.text).nodes).toEqual(networkNodes());
    } finally {
      await served.close();
      await guarded.graphql.stop();
    }
  });

  it('spends the same read budget as GraphQL: over it, an export is 429 with Retry-After', async () => {
    const limited = await createApp(t.database.executor, testConfig({ KG_RATE_READS_PER_MINUTE: '2' }), recordingLogger());
    const served = await serveOnFreePort(limited);
    try {
      expect((await postGraphQL(served.port, '{ __typename }')).status).toBe(200);
      expect((await download(served.port, '/export?format=csv&district=嘉定区')).status).toBe(200);
      const over = await download(served.port, '/export?format=csv&district=嘉定区');
      expect(over.status).toBe(429);
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
      expect(JSON.parse(over.text).errors[0].extensions.code).toBe('RATE_LIMITED');
      expect((await postGraphQL(served.port, '{ __typename }')).status).toBe(429);
    } finally {
      await served.close();
      await limited.graphql.stop();
    }
  });

  describe('the whole graph', () => {
    it('is read in keyset pages while it is written: every entity and relationship once, in order, several pages', async () => {
      const exports = new ExportService({ ...t.app.services, entities: t.app.repositories.entities, documents: t.app.repositories.documents, exports: new ExportRepository(t.database.executor) }, 7);
      const graph = await exports.open({ selection: { kind: 'graph' }, types: null });
      const nodes: EntityRecord[] = [];
      const edges: ExportEdge[] = [];
      const queries = await t.recordQueries(async () => {
        for await (const node of graph.nodes) nodes.push(node);
        for await (const edge of graph.edges) edges.push(edge);
      });
      const expectedIds = await allIds();
      expect(nodes.map((node) => node.id)).toEqual(expectedIds);
      expect(queries.filter((q) => q.name === 'export/entities-page')).toHaveLength(Math.floor(expectedIds.length / 7) + 1);
      const edgeIds = edges.map((edge) => edge.id);
      expect(new Set(edgeIds).size).toBe(edgeIds.length);
      expect(sorted(edgeIds)).toEqual(sorted(await allRelations(['PAIRS_WITH', 'FUNDS', 'INVESTS_IN', 'BUILDS', 'LOCATED_IN', 'BENEFITS', 'SENDS_STAFF', 'TRAINS', 'DONATES_TO', 'MANAGES', 'BELONGS_TO'])));
      expect(queries.filter((q) => q.name === 'export/relations-page').length).toBeGreaterThan(3);
      // Pages follow one another in the database's id order: start ids never go back.
      const position = new Map(expectedIds.map((id, index) => [id, index]));
      const starts = edges.map((edge) => position.get(edge.relation.from)!);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      expect(await graph.size!()).toEqual({ nodes: expectedIds.length, edges: edgeIds.length });
    });

    it('over HTTP: the node table lists every entity; PART_OF only when types asks for it', async () => {
      const nodes = csvObjects((await download(port, '/export?format=csv&part=nodes')).text);
      expect(nodes.map((row) => row.id)).toEqual(await allIds());
      const edges = csvObjects((await download(port, '/export?format=csv')).text);
      expect(edges.some((row) => row.type === 'PART_OF')).toBe(false);
      const partOf = csvObjects((await download(port, '/export?format=csv&types=PART_OF')).text);
      expect(sorted(partOf.map((row) => row.id))).toEqual(sorted(await allRelations(['PART_OF'])));
    });
  });

  describe('kg export', () => {
    // The CLI opens the database its environment names: here the tests' own server.
    const env = testConfig();
    const withTestDatabase = async <T>(work: () => Promise<T>): Promise<T> => {
      const saved = { ...process.env };
      Object.assign(process.env, { NEO4J_HOME: env.neo4j.local.home, NEO4J_LOCAL_PORT: String(env.neo4j.local.boltPort), LOG_LEVEL: 'warn' });
      try {
        return await work();
      } finally {
        process.env = saved;
      }
    };
    /** What the command says on stderr, besides running it. */
    const stderrOf = async (work: () => Promise<number>): Promise<{ code: number; said: string }> => {
      const said: string[] = [];
      const console = jest.spyOn(global.console, 'error').mockImplementation((line: string) => void said.push(line));
      const stream = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (said.push(String(chunk)), true));
      try {
        return { code: await work(), said: said.join('\n') };
      } finally {
        console.mockRestore();
        stream.mockRestore();
      }
    };
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-export-cli-'));

    it("writes a district's GraphML to a file, the same as GET /export", async () => {
      const file = path.join(out, 'jiading.graphml');
      const { code, said } = await stderrOf(() => withTestDatabase(() => run(['--format', 'graphml', '--district', '嘉定区', '--out', file])));
      expect(code).toBe(0);
      expect(said).toContain(`rows written to ${file}`);
      const read = readWithNetworkX(fs.readFileSync(file, 'utf8'));
      expect(read.nodes).toEqual(networkNodes());
      expect(read.edges).toEqual(sorted(jiading.relations.map((r) => r.id)));
    });

    it('writes both CSV tables to a directory, the whole graph with a progress line on stderr', async () => {
      const { code, said } = await stderrOf(() => withTestDatabase(() => run(['--format', 'csv', '--out', path.join(out, 'tables')])));
      expect(code).toBe(0);
      expect(csvObjects(fs.readFileSync(path.join(out, 'tables', 'nodes.csv'), 'utf8')).map((row) => row.id)).toEqual(await allIds());
      expect(csvObjects(fs.readFileSync(path.join(out, 'tables', 'edges.csv'), 'utf8')).length).toBeGreaterThan(10);
      expect(said).toMatch(/export .*100% .*rows written/);
    });

    it('says what is missing for a reference naming nothing, with exit code 1', async () => {
      const { code, said } = await stderrOf(() => withTestDatabase(() => run(['--format', 'jsonld', '--district', '火星区'])));
      expect(code).toBe(1);
      expect(said).toMatch(/No Shanghai district is named or coded "火星区"/);
    });

    it('refuses a bad option with the usage and exit code 2, before opening the database', async () => {
      const { code, said } = await stderrOf(() => run(['--format', 'xml']));
      expect(code).toBe(2);
      expect(said).toMatch(/"format" must be one of graphml, csv, jsonld[\s\S]*Usage: kg export/);
    });
  });
});
