import { codeOf, sentenceReader } from '../support/sentences';
import type { FactSet } from '../../src/model';

/**
 * The constructions rounds 4 and 5 of the genre set brought (test/fixtures/genre/README.md, Rounds),
 * and tables of the ways reports state a pairing or state none, in sentences of our own: what each
 * yields, and what it must not.
 */
const { run } = sentenceReader();
const pairs = (f: FactSet): string[] =>
  f.relations
    .filter((r) => r.type === 'PAIRS_WITH')
    .map((r) => `${codeOf(f, r.from)}>${codeOf(f, r.to)} ${String(r.properties?.mode)}${r.properties?.since ? ` ${String(r.properties.since)}` : ''}`)
    .sort();
const constructions = (f: FactSet): string[] => [...new Set(f.relations.filter((r) => r.type === 'PAIRS_WITH').map((r) => r.construction ?? ''))].sort();
/** The amounts given, giver>receiver by official code, in ten-thousands of yuan. */
const money = (f: FactSet): string[] => f.relations.filter((r) => r.properties?.amountWan !== undefined).map((r) => `${codeOf(f, r.from)}>${codeOf(f, r.to)} ${String(r.properties?.amountWan)}`);
const named = (f: FactSet, label: string): string[] => f.entities.filter((e) => e.label === label).map((e) => e.name).sort();
/** The organisations a sentence names, by name. */
const bodies = (text: string): string[] =>
  run(text)
    .entities.filter((e) => !['Province', 'Prefecture', 'County', 'Township', 'Village', 'Project'].includes(e.label))
    .map((e) => e.name)
    .sort();
/** The pairs a sentence yields, helper>helped by official code (or name, for a body or a place the data lacks). */
function expectPairs(text: string, want: string[]): void {
  const f = run(text);
  const party = (ref: string): string => {
    const e = f.entities.find((x) => x.ref === ref);
    return e?.code || e?.name || ref;
  };
  expect(f.relations.filter((r) => r.type === 'PAIRS_WITH').map((r) => `${party(r.from)}>${party(r.to)}`).sort()).toEqual([...want].sort());
}

describe('pairings', () => {
  it('helpers listed with the subject (上海、杭州、广州3个东部城市对口帮扶Y) are each a helper', () => {
    expect(pairs(run('2016年起,上海、杭州、广州3个东部城市对口帮扶贵州省。'))).toEqual(['31>52 结对帮扶 2016', '3301>52 结对帮扶 2016', '4401>52 结对帮扶 2016']);
  });

  it('我省 in a report of the helped side is the province its place lies in', () => {
    const f = run('遵义市各县与上海各区结对多年。上海市对口帮扶我省。');
    expect(pairs(f)).toContain('31>52 结对帮扶');
  });

  it('elided-subject: …派出干部,奔赴A、B开展对口支援, the helper of the clause before', () => {
    const f = run('多年来上海市先后派出干部,奔赴江孜县(海拔4000米)、萨迦县开展对口支援。');
    expect(pairs(f)).toEqual(['31>540222 对口支援', '31>540224 对口支援']);
    expect(constructions(f)).toEqual(['elided-subject']);
  });

  it('support-of: X承接Y的对口支援任务', () => {
    const f = run('宝山区承接叶城县、巴楚县的对口支援任务。');
    expect(pairs(f).map((p) => p.split(' ')[0])).toEqual(['310113>653126', '310113>653130']);
    expect(constructions(f)).toEqual(['support-of']);
  });

  it('a place before a count of villages it does not name (叶城县的三个贫困村) or a kind of place (云南乡镇) is no party', () => {
    expect(pairs(run('上海海隆石油集团与叶城县的三个贫困村签订结对帮扶协议。'))).toEqual([]);
    expect(pairs(run('上海海隆石油集团结对帮扶云南乡镇。'))).toEqual([]);
  });

  it('a signed agreement of assistance is a cue (签署了《…对口支援合作协议》); one naming no assistance is not', () => {
    expect(pairs(run('嘉定区中心医院与双柏县人民医院签署了《远程会诊对口支援合作协议》。'))).toEqual(['嘉定区中心医院>双柏县人民医院 院院结对']);
    expect(pairs(run('区交发集团与果洛州签署援建协议。'))).toEqual([]);
  });

  it('frame: 在X与Y结对帮扶的总框架下 is read alone, the clause around it without its parties', () => {
    const f = run('两校在徐汇区与萨迦县结对帮扶的总框架下开展交流。');
    expect(pairs(f)).toEqual(['310104>540224 结对帮扶']);
  });

  it('携手并肩奔小康 is 携手奔小康', () => {
    expect(pairs(run('浦东新区和祥云县携手并肩奔小康。'))).toEqual(['310115>532923 携手奔小康']);
  });

  it('上海恩捷 is the short form of the 恩捷股份 the report names, never the city acting', () => {
    const f = run('恩捷股份发布消息。上海恩捷与怒江州兰坪县河西乡签订帮扶协议。');
    expect(pairs(f).map((p) => p.split(' ')[0])).toEqual(['上海恩捷>533325201']);
    // without the brand named in full, 上海 is the city
    expect(pairs(run('上海恩捷与怒江州兰坪县河西乡签订帮扶协议。')).map((p) => p.split(' ')[0])).toEqual(['31>533325201']);
  });
});

