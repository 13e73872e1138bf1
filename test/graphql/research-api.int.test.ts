import { startTestApp, TestApp } from '../support/test-app';

// The researcher's API over the corpus graph: relations as a keyset connection, scopes by
// documents and time, group-by aggregates and a figure's change, path options.
let t: TestApp;
let jiading: string; // the id of the report on 嘉定区 (004_…)
let songjiang: string; // the id of the report on 松江区 and others (000_…)
beforeAll(async () => {
  t = await startTestApp({ corpus: true });
  const { data } = await t.gql('{ documents { edges { node { id } } } }');
  const ids: string[] = data!.documents.edges.map((edge: any) => edge.node.id);
  jiading = ids.find((id) => id.startsWith('004_'))!;
  songjiang = ids.find((id) => id.startsWith('000_'))!;
}, 300_000);
afterAll(() => t?.close());

async function data(query: string, variables?: Record<string, unknown>): Promise<Record<string, any>> {
  const { data, errors } = await t.gql(query, variables);
  expect(errors).toBeUndefined();
  return data!;
}

async function errorOf(query: string, variables?: Record<string, unknown>): Promise<Record<string, any>> {
  const { errors } = await t.gql(query, variables);
  expect(errors).toHaveLength(1);
  return errors![0].extensions!;
}

describe('relations: any relationship type as a keyset connection', () => {
  it('lists relationships between chosen parties with their properties and evidence', async () => {
    const found = await data(`{ relations(from: "嘉定区", types: [FUNDS, DONATES_TO, PAIRS_WITH], first: 100) {
      totalCount edges { node { id type from { id } to { name } amountWan mode sources evidence { sentence } } } } }`);
    const nodes = found.relations.edges.map((edge: any) => edge.node);
    expect(nodes.length).toBe(found.relations.totalCount);
    expect(nodes.every((node: any) => node.from.id === '310114')).toBe(true);
    expect(new Set(nodes.map((node: any) => node.type))).toEqual(new Set(['FUNDS', 'PAIRS_WITH']));
    expect(nodes.find((node: any) => node.type === 'PAIRS_WITH' && node.to.name === '久治县')).toMatchObject({ mode: 'COUNTERPART_SUPPORT' }); // 嘉定区对口支援久治县
    expect(nodes.every((node: any) => node.sources.length > 0 && node.evidence.length > 0)).toBe(true);
  });

  it('pages through every relationship once, in a stable order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: any = (await data('query ($after: String) { relations(first: 7, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }', { after }))
        .relations;
      total = page.totalCount;
      seen.push(...page.edges.map((edge: any) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual([...seen].sort());
    expect(total).toBeGreaterThan(100);
  });

  it('leaves the official hierarchy out unless asked, and refuses a cursor it did not issue', async () => {
    const found = await data('{ all: relations { edges { node { type } } } partOf: relations(types: [PART_OF], first: 1) { totalCount } }');
    expect(found.all.edges.some((edge: any) => edge.node.type === 'PART_OF')).toBe(false);
    expect(found.partOf.totalCount).toBeGreaterThan(0);
    expect(await errorOf('{ relations(after: "not-a-cursor") { totalCount } }')).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
  });
});

describe('scopes: documents and time', () => {
  it('keeps only the facts the chosen documents state', async () => {
    const found = await data(`query ($doc: ID!) {
      scoped: pairings(first: 100, scope: { documents: [$doc] }) { totalCount edges { node { sources } } }
      all: pairings(first: 100) { totalCount } }`, { doc: jiading });
    expect(found.scoped.totalCount).toBeGreaterThan(0);
    expect(found.scoped.totalCount).toBeLessThan(found.all.totalCount);
    expect(found.scoped.edges.every((edge: any) => edge.node.sources.includes(jiading))).toBe(true);
  });

  it('names a document that does not exist instead of answering nothing', async () => {
    const error = await errorOf(`query ($doc: ID!) { pairings(scope: { documents: [$doc, "no-such-report"] }) { totalCount } }`, { doc: jiading });
    expect(error).toMatchObject({ code: 'NOT_FOUND', argumentName: 'documents', missing: ['no-such-report'] });
  });

  it('reads time: a pairing of 2004–2011 is active in 2008, not in 2015, and not current', async () => {
    // 嘉定区 helped 香格里拉 from 2004 until 2011, when 迪庆州's counterparts were reassigned.
    const pairs = async (scope: string) =>
      (await data(`{ pairings(helper: "嘉定区", first: 100, scope: ${scope}) { edges { node { helped { name } since until } } } }`)).pairings.edges.map(
        (edge: any) => edge.node.helped.name,
      );
    expect(await pairs('{ activeIn: 2008 }')).toContain('香格里拉市');
    expect(await pairs('{ activeIn: 2015 }')).not.toContain('香格里拉市');
    expect(await pairs('{ period: CURRENT }')).not.toContain('香格里拉市');
    expect(await pairs('{ period: EVER }')).toContain('香格里拉市');
    expect(await pairs('{ activeIn: 2008 }')).not.toContain('久治县'); // since 2012
  });

  it('scopes entity lists to the entities the documents mention', async () => {
    const found = await data(`query ($doc: ID!) {
      scoped: counties(first: 200, scope: { documents: [$doc] }) { totalCount edges { node { sources } } }
      all: counties(first: 200) { totalCount } }`, { doc: jiading });
    expect(found.scoped.totalCount).toBeGreaterThan(0);
    expect(found.scoped.totalCount).toBeLessThan(found.all.totalCount);
    expect(found.scoped.edges.every((edge: any) => edge.node.sources.includes(jiading))).toBe(true);
    expect(await errorOf('{ counties(scope: { activeIn: 2019 }) { totalCount } }')).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'scope' });
  });

  it('refuses a year that is no year', async () => {
    expect(await errorOf('{ pairings(scope: { activeIn: 20190 }) { totalCount } }')).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'activeIn' });
  });

  it('scopes paths and neighbourhoods: a walk takes only relationships the documents state, and the hierarchy', async () => {
    const found = await data(`query ($doc: ID!) {
      inReport: neighborhood(id: "嘉定区", relationTypes: [PAIRS_WITH], scope: { documents: [$doc] }) { nodes { id } }
      elsewhere: neighborhood(id: "松江区", relationTypes: [PAIRS_WITH], scope: { documents: [$doc] }) { nodes { id } }
      path(from: "嘉定区", to: "德钦县", options: { scope: { documents: [$doc] }, maxHops: 2 }) { length }
    }`, { doc: jiading });
    expect(found.inReport.nodes.length).toBeGreaterThan(1);
    expect(found.elsewhere.nodes.map((node: any) => node.id)).toEqual(['310117']);
    expect(found.path[0].length).toBe(1);
    const other = await data(`query ($doc: ID!) { path(from: "嘉定区", to: "德钦县", options: { scope: { documents: [$doc] }, maxHops: 2, excludePartOf: true }) { length } }`, {
      doc: songjiang,
    });
    expect(other.path).toEqual([]);
  });
});

