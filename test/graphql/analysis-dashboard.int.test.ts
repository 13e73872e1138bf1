import { PairingModeValue } from '../../src/graphql/enums';
import { startTestApp, TestApp } from '../support/test-app';

interface Node { id: string; name: string; type: string; provinceCode: string | null }
interface Edge { type: string; from: string; to: string; amountWan: number | null; planned: boolean | null; qualifier: string | null; year: number | null; period: string | null; mode: string | null; until: number | null; sources: string[] }

let t: TestApp;
const nodes = new Map<string, Node>();
const edges: Edge[] = [];

/**
 * The expectations are computed here, in plain code, from the graph as the entity API lists it
 * (every entity with its outgoing relationships), not from the Cypher under test. The corpus is
 * ingested through extraction and curated corrections, so the hand-checked gold facts are the
 * extraction's target, not what the graph holds.
 */
beforeAll(async () => {
  t = await startTestApp({ corpus: true });
  const { data, errors } = await t.gql(`{ entities(first: 500) { pageInfo { hasNextPage } edges { node { id name type provinceCode
    relations(types: [FUNDS, INVESTS_IN, DONATES_TO, PAIRS_WITH, BELONGS_TO, PART_OF, LOCATED_IN], direction: OUT) { type amountWan planned qualifier year period mode until sources to { id } } } } } }`);
  expect(errors).toBeUndefined();
  expect(data!.entities.pageInfo.hasNextPage).toBe(false);
  for (const { node } of data!.entities.edges) {
    nodes.set(node.id, { id: node.id, name: node.name, type: node.type, provinceCode: node.provinceCode });
    for (const r of node.relations) {
      edges.push({ ...r, from: node.id, to: r.to.id, mode: r.mode && PairingModeValue[r.mode as keyof typeof PairingModeValue] });
    }
  }
}, 300_000);
afterAll(() => t?.close());

const AREA_TYPES = ['PROVINCE', 'PREFECTURE', 'COUNTY', 'DISTRICT', 'TOWNSHIP', 'VILLAGE'];
const districts = () => [...nodes.values()].filter((n) => n.type === 'DISTRICT');
/** The district itself and what belongs to it or lies in it, two levels down. */
const membersOf = (district: string): Set<string> => {
  const members = new Set([district]);
  for (let level = 0; level < 2; level++) {
    for (const e of edges) if ((e.type === 'BELONGS_TO' || e.type === 'PART_OF') && members.has(e.to)) members.add(e.from);
  }
  return members;
};
const provinceOf = (id: string) => nodes.get(id)!.provinceCode;
const aidFlows = () =>
  edges.filter(
    (e) =>
      ['FUNDS', 'INVESTS_IN', 'DONATES_TO'].includes(e.type) &&
      typeof e.amountWan === 'number' &&
      !(AREA_TYPES.includes(nodes.get(e.from)!.type) && provinceOf(e.from) === provinceOf(e.to)),
  );
const sum = (flows: Edge[]) => flows.reduce((total, e) => total + e.amountWan!, 0);

