import fs from 'node:fs';
import {
  DISTRICT_LABEL, ENTITY_LABELS, FactSet, GROUP_LABELS, RECORD_LABELS, RECORD_RELATION_TYPES, RELATION_TYPES,
} from '../../src/model';
import { readGold } from '../support/gold';
import { startTestApp, TestApp } from '../support/test-app';
import { fixtureCypher } from '../support/fixture-cypher';

const goldFiles: FactSet[] = readGold().map((document) => document.facts);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ corpus: true });
}, 300_000);
afterAll(() => t?.close());

describe('the corpus graph', () => {
  it('holds only the labels and relationship types the model declares', async () => {
    const [held] = await t.database.executor.read(fixtureCypher('graph-vocabulary'));
    const labels = new Set<string>([...ENTITY_LABELS, DISTRICT_LABEL, ...Object.values(GROUP_LABELS), ...RECORD_LABELS]);
    const types = new Set<string>([...RELATION_TYPES, ...RECORD_RELATION_TYPES]);
    expect((held.labels as string[]).filter((label) => !labels.has(label))).toEqual([]);
    expect((held.types as string[]).filter((type) => !types.has(type))).toEqual([]);
    // The corpus exercises the vocabulary: most of it is there.
    expect((held.types as string[]).length).toBeGreaterThan(10);
  });

  it('holds the five Shanghai districts with their official codes', async () => {
    const { data, errors } = await t.gql(`{ districts(first: 10) { totalCount edges { node { name code type provinceCode } } } }`);
    expect(errors).toBeUndefined();
    const districts = data!.districts.edges.map((edge: any) => edge.node);
    expect(districts.map((d: any) => `${d.name}:${d.code}`).sort()).toEqual(
      ['嘉定区:310114', '奉贤区:310120', '崇明区:310151', '松江区:310117', '青浦区:310118'].sort(),
    );
    expect(districts.every((d: any) => d.type === 'DISTRICT' && d.provinceCode === '31')).toBe(true);
  });

  it('links 松江区 to 勐海县 by 扶贫协作 with the sentence and document that state it', async () => {
    const { data } = await t.gql(`{
      entity(name: "松江区") { ... on District { pairings(direction: OUT, mode: EAST_WEST_COOPERATION) {
        mode modeLabel helped { name ... on Area { code } } evidence { sentence start end document { title } } } } } }`);
    const pairing = data!.entity.pairings.find((p: any) => p.helped.name === '勐海县');
    expect(pairing).toMatchObject({ mode: 'EAST_WEST_COOPERATION', modeLabel: '扶贫协作', helped: { code: '532822' } });
    const text = fs.readFileSync('corpus/000_430610c9ad8ca235.txt', 'utf8');
    for (const evidence of pairing.evidence) {
      expect(text.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
      expect(evidence.document.title).toBe('尽锐出战 携手攻坚 在精准扶贫中彰显上海力量与温度');
    }
    expect(pairing.evidence.map((e: any) => e.sentence)).toContain('扶贫协作:云南西双版纳勐海县、勐腊县');
  });

  it('holds every pairing of the hand-checked facts, between the resolved parties', async () => {
    const { data } = await t.gql(`{ pairings(first: 500) { totalCount edges { node { modeLabel helper { name } helped { name } } } } }`);
    const stored = new Set(data!.pairings.edges.map((e: any) => `${e.node.helper.name}|${e.node.modeLabel}|${e.node.helped.name}`));
    for (const facts of goldFiles) {
      const names = new Map(facts.entities.map((entity) => [entity.ref, entity.name]));
      for (const relation of facts.relations.filter((r) => r.type === 'PAIRS_WITH')) {
        expect(stored).toContain(`${names.get(relation.from)}|${relation.properties!.mode}|${names.get(relation.to)}`);
      }
    }
  });

  it('finds an entity by a written form and places it in the official hierarchy', async () => {
    const { data } = await t.gql(`{ entity(name: "德宏芒市") { id name aliases ... on Area { code ancestors { name } } } }`);
    expect(data!.entity).toMatchObject({ id: '533103', name: '芒市', code: '533103' });
    expect(data!.entity.ancestors.map((a: any) => a.name)).toEqual(['云南省', '德宏傣族景颇族自治州']);
  });

  it('resolves the old county name 香格里拉县 to 香格里拉市 and keeps the pairing that ended in 2011', async () => {
    const { data } = await t.gql(`{ entity(name: "香格里拉县") { name ... on Area { code }
      pairings(direction: IN) { since until helper { name } } } }`);
    expect(data!.entity).toMatchObject({ name: '香格里拉市', code: '533401' });
    expect(data!.entity.pairings).toContainEqual({ since: 2004, until: 2011, helper: { name: '嘉定区' } });
  });

  it("returns a district's network: its own pairings and those of bodies that belong to it", async () => {
    const { data, errors } = await t.gql(`{ district(name: "嘉定") { district { name code }
      pairings { modeLabel helper { name } helped { name } } counts { type count } } }`);
    expect(errors).toBeUndefined();
    expect(data!.district.district).toEqual({ name: '嘉定区', code: '310114' });
    const pairs = data!.district.pairings.map((p: any) => `${p.helper.name}→${p.helped.name}`);
    expect(pairs).toEqual(expect.arrayContaining(['嘉定区→久治县', '嘉定区→德钦县']));
    expect(pairs.some((pair: string) => pair.startsWith('南翔镇→'))).toBe(true);
  });

  it('returns null for a district that is not in the graph', async () => {
    const { data, errors } = await t.gql(`{ district(name: "不存在区") { district { name } } }`);
    expect(errors).toBeUndefined();
    expect(data!.district).toBeNull();
  });

  it('charts poverty figures of a county over time', async () => {
    const { data } = await t.gql(`{ entity(name: "久治县") { observations(metric: "poorHouseholds") { date value unit evidence { sentence } } } }`);
    const series = data!.entity.observations;
    expect(series.length).toBeGreaterThanOrEqual(2);
    expect(series[0]).toMatchObject({ value: 1653, unit: '户' });
    expect(series.at(-1).value).toBe(442);
  });

  it('records defects of the sources as notes of their documents', async () => {
    const { data } = await t.gql(`{ documents { totalCount edges { node { id title notes { kind evidence { sentence } } } } } }`);
    expect(data!.documents.totalCount).toBe(2);
    const kinds = data!.documents.edges.flatMap((e: any) => e.node.notes.map((n: any) => n.kind));
    expect(kinds).toEqual(expect.arrayContaining(['repeated-paragraph', 'misattributed-paragraph', 'garbled-sentence', 'historical-name']));
  });

  it('filters counties by province and name fragment', async () => {
    const { data } = await t.gql(`{ counties(province: "云南", first: 100) { totalCount edges { node { name provinceCode } } } }`);
    expect(data!.counties.totalCount).toBeGreaterThanOrEqual(15);
    expect(data!.counties.edges.every((e: any) => e.node.provinceCode === '53')).toBe(true);
    const named = await t.gql(`{ counties(nameContains: "勐", first: 10) { edges { node { name } } } }`);
    expect(named.data!.counties.edges.map((e: any) => e.node.name).sort()).toEqual(['勐海县', '勐腊县']);
  });
});

describe('ingestion of the corpus', () => {
  it('is idempotent: loading the same documents again changes no count', async () => {
    const count = async () => (await t.database.executor.read(fixtureCypher('count-graph')))[0];
    const before = await count();
    const { loadCorpus } = await import('../../src/services/ingestion/load-corpus');
    const { silentLogger } = await import('../../src/logger');
    const reports = await loadCorpus('corpus', { ingestion: t.app.services.ingestion, logger: silentLogger });
    expect(await count()).toEqual(before);
    expect(reports.every((report) => report.entities.new === 0)).toBe(true);
  });

  it('builds the corpus by extraction, applying and reporting the few curated corrections', () => {
    const corrections = t.reports.flatMap((report) => report.corrections);
    expect(corrections.length).toBeGreaterThan(0);
    expect(corrections.length).toBeLessThanOrEqual(10);
    for (const correction of corrections) {
      expect(correction.reason.length).toBeGreaterThan(20);
      expect(correction.changes.length).toBeGreaterThan(0);
    }
  });

  it('reports areas the gazetteer could not place instead of guessing', () => {
    const unresolved = t.reports.flatMap((report) => report.unresolved.map((u) => u.written));
    expect(unresolved).toEqual(expect.arrayContaining(['大浪速村']));
  });
});