describe('aggregate: group-by figures computed in Cypher', () => {
  it('sums money given by district with the rule of the funds table', async () => {
    const found = await data(`{
      aggregate(measure: MONEY_GIVEN, groupBy: [HELPING_DISTRICT]) { unit total sources rows { keys { dimension value label } value facts sources } }
      dashboard { fundsByDistrict { rows { area { id } amountWan } } } }`);
    const { aggregate } = found;
    expect(aggregate.unit).toBe('万元');
    const byDistrict = new Map(found.dashboard.fundsByDistrict.rows.map((row: any) => [row.area.id, row.amountWan]));
    const jiadingRow = aggregate.rows.find((row: any) => row.keys[0].value === '310114');
    expect(jiadingRow.keys[0]).toEqual({ dimension: 'HELPING_DISTRICT', value: '310114', label: '嘉定区' });
    expect(jiadingRow.value).toBeCloseTo(byDistrict.get('310114') as number, 4);
    expect(jiadingRow.sources).toEqual([jiading]);
    expect(aggregate.total).toBeCloseTo(aggregate.rows.reduce((sum: number, row: any) => sum + row.value, 0), 4);
  });

  it('sums over a chosen set: two counties, by county', async () => {
    const { aggregate } = await data(`{ aggregate(measure: MONEY_GIVEN, groupBy: [HELPED_COUNTY], filter: { helped: ["德钦县", "久治县"] }) {
      total rows { keys { label } value } } }`);
    expect(aggregate.rows.map((row: any) => row.keys[0].label).sort()).toEqual(['久治县', '德钦县']);
    expect(aggregate.total).toBeCloseTo(aggregate.rows[0].value + aggregate.rows[1].value, 4);
  });

  it('keeps a part whose larger total lies outside the chosen places: 德钦县 alone, then inside 迪庆州', async () => {
    // 嘉定区 gave 迪庆州 a total and 德钦县 a part of it: over 迪庆州 the part is within the total,
    // over 德钦县 alone it is money 德钦县 was given.
    const found = await data(`{
      alone: aggregate(measure: MONEY_GIVEN, filter: { helped: ["德钦县"] }) { total }
      withWhole: aggregate(measure: MONEY_GIVEN, groupBy: [HELPED_COUNTY], filter: { helped: ["迪庆州"] }) { rows { keys { label } value } }
      part: relations(from: "嘉定区", to: "德钦县", types: [FUNDS]) { edges { node { amountWan } } }
    }`);
    const insideWhole = found.withWhole.rows.find((row: any) => row.keys[0].label === '德钦县').value;
    const parts = found.part.edges.reduce((sum: number, edge: any) => sum + edge.node.amountWan, 0);
    expect(parts).toBeGreaterThan(0);
    expect(found.alone.total).toBeCloseTo(insideWhole + parts, 4);
  });

  it('counts counterparts once however many pairings reach them, and ended pairings only when asked', async () => {
    const found = await data(`{
      current: aggregate(measure: COUNTERPARTS, filter: { helpers: ["嘉定区"] }) { total }
      ever: aggregate(measure: COUNTERPARTS, filter: { helpers: ["嘉定区"], scope: { period: EVER } }) { total }
      pairings: aggregate(measure: PAIRINGS, filter: { helpers: ["嘉定区"], scope: { period: EVER } }) { total }
      network: district(name: "嘉定区") { pairings { helped { id } until } }
    }`);
    // A district counts with the agencies and towns that belong to it, as its network does.
    const helped = found.network.pairings;
    expect(found.ever.total).toBe(new Set(helped.map((node: any) => node.helped.id)).size);
    expect(found.current.total).toBe(new Set(helped.filter((node: any) => node.until == null).map((node: any) => node.helped.id)).size);
    expect(found.current.total).toBeLessThan(found.ever.total);
    expect(found.pairings.total).toBe(helped.length);
  });

  it("counts a district's pairings with those of its agencies and towns, split by the helper's kind", async () => {
    const { aggregate } = await data(`{ aggregate(measure: PAIRINGS, groupBy: [HELPER_KIND], filter: { helpers: ["嘉定区"], scope: { period: EVER } }) {
      rows { keys { value } value } } }`);
    const kinds = aggregate.rows.map((row: any) => row.keys[0].value);
    expect(kinds).toContain('District');
    expect(kinds.length).toBeGreaterThan(1);
  });

  it('groups by document and by mode, each row naming its documents', async () => {
    const found = await data(`{
      byDocument: aggregate(measure: PAIRINGS, groupBy: [DOCUMENT], filter: { scope: { period: EVER } }) { total rows { keys { value label } value sources } }
      byMode: aggregate(measure: PAIRINGS, groupBy: [HELPING_DISTRICT, MODE]) { rows { keys { label } value } }
    }`);
    expect(found.byDocument.rows.map((row: any) => row.keys[0].value).sort()).toEqual([songjiang, jiading].sort());
    for (const row of found.byDocument.rows) expect(row.sources).toContain(row.keys[0].value);
    expect(found.byDocument.rows[0].keys[0].label).not.toBe(found.byDocument.rows[0].keys[0].value); // the title
    expect(found.byMode.rows.every((row: any) => row.keys.length === 2)).toBe(true);
  });

  it('counts projects', async () => {
    const found = await data(`{
      projects: aggregate(measure: PROJECTS, groupBy: [HELPING_DISTRICT]) { total unit rows { keys { label } value } }
      list: projects(first: 200) { totalCount }
    }`);
    expect(found.projects.total).toBeGreaterThan(0);
    expect(found.projects.total).toBeLessThanOrEqual(found.list.totalCount);
    expect(found.projects.unit).toBe('');
  });

  it('refuses a grouping its facts do not have, and too many dimensions', async () => {
    expect(await errorOf('{ aggregate(measure: MONEY_GIVEN, groupBy: [MODE]) { total } }')).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'groupBy' });
    expect(await errorOf('{ aggregate(measure: PAIRINGS, groupBy: [FUND_SOURCE]) { total } }')).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await errorOf('{ aggregate(measure: PAIRINGS, groupBy: [MODE, YEAR, DOCUMENT, HELPER]) { total } }')).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await errorOf('{ aggregate(measure: PAIRINGS, filter: { helped: ["不存在县"] }) { total } }')).toMatchObject({
      code: 'NOT_FOUND',
      argumentName: 'filter.helped[0]',
    });
  });
});

