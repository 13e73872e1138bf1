import { Gazetteer } from '../../src/gazetteer/gazetteer';
import { extractFacts } from '../../src/extraction/extract-facts';
import type { FactSet } from '../../src/model';
import { evaluateFixtures } from './fixture-eval';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await Gazetteer.load({ villages: true });
}, 60_000);

const run = (text: string, publisher?: string): FactSet => extractFacts({ id: 't', title: 't', text, publisher, publishedAt: '2017' }, gazetteer);
const codeOf = (f: FactSet, ref: string): string => f.entities.find((e) => e.ref === ref)?.code ?? f.entities.find((e) => e.ref === ref)?.name ?? ref;
const rels = (f: FactSet, type: string): string[] =>
  f.relations.filter((r) => r.type === type).map((r) => `${codeOf(f, r.from)}>${codeOf(f, r.to)}${r.properties?.mode ? ` ${String(r.properties.mode)}` : ''}`);

describe('areas', () => {
  it('composite abbreviations, bare names the document has established, and villages within their county', () => {
    const f = run('## 青浦区:跨越千里\n\n扶贫协作:云南德宏芒市、盈江县、梁河县\n\n目前芒市已摘帽,梁河预计年底摘帽。青浦区在梁河县笋子洼、芒杏、阳塘三个贫困村建设了3个村级光伏电站。');
    const codes = f.entities.filter((e) => e.code).map((e) => e.code);
    expect(codes).toEqual(expect.arrayContaining(['53', '5331', '533103', '533123', '533122', '533122102207', '533122206207', '533122206203']));
    expect(f.entities.find((e) => e.code === '533122')?.written).toEqual(['梁河']);
  });
  it('keeps a composite abbreviation as a written form of the place it ends in (德宏芒市 → 芒市)', () => {
    const f = run('扶贫协作:云南德宏芒市、盈江县');
    expect(f.entities.find((e) => e.code === '533103')?.written).toEqual(expect.arrayContaining(['德宏芒市', '云南德宏芒市']));
  });
  it('a bare name with no anchor in the document is not a place (东方美谷)', () => {
    const f = run('依托“东方美谷”平台,调动社会力量。');
    expect(f.entities).toEqual([]);
  });
  it('historical names resolve and leave a note', () => {
    const f = run('## 对口支援云南德钦县\n\n从2004年起,嘉定对口帮扶云南迪庆州香格里拉县和德钦县。', '嘉定区合作交流办');
    expect(f.entities.find((e) => e.code === '533401')?.written).toEqual(expect.arrayContaining(['香格里拉县', '云南迪庆州香格里拉县']));
    expect(f.notes.map((n) => n.kind)).toContain('historical-name');
  });
});

describe('pairing patterns (rules/pairing.json)', () => {
  it('list lines: each place, in the line’s mode, from the section’s district', () => {
    const f = run('## 奉贤区:不搞一阵子\n\n### 奉贤区对口帮扶县\n\n扶贫协作:贵州遵义凤冈县、务川县\n对口支援:青海果洛达日县');
    expect(rels(f, 'PAIRS_WITH')).toEqual(['310120>520327 扶贫协作', '310120>520326 扶贫协作', '310120>632624 对口支援']);
  });
  it('prose: 与…结对 with the mode named in the clause, parenthesised counties and years', () => {
    const f = run('重点扶贫协作中,嘉定区与楚雄州(永仁县、双柏县)结对,携手奔小康行动中嘉定区与楚雄州武定县结对。');
    expect(rels(f, 'PAIRS_WITH')).toEqual(['310114>532327 扶贫协作', '310114>532322 扶贫协作', '310114>532329 携手奔小康']);
  });
  it('prose: 对口帮扶 takes the heading’s mode; 调整为 ends the dropped pairing', () => {
    const f = run('## 对口支援云南德钦县13年\n\n从2004年起,嘉定对口帮扶云南迪庆州香格里拉县和德钦县。2011年,嘉定由原对口帮扶香格里拉县、德钦县调整为单一对口帮扶德钦县。', '嘉定区合作交流办');
    const pairs = f.relations.filter((r) => r.type === 'PAIRS_WITH').map((r) => [codeOf(f, r.to), r.properties]);
    expect(pairs).toEqual([
      ['533401', { mode: '对口支援', since: 2004, until: 2011 }],
      ['533422', { mode: '对口支援', since: 2004 }],
    ]);
  });
  it('镇镇结对 between townships, 部门结对 between offices, 校校结对 from 学校', () => {
    const f = run('南翔镇和德钦县升平镇开展“镇镇结对”帮扶。区残联与久治县残联开展对口援助工作。发动重点学校与西双版纳州19所学校建立长期结对帮扶关系。', '嘉定区合作交流办');
    expect(rels(f, 'PAIRS_WITH')).toEqual(['310114102>533422101 镇镇结对', '嘉定区残联>久治县残联 部门结对', '310114>5328 校校结对']);
  });
});

