import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { parseExportRequest } from '../../src/export/export-request';

const parse = (query: string) => parseExportRequest(new URLSearchParams(query));
const refusal = (query: string) => {
  try {
    parse(query);
  } catch (error) {
    return error as Error & { extensions: Record<string, unknown> };
  }
  throw new Error(`"${query}" was accepted`);
};

describe('parseExportRequest: one selection model for GET /export and kg export', () => {
  it('reads no selection as the whole graph, with the default CSV part', () => {
    expect(parse('format=csv')).toEqual({ format: 'csv', part: 'edges', bom: false, query: { selection: { kind: 'graph' }, types: null } });
  });

  it('reads each selection with its own parameters and defaults', () => {
    expect(parse('format=graphml&district=嘉定区').query.selection).toEqual({ kind: 'district', reference: '嘉定区' });
    expect(parse('format=graphml&entity=310120&depth=2').query.selection).toEqual({ kind: 'neighborhood', reference: '310120', depth: 2, limit: 200 });
    expect(parse('format=jsonld&from=奉贤区&to=上坝村&k=3').query.selection).toEqual({ kind: 'path', from: '奉贤区', to: '上坝村', k: 3, maxHops: undefined });
    expect(parse('format=csv&part=nodes&bom=true&document=doc-1').query.selection).toEqual({ kind: 'document', id: 'doc-1' });
  });

  it('takes relationship types from the model, each once', () => {
    expect(parse('format=csv&types=PAIRS_WITH,FUNDS,PAIRS_WITH').query.types).toEqual(['PAIRS_WITH', 'FUNDS']);
  });

  it.each([
    ['format=xml', /"format" must be one of graphml, csv, jsonld; got "xml"/],
    ['district=嘉定区', /Give "format"/],
    ['format=csv&part=rows', /"part" must be one of nodes, edges; got "rows"/],
    ['format=graphml&part=nodes', /"part" applies to format=csv only/],
    ['format=csv&types=PAIRS_WITH,HELPS', /"types" must be a comma-separated list of PAIRS_WITH, FUNDS/],
    ['format=csv&entity=310120&depth=two', /"depth" must be an integer; got "two"/],
    ['format=csv&district=嘉定区&entity=310120', /Give one selection at a time .*; got district and entity/],
    ['format=csv&from=奉贤区', /Give "to"/],
    ['format=csv&distrct=嘉定区', /Unknown export parameter "distrct"/],
    ['format=csv&format=graphml', /"format" is given twice/],
  ])('refuses %s with BAD_USER_INPUT saying what to send', (query, message) => {
    const error = refusal(query);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(message);
  });
});

describe("the README's export examples", () => {
  const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const urls = [...readme.matchAll(/'http:\/\/localhost:4000\/export\?([^']*)'/g)].map((match) => match[1]);

  it.each(urls)('are valid requests: %s', (query) => {
    expect(() => parse(query)).not.toThrow();
  });

  it('show every format', () => {
    expect(new Set(urls.map((query) => parse(query).format))).toEqual(new Set(['graphml', 'csv', 'jsonld']));
  });
});
