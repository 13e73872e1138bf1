import { Gazetteer } from '../../src/gazetteer/gazetteer';
import { extractFacts } from '../../src/extraction/extract-facts';
import type { FactSet } from '../../src/model';
import { splitSentences } from '../../src/extraction/text';

/** One example per construction of the genre the rules read (none taken from the corpus). */
let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await Gazetteer.load({ villages: true });
}, 60_000);

const run = (text: string): FactSet => extractFacts({ id: 't', title: 't', text, publishedAt: '2019' }, gazetteer);
const name = (f: FactSet, ref: string): string => f.entities.find((e) => e.ref === ref)?.code ?? f.entities.find((e) => e.ref === ref)?.name ?? ref;
const rels = (f: FactSet, type: string): string[] =>
  f.relations.filter((r) => r.type === type).map((r) => `${name(f, r.from)}>${name(f, r.to)}${r.properties?.mode ? ` ${String(r.properties.mode)}` : ''}`);
const labelled = (f: FactSet, label: string): string[] => f.entities.filter((e) => e.label === label).map((e) => e.name);
const H = '## 普陀区:携手小康\n\n普陀区与云南省文山州富宁县建立结对帮扶关系。\n\n';

describe('names', () => {
  it('援建(助)的 A、B、C等…项目: every item of the list is a project, and items without a place share the list’s', () => {
    const f = run(`${H}普陀区财政资金援建(助)的富宁县人民医院CT室改造、购置数字化X光机、捐赠救护车(区配套)等对口帮扶项目。`);
    expect(labelled(f, 'Project')).toEqual(['富宁县人民医院CT室改造', '购置数字化X光机', '捐赠救护车']);
    expect(rels(f, 'BUILDS')).toEqual(['310107>富宁县人民医院CT室改造', '310107>购置数字化X光机', '310107>捐赠救护车']);
    expect(rels(f, 'LOCATED_IN').filter((r) => !r.startsWith('富宁县人民医院>'))).toEqual([
      '富宁县人民医院CT室改造>532628',
      '购置数字化X光机>532628',
      '捐赠救护车>532628',
    ]);
    expect(rels(f, 'BENEFITS')).toEqual(['富宁县人民医院CT室改造>富宁县人民医院']);
  });

  it('a placeless project after a list of places is one project per place (A村、B村两个贫困村的X工程)', () => {
    const f = run(`${H}随后,陆续启动了那平村、坡地村两个深度贫困村的饮水安全工程,解决了2个村1200人的安全饮水问题。`);
    expect(labelled(f, 'Project')).toEqual(['那平村饮水安全工程', '坡地村饮水安全工程']);
    expect(rels(f, 'LOCATED_IN')).toEqual(['那平村饮水安全工程>532628101201', '坡地村饮水安全工程>532628101202']);
    // the gainers are villages the report does not name: no county is credited
    expect(rels(f, 'BENEFITS')).toEqual([]);
  });

  it('a count before a built thing is still one project (2个村级光伏电站); before 项目 it is a tally', () => {
    const f = run(`${H}普陀区在富宁县那平、坡地两个贫困村建设了2个村级光伏电站,带动周边300名贫困人口稳定脱贫。普陀区实施了产业项目12个。`);
    expect(labelled(f, 'Project')).toEqual(['村级光伏电站']);
    expect(rels(f, 'LOCATED_IN')).toEqual(['村级光伏电站>532628101201', '村级光伏电站>532628101202']);
    expect(rels(f, 'BENEFITS')).toEqual(['村级光伏电站>532628']);
  });

  it('references and tallies are not project names (帮助该项目, 已开展新项目, 强化规划项目落实)', () => {
    const f = run(`${H}普陀区积极帮助该项目寻找资金。援派医生在富宁县人民医院已开展新项目十余项。强化规划项目落实。`);
    expect(labelled(f, 'Project')).toEqual([]);
  });

  it('one project whatever its head (X项目 / X工程), one school with or without its place', () => {
    const f = run(`${H}普陀区援建的富宁县人民医院改扩建项目已完工。区配套资金援建的富宁县人民医院改扩建工程也已验收。普陀区对富宁县大成中学开展帮扶;大成中学的办学条件明显改善。`);
    expect(labelled(f, 'Project')).toEqual(['富宁县人民医院改扩建项目']);
    expect(f.entities.find((e) => e.label === 'Project')?.written).toEqual(['富宁县人民医院改扩建工程']);
    expect(labelled(f, 'School')).toEqual(['富宁县大成中学']);
  });

  it('organisation names stop at a verb (着力提升医院管理水平, 重点对X中学) and at 以及, but not at 对口', () => {
    const f = run(`${H}按照中央的决策部署以及市对口支援与合作交流工作领导小组的部署,普陀区重点对富宁县大成中学开展帮扶,着力提升医院管理水平。`);
    expect(labelled(f, 'Agency')).toEqual(['上海市对口支援与合作交流工作领导小组']);
    expect(labelled(f, 'School')).toEqual(['富宁县大成中学']);
    expect(labelled(f, 'Hospital')).toEqual([]);
  });

  it('a military command is named but owned by no government (上海警备区)', () => {
    const f = run('## 普陀区:x\n\n按照上海警备区有关工作要求,区人武部结对帮扶富宁县归朝镇。');
    expect(labelled(f, 'Agency')).toContain('上海警备区');
    expect(rels(f, 'BELONGS_TO')).toEqual(['普陀区人武部>310107']);
  });
});

