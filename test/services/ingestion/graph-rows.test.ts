import { FactSet } from '../../../src/model';
import { Gazetteer } from '../../../src/gazetteer/gazetteer';
import { buildGraphRows, EvidenceNotInTextError, relationKey } from '../../../src/services/ingestion/graph-rows';
import { resolveEntities } from '../../../src/services/ingestion/resolve-entities';

const text = '扶贫协作:贵州遵义务川县\n2018年,奉贤区援建红丝乡上坝村自然能提水项目。奉贤区与务川县结对。奉贤区与务川县结对。';

const facts = (): FactSet => ({
  document: { id: 'doc-a', title: '测试' },
  entities: [
    { ref: 'fengxian', label: 'County', name: '奉贤区', code: '310120', district: true, evidence: [{ sentence: '奉贤区与务川县结对。' }] },
    { ref: 'wuchuan', label: 'County', name: '务川仡佬族苗族自治县', written: ['务川县'], evidence: [{ sentence: '扶贫协作:贵州遵义务川县' }] },
    { ref: 'hongsi', label: 'Township', name: '红丝乡', partOf: 'wuchuan', evidence: [{ sentence: '2018年,奉贤区援建红丝乡上坝村自然能提水项目。' }] },
    { ref: 'shangba', label: 'Village', name: '上坝村', partOf: 'hongsi', evidence: [{ sentence: '2018年,奉贤区援建红丝乡上坝村自然能提水项目。' }] },
    { ref: 'nowhere', label: 'Village', name: '不存在村', partOf: 'hongsi', evidence: [{ sentence: '奉贤区与务川县结对。' }] },
  ],
  relations: [
    { type: 'PAIRS_WITH', from: 'fengxian', to: 'wuchuan', properties: { mode: '扶贫协作' }, evidence: [{ sentence: '扶贫协作:贵州遵义务川县' }] },
    { type: 'PAIRS_WITH', from: 'fengxian', to: 'wuchuan', properties: { mode: '扶贫协作', since: 2018 }, evidence: [{ sentence: '奉贤区与务川县结对。' }] },
  ],
  observations: [],
  notes: [{ kind: 'repeated-paragraph', description: 'repeated', evidence: [{ sentence: '奉贤区与务川县结对。' }] }],
});

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await Gazetteer.load({ villages: true });
}, 120_000);

describe('resolving a fact set', () => {
  it('gives areas their official codes, looking villages up within their township', () => {
    const { entities } = resolveEntities(facts(), gazetteer);
    expect(entities.get('wuchuan')).toMatchObject({ id: '520326', code: '520326', provinceCode: '52' });
    expect(entities.get('hongsi')).toMatchObject({ id: '520326203' });
    expect(entities.get('shangba')).toMatchObject({ id: '520326203200', name: '上坝村', officialName: '上坝村村民委员会' });
    expect(entities.get('fengxian')!.labels).toEqual(['Entity', 'Area', 'County', 'District']);
  });

  it('keeps an area it cannot place, flagged and reported, under its written name', () => {
    const { entities, unresolved } = resolveEntities(facts(), gazetteer);
    expect(entities.get('nowhere')).toMatchObject({ id: 'Village:不存在村@520326203', unresolved: true });
    expect(unresolved.map((u) => u.written)).toEqual(['不存在村']);
  });
});

describe('building rows', () => {
  it('locates each evidence sentence and keys it by document and offsets', () => {
    const rows = buildGraphRows(facts(), text, resolveEntities(facts(), gazetteer));
    const village = rows.entities.find((row) => row.id === '520326203200')!;
    const start = text.indexOf('2018年');
    expect(village.evidenceKeys).toEqual([`doc-a@${start}-${start + '2018年,奉贤区援建红丝乡上坝村自然能提水项目。'.length}`]);
  });

  it('merges two statements of one pairing into one relationship with both sentences', () => {
    const rows = buildGraphRows(facts(), text, resolveEntities(facts(), gazetteer));
    const pairings = rows.relations.filter((row) => row.type === 'PAIRS_WITH');
    expect(pairings).toHaveLength(1);
    expect(pairings[0]).toMatchObject({ from: '310120', to: '520326', key: '扶贫协作', properties: { mode: '扶贫协作', since: 2018 } });
    expect(pairings[0].evidence).toEqual(['扶贫协作:贵州遵义务川县', '奉贤区与务川县结对。']);
  });

  it('adds the official ancestors with PART_OF links, and skips placeholders such as 市辖区', () => {
    const rows = buildGraphRows(facts(), text, resolveEntities(facts(), gazetteer));
    const partOf = rows.relations.filter((row) => row.type === 'PART_OF').map((row) => `${row.from}>${row.to}`);
    expect(partOf).toEqual(expect.arrayContaining(['520326203200>520326203', '520326203>520326', '520326>5203', '5203>52', '310120>31']));
    expect(rows.entities.map((row) => row.name)).not.toContain('市辖区');
  });

  it('refuses evidence the text does not contain', () => {
    const broken = facts();
    broken.entities[0].evidence = [{ sentence: '这句话不在文中。' }];
    expect(() => buildGraphRows(broken, text, resolveEntities(broken, gazetteer))).toThrow(EvidenceNotInTextError);
  });

  it('keys relationships by what tells two of one type apart: two amounts of one funder to one place are two facts', () => {
    expect(relationKey({ mode: '对口支援', since: 2004 })).toBe('对口支援');
    expect(relationKey({ amountWan: 900, period: '2015-2017' })).toBe('2015-2017|900');
    expect(relationKey({ amountWan: 900, amountText: '900万元', qualifier: 'approximate' })).toBe('900');
    expect(relationKey({})).toBe('');
  });
});