// The share rule of cypher/fragments/aid-flow-share.cypher, restated over the listed graph.
const isMoney = (e: Edge) => ['FUNDS', 'INVESTS_IN', 'DONATES_TO'].includes(e.type) && typeof e.amountWan === 'number';
/** The places an entity lies in, up to 4 PART_OF/LOCATED_IN steps up. */
const containersOf = (id: string): Set<string> => {
  const found = new Set<string>();
  let level = new Set([id]);
  for (let step = 0; step < 4; step++) {
    const next = new Set(edges.filter((e) => (e.type === 'PART_OF' || e.type === 'LOCATED_IN') && level.has(e.from)).map((e) => e.to));
    next.forEach((place) => found.add(place));
    level = next;
  }
  return found;
};
const yearsOf = (e: Edge): number[] | null => {
  const text = e.year !== null ? String(e.year) : e.period;
  return text ? text.split('-').map(Number) : null;
};
const covers = (whole: Edge, part: Edge): boolean => {
  const [w, p] = [yearsOf(whole), yearsOf(part)];
  return w === null || p === null || (w[0] <= p[0] && w[w.length - 1] >= p[p.length - 1]);
};
const shareOf = (e: Edge): 'planned' | 'within' | 'given' => {
  if (e.planned) return 'planned';
  const larger = edges.some(
    (w) =>
      isMoney(w) && !w.planned && w.from === e.from && w.amountWan! >= e.amountWan! && covers(w, e) &&
      (containersOf(e.to).has(w.to) || (w.to === e.to && w !== e && w.qualifier === 'cumulative')),
  );
  return larger ? 'within' : 'given';
};
const given = (flows: Edge[]) => flows.filter((e) => shareOf(e) === 'given');
/** What a funds row or table must say of these flows. */
const shares = (flows: Edge[]) => ({
  amountWan: sum(given(flows)),
  relations: given(flows).length,
  plannedWan: sum(flows.filter((e) => shareOf(e) === 'planned')),
  withinLargerTotalsWan: sum(flows.filter((e) => shareOf(e) === 'within')),
});
const expectShares = (actual: Record<string, number>, flows: Edge[]) => {
  const expected = shares(flows);
  expect(actual.amountWan ?? actual.totalWan).toBeCloseTo(expected.amountWan, 4);
  if (actual.relations !== undefined) expect(actual.relations).toBe(expected.relations);
  expect(actual.plannedWan).toBeCloseTo(expected.plannedWan, 4);
  expect(actual.withinLargerTotalsWan).toBeCloseTo(expected.withinLargerTotalsWan, 4);
};
const documentsOf = (flows: Edge[]) => [...new Set(flows.flatMap((e) => e.sources))].sort();
const groupBy = (flows: Edge[], keyOf: (e: Edge) => string) => {
  const groups = new Map<string, Edge[]>();
  for (const e of flows) groups.set(keyOf(e), [...(groups.get(keyOf(e)) ?? []), e]);
  return groups;
};
const ids = (documents: { id: string }[]) => documents.map((d) => d.id).sort();

