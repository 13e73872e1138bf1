import fs from 'node:fs';
import { startTestApp, TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ corpus: true });
}, 300_000);
afterAll(() => t?.close());

const PATH_FIELDS = `length explanation nodes { id name }
  relationships { type direction label relation { mode official } evidence { sentence start end document { id title } } }`;

const path = (from: string, to: string, options: Record<string, unknown> = {}) =>
  t.gql(`query($from: String!, $to: String!, $options: PathOptions) { path(from: $from, to: $to, options: $options) { ${PATH_FIELDS} } }`, { from, to, options });

describe('path between two entities', () => {
  it('walks from 奉贤区 through 务川县 and 红丝乡 to 上坝村, with the sentence that states the pairing', async () => {
    const { data, errors } = await path('奉贤区', '上坝村', { relationTypes: ['PAIRS_WITH', 'PART_OF'] });
    expect(errors).toBeUndefined();
    const [only] = data!.path;
    expect(data!.path).toHaveLength(1);
    expect(only.nodes.map((n: any) => n.id)).toEqual(['310120', '520326', '520326203', '520326203200']);
    expect(only.explanation).toBe('奉贤区 —扶贫协作→ 务川县 ⊃ 红丝乡 ⊃ 上坝村');
    expect(only.relationships.map((r: any) => `${r.type}:${r.direction}`)).toEqual(['PAIRS_WITH:OUT', 'PART_OF:IN', 'PART_OF:IN']);
    const pairing = only.relationships[0];
    expect(pairing.relation.mode).toBe('EAST_WEST_COOPERATION');
    expect(pairing.evidence.length).toBeGreaterThan(0);
    const text = fs.readFileSync('corpus/000_430610c9ad8ca235.txt', 'utf8');
    for (const evidence of pairing.evidence) {
      expect(text.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
      expect(evidence.document.title).toBe('尽锐出战 携手攻坚 在精准扶贫中彰显上海力量与温度');
    }
    expect(only.relationships[1].relation.official).toBe(true);
  });

  it('returns the k shortest distinct paths, shortest first', async () => {
    const { data, errors } = await path('310120', '520326203200', { k: 2 });
    expect(errors).toBeUndefined();
    const paths = data!.path;
    expect(paths).toHaveLength(2);
    expect(paths[0].length).toBeLessThanOrEqual(paths[1].length);
    const signatures = paths.map((p: any) => p.nodes.map((n: any) => n.id).join('>') + p.relationships.map((r: any) => r.type).join(','));
    expect(new Set(signatures).size).toBe(2);
    expect(paths[0].explanation).toMatch(/^奉贤区 —援建→ 上坝村自然能提水\S+ —位于→ 上坝村$/);
    expect(paths[1].nodes.map((n: any) => n.name)).toEqual(expect.arrayContaining(['务川仡佬族苗族自治县', '红丝乡']));
    for (const p of paths) expect(new Set(p.nodes.map((n: any) => n.id)).size).toBe(p.nodes.length);
  });

  it('leaves the official hierarchy out when asked, which changes the paths found', async () => {
    const withHierarchy = await path('奉贤区', '上坝村', { k: 2 });
    const without = await path('奉贤区', '上坝村', { k: 2, excludePartOf: true });
    expect(without.errors).toBeUndefined();
    const types = without.data!.path.flatMap((p: any) => p.relationships.map((r: any) => r.type));
    expect(types).not.toContain('PART_OF');
    expect(without.data!.path.map((p: any) => p.explanation)).not.toEqual(withHierarchy.data!.path.map((p: any) => p.explanation));
    expect(without.data!.path).toHaveLength(1);
  });

  it('avoids the kinds of entity it is told to exclude, but not the endpoints', async () => {
    const { data } = await path('奉贤区', '上坝村', { excludeLabels: ['PROJECT'] });
    expect(data!.path).toHaveLength(1);
    expect(data!.path[0].explanation).toBe('奉贤区 —扶贫协作→ 务川县 ⊃ 红丝乡 ⊃ 上坝村');
  });

  it('answers a path from an entity to itself, named two ways, with that entity alone', async () => {
    const { data, errors } = await path('奉贤区', '310120');
    expect(errors).toBeUndefined();
    expect(data!.path).toEqual([expect.objectContaining({ length: 0, nodes: [{ id: '310120', name: '奉贤区' }], relationships: [] })]);
    const connections = await t.gql(`{ connections(a: "奉贤区", b: "310120") { route } }`);
    expect(connections.data!.connections).toEqual([]);
  });

  it('returns an empty list when no path is within reach', async () => {
    const { data, errors } = await path('上坝村', '奉贤区', { relationTypes: ['PAIRS_WITH'], direction: 'OUT' });
    expect(errors).toBeUndefined();
    expect(data!.path).toEqual([]);
  });

  it.each([
    ['from', '不存在村', '奉贤区'],
    ['to', '奉贤区', '不存在村'],
  ])('names the unknown endpoint (%s) in a NOT_FOUND error', async (argument, from, to) => {
    const { data, errors } = await path(from, to);
    expect(data).toBeNull();
    expect(errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: argument, value: '不存在村' });
    expect(errors![0].message).toContain(`"${argument}"`);
  });

  it('rejects more than 8 hops and more than 10 paths with BAD_USER_INPUT', async () => {
    const hops = await path('奉贤区', '上坝村', { maxHops: 9 });
    expect(hops.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'maxHops' });
    const k = await path('奉贤区', '上坝村', { k: 11 });
    expect(k.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'k' });
  });

  it('costs three round trips whatever the number of paths: both endpoints, the search, then documents of the evidence', async () => {
    const events = await t.recordQueries(() => path('奉贤区', '上坝村', { k: 3 }));
    expect(events.map((e) => e.name)).toEqual(['query/reference-candidates', 'analysis/shortest-paths', 'query/documents-by-ids']);
  });
});