describe('launched campaigns', () => {
  it('启动…行动(简称X) is a project named X; a later sentence quoting its short name says whom it reaches', () => {
    const f = run(
      '## 普陀区:x\n\n普陀区启动“千人结千户,百企帮百村”精准扶贫同心行动(简称“双百”精准扶贫同心行动)。\n\n此后,普陀区通过“同心行动”平台将爱心传递到云南文山富宁县、广南县。普陀区制定了三年行动计划。',
    );
    expect(f.entities.filter((e) => e.label === 'Project').map((e) => [e.name, e.written])).toEqual([['“双百”精准扶贫同心行动', ['“千人结千户,百企帮百村”精准扶贫同心行动']]]);
    expect(rels(f, 'BUILDS')).toEqual(['310107>“双百”精准扶贫同心行动']);
    expect(rels(f, 'BENEFITS')).toEqual(['“双百”精准扶贫同心行动>532628', '“双百”精准扶贫同心行动>532627']);
  });
});

describe('places', () => {
  it('大、小X村 are two villages; a list’s first item starts after a function word; 县的X村', () => {
    const f = run(`${H}富宁县的那平村是深度贫困村。广南县的大、小浪速村是边境村寨。有效地解决了坪山、联丰7个村寨1033人的饮水问题。`);
    expect(f.entities.filter((e) => e.label === 'Village').map((e) => e.code ?? e.name)).toEqual(['532628101201', '大浪速村', '小浪速村', '坪山村', '联丰村']);
  });

  it('a Shanghai district wins a tie with a namesake elsewhere (普陀区 is also in 舟山), so its towns resolve', () => {
    const f = run('## 普陀区:x\n\n普陀区长征镇与富宁县归朝镇开展“镇镇结对”帮扶。');
    expect(rels(f, 'PAIRS_WITH')).toEqual(['310107102>532628102 镇镇结对']);
  });

  it('a page break that cuts a word (有市统 / 筹专项资金) does not end the sentence; a caption does', () => {
    const s = splitSentences('援建项目中规模比较大的有市统\n\n筹专项资金援建(助)的甲项目。\n\n勐海县的茶园丰收\n\n普陀区坚持目标导向。');
    expect(s.map((x) => x.text)).toEqual(['援建项目中规模比较大的有市统筹专项资金援建(助)的甲项目。', '勐海县的茶园丰收', '普陀区坚持目标导向。']);
  });
});