describe('dashboard funds', () => {
  it('sums what each district and its bodies gave', async () => {
    const { data, errors } = await t.gql(`{ dashboard { fundsByDistrict { totalWan plannedWan withinLargerTotalsWan sources { id }
      rows { area { id name } amountWan relations plannedWan withinLargerTotalsWan sources { id title } } } } }`);
    expect(errors).toBeUndefined();
    const table = data!.dashboard.fundsByDistrict;
    expect(table.rows.map((r: any) => r.area.id).sort()).toEqual(districts().map((d) => d.id).sort());
    for (const district of districts()) {
      const flows = aidFlows().filter((e) => membersOf(district.id).has(e.from));
      const row = table.rows.find((r: any) => r.area.id === district.id);
      expectShares(row, flows);
      expect(ids(row.sources)).toEqual(documentsOf(flows));
    }
    const fromDistricts = aidFlows().filter((e) => districts().some((d) => membersOf(d.id).has(e.from)));
    expect(given(fromDistricts).length).toBeGreaterThan(0);
    expectShares(table, fromDistricts);
    expect(ids(table.sources)).toEqual(documentsOf(fromDistricts));
    expect(table.rows.map((r: any) => r.amountWan)).toEqual([...table.rows.map((r: any) => r.amountWan)].sort((a, b) => b - a));
  });

  it('sums what each helped province received, leaving out its own areas co-financing', async () => {
    const { data } = await t.gql(`{ dashboard { fundsByProvince { totalWan plannedWan withinLargerTotalsWan sources { id }
      rows { area { id } amountWan relations plannedWan withinLargerTotalsWan sources { id } } } } }`);
    const table = data!.dashboard.fundsByProvince;
    const byProvince = groupBy(aidFlows(), (e) => provinceOf(e.to)!);
    expect(table.rows.map((r: any) => r.area.id).sort()).toEqual([...byProvince.keys()].sort());
    for (const row of table.rows) {
      const flows = byProvince.get(row.area.id)!;
      expectShares(row, flows);
      expect(ids(row.sources)).toEqual(documentsOf(flows));
    }
    expectShares(table, aidFlows());
    expect(ids(table.sources)).toEqual(documentsOf(aidFlows()));
    // 久治县 paying into its own hospital project is co-financing, not aid received.
    const selfFinanced = edges.filter((e) => e.amountWan !== null && nodes.get(e.from)!.type === 'COUNTY' && provinceOf(e.from) === provinceOf(e.to));
    expect(selfFinanced.length).toBeGreaterThan(0);
    expect(aidFlows()).not.toContainEqual(selfFinanced[0]);
  });

  it('sums aid money by the year or period the documents give', async () => {
    const { data } = await t.gql(`{ dashboard { fundsByYear { totalWan plannedWan withinLargerTotalsWan
      rows { period startYear endYear amountWan relations plannedWan withinLargerTotalsWan } } } }`);
    const byPeriod = groupBy(aidFlows(), (e) => String(e.year ?? e.period ?? ''));
    const rows = data!.dashboard.fundsByYear.rows;
    expect(rows.map((r: any) => r.period).sort()).toEqual([...byPeriod.keys()].sort());
    for (const row of rows) expectShares(row, byPeriod.get(row.period)!);
    expect(rows.find((r: any) => r.period === '2013-2017')).toMatchObject({ startYear: 2013, endYear: 2017 });
    expect(rows.at(-1).period).toBe('');
    expectShares(data!.dashboard.fundsByYear, aidFlows());
  });

  it('keeps planned money and the parts of a larger total out of what was given, and says how much of each', async () => {
    const { data } = await t.gql(`{ dashboard { fundsByProvince { totalWan plannedWan withinLargerTotalsWan } } }`);
    const table = data!.dashboard.fundsByProvince;
    // The corpus has both: 计划投入 amounts, and a district's county amount inside its prefecture total.
    expect(table.plannedWan).toBeGreaterThan(0);
    expect(table.withinLargerTotalsWan).toBeGreaterThan(0);
    expect(table.totalWan + table.plannedWan + table.withinLargerTotalsWan).toBeCloseTo(sum(aidFlows()), 4);
    // The README's example: 嘉定区 → 德钦县 lies inside 嘉定区 → 迪庆州.
    const inside = aidFlows().filter((e) => shareOf(e) === 'within');
    expect(inside.map((e) => `${e.from}>${e.to}`)).toContain('310114>533422');
    expect(aidFlows().some((w) => w.from === '310114' && w.to === '5334' && shareOf(w) === 'given')).toBe(true);
  });

  it('ranks districts by funds, largest first, and rejects a limit above 100', async () => {
    const { data } = await t.gql(`{ dashboard { topDistrictsByFunds(limit: 2) { rows { rank entity { id } value } } } }`);
    const expected = districts()
      .map((d) => ({ id: d.id, value: sum(given(aidFlows().filter((e) => membersOf(d.id).has(e.from)))) }))
      .sort((a, b) => b.value - a.value || a.id.localeCompare(b.id));
    const rows = data!.dashboard.topDistrictsByFunds.rows;
    expect(rows.map((r: any) => r.rank)).toEqual([1, 2]);
    expect(rows.map((r: any) => r.entity.id)).toEqual(expected.slice(0, 2).map((e) => e.id));
    expect(rows[0].value).toBeCloseTo(expected[0].value, 4);
    const { errors } = await t.gql(`{ dashboard { topDistrictsByFunds(limit: 101) { rows { rank } } } }`);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'limit' });
  });
});