describe('relation patterns (rules/relations.json)', () => {
  it('donations: giver 向 receiver 捐赠 amount', () => {
    const f = run('区信访办向久治县信访局捐赠总价值31100元的电脑等设备;', '嘉定区合作交流办');
    expect(f.relations.find((r) => r.type === 'DONATES_TO')?.properties).toEqual({ amountWan: 3.11, amountText: '31100元', fundSource: 'DONATION' });
    expect(rels(f, 'BELONGS_TO')).toEqual(['嘉定区信访办>310114', '久治县信访局>632625']);
  });
  it('funds split by source after 其中', () => {
    const f = run('## 为青海久治培训千余人\n\n2013年至今,上海市、嘉定区先后投入各类帮扶资金14056.3万元,其中市级统筹专项资金12231.3万元,嘉定区财政资金1415万元,各类捐赠(助)410万元。', '嘉定区合作交流办');
    expect(f.relations.filter((r) => r.type === 'FUNDS').map((r) => [codeOf(f, r.from), codeOf(f, r.to), r.properties?.amountWan, r.properties?.period])).toEqual([
      ['31', '632625', 12231.3, '2013-2017'],
      ['310114', '632625', 1415, '2013-2017'],
    ]);
  });
  it('projects: built by the subject, located in the places before them, benefiting a county', () => {
    const f = run('## 崇明区:用匠心践行初心\n\n崇明区援建镇康县忙丙乡麦地村发展火腿加工项目');
    expect(rels(f, 'BUILDS')).toEqual(['310151>火腿加工项目']);
    expect(rels(f, 'LOCATED_IN')).toEqual(['火腿加工项目>530924201209']);
  });
  it('an enterprise 落户 a county and 投资建设 a project', () => {
    const f = run('## 青浦区:x\n\n成功引进上海联九农业发展有限公司落户梁河县,投资建设大型生猪养殖场。');
    expect(rels(f, 'INVESTS_IN')).toEqual(['上海联九农业发展有限公司>大型生猪养殖场']);
    expect(rels(f, 'LOCATED_IN').sort()).toEqual(['上海联九农业发展有限公司>533122', '大型生猪养殖场>533122']);
  });
  it('staff sent, training and poverty figures', () => {
    const f = run('## 崇明区:x\n\n崇明区在人手紧张的情况下,选派9名医生到临沧市长期开展支医活动。');
    expect(f.relations.map((r) => [r.type, r.properties])).toEqual([['SENDS_STAFF', { role: '医生', count: 9 }]]);
    const g = run('## 为青海久治培训千余人\n\n为当地培训各类人才29批次1001人。截至目前,久治县建档立卡贫困户从2013年底1653户6358人减至442户1778人。', '嘉定区合作交流办');
    expect(rels(g, 'TRAINS')).toEqual(['310114>632625']);
    expect(g.observations.map((o) => [o.metric, o.value, o.date])).toEqual(expect.arrayContaining([['poorHouseholds', 1653, '2013-12-31'], ['poorPeople', 1778, '2017']]));
  });
  it('a paragraph repeated with another district counts once and is noted', () => {
    const p = '在西双版纳勐海县推广松江大米种植技术,尝试“松江大米”在勐海县播种,让市民提前食用新米。';
    const f = run(`## 松江区:a\n\n松江区上下凝心聚力,${p}\n\n## 奉贤区:b\n\n奉贤区上下凝心聚力,${p}`);
    expect(f.notes.map((n) => n.kind)).toEqual(['repeated-paragraph', 'misattributed-paragraph']);
  });
});

describe('unseen reports (test/fixtures/reports)', () => {
  it('reaches reasonable precision and recall on each hand-written report', () => {
    for (const { name, report } of evaluateFixtures(gazetteer)) {
      expect({ name, p: report.overall.precision >= 0.85, r: report.overall.recall >= 0.85 }).toEqual({ name, p: true, r: true });
    }
  });
  it('every evidence sentence is an exact substring of the document', () => {
    const text = '## 徐汇区:x\n\n徐汇区对口帮扶云南省红河州屏边县、金平县。区民政局向金平县民政局捐赠15万元;\n区红十字会向屏边县捐赠价值20万元的棉被。';
    const f = run(text);
    for (const item of [...f.entities, ...f.relations]) for (const e of item.evidence) expect(text.slice(e.start, e.end)).toBe(e.sentence);
  });
});