describe('names', () => {
  it('a township written with the 乡 it had before it became a 镇 (伯西热克乡) is the 镇', () => {
    const f = run('海隆集团帮扶叶城县伯西热克乡。');
    expect(f.entities.filter((e) => e.label === 'Township').map((e) => e.code)).toEqual(['653126107']);
  });

  it('villages listed after their townships before a count (A乡甲、B乡乙两个贫困村) are villages of those townships', () => {
    const f = run('海隆集团承接叶城县伯西热克乡欧壤、吐古其乡苏盖特艾日克两个贫困村的帮扶任务。');
    expect(f.entities.filter((e) => e.label === 'Village').map((e) => e.code)).toContain('653126107209');
  });

  it('a date, a category or a pairing cue is no part of a name', () => {
    expect(named(run('2018年海隆集团被评为先进。'), 'Enterprise')).toEqual(['海隆集团']);
    expect(named(run('两家医院签约,县级医院和上海民办完全中学、公办初级中学参加。'), 'Hospital')).toEqual([]);
    expect(named(run('上海民办完全中学、公办初级中学参加。'), 'School')).toEqual([]);
    const f = run('安排解放日报集团对口支援迪庆日报社建设。');
    expect(named(f, 'Enterprise')).toEqual(['解放日报集团', '迪庆日报社']);
    expect(pairs(f)).toEqual(['解放日报集团>迪庆日报社 对口支援']);
  });

  it('short names ending in an industry, listed beside an enterprise named in full, are enterprises (百康电子、舟润实业公司)', () => {
    expect(named(run('企业家纷纷响应,百康电子、盈实纸业、舟润实业公司、达莫建筑踊跃捐款。'), 'Enterprise')).toEqual(['盈实纸业', '百康电子', '舟润实业公司', '达莫建筑'].sort());
    // without a full name beside them, a list of such words names no one
    expect(named(run('推动电子、纸业、科技产业发展。'), 'Enterprise')).toEqual([]);
  });

  it('a province’s departments are bodies (云南省卫生厅)', () => {
    expect(named(run('云南省卫生厅与上海市卫生局签订协议。'), 'Agency')).toContain('云南省卫生厅');
  });

  it('news outlets are organisations (云南日报, 中国新闻网)', () => {
    expect(named(run('据云南日报和中国新闻网报道,普陀区帮扶东川区。'), 'Enterprise')).toEqual(['中国新闻网', '云南日报']);
  });
});

describe('money', () => {
  it('aid funds with no receiver written here or just before go to the place the report is about; an investment total does not', () => {
    expect(money(run('上海市对口支援喀什地区,重点帮扶莎车县、叶城县。援疆工作持续推进。多年来,上海市累计安排援疆资金63.19亿元。'))).toEqual(['31>6531 631900']);
    expect(money(run('上海市对口支援喀什地区,重点帮扶莎车县、叶城县。多年来,上海市引入企业到当地投资,投资金额近4亿元。'))).toEqual([]);
  });

  it('aid funds named with their giver need no verb (拿到了上海援疆资金1万元的补贴)', () => {
    expect(money(run('泽普县的村民说,这套新房拿到了上海援疆资金1万元的补贴。'))).toEqual(['31>653124 1']);
    expect(money(run('泽普县的村民说,这套新房拿到了援疆资金1万元的补贴。'))).toEqual([]);
  });

  it('上海援青资金投入达X: aid funds named before the cue, with no receiver written, go to the place the report is about', () => {
    expect(money(run('上海市对口支援果洛州。援青工作持续推进。三年里,上海援青资金投入达9.08亿元。'))).toEqual(['31>6326 90800']);
    expect(money(run('上海市对口支援果洛州。援青工作持续推进。三年里,上海企业投入达9.08亿元。'))).toEqual([]);
  });
});

