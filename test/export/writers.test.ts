import { PassThrough, Writable } from 'node:stream';
import { csvLine, writeCsv } from '../../src/export/csv-writer';
import { writeGraphML } from '../../src/export/graphml-writer';
import { writeJsonLd } from '../../src/export/jsonld-writer';
import { EntityRecord, ExportEdge, GraphExport, relationIdOf, RelationRecord } from '../../src/model';
import { csvObjects, parseCsv } from '../support/csv';

const TRICKY = ['逗号,在里面', '引号"在"里面', '换行\n在里面', '回车\r\n在里面', '  前后空格  ', '=1+1', ''];

const node = (id: string, name: string, extra: Partial<EntityRecord> = {}): EntityRecord => ({ id, name, labels: ['Entity', 'Area', 'County'], ...extra });
const edge = (from: string, to: string, key: string, extra: Partial<RelationRecord> = {}): ExportEdge => {
  const relation: RelationRecord = { type: 'PAIRS_WITH', from, to, key, mode: '扶贫协作', ...extra };
  return { id: relationIdOf(relation), relation, label: '扶贫协作', fromName: from, toName: to };
};

/** Everything a stream is given, as text. */
function collect(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({ write: (chunk: Buffer, _encoding, done) => (chunks.push(chunk), done()) });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('CSV writer', () => {
  it('quotes fields with commas, quotes and line breaks so that parsing gives the same fields back', () => {
    const text = TRICKY.map((cell) => csvLine([cell, 1, true, undefined])).join('');
    expect(parseCsv(text)).toEqual(TRICKY.map((cell) => [cell, '1', 'true', '']));
  });

  it('writes node and edge tables whose names and evidence survive a round trip', async () => {
    const nodes = TRICKY.map((name, index) => node(`n${index}`, name || '空', { evidence: [name, '第二句,有"引号"'], sources: ['doc-a', 'doc-b'], code: String(310100 + index) }));
    const edges = [edge('n0', 'n1', '扶贫协作', { evidence: ['一句\n两行'], since: 2017 }), edge('n0', 'n1', '携手奔小康', { amountWan: 12.5 })];
    const graph: GraphExport = { name: 't', nodes, edges };
    const nodesOut = collect();
    await writeCsv(graph, 'nodes', nodesOut.stream, { bom: true });
    expect(nodesOut.text().startsWith('\uFEFFid,label,name,kind,')).toBe(true);
    const readNodes = csvObjects(nodesOut.text());
    expect(readNodes.map((row) => [row.id, row.name, row.kind, row.code, row.sources, row.evidence])).toEqual(
      nodes.map((n) => [n.id, n.name, 'County', n.code, 'doc-a;doc-b', `${n.evidence![0]}\n${n.evidence![1]}`]),
    );
    const edgesOut = collect();
    await writeCsv(graph, 'edges', edgesOut.stream);
    expect(csvObjects(edgesOut.text())).toEqual([
      expect.objectContaining({ id: 'n0>n1#PAIRS_WITH#扶贫协作', source: 'n0', target: 'n1', type: 'PAIRS_WITH', since: '2017', evidence: '一句\n两行', amountWan: '' }),
      expect.objectContaining({ id: 'n0>n1#PAIRS_WITH#携手奔小康', since: '', amountWan: '12.5' }),
    ]);
  });
});

describe('GraphML writer', () => {
  it('declares typed keys, escapes markup and drops what XML cannot carry', async () => {
    const out = collect();
    await writeGraphML({ name: 'g', nodes: [node('a&b', '<名>\u0001"x"'), node('c', 'c')], edges: [edge('a&b', 'c', 'k', { since: 2017, until: 'not a year' })] }, out.stream);
    const xml = out.text();
    expect(xml).toContain('<key id="e_since" for="edge" attr.name="since" attr.type="int"/>');
    expect(xml).toContain('<key id="n_code" for="node" attr.name="code" attr.type="string"/>');
    expect(xml).toContain('<node id="a&amp;b"><data key="n_id">a&amp;b</data><data key="n_label">&lt;名&gt;"x"</data>');
    expect(xml).toContain('<edge id="a&amp;b&gt;c#PAIRS_WITH#k" source="a&amp;b" target="c">');
    expect(xml).toContain('<data key="e_since">2017</data>');
    expect(xml).not.toContain('<data key="e_until">');
  });
});

describe('JSON-LD writer', () => {
  it('writes one JSON document with the @context, nodes typed from schema.org and edges as Relation objects', async () => {
    const out = collect();
    await writeJsonLd({ name: 'g', nodes: [node('310114', '嘉定区', { labels: ['Entity', 'Area', 'County', 'District'], code: '310114' }), node('School:某中学', '某中学', { labels: ['Entity', 'Organization', 'School'] })], edges: [edge('310114', 'School:某中学', 'k', { evidence: ['句'] })] }, out.stream);
    const document = JSON.parse(out.text());
    expect(document['@context'].code).toBe('wdt:P442');
    expect(document['@graph']).toEqual([
      expect.objectContaining({ '@type': 'schema:AdministrativeArea', identifier: '310114', code: '310114', kind: 'District' }),
      expect.objectContaining({ '@type': 'schema:School', '@id': `entity:${encodeURIComponent('School:某中学')}` }),
      expect.objectContaining({ '@type': 'Relation', relationType: 'PAIRS_WITH', from: 'entity:310114', properties: { key: 'k', mode: '扶贫协作' }, evidence: ['句'] }),
    ]);
  });
});

describe('backpressure', () => {
  it('waits for a slow reader to drain before reading the next row, and writes every row once', async () => {
    let produced = 0;
    let maxAhead = 0;
    let consumed = 0;
    async function* nodes() {
      for (let i = 0; i < 2000; i++) {
        produced++;
        maxAhead = Math.max(maxAhead, produced - consumed);
        yield node(`n${String(i).padStart(5, '0')}`, `名字${'长'.repeat(50)}`);
      }
    }
    const slow = new PassThrough({ highWaterMark: 1024 });
    const chunks: Buffer[] = [];
    let drains = 0;
    slow.on('drain', () => drains++);
    const reading = (async () => {
      for await (const chunk of slow) {
        chunks.push(chunk as Buffer);
        consumed = Buffer.concat(chunks).toString('utf8').split('</node>').length - 1;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const counts = await writeGraphML({ name: 'g', nodes: { [Symbol.asyncIterator]: nodes }, edges: [] }, slow);
    slow.end();
    await reading;
    const ids = [...Buffer.concat(chunks).toString('utf8').matchAll(/<node id="(n\d+)">/g)].map((match) => match[1]);
    expect(counts.nodes).toBe(2000);
    expect(ids).toEqual(Array.from({ length: 2000 }, (_, i) => `n${String(i).padStart(5, '0')}`));
    expect(drains).toBeGreaterThan(5);
    // The producer never ran far ahead of what the reader had taken: a chunk (16k characters) or so.
    expect(maxAhead).toBeLessThan(400);
  });
});