describe('dashboard sources', () => {
  it('looks documents up only when asked, at most one batch per table', async () => {
    const tables = 'fundsByDistrict { totalWan rows { amountWan } } pairingMatrix { cells { pairings } } topCountiesByPairings(limit: 5) { rows { value } }';
    const withoutSources = await t.recordQueries(() => t.gql(`{ dashboard { ${tables} } }`));
    expect(withoutSources.map((q) => q.name).sort()).toEqual(['analysis/funds-by-district', 'analysis/pairing-matrix', 'analysis/top-counties-by-pairings']);

    const withSources = await t.recordQueries(async () => {
      const { data, errors } = await t.gql(`{ dashboard {
        fundsByDistrict { sources { id } rows { sources { id title } } }
        pairingMatrix { sources { id } cells { sources { id } } }
        topCountiesByPairings(limit: 5) { sources { id } rows { sources { id } } } } }`);
      expect(errors).toBeUndefined();
      const rowSources = data!.dashboard.fundsByDistrict.rows.flatMap((row: any) => row.sources.map((d: any) => d.id));
      expect(rowSources.length).toBeGreaterThan(0);
      expect(data!.dashboard.fundsByDistrict.rows.flatMap((row: any) => row.sources).every((d: any) => typeof d.title === 'string')).toBe(true);
    });
    const lookups = withSources.filter((q) => q.name === 'query/documents-by-ids');
    expect(lookups.length).toBeGreaterThan(0);
    expect(lookups.length).toBeLessThanOrEqual(3);
  });
});

describe('dashboard pairings', () => {
  // Counts are of current pairings unless a scope says otherwise: one that ended (until) is left out.
  const pairings = () => edges.filter((e) => e.type === 'PAIRS_WITH' && e.until == null);
  const pairingsOf = (district: string) => pairings().filter((e) => membersOf(district).has(e.from));

  it('counts what each district is paired with, by kind', async () => {
    const { data } = await t.gql(`{ dashboard { pairedCounts { sources { id } rows { district { id } prefectures counties townships villages schools hospitals enterprises total sources { id } } } } }`);
    const rows = data!.dashboard.pairedCounts.rows;
    for (const district of districts()) {
      const targets = [...new Set(pairingsOf(district.id).map((e) => e.to))].map((id) => nodes.get(id)!);
      const count = (type: string) => targets.filter((n) => n.type === type).length;
      expect(rows.find((r: any) => r.district.id === district.id)).toEqual({
        district: { id: district.id },
        prefectures: count('PREFECTURE'),
        counties: count('COUNTY'),
        townships: count('TOWNSHIP'),
        villages: count('VILLAGE'),
        schools: count('SCHOOL'),
        hospitals: count('HOSPITAL'),
        enterprises: count('ENTERPRISE'),
        total: targets.length,
        sources: documentsOf(pairingsOf(district.id)).map((id) => ({ id })),
      });
    }
    expect(rows.some((r: any) => r.counties > 0 && r.townships > 0)).toBe(true);
  });

  it('counts ended pairings too with period EVER, and only the districts\' own with ownOnly', async () => {
    const { data } = await t.gql(`{ dashboard {
      current: pairedCounts { rows { district { id } total } }
      ever: pairedCounts(scope: { period: EVER }) { rows { district { id } total } }
      own: pairingMatrix(ownOnly: true) { cells { district { id } pairings } }
    } }`);
    const total = (rows: any[], id: string) => rows.find((row) => row.district.id === id).total;
    const ended = edges.filter((e) => e.type === 'PAIRS_WITH' && e.until != null);
    expect(ended.length).toBeGreaterThan(0);
    for (const district of districts()) {
      const everTargets = new Set(edges.filter((e) => e.type === 'PAIRS_WITH' && membersOf(district.id).has(e.from)).map((e) => e.to));
      expect(total(data!.dashboard.ever.rows, district.id)).toBe(everTargets.size);
      expect(total(data!.dashboard.current.rows, district.id)).toBeLessThanOrEqual(everTargets.size);
      const own = pairings().filter((e) => e.from === district.id).length;
      expect(data!.dashboard.own.cells.filter((c: any) => c.district.id === district.id).reduce((sum: number, c: any) => sum + c.pairings, 0)).toBe(own);
    }
  });

  it('lays the pairings out as a district × province matrix', async () => {
    const { data } = await t.gql(`{ dashboard { pairingMatrix { districts { id } provinces { id } cells { district { id } province { id } pairings counterparts modes } } } }`);
    const matrix = data!.dashboard.pairingMatrix;
    const expected = new Map<string, Edge[]>();
    for (const district of districts()) {
      for (const e of pairingsOf(district.id)) {
        const key = `${district.id}×${provinceOf(e.to)}`;
        expected.set(key, [...(expected.get(key) ?? []), e]);
      }
    }
    expect(matrix.cells.map((c: any) => `${c.district.id}×${c.province.id}`).sort()).toEqual([...expected.keys()].sort());
    for (const cell of matrix.cells) {
      const cellPairings = expected.get(`${cell.district.id}×${cell.province.id}`)!;
      expect(cell.pairings).toBe(cellPairings.length);
      expect(cell.counterparts).toBe(new Set(cellPairings.map((e) => e.to)).size);
      expect([...cell.modes].sort()).toEqual([...new Set(cellPairings.map((e) => e.mode))].sort());
    }
    expect(matrix.provinces.map((p: any) => p.id)).toEqual([...new Set(matrix.cells.map((c: any) => c.province.id))].sort());
  });

  it('ranks helped counties by the pairings that reach them', async () => {
    const { data } = await t.gql(`{ dashboard { topCountiesByPairings(limit: 5) { rows { rank entity { id } value sources { id } } } } }`);
    const counts = new Map<string, number>();
    for (const e of pairings()) if (nodes.get(e.to)!.type === 'COUNTY') counts.set(e.to, (counts.get(e.to) ?? 0) + 1);
    const rows = data!.dashboard.topCountiesByPairings.rows;
    expect(rows).toHaveLength(Math.min(5, counts.size));
    expect(rows[0].value).toBe(Math.max(...counts.values()));
    for (const row of rows) expect(row.value).toBe(counts.get(row.entity.id));
  });
});