describe('relations across sentences', () => {
  it('funds without an amount go to the places the sentence before named; an amount after several places goes to none', () => {
    const f = run(`${H}富宁县的那平村、坡地村是深度贫困村。2019年起,普陀区投入帮扶资金,帮助群众改造危房。`);
    expect(rels(f, 'FUNDS')).toEqual(['310107>532628101201', '310107>532628101202']);
    const g = run('## 普陀区:x\n\n普陀区对口帮扶云南省文山州富宁县、广南县。2019年,普陀区投入财政帮扶资金5600万元,实施产业项目21个。');
    expect(rels(g, 'FUNDS')).toEqual([]);
  });

  it('goods given with no receiver written go to the institution the paragraph is about', () => {
    const f = run(`${H}普陀区派出由1名校长、3名骨干教师组成的管理团队,对富宁县第一中学开展为期三年的委托管理。目前,普陀区捐赠的3000册图书也已到位。`);
    expect(rels(f, 'DONATES_TO')).toEqual(['310107>富宁县第一中学']);
    expect(rels(f, 'MANAGES')).toEqual(['310107>富宁县第一中学 委托管理']);
  });

  it('a project placed by a 在-clause is placed again by the next sentence’s 在-clause', () => {
    const f = run(`${H}得益于普陀区开展的贫困村提升工程,在富宁县那平村,村民将新修的道路称为“普陀路”;在海拔1000多米的广南县八宝镇坝龙村,村民晚上出门有路灯照明。`);
    expect(rels(f, 'LOCATED_IN')).toEqual(['贫困村提升工程>532628101201', '贫困村提升工程>532627102202']);
  });

  it('分别: the i-th project goes with the i-th counterpart office', () => {
    const f = run(`${H}区残联与富宁县残联和文山州广南县残联开展对口援助工作,分别开展残疾人康复项目和盲人按摩培训项目。`);
    expect(rels(f, 'LOCATED_IN')).toEqual(['残疾人康复项目>532628', '盲人按摩培训项目>532627']);
  });

  it('schools pair across a prefecture even when its counties are listed in another mode', () => {
    const f = run('## 普陀区:x\n\n普陀区发动重点学校与文山州12所学校建立结对帮扶关系。\n\n扶贫协作:云南文山富宁县、广南县');
    expect(rels(f, 'PAIRS_WITH')).toEqual(['310107>5326 校校结对', '310107>532628 扶贫协作', '310107>532627 扶贫协作']);
  });
});

describe('money', () => {
  const funds = (f: FactSet) => f.relations.filter((r) => r.type === 'FUNDS').map((r) => `${name(f, r.from)}>${name(f, r.to)} ${String(r.properties?.amountWan)}${r.properties?.planned ? ' planned' : ''}`);

  it('an amount the sentence announces as planned (计划投入…其中…) is marked planned', () => {
    const f = run(`${H}按照工作安排,2018年上海市、普陀区计划投入各类帮扶资金2982万元,其中市级统筹专项资金2552万元,普陀区财政资金430万元,实施农村建设项目3个。`);
    expect(funds(f)).toEqual(['31>532628 2552 planned', '310107>532628 430 planned']);
  });

  it('总投资X万元(市统筹资金Y万元,县自筹Z万元): the city funds its share Y, not the project’s total X', () => {
    const f = run(
      `${H}上海市援建项目中规模比较大的有市级统筹资金援建的富宁县人民医院改扩建项目。富宁县人民医院改扩建项目,建筑面积3800平米,总投资2000万元(市统筹援滇资金638万元,富宁县自筹1362万元)。`,
    );
    expect(funds(f)).toEqual(['31>富宁县人民医院改扩建项目 638', '532628>富宁县人民医院改扩建项目 1362']);
  });

  it('money given is not planned', () => {
    const f = run(`${H}2018年至今,上海市、普陀区先后投入各类帮扶资金2982万元,其中市级统筹专项资金2552万元,普陀区财政资金430万元,实施农村建设项目3个。`);
    expect(funds(f)).toEqual(['31>532628 2552', '310107>532628 430']);
  });
});