describe('how the genre states a pairing, and what states none (sentences of our own)', () => {
  const cases: [string, string[]][] = [
    ['普陀区与富宁县建立结对帮扶关系。', ['310107>532628']],
    ['普陀区结对帮扶富宁县。', ['310107>532628']],
    ['普陀区负责对口帮扶富宁县。', ['310107>532628']],
    ['由普陀区对口帮扶富宁县。', ['310107>532628']],
    ['富宁县是普陀区的对口帮扶县。', ['310107>532628']],
    ['而富宁县,则是普陀区对口帮扶云南省文山州四县之一。', ['310107>532628']],
    ['富宁县是普陀区对口帮扶的四个县之一。', ['310107>532628']],
    ['作为普陀区的对口帮扶县,富宁县近年来发展迅速。', ['310107>532628']],
    ['富宁县的对口帮扶单位普陀区捐赠了物资。', ['310107>532628']],
    ['普陀区与富宁县结为对口帮扶关系。', ['310107>532628']],
    ['普陀区与富宁县是对口帮扶关系。', ['310107>532628']],
    ['普陀区、长宁区两区结对帮扶富宁县。', ['310107>532628','310105>532628']],
    ['普陀区将富宁县作为对口帮扶对象。', ['310107>532628']],
    ['普陀区与富宁县两地结对以来,交流频繁。', ['310107>532628']],
    ['富宁县与上海市普陀区结对帮扶以来,发生了巨大变化。', ['310107>532628']],
    ['上海市普陀区挂钩帮扶富宁县。', ['310107>532628']],
    ['普陀区对口支援富宁县工作取得成效。', ['310107>532628']],
    ['在普陀区的帮扶下,富宁县脱贫摘帽。', ['310107>532628']],
    ['普陀区桃浦镇与富宁县里达镇结成帮扶对子。', ['310107103>532628104']],
    ['富宁县与普陀区签订东西部协作框架协议。', ['310107>532628']],
    ['沪滇两地携手,普陀区帮扶富宁县建设学校。', ['310107>532628']],
    ['普陀区先后与富宁县、西畴县结对。', ['310107>532628','310107>532623']],
    ['上海市普陀区自2017年起结对帮扶云南省文山州富宁县。', ['310107>532628']],
    ['普陀区对口帮扶的富宁县今年脱贫。', ['310107>532628']],
    ['普陀区与富宁县、西畴县分别签订结对帮扶协议。', ['310107>532628','310107>532623']],
    ['普陀区和长宁区分别对口帮扶富宁县和西畴县。', ['310107>532628','310105>532623']],
    ['普陀区牵手富宁县共奔小康。', ['310107>532628']],
    ['普陀区的对口帮扶地区富宁县。', ['310107>532628']],
    ['富宁县与普陀区的结对关系始于2017年。', ['310107>532628']],
    ['普陀区累计向富宁县投入帮扶资金2亿元。', []],
    ['普陀区领导考察富宁县。', []],
    ['普陀区与富宁县召开东西部协作联席会议。', ['310107>532628']],
    ['上海市和云南省开展扶贫协作。', ['31>53']],
    ['普陀区助力富宁县脱贫攻坚。', []],
    ['普陀区对富宁县开展对口帮扶。', ['310107>532628']],
    ['普陀区和富宁县是东西部协作结对区县。', ['310107>532628']],
    ['普陀区与富宁县自2018年建立携手奔小康结对关系。', ['310107>532628']],
    ['普陀区与富宁县、西畴县两县开展东西部协作。', ['310107>532628','310107>532623']],
    ['普陀区牵头负责对富宁县的帮扶工作。', ['310107>532628']],
    ['普陀区的结对县富宁县。', ['310107>532628']],
    ['富宁县是普陀区东西部协作结对县。', ['310107>532628']],
    ['富宁县是普陀区的结对帮扶县。', ['310107>532628']],
    ['普陀区与富宁县签订了东西部协作协议。', ['310107>532628']],
    ['普陀区与富宁县缔结友好区县关系。', ['310107>532628']],
    ['普陀区长宁区联合帮扶富宁县。', ['310107>532628','310105>532628']],
    ['普陀区桃浦镇一对一帮扶富宁县里达镇、长征镇一对一帮扶富宁县洞波乡。', ['310107103>532628104','310107102>532628205']],
    ['嘉定区与楚雄州(永仁县、双柏县)结对。', ['310114>532327','310114>532322']],
    ['奉贤区推出新举措。全区100家企业踊跃报名,在务川县、余庆县这些对口地区结对贫困村。', ['310120>520326','310120>520329']],
    ['对口帮扶富宁县人民医院的上海市普陀区中心医院派出专家。', ['普陀区中心医院>富宁县人民医院']],
    ['2016年,上海市援青干部来到果洛州开展援青工作。', ['31>6326']],
    ['上海对口支援的江孜县、亚东县、萨迦县等三县发展迅速。', ['31>540222','31>540233','31>540224']],
    ['普陀区助力对口帮扶地区打造了东川区花沟村、禄劝县克梯村等示范村。', ['310107>530113','310107>530128']],
    ['上海光明食品集团有限公司与富宁县城投公司合作组建新公司。', []],
    ['昆明市东川区、禄劝县,与普陀区总工会签订《助力乡村振兴协作协议》。', ['普陀区总工会>530113','普陀区总工会>530128']],
    ['上海市普陀区、长宁区与云南省富宁县、西畴县结对。', ['310107>532628','310105>532623']],
    ['普陀区对口帮扶富宁县已有8年。', ['310107>532628']],
    ['普陀区与富宁县结对帮扶8年来,成效显著。', ['310107>532628']],
    ['普陀区助力对口帮扶地区富宁县脱贫。', ['310107>532628']],
    ['富宁县委书记率团赴普陀区考察对接东西部协作工作。', []],
    ['普陀区向富宁县捐赠100万元。', []],
  ];
  it.each(cases)('%s', expectPairs);
});

describe('pairings between institutions, towns and villages, and in traditional characters (sentences of our own)', () => {
  const cases: [string, string[]][] = [
    ['上海市第一人民医院与富宁县人民医院签订院院结对协议。', ['上海市第一人民医院>富宁县人民医院']],
    ['上海市光明中学与富宁县第一中学结成姊妹学校。', ['上海市光明中学>富宁县第一中学']],
    ['上海光明食品集团有限公司与富宁县那平村开展村企结对。', ['上海光明食品集团有限公司>532628101201']],
    ['上海光明食品集团有限公司结对帮扶富宁县那平村。', ['上海光明食品集团有限公司>532628101201']],
    ['普陀区桃浦镇结对帮扶富宁县里达镇。', ['310107103>532628104']],
    ['普陀区桃浦镇与富宁县里达镇签订镇镇结对协议。', ['310107103>532628104']],
    ['普陀区红十字会与富宁县红十字会结对。', ['普陀区红十字会>富宁县红十字会']],
    ['普陀區與富寧縣建立結對幫扶關係。', ['310107>532628']],
    ['2017年起,普陀区对口帮扶富宁县。', ['310107>532628']],
    ['上海市黄浦区与云南省普洱市澜沧县、景谷县结对帮扶。', ['310101>530828','310101>530824']],
    ['上海市黄浦区对口帮扶云南省普洱市的澜沧、景谷两县。', ['310101>530828','310101>530824']],
    ['普陀区与富宁县那平村等12个贫困村结对。', ['310107>532628101201']],
    ['普陀区携手富宁县,共建产业园区。', ['310107>532628']],
    ['普陀区教育局与富宁县教育局结对。', ['普陀区教育局>富宁县教育局']],
    ['上海市普陀区人民政府与文山州富宁县人民政府签订对口帮扶协议。', ['310107>532628']],
    ['普陀区帮助富宁县销售农产品3000万元。', []],
    ['普陀区干部赴富宁县挂职。', []],
  ];
  it.each(cases)('%s', expectPairs);
});