describe('dashboard series', () => {
  it('charts a metric of one county over time, oldest first, with its documents', async () => {
    const { data, errors } = await t.gql(`{ dashboard { observationSeries(metric: "poorHouseholds", entity: "久治县") {
      sources { id } rows { entity { id } unit points { date value sources { id } } } } } }`);
    expect(errors).toBeUndefined();
    const stored = await t.gql(`{ entity(name: "久治县") { id observations(metric: "poorHouseholds") { date value unit evidence { documentId } } } }`);
    const observations = stored.data!.entity.observations;
    expect(observations.length).toBeGreaterThanOrEqual(2);
    const [series] = data!.dashboard.observationSeries.rows;
    expect(series.entity.id).toBe(stored.data!.entity.id);
    expect(series.unit).toBe(observations[0].unit);
    expect(series.points).toEqual(
      observations.map((o: any) => ({ date: o.date, value: o.value, sources: [...new Set(o.evidence.map((e: any) => e.documentId))].map((id) => ({ id })) })),
    );
    expect(series.points.map((p: any) => p.date)).toEqual(series.points.map((p: any) => p.date).sort());
  });

  it('gives one series per entity with the metric when no entity is named, and NOT_FOUND for an unknown one', async () => {
    const { data } = await t.gql(`{ dashboard { observationSeries(metric: "poorPeople") { rows { entity { id } points { value } } } } }`);
    const rows = data!.dashboard.observationSeries.rows;
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      const stored = await t.gql(`query($id: ID!) { entity(id: $id) { observations(metric: "poorPeople") { value } } }`, { id: row.entity.id });
      expect(row.points.map((p: any) => p.value)).toEqual(stored.data!.entity.observations.map((o: any) => o.value));
    }
    const unknown = await t.gql(`{ dashboard { observationSeries(metric: "poorPeople", entity: "不存在县") { rows { unit } } } }`);
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'entity' });
  });
});
