import { NationalGraph, openNationalGraph } from '../national-graph';
import { postGraphQL, serveOnFreePort } from '../../support/http-client';

// Every argument that names an entity reads it the same way, over the national graph, where
// names are shared (50 villages are called 上坝村, two counties 长宁).
let g: NationalGraph;
beforeAll(async () => {
  g = await openNationalGraph({ fresh: false });
}, 900_000);
afterAll(() => g?.close());

async function data(query: string, variables?: Record<string, unknown>): Promise<Record<string, any>> {
  const { data, errors } = await g.gql(query, variables);
  expect(errors).toBeUndefined();
  return data!;
}

async function firstError(query: string): Promise<{ message: string; extensions: Record<string, any> }> {
  const { errors } = await g.gql(query);
  expect(errors).toHaveLength(1);
  return errors![0] as any;
}

describe('one way to name an entity', () => {
  it.each([
    ['果洛州', '6326'],
    ['果洛藏族自治州', '6326'],
    ['6326', '6326'],
    ['务川县', '520326'],
    ['遵义务川县', '520326'],
    ['奉贤', '310120'],
    ['德宏芒市', '533103'],
    ['务川县上坝村', '520326203200'],
  ])('entity(name: "%s") is %s', async (name, id) => {
    expect((await data('query ($name: String!) { entity(name: $name) { id } }', { name })).entity).toEqual({ id });
  });

  it('names the same parties in pairings filters as in lookups: short forms no longer answer nothing', async () => {
    const byForm = await data(`{
      short: pairings(helped: "果洛州") { totalCount edges { node { helper { id } helped { id } } } }
      full: pairings(helped: "6326") { totalCount }
      wuchuan: pairings(helped: "务川县") { totalCount edges { node { helper { id } } } }
      fengxian: pairings(helper: "奉贤") { totalCount }
      fengxianById: pairings(helper: "310120") { totalCount }
    }`);
    expect(byForm.short.totalCount).toBeGreaterThan(0);
    expect(byForm.short.totalCount).toBe(byForm.full.totalCount);
    expect(byForm.short.edges.every((edge: any) => edge.node.helped.id === '6326')).toBe(true);
    expect(byForm.wuchuan.edges.map((edge: any) => edge.node.helper.id)).toContain('310120');
    expect(byForm.fengxian.totalCount).toBeGreaterThan(0);
    expect(byForm.fengxian.totalCount).toBe(byForm.fengxianById.totalCount);
  });

  it('reads short and composite forms in paths, neighbourhoods, districts and series too', async () => {
    const found = await data(`{
      path(from: "奉贤", to: "务川县上坝村") { nodes { id } }
      neighborhood(id: "嘉定", relationTypes: [PAIRS_WITH]) { nodes { id } }
      district(name: "松江") { district { id } }
      dashboard { observationSeries(metric: "poorPeople", entity: "德钦") { rows { entity { id } } } }
      aggregate(measure: MONEY_GIVEN, filter: { helped: ["德钦"] }) { total }
    }`);
    expect(found.path[0].nodes[0].id).toBe('310120');
    expect(found.path[0].nodes.at(-1).id).toBe('520326203200');
    expect(found.neighborhood.nodes[0].id).toBe('310114');
    expect(found.district.district.id).toBe('310117');
    expect(found.dashboard.observationSeries.rows.map((row: any) => row.entity.id)).toEqual(['533422']);
    expect(found.aggregate.total).toBeGreaterThan(0);
  });

  it('refuses a name several entities share with AMBIGUOUS_REFERENCE, listing candidates with their places', async () => {
    const error = await firstError('{ entity(name: "上坝村") { id } }');
    expect(error.extensions).toMatchObject({ code: 'AMBIGUOUS_REFERENCE', category: 'BAD_USER_INPUT', argumentName: 'name', value: '上坝村' });
    expect(error.extensions.total).toBeGreaterThan(10);
    expect(error.extensions.candidates).toHaveLength(10);
    // The one the documents mention comes first, with the areas that tell it apart.
    expect(error.extensions.candidates[0]).toEqual({
      id: '520326203200',
      name: '上坝村',
      type: 'VILLAGE',
      within: ['贵州省', '遵义市', '务川仡佬族苗族自治县', '红丝乡'],
      mentions: 1,
    });
    expect(error.message).toMatch(/names \d+ entities/);
    expect(error.message).toContain('within');
  });

  it('is ambiguous in every argument, not only in lookups', async () => {
    for (const query of [
      '{ pairings(helped: "长宁") { totalCount } }',
      '{ path(from: "奉贤区", to: "上坝村") { length } }',
      '{ neighborhood(id: "上坝村") { nodes { id } } }',
    ]) {
      const error = await firstError(query);
      expect(error.extensions.code).toBe('AMBIGUOUS_REFERENCE');
    }
  });

  it('narrows a shared name with within, or takes the official name over short forms', async () => {
    const found = await data(`{
      village: entity(name: "上坝村", within: "务川县") { id }
      byCode: entity(name: "上坝村", within: "520326") { id }
      around: neighborhood(id: "上坝村", within: "务川县", depth: 1) { nodes { id } }
      official: entity(name: "长宁区") { id }
    }`);
    expect(found.village).toEqual({ id: '520326203200' });
    expect(found.byCode).toEqual({ id: '520326203200' });
    expect(found.around.nodes[0].id).toBe('520326203200');
    expect(found.official).toEqual({ id: '310105' });
  });

  it('says what was wrong with a within: not an area, or naming nothing', async () => {
    const notArea = await firstError('{ entity(name: "上坝村", within: "上坝村自然能提水工程") { id } }');
    expect(notArea.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'name.within' });
    const missing = await firstError('{ entity(name: "上坝村", within: "不存在县") { id } }');
    expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'name.within', value: '不存在县' });
  });

  it('answers a filter naming nothing with NOT_FOUND naming the argument, never an empty page', async () => {
    const error = await firstError('{ pairings(helper: "不存在区") { totalCount } }');
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'helper', value: '不存在区' });
    const relations = await firstError('{ relations(to: "不存在村") { totalCount } }');
    expect(relations.extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'to' });
  });

  it('reads every reference of a request argument in one round trip', async () => {
    const events: string[] = [];
    const stop = g.database.executor.onQuery((event) => events.push(event.name));
    try {
      await data('{ path(from: "奉贤", to: "务川县上坝村", options: { excludeNodes: ["红丝乡", "务川县"] }) { length } }');
    } finally {
      stop();
    }
    expect(events.filter((name) => name === 'query/reference-candidates').length).toBeLessThanOrEqual(2);
  });

  it('is an HTTP 400 with its code over the wire', async () => {
    const served = await serveOnFreePort(g.app);
    try {
      const reply = await postGraphQL(served.port, '{ entity(name: "上坝村") { id } }');
      expect(reply.status).toBe(400);
      expect(reply.body.errors[0].extensions.code).toBe('AMBIGUOUS_REFERENCE');
      expect(JSON.stringify(reply.body)).not.toMatch(/at \w+ \(|stack/);
    } finally {
      await served.close();
    }
  });
});