describe('organisations named the way reports name them (sentences of our own)', () => {
  const enterprises = (text: string): string[] => named(run(text), 'Enterprise');
  it.each([
    ['来源:东方网 时间:2024-10-01', ['东方网']],
    ['新华社昆明3月9日电(记者 李明)上海市对口帮扶云南省。', ['新华社']],
    ['9月28日云南网讯(通讯员 王红)普陀区帮扶东川区。', ['云南网']],
    ['澎湃新闻资深记者 王红 通讯员 李明', ['澎湃新闻']],
    ['参加采访的上海网络媒体主要包括东方网、新民网、解放网、看看新闻等。', ['东方网', '新民网', '看看新闻', '解放网']],
    ['据新华社报道,普陀区帮扶东川区。', ['新华社']],
  ])('a news outlet where the report names its source: %s', (text, want) => {
    expect(enterprises(text)).toEqual([...want].sort());
  });

  it('网, 报 and 社 end many words: outside a byline, a dateline or a source they name no outlet', () => {
    expect(enterprises('普陀区帮助东川区建设电商网,开通了快递网点。据了解,该社区获得帮助。')).toEqual([]);
  });

  it('an outlet reports what a sentence states; it takes no part in it', () => {
    const f = run('中新网迪庆10月9日电(记者 李明)今年是上海市对口支援迪庆州的第20个年头。');
    expect(pairs(f)).toEqual(['31>5334 对口支援 2004']);
  });

  it('a body of the centre is read as written, not with the words before it (也离不开外交部)', () => {
    expect(named(run('如期脱贫,也离不开外交部、长宁区和社会各界的帮扶。'), 'Agency')).toEqual(['外交部']);
    expect(named(run('国务院扶贫开发领导小组办公室主任来到富宁县。'), 'Agency')).toEqual(['国务院扶贫开发领导小组办公室']);
  });

  it('a mass organisation, a federation, a welfare home and a centre with its own name are bodies; a village committee and a service hall are not', () => {
    const f = run('普陀区妇女联合会、共青团上海市普陀区委员会、长宁区工商业联合会和南京西路街道家庭关爱服务中心来到巴楚县儿童福利院。');
    expect(f.entities.filter((e) => !['Province', 'Prefecture', 'County', 'Township', 'Village'].includes(e.label)).map((e) => e.name).sort()).toEqual(
      ['共青团上海市普陀区委员会', '南京西路街道家庭关爱服务中心', '巴楚县儿童福利院', '普陀区妇女联合会', '长宁区工商业联合会'].sort(),
    );
    expect(f.entities.filter((e) => e.label !== 'Village' && /委员会|服务中心/.test(e.name) && e.name.includes('村')).map((e) => e.name)).toEqual([]);
    expect(named(run('富宁县那平村村民委员会和那平村便民服务中心'), 'SocialOrganization')).toEqual([]);
    expect(named(run('中共普陀区委员会书记来到富宁县。'), 'Agency')).toEqual([]);
  });

  it('a 、-list closed by 等…企业 names enterprises, with a few words between (等上海重点平台企业)', () => {
    expect(enterprises('春秋旅游、长风文旅、东礼等上海重点平台企业的代表来到东川区。')).toEqual(['东礼', '春秋旅游', '长风文旅']);
  });
});


describe('names the seventh round’s reports wrote (sentences of our own)', () => {
  it.each([
    ['上海乐群社工服务社和上海医贾通公益基金会为金平县捐赠物资。', ['上海乐群社工服务社', '上海医贾通公益基金会']],
    ['代表团分别同上海合作交流办以及徐汇区相关部门对接。', ['上海合作交流办']],
    // named without the city, as every body of a district is; written 上海静安区…
    ['经上海静安区白领驿家两新组织促进中心牵线,巴楚县获得捐赠。', ['静安区白领驿家两新组织促进中心']],
    ['此次复旦管理学奖励基金会捐赠40万元。', ['复旦管理学奖励基金会']],
    ['随后又和愚园路第一小学开展结对。', ['愚园路第一小学']],
    ['该村光伏电站被国家能源局列为示范项目。', ['国家能源局']],
    ['按照原卫生部关于上海医院对口支援的部署,双方开展合作。', ['卫生部']],
    ['援疆干部专门请来同济规划院编制方案。', ['同济规划院']],
    ['农技专家陈轶南及县农科局的同志来到田间。', ['县农科局']],
    ['村民们也盼望上海新徐汇集团再来。', ['上海新徐汇集团']],
    ['由上海人民出版社和贵州人民出版社合作出版。', ['上海人民出版社', '贵州人民出版社']],
    ['上海昱程建设发展有限公司捐建了教学楼。', ['上海昱程建设发展有限公司']],
  ])('a connector, a time word or a preposition before a name is not part of it: %s', (text, want) => {
    expect(bodies(text)).toEqual([...want].sort());
  });

  it('a children’s palace, a charity’s district office, an exchange centre with its own name are bodies; 中小学 of 中小学生 is none', () => {
    expect(bodies('长宁区少年宫、上海市慈善基金会虹口区代表处和上海廿四文化发展交流中心来到金平县。')).toEqual(['上海市慈善基金会虹口区代表处', '上海廿四文化发展交流中心', '长宁区少年宫'].sort());
    expect(bodies('全县1万多名中小学生受益。')).toEqual([]);
  });

  it('a short name the report defines (以下简称“莘爱联盟”) is the body named before it; 教育部门 is no ministry', () => {
    const f = run('2018年起,闵行莘爱党工团公益联盟(以下简称“莘爱联盟”)与徐掌村结对帮扶。莘爱联盟捐建了图书室。');
    const bodies = f.entities.filter((e) => e.label === 'SocialOrganization');
    expect(bodies.map((e) => [e.name, e.written ?? []])).toEqual([['闵行莘爱党工团公益联盟', ['莘爱联盟']]]);
    expect(named(run('奉贤区教育部门派出教师。'), 'Agency')).toEqual([]);
  });

  it('于 ends a name read leftwards: 缘分起于三峡工程 names the 三峡工程', () => {
    expect(run('两地的缘分起于三峡工程。').entities.filter((e) => e.label === 'Project').map((e) => e.name)).toEqual(['三峡工程']);
  });

  it('局 of 开新局, 谋开局 ends a slogan, not an office’s name; a byline opens a paragraph (上海慈善网讯 为…)', () => {
    expect(bodies('真心实意建机制,协作交流开新局,立足市情谋开局。')).toEqual([]);
    expect(named(run('上海慈善网讯 为贯彻中央部署,奉贤区开展帮扶。'), 'Enterprise')).toEqual(['上海慈善网']);
  });

  it('a preposition before 我县 is no former county (嘉定区为我县…), a verb before 社区 no community (巴楚县成立了社区…)', () => {
    const areas = (text: string) => run(text).entities.filter((e) => e.code === undefined && ['County', 'Village'].includes(e.label)).map((e) => e.name);
    expect(areas('嘉定区为我县选派挂职干部2人。')).toEqual([]);
    expect(areas('静安对口支援的巴楚县成立了社区教育办公室。')).toEqual([]);
  });
});

