import { startTestApp, TestApp } from '../support/test-app';
import { fixtureCypher } from '../support/fixture-cypher';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ corpus: true, env: { KG_MAX_DEPTH: '8', KG_MAX_COST: '5000' } });
}, 300_000);
afterAll(() => t?.close());

const NESTED = (first: number) => `{
  districts(first: ${first}) { edges { node { name
    pairings(direction: OUT) { modeLabel
      helped { name ... on Area { children(first: 20) { name } } } } } } } }`;

describe('batching', () => {
  it('batches a three-level query over all five districts into one query per level', async () => {
    let result: any;
    const events = await t.recordQueries(async () => (result = await t.gql(NESTED(5))));
    expect(result.errors).toBeUndefined();
    const districts = result.data.districts.edges;
    expect(districts).toHaveLength(5);
    const helped = districts.flatMap((d: any) => d.node.pairings.map((p: any) => p.helped));
    expect(helped.length).toBeGreaterThan(20);
    expect(events.map((e) => e.name)).toEqual(['query/list-entities', 'query/relations-of', 'query/entities-by-ids', 'query/area-children']);
  });

  it('sends as many queries for one district as for five', async () => {
    const one = await t.recordQueries(() => t.gql(NESTED(1)));
    const five = await t.recordQueries(() => t.gql(NESTED(5)));
    expect(five.length).toBe(one.length);
  });
});

describe('pagination', () => {
  it('walks all counties in pages without gaps or repeats, matching totalCount', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const page: any = await t.gql(`query($after: String) { counties(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }`, { after });
      totalCount = page.data.counties.totalCount;
      seen.push(...page.data.counties.edges.map((e: any) => e.node.id));
      after = page.data.counties.pageInfo.hasNextPage ? page.data.counties.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(totalCount);
  });

  it('keeps cursors stable when nodes are added before the cursor', async () => {
    const first = await t.gql(`{ counties(first: 3) { pageInfo { endCursor } edges { node { name } } } }`);
    const next = await t.gql(`query($after: String) { counties(first: 3, after: $after) { edges { node { name } } } }`, { after: first.data!.counties.pageInfo.endCursor });
    await t.database.executor.write(fixtureCypher('create-entity'), { id: 'County:test-aaa', name: '一一测试县', labels: ['Entity', 'Area', 'County'] });
    try {
      const again = await t.gql(`query($after: String) { counties(first: 3, after: $after) { edges { node { name } } } }`, { after: first.data!.counties.pageInfo.endCursor });
      expect(again.data!.counties.edges).toEqual(next.data!.counties.edges);
    } finally {
      await t.database.executor.write(fixtureCypher('delete-entity'), { id: 'County:test-aaa' });
    }
  });

  it('sorts by name descending', async () => {
    const { data } = await t.gql(`{ districts(orderBy: NAME_DESC) { edges { node { name } } } }`);
    const names = data!.districts.edges.map((e: any) => e.node.name);
    expect(names).toEqual([...names].sort().reverse());
  });
});

describe('errors', () => {
  const codeOf = (result: any) => result.errors?.[0]?.extensions?.code;

  it('rejects entity() with both or neither of id and name as BAD_USER_INPUT', async () => {
    expect(codeOf(await t.gql(`{ entity(id: "310117", name: "松江区") { id } }`))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(`{ entity { id } }`))).toBe('BAD_USER_INPUT');
  });

  it('returns null for an unknown id', async () => {
    const result = await t.gql(`{ entity(id: "999999") { id } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.entity).toBeNull();
  });

  it('rejects a page size out of range and a forged cursor as BAD_USER_INPUT', async () => {
    expect(codeOf(await t.gql(`{ counties(first: 0) { totalCount } }`))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(`{ counties(first: 100000) { totalCount } }`))).toBe('BAD_USER_INPUT');
    const forged = await t.gql(`{ counties(after: "not-a-cursor") { totalCount } }`);
    expect(codeOf(forged)).toBe('BAD_USER_INPUT');
    expect(forged.errors![0].message).toMatch(/endCursor/);
  });

  it('rejects a malformed district code as BAD_USER_INPUT', async () => {
    expect(codeOf(await t.gql(`{ district(code: "31'; DROP") { district { id } } }`))).toBe('BAD_USER_INPUT');
  });

  it('rejects queries nested deeper than the limit with QUERY_TOO_COMPLEX', async () => {
    const nested = (levels: number): string => (levels === 0 ? 'name' : `... on Area { parent { ${nested(levels - 1)} } }`);
    const deep = `{ entity(id: "310117") { ${nested(9)} } }`;
    const result = await t.gql(deep);
    expect(codeOf(result)).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors![0].message).toMatch(/levels deep; the limit is 8/);
  });

  it('rejects queries whose estimated cost is too high with QUERY_TOO_COMPLEX', async () => {
    const result = await t.gql(`{ villages(first: 500) { edges { node { name ... on Area { children(first: 1000) { name } } } } } }`);
    expect(codeOf(result)).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers a variable of the wrong type, a missing one and an over-deep query with HTTP 400 and a code, not 500', async () => {
    const send = async (query: string, variables?: Record<string, unknown>): Promise<{ status: number | undefined; code: unknown }> => {
      const response = await t.app.graphql.executeOperation({ query, variables }, { contextValue: t.app.createContext() });
      const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
      return { status: response.http.status, code: body?.errors?.[0]?.extensions?.code };
    };
    const paged = 'query($first: Int!) { counties(first: $first) { totalCount } }';
    expect(await send(paged, { first: 'abc' })).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    expect(await send(paged)).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    const nested = (levels: number): string => (levels === 0 ? 'name' : `... on Area { parent { ${nested(levels - 1)} } }`);
    expect(await send(`{ entity(id: "310117") { ${nested(9)} } }`)).toEqual({ status: 400, code: 'QUERY_TOO_COMPLEX' });
  });

  it('never sends a stack trace', async () => {
    const results = [await t.gql(`{ counties(first: 0) { totalCount } }`), await t.gql(`{ nope }`), await t.gql(`{ entity { id } }`)];
    for (const result of results) {
      for (const error of result.errors ?? []) expect(JSON.stringify(error)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    }
  });
});