describe("observationChange: a figure's change between two dates", () => {
  it("gives 德钦县's poor people at the end of 2013 and in 2017 and the fall between them", async () => {
    // The report: 21164 poor people at the end of 2013, 9007 in 2017.
    const { observationChange } = await data('{ observationChange(metric: "poorPeople", entity: "德钦", from: "2013", to: "2017") { fromDate fromValue toDate toValue change relativeChange sources } }');
    expect(observationChange).toEqual({
      fromDate: '2013-12-31',
      fromValue: 21164,
      toDate: '2017',
      toValue: 9007,
      change: -12157,
      relativeChange: -0.5744,
      sources: [jiading],
    });
  });

  it('lists the dates the figure has when one is missing', async () => {
    const error = await errorOf('{ observationChange(metric: "poorPeople", entity: "德钦县", from: "2010", to: "2017") { change } }');
    expect(error).toMatchObject({ code: 'NOT_FOUND', argumentName: 'from', dates: ['2013-12-31', '2017'] });
  });
});

describe('paths as researchers ask them', () => {
  const PATHS = 'query ($options: PathOptions) { path(from: "奉贤区", to: "上坝村", options: $options) { length nodes { name } relationships { type label } } }';

  it('excludes chosen entities', async () => {
    const { path } = await data(PATHS, { options: { excludeNodes: ['上坝村自然能提水工程'], k: 3 } });
    expect(path.length).toBeGreaterThan(0);
    expect(path.every((p: any) => p.nodes.every((node: any) => node.name !== '上坝村自然能提水工程'))).toBe(true);
  });

  it('gives every path of the minimum length with allShortest, and nothing longer', async () => {
    const found = await data(PATHS, { options: { allShortest: true } });
    const k = await data(PATHS, { options: { k: 5 } });
    const shortest = Math.min(...k.path.map((p: any) => p.length));
    expect(found.path.length).toBeGreaterThan(0);
    expect(found.path.every((p: any) => p.length === shortest)).toBe(true);
    expect(found.path.length).toBe(k.path.filter((p: any) => p.length === shortest).length);
    expect(await errorOf(PATHS, { options: { allShortest: true, k: 3 } })).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'k' });
  });

  it('labels a step as its type reads: PART_OF as 属于, LOCATED_IN as 位于', async () => {
    const { path } = await data(PATHS, { options: { k: 5 } });
    const steps = path.flatMap((p: any) => p.relationships);
    for (const step of steps.filter((s: any) => s.type === 'PART_OF')) expect(step.label).toBe('属于');
    for (const step of steps.filter((s: any) => s.type === 'LOCATED_IN')) expect(step.label).toBe('位于');
    expect(steps.some((s: any) => s.type === 'PART_OF')).toBe(true);
  });

  it('offers every relationship type the graph holds in the enum', async () => {
    const { __type } = await data('{ __type(name: "RelationType") { enumValues { name } } }');
    const offered = new Set(__type.enumValues.map((value: any) => value.name));
    const [row] = await t.database.executor.read('admin/relationship-types', {});
    for (const type of (row.types as string[]).filter((type) => !['MENTIONS', 'HAS_OBSERVATION', 'HAS_NOTE'].includes(type))) expect(offered).toContain(type);
  });
});