describe('what the tenth round’s reports wrote (sentences of our own)', () => {
  it.each([
    ['会后,现任金山区体育局局长介绍了情况。', ['金山区体育局']],
    ['出席的还有上海市援藏干部联络组萨迦小组。', ['上海市援藏干部联络组萨迦小组']],
    ['考察团走下飞机后直接驱车赶往迪庆藏族自治州人民医院。', ['迪庆藏族自治州人民医院']],
    ['村里的发展离不开新嘉集团。', ['新嘉集团']],
  ])('words before the place a name starts with are no part of it: %s', (text, want) => {
    expect(bodies(text)).toEqual(want);
  });

  it.each([
    ['中共金山区委党史研究室提供了史料。', ['中共金山区委党史研究室']],
    ['复旦大学附属上海市第五人民医院派出专家。', ['复旦大学附属上海市第五人民医院']],
    ['中企动力南京分公司也参与其中。', ['中企动力南京分公司']],
    ['上海交通大学云南(大理)研究院揭牌。', ['上海交通大学云南(大理)研究院']],
    ['2016年以来,第八批援藏干部江孜联络小组坚持援建。', ['第八批援藏干部江孜联络小组']],
  ])('…but a name of its own or a prefix names take is: %s', (text, want) => {
    expect(bodies(text)).toEqual(want);
  });

  it('a people’s congress (人民代表大会常务委员会, 人大常委会), a friendship association, a library and a community centre are bodies (named without the city, as every body of a district is)', () => {
    expect(bodies('上海市黄浦区人民代表大会常务委员会、上海市黄浦区女企业家联谊会、上海图书馆、上海东方网社区中心来到果洛州。')).toEqual(
      ['黄浦区人民代表大会常务委员会', '黄浦区女企业家联谊会', '上海图书馆', '上海东方网社区中心'].sort(),
    );
    expect(bodies('学校新建了实验室及图书馆。')).toEqual([]);
    expect(bodies('上海市黄浦区人大常委会副主任表示,两地会继续深化合作。')).toEqual(['黄浦区人大常委会']);
  });

  it('an outlet’s byline with 消息 and a weekly named as the source are outlets (央视网消息(新闻联播):, 来源:人民周刊)', () => {
    expect(named(run('央视网消息(新闻联播):上海对云南开展协作帮扶。'), 'Enterprise')).toEqual(['央视网']);
    expect(named(run('来源:人民周刊\n\n上海对口支援江孜县。'), 'Enterprise')).toEqual(['人民周刊']);
    expect(named(run('他说,最新消息(供参考):上海对口支援江孜县。'), 'Enterprise')).toEqual([]);
  });

  it('a place after 在 and before what an event does there, inside a counterpart named elsewhere, is its venue, no party (在云南昆明召开)', () => {
    const f = run('“上海市三级医院对口帮扶云南省县级医院工作座谈会”在云南昆明召开。上海、云南两省市对口帮扶合作联席会议纪要在昆明完成签署。');
    expect(f.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['上海市', '云南省', '昆明市']));
    expect(pairs(f).some((p) => p.startsWith('31>5301'))).toBe(false);
    expect(pairs(run('上海市对口帮扶昆明市,签署协议。'))).toEqual(['31>5301 结对帮扶']);
  });

  it('州 or 县 opening a body’s name is the report’s own prefecture or county, on the helped side (州人民医院 in a report about 迪庆)', () => {
    const f = run('迪庆藏族自治州人民医院由瑞金医院对口帮扶。多年来有上海市的帮扶,州人民医院已成为三级医院。');
    expect(named(f, 'Hospital')).toEqual(['瑞金医院', '迪庆藏族自治州人民医院']);
    expect(pairs(f).some((p) => p.startsWith('迪庆藏族自治州人民医院>'))).toBe(false);
  });

  it('short names in a list lie in the most specific place the report names (长宁区虹桥、周家桥4个街道; 大寨、沙依坡乡)', () => {
    const codes = (text: string) => run(text).entities.filter((e) => e.label === 'Township').map((e) => e.code).sort();
    expect(codes('物资送往上海市长宁区虹桥、华阳、周家桥、仙霞4个街道。')).toEqual(['310105005', '310105009']);
    expect(codes('金平县大寨、沙依坡乡的蕉农也献了爱心。')).toEqual(['532530207', '532530208']);
  });

  it('amounts written in Chinese numerals with decimals (四點四七億元), and places giving jointly credit the first (上海市和青岛市)', () => {
    expect(money(run('上海自1992年起对口支援夷陵区,累计向夷陵区投入资金四点四七亿元。'))).toEqual(['31>420506 44700']);
    expect(money(run('按照安排,今年上海市和青岛市对口支援夷陵区的项目资金有5500多万元。'))).toEqual(['31>420506 5500']);
    expect(money(run('今年上海市和青岛市对口支援夷陵区,投入项目资金5500多万元。'))).toEqual(['31>420506 5500']);
  });
});