describe('connections between two entities', () => {
  it('groups every path of up to three hops by its route, direct pairing first', async () => {
    const { data, errors } = await t.gql(`{ connections(a: "奉贤区", b: "务川县") { route length count truncated paths { length explanation } } }`);
    expect(errors).toBeUndefined();
    const groups = data!.connections;
    expect(groups[0]).toMatchObject({ route: 'District -PAIRS_WITH-> County', length: 1, count: 1, truncated: false });
    expect(groups.map((g: any) => g.route)).toContain('District -BUILDS-> Project -BENEFITS-> County');
    for (const group of groups) {
      expect(group.paths).toHaveLength(group.count);
      expect(group.paths.every((p: any) => p.length === group.length && p.length <= 3)).toBe(true);
    }
    expect(new Set(groups.map((g: any) => g.route)).size).toBe(groups.length);
  });

  it('rejects more than 4 hops', async () => {
    const { errors } = await t.gql(`{ connections(a: "奉贤区", b: "务川县", maxHops: 5) { route } }`);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'maxHops' });
  });
});

describe('neighborhood of an entity', () => {
  const neighborhood = (args: string) => t.gql(`{ neighborhood(${args}) { truncated nodes { id } edges { id source target type label } } }`);

  it('returns the centre first and only edges between returned nodes', async () => {
    const { data, errors } = await neighborhood('id: "310114", depth: 2, limit: 1000');
    expect(errors).toBeUndefined();
    const { nodes, edges, truncated } = data!.neighborhood;
    expect(truncated).toBe(false);
    expect(nodes[0].id).toBe('310114');
    const ids = new Set(nodes.map((n: any) => n.id));
    expect(ids.size).toBe(nodes.length);
    expect(edges.every((e: any) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(edges).toContainEqual(expect.objectContaining({ source: '310114', target: '632625', type: 'PAIRS_WITH', label: '对口支援' }));
    expect(ids.has('Agency:久治县残联')).toBe(true);
  });

  it('stops at the limit and says it was truncated', async () => {
    const { data } = await neighborhood('id: "嘉定区", depth: 2, limit: 5');
    expect(data!.neighborhood.nodes).toHaveLength(5);
    expect(data!.neighborhood.truncated).toBe(true);
  });

  it('follows only the relationship types asked for', async () => {
    const { data } = await neighborhood('id: "嘉定区", depth: 1, relationTypes: [PAIRS_WITH]');
    expect(data!.neighborhood.edges.every((e: any) => e.type === 'PAIRS_WITH')).toBe(true);
    expect(data!.neighborhood.nodes.map((n: any) => n.id).sort()).toEqual(['310114', '532322', '532327', '532329', '533401', '533422', '632625']);
  });

  it('finds the centre, then its surroundings: two round trips', async () => {
    const events = await t.recordQueries(() => neighborhood('id: "嘉定区", depth: 2'));
    expect(events.map((e) => e.name)).toEqual(['query/reference-candidates', 'analysis/neighborhood']);
  });

  it('names an unknown centre in a NOT_FOUND error, and an empty one in BAD_USER_INPUT', async () => {
    const unknown = await neighborhood('id: "不存在村"');
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'id', value: '不存在村' });
    const empty = await neighborhood('id: " "');
    expect(empty.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'id' });
  });

  it('rejects a depth above 3 or a limit above 1000', async () => {
    const deep = await neighborhood('id: "嘉定区", depth: 4');
    expect(deep.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'depth' });
    const wide = await neighborhood('id: "嘉定区", limit: 1001');
    expect(wide.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'limit' });
  });
});