describe('figures of projects a new report adds', () => {
  it("sums the households and people a project reaches, once however many helpers build it", async () => {
    const text =
      '2019年,奉贤区与务川县签订结对帮扶协议。奉贤区援建的务川县大型生猪养殖场,总投资近8000万元,建筑面积3000余平米,年出栏商品肉猪30000头,带动1800户8000人,其中贫困人口982人。';
    const ingested = await t.gql('mutation ($input: IngestDocumentInput!) { ingestDocument(input: $input) { documentId } }', {
      input: { title: '奉贤区援建生猪养殖场', text, publishedAt: '2019' },
    }, 'editor');
    expect(ingested.errors).toBeUndefined();
    const documentId = ingested.data!.ingestDocument.documentId;
    const found = await data(`query ($doc: ID!) {
      households: aggregate(measure: HOUSEHOLDS_BENEFITING, groupBy: [HELPING_DISTRICT], filter: { scope: { documents: [$doc] } }) { unit total rows { keys { label } value sources } }
      people: aggregate(measure: PEOPLE_BENEFITING, filter: { helpers: ["奉贤"] }) { unit total }
    }`, { doc: documentId });
    expect(found.households).toEqual({ unit: '户', total: 1800, rows: [{ keys: [{ label: '奉贤区' }], value: 1800, sources: [documentId] }] });
    expect(found.people).toEqual({ unit: '人', total: 8000 });
  });
});