describe('what the eleventh round’s reports wrote (sentences of our own)', () => {
  it('a village’s complete primary school (完小) and a work team are bodies; 扶持 before a name is no part of it', () => {
    expect(bodies('嘉定区还援建了乃日完小、兴隆完小等7所农村完小。')).toEqual(['乃日完小', '兴隆完小']);
    expect(bodies('上海市组团式教育援藏工作队进驻学校。')).toEqual(['上海市组团式教育援藏工作队']);
    expect(bodies('2005年,嘉定区扶持香格里拉县仁安生态公司发展产业。')).toEqual(['香格里拉县仁安生态公司']);
  });

  it('拿出 and 扶持 give; funds may be named after the amount (拿出4765万元帮扶资金); labour valued in money (折合) is none given', () => {
    const report = '香格里拉县是嘉定区的对口帮扶县。';
    expect(money(run(`${report}多年来,嘉定区拿出4765万元帮扶资金,加上群众投工投劳折合的3130万元,实施整村推进。`))).toEqual(['310114>533401 4765']);
    expect(money(run('多年来,嘉定区拿出4765万元帮扶资金,实施整村推进。'))).toEqual([]);
  });

  it('after a clause of time, the subject still opens the sentence, and the clauses after ; go on with it (2005年,嘉定区扶持…;扶持…)', () => {
    const f = run('香格里拉县是嘉定区的对口帮扶县。2005年,嘉定区扶持香格里拉县仁安生态公司产业20万元;扶持小中甸高原食用菌产业10万元;扶持格咱翁水村牦牛养殖产业10万元。');
    expect(money(f).map((m) => m.split(' ')[1])).toEqual(['20', '10', '10']);
    expect(money(f).every((m) => m.startsWith('310114>'))).toBe(true);
  });

  it('a body written as a reference (该会, 联合会 opening a clause) is the body of that kind named last', () => {
    const f = run('上海市宝山区工商业联合会当选慈善之星。该会自1988年起投身公益。近3年,联合会组织民营企业为叶城县直接捐款超过568万元。');
    expect(money(f)).toEqual(['宝山区工商业联合会>653126 568']);
    expect(money(run('近3年,联合会组织民营企业为叶城县直接捐款超过568万元。'))).toEqual([]);
  });

  it('对口援疆 (援藏, 援滇 …) is a verb of pairing; with no counterpart after it, the counterpart is the report’s place in that region', () => {
    expect(pairs(run('代表团实地调研上海对口援疆莎车县重点项目。'))).toEqual(['31>653125 对口支援']);
    const f = run('日喀则市是上海市的对口支援地区。1994年至2018年,山东省对口援藏项目1355个、援藏资金38.18亿元。');
    expect(pairs(f)).toContain('37>5402 对口支援 1994');
    expect(constructions(f)).toContain('region-verb');
    expect(pairs(run('遵义市是上海市的对口帮扶地区。山东省对口援藏项目1355个。')).some((p) => p.startsWith('37>'))).toBe(false);
  });

  it('Y被列为X及Z对口帮扶与经济协作县: each helper of the list helps the sentence’s subject, even after a clause of its own', () => {
    expect(pairs(run('据介绍,金平县位于云南省红河州南部,是国家级深度贫困县,1996年被列为上海市及长宁区对口帮扶与经济协作县。'))).toEqual([
      '310105>532530 结对帮扶 1996',
      '31>532530 结对帮扶 1996',
    ]);
  });

  it('a byline’s brackets before a total split nothing (香格里拉网讯(记者 杨云萍) …上海市嘉定区共安排了6253万元)', () => {
    expect(money(run('香格里拉网讯(记者 杨云萍) 这几年,上海市嘉定区共安排了6253万元帮扶资金,主要投向香格里拉县。'))).toEqual(['310114>533401 6253']);
  });

  it('a helper qualifying the place after it gives nothing there (联合会…为宝山区对口支援的叶城捐款)', () => {
    const f = run('上海市宝山区工商业联合会当选慈善之星。近3年,联合会组织民营企业为宝山区对口支援的叶城县直接捐款568万元。');
    expect(money(f)).toEqual(['宝山区工商业联合会>653126 568']);
  });

  it('a kind of project after a word that sorts (各类帮扶项目) is no project', () => {
    expect(run('这几年,上海市嘉定区共安排了6253万元各类帮扶项目建设资金。').entities.filter((e) => e.label === 'Project')).toEqual([]);
  });
});

describe('what the twelfth round’s reports wrote (sentences of our own)', () => {
  it('places listed before a body named with the last of them each have that body, which stands for them there', () => {
    const f = run('浦东新区人社局与宾川县、洱源县、鹤庆县人力资源和社会保障局签订了劳务协作协议。');
    expect(named(f, 'Agency')).toEqual(['宾川县人力资源和社会保障局', '洱源县人力资源和社会保障局', '浦东新区人社局', '鹤庆县人力资源和社会保障局'].sort());
    expect(pairs(f).some((p) => /^[^>]+>5329\d\d /.test(p))).toBe(false);
  });

  it.each([
    ['借助品牌优势,促成光明集团与喀什南达新农业开展合作。', ['光明集团']],
    ['嘉定区融媒体中心联合楚雄日报社推出专栏。', ['嘉定区融媒体中心', '楚雄日报社']],
    ['江孜小组带着藏研公司来到上海。', ['藏研公司']],
    ['周浦镇社区事务受理服务中心派出人员。', ['周浦镇社区事务受理服务中心']],
    ['上海市国资委、静安区政府办和克拉玛依市文化馆、独库公路博物馆、克拉玛依市青少年活动中心参加。', ['上海市国资委', '克拉玛依市文化馆', '克拉玛依市青少年活动中心', '独库公路博物馆', '静安区政府办']],
  ])('verbs before a name are no part of it, and more heads name bodies: %s', (text, want) => {
    expect(bodies(text)).toEqual([...want].sort());
  });

  it('a short name a report defines without quotes (以下简称人社局) is the body before it; 省 opening a body’s name is the report’s province', () => {
    const f = run('鹤庆县人力资源和社会保障局(以下简称人社局)签订协议。');
    expect(named(f, 'Agency')).toEqual(['鹤庆县人力资源和社会保障局']);
    expect(named(run('鹤庆县是上海的对口帮扶县。省人大常委会来到鹤庆县。'), 'Agency')).toEqual(['云南省人大常委会']);
  });

  it('a count of bodies names none of them (四个街镇社区事务受理服务中心); trade (产销合作) is no pairing', () => {
    expect(bodies('浦东新区四个街镇社区事务受理服务中心派出人员。')).toEqual([]);
    expect(pairs(run('上海市促成光明集团与泽普县开展产销合作。'))).toEqual([]);
    expect(pairs(run('上海市与泽普县开展对口支援合作。'))).toEqual(['31>653124 对口支援']);
  });

  it('a count of places before 社区 names no community (四个街镇社区…)', () => {
    expect(run('浦东新区四个街镇社区事务受理服务中心派出人员。').entities.filter((e) => e.label === 'Village')).toEqual([]);
  });
});

describe('heads of bodies the genre names, by the grammar of Chinese names rather than one report (sentences of our own)', () => {
  it.each([
    ['静安区档案馆和夷陵区史志办整理了两地合作的资料。', ['夷陵区史志办', '静安区档案馆']],
    ['泽普县农技站的技术员走进村里。', ['泽普县农技站']],
    ['莎车县红旗药业与上海股权交易中心签约。', ['上海股权交易中心', '莎车县红旗药业']],
    ['勐海县电视台报道了这次活动。', ['勐海县电视台']],
    ['长宁区科协、长宁区侨联共同举办讲座。', ['长宁区侨联', '长宁区科协']],
    ['嘉定区干部教育中心为大姚县培训干部。', ['嘉定区干部教育中心']],
  ])('%s', (text, want) => {
    expect(bodies(text)).toEqual([...want].sort());
  });

  it.each([
    ['新城镇社区卫生服务中心与格咱乡卫生所结对。', 'Hospital', ['新城镇社区卫生服务中心', '格咱乡卫生所']],
    ['松江区第二职业中学的老师来到勐海县职中。', 'School', ['勐海县职中', '松江区第二职业中学']],
  ])('with the label of their head: %s', (text, label, want) => {
    expect(named(run(text), label)).toEqual([...want].sort());
  });
});

describe('what round 13 showed of the grammar of names, places and givers (sentences of our own)', () => {
  it('a short name of the first character of each word (工投 of 工业投资) is the enterprise named in full, and 集团 alone refers back to it', () => {
    const f = run('上海工业投资(集团)有限公司来到瑞丽市。上海工投集团为当地学校捐资。集团累计向瑞丽市捐助90余万元。');
    expect(named(f, 'Enterprise')).toEqual(['上海工业投资(集团)有限公司']);
    expect(money(f)).toEqual(['上海工业投资(集团)有限公司>533102 90']);
    // Characters not of its name, in its order, are another enterprise's.
    expect(bodies('上海工业投资(集团)有限公司来到瑞丽市。上海工商集团也来了。')).toEqual(['上海工商集团', '上海工业投资(集团)有限公司'].sort());
    expect(bodies('上海工业投资(集团)有限公司来到瑞丽市。上海投工集团也来了。')).toEqual(['上海工业投资(集团)有限公司', '上海投工集团'].sort());
  });

  it('a gift no receiver is written for (捐款, 资助, 出资) goes to the place the report is about, as aid funds do; other amounts to nobody', () => {
    const gift = run('大姚县的学校迎来新校舍。老师们十分高兴。上海浦东伟业房地产开发公司捐款25万元。');
    expect(money(gift)).toEqual(['浦东伟业房地产开发公司>532326 25']);
    expect(money(run('大姚县的学校迎来新校舍。老师们十分高兴。上海浦东伟业房地产开发公司投入25万元。'))).toEqual([]);
  });

  it('a party written right after 向, 给, 对 or 为 receives, and is never the giver', () => {
    const f = run('上海工业投资(集团)有限公司来到瑞丽市。公司累计向雷允小学捐助90余万元。');
    expect(money(f).filter((m) => m.startsWith('雷允小学'))).toEqual([]);
  });

  it.each([
    ['宝山区杨行中心校的老师来到现场。', '310113103'],
    ['瑞丽市弄岛镇雷允小学的学生表演了节目。', '533102103203'],
  ])('a school named after its township or village names that place: %s', (text, code) => {
    expect(run(text).entities.map((e) => e.code)).toContain(code);
  });

  it('names schools and hospitals share with many villages (人民医院, 红旗小学) name no place', () => {
    expect(run('双柏县人民医院与红旗小学结对。').entities.filter((e) => e.label === 'Village')).toEqual([]);
  });

  it('当地 opening a body’s name is the body of the place the report is about', () => {
    const f = run('静安区对口支援夷陵区。当地农业农村局派人备货。');
    expect(named(f, 'Agency')).toEqual(['夷陵区农业农村局']);
  });

  it.each([
    ['他们还来到边远山区小学看望师生。', []],
    ['专家与老师一同探讨小学的教育理念。', []],
    ['两位高管住进学校参加教学。', []],
    ['上海工投集团及其所属工业投资公司帮扶两所学校。', ['上海工投集团', '工业投资公司']],
    ['同济大学与同仁医院签约,与遵品(上海)食品发展有限公司合作。', ['同仁医院', '同济大学', '遵品(上海)食品发展有限公司']],
  ])('words that only sort bodies, and verbs before a head, are no part of a name; 同 may open one: %s', (text, want) => {
    expect(bodies(text)).toEqual([...want].sort());
  });

  it.each([
    ['红河州要如期实现脱贫目标,离不开徐汇区、长宁区的帮扶与支持。', ['310104>5325', '310105>5325']],
    ['多年来有嘉定区的帮扶,双柏县人民医院已成为三级医院。', ['310114>双柏县人民医院']],
    ['据楚雄州介绍,有了嘉定区的对口支援,大姚县的学校旧貌换新颜。', ['310114>532326']],
  ])('a place owing its progress to a helper’s help (离不开, 有…的帮扶) is helped by it: %s', (text, want) => {
    expectPairs(text, want);
  });

  it('a body named for a pairing states it (上海市对口支援都江堰市…指挥部), and 对口支持 is a verb of pairing', () => {
    const f = run('上海市对口支援都江堰市灾后重建指挥部把钥匙交到当地负责人手中。');
    expect(pairs(f)).toEqual(['31>510181 对口支援']);
    expect(constructions(f)).toEqual(['body-name']);
    expectPairs('闵行区对口支持昌宁县发展中草药种植。', ['310112>530524']);
    // 对口交流, 对口合作: what paired places do together, as 对口帮扶 is.
    expectPairs('上海和青海的对口交流工作已见实效。', ['31>63']);
  });
});

describe('what round 14 showed of names and givers (sentences of our own)', () => {
  it.each([
    ['上海将鼓励金融、信息、咨询等服务企业到当地发展。', []],
    ['本文版权均属高原(北京)文化传播有限公司。', ['高原(北京)文化传播有限公司']],
    ['大姚县是嘉定区的对口帮扶县。云南省商务厅厅长来到大姚县,省教育厅也派人参加,报告厅里座无虚席。', ['云南省商务厅', '云南省教育厅']],
    ['图片由上海消费帮扶联盟提供。', ['上海消费帮扶联盟']],
  ])('a sector is no enterprise, a department is a province’s, a cue right before the head is the name’s own: %s', (text, want) => {
    expect(bodies(text)).toEqual([...want].sort());
  });

  it('outlets known by their own names are read wherever a report writes them, not inside another word (云南网络)', () => {
    expect(bodies('负责人对澎湃新闻记者说,据新华社报道,云南网络销售增长。')).toEqual(['新华社', '澎湃新闻'].sort());
  });

  it('large enterprises written by their brand alone (携程, 拼多多, 光明食品) are read wherever written, not in common words (光明, 绿地)', () => {
    expect(bodies('携程和拼多多为当地农产品开店,光明食品也来采购。')).toEqual(['光明食品', '拼多多', '携程'].sort());
    expect(bodies('村里的道路一片光明,广场上新铺了绿地。')).toEqual([]);
  });

  it('a helper that has others give (引导…企业投资, 动员社会各界捐款) gives none of it itself', () => {
    expect(money(run('上海引导341家企业赴云南投资108.3亿元。'))).toEqual([]);
    expect(money(run('上海市还帮助云南省引进企业投资3970万元。'))).toEqual([]);
    expect(money(run('上海向云南投资108.3亿元。'))).toEqual(['31>53 1083000']);
  });
});

describe('the cue-clause fallback: places of both sides in a clause with a cue, when no construction read the sentence', () => {
  const cueClause = (text: string): string[] => {
    const f = run(text);
    return f.relations.filter((r) => r.type === 'PAIRS_WITH' && r.construction === 'cue-clause').map((r) => `${codeOf(f, r.from)}>${codeOf(f, r.to)}`);
  };
  it.each([
    ['富宁县群众感谢普陀区多年的帮扶。', ['310107>532628']],
    ['县政协主席代表富宁县对上海市普陀区长期以来的帮扶表示感谢。', ['310107>532628']],
    ['上海浦东和江孜对接了。', ['310115>540222']],
  ])('%s', (text, want) => {
    expect(cueClause(text)).toEqual(want);
  });
  it.each([
    '普陀区向富宁县投入帮扶资金200万元。',
    '普陀区考察团来到富宁县考察东西部协作项目。',
    '上海市普陀区援滇干部、富宁县副县长李明介绍了帮扶情况。',
    '普陀区援建了富宁县的一所学校,支援当地教育。',
    '普陀区召开帮扶富宁县工作会议。',
    '青浦区推动项目落户德宏,将上海现代农业技术对接德宏农业。',
  ])('states none: %s', (text) => {
    expect(cueClause(text)).toEqual([]);
  });
  it('its pairings are trusted less than a construction, so they go to review', () => {
    const f = run('富宁县群众感谢普陀区多年的帮扶。');
    const pairing = f.relations.find((r) => r.type === 'PAIRS_WITH');
    expect(pairing?.confidence).toBeLessThan(0.75);
  });
});
