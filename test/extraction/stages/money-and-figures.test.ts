import { codeOf, sentenceReader } from '../../support/sentences';
import type { FactSet } from '../../../src/model';
import { sinceDuration, yearBefore } from '../../../src/extraction/time';

const { run } = sentenceReader();
const money = (f: FactSet): string[] =>
  f.relations
    .filter((r) => ['FUNDS', 'DONATES_TO', 'INVESTS_IN'].includes(r.type) && typeof r.properties?.amountWan === 'number')
    .map((r) => `${r.type} ${codeOf(f, r.from)}>${codeOf(f, r.to)} ${String(r.properties!.amountWan)}${r.properties?.qualifier ? ` ${String(r.properties.qualifier)}` : ''}`)
    .sort();

describe('money given', () => {
  it('向/给 mark the receiver: X向Y捐赠…, X给Y带来…', () => {
    expect(money(run('会上,徐汇区向红河州元阳县捐赠了“携手兴乡村”资金3500万元。'))).toEqual(['DONATES_TO 310104>532528 3500']);
    expect(money(run('金山区廊下镇给宁洱县同心镇带来了“真金白银”——100万元帮扶共建资金。'))).toEqual(['FUNDS 310116107>530821104 100']);
  });

  it('我州 in a report of the helped side is the place the report names most', () => {
    expect(money(run('徐汇区与红河州举行联席会议。会上,徐汇区向我州捐赠了资金3500万元。'))).toEqual(['DONATES_TO 310104>5325 3500']);
  });

  it('the giver is the subject of the sentence, the most specific of its chain (上海市黄浦区), and 累计 is kept', () => {
    expect(money(run('罗爱平表示,自1996年起上海市黄浦区对口帮扶澜沧县,已累计投入帮扶资金5.69亿元。'))).toEqual(['FUNDS 310101>530828 56900 cumulative']);
  });

  it('a series of yearly amounts shares the cue of its first (投入——2017年为…,2018年增至…,2019年…超过…), a generic project after a list naming none', () => {
    const f = run('以协作为纽带 , 上海市普陀区不断加大对寻甸县的对口援建项目和帮扶资金投入——2017年为2000万元、6个项目 , 2018年增至9152万元、23个项目 , 2019年进一步扩大到超过1亿元、26个项目 。');
    expect(money(f)).toEqual(['FUNDS 310107>530129 10000 lowerBound', 'FUNDS 310107>530129 2000', 'FUNDS 310107>530129 9152']);
    expect(f.entities.filter((e) => e.label === 'Project')).toEqual([]);
  });

  it('reads amounts in Chinese numerals, common and financial (伍万元, 一百二十万元), but not 二元结构 or 几十万元', () => {
    expect(money(run('上海市黄浦区打浦桥街道向孟连县勐马镇捐赠伍万元人民币。'))).toEqual(['DONATES_TO 310101021>530827102 5']);
    expect(money(run('上海市黄浦区打浦桥街道向孟连县勐马镇捐赠一百二十万元。'))).toEqual(['DONATES_TO 310101021>530827102 120']);
    expect(money(run('黄浦区出资几十万元支持孟连县勐马镇,打破城乡二元结构。'))).toEqual([]);
  });

  it('the giver is the most specific of its chain, and each of a list before 分别', () => {
    expect(money(run('上海市黄浦区打浦桥街道向孟连县勐马镇捐赠对口帮扶资金30万元。'))).toEqual(['DONATES_TO 310101021>530827102 30']);
    expect(money(run('上海一帆公益基金会、沪港资产管理(香港)有限公司分别向孟连县勐马镇捐赠5万元。'))).toEqual([
      'DONATES_TO 上海一帆公益基金会>530827102 5',
      'DONATES_TO 沪港资产管理(香港)有限公司>530827102 5',
    ]);
  });

  it('出资 gives; a person leading a delegation gives the body’s money, a person alone his own', () => {
    expect(money(run('上海市黄浦区南京东路街道办事处主任任伟峰带领代表团来到万州区武陵镇,出资30万元修建村卫生室。'))).toEqual(['FUNDS 310101002>500101137 30']);
    expect(money(run('黄浦区医务部主任郭旋来到万州区武陵镇,出资2万元修建村卫生室。'))).toEqual([]);
  });

  it('a clause after ; with no helper goes on with the subject before (…;又捐赠500万元), and money used is no money given', () => {
    expect(money(run('杨浦区帮扶道真自治县,为三江镇云峰村开展风貌整治;又捐赠500万元,帮助茶旅一体化。'))).toEqual(['DONATES_TO 310110>520325101201 500']);
    expect(money(run('上海市对口帮扶大姚县投入项目资金3244万元;已实际拨付使用资金2405.4万元。'))).toEqual(['FUNDS 31>532326 3244']);
  });

  it('an amount is no part of a project’s name, nor is 项目 before 签约', () => {
    const f = run('南京东路街道举办了对口支援武陵镇建设市场30万元经济合作捐赠暨项目签约仪式。');
    expect(f.entities.filter((e) => e.label === 'Project')).toEqual([]);
  });

  it('the later of a list of helpers (上海市及黄浦区) gives', () => {
    expect(money(run('2019年,上海市及黄浦区对口支援万州区的项目共26个,援助总金额5042万元。'))).toEqual(['FUNDS 310101>500101 5042']);
  });

  it('an enterprise investing is INVESTS_IN, with its lower bound (超3亿元)', () => {
    expect(money(run('上海绿赛可实业有限公司先后投资超3亿元,在云南临沧市耿马傣族佤族自治县建厂投产。'))).toEqual(['INVESTS_IN 上海绿赛可实业有限公司>530926 30000 lowerBound']);
  });

  it('income, prices and sales are no money given, nor a person’s gift through a body', () => {
    expect(money(run('龙陵县的石斛年销售额达3000万元,村民每月收入增加3000元。'))).toEqual([]);
    expect(money(run('双柏县人民医院里,上海市杨浦区中心医院医务部主任郭旋为病人捐了2万元。'))).toEqual([]);
  });
});

describe('fund source', () => {
  const sources = (f: FactSet): string[] =>
    f.relations.filter((r) => typeof r.properties?.amountWan === 'number').map((r) => `${String(r.properties!.amountWan)} ${String(r.properties?.fundSource ?? '-')}`).sort();

  it.each([
    ['2019年,嘉定区投入市级财政资金1000万元支持德钦县。', '1000 MUNICIPAL'],
    ['嘉定区向久治县安排区级帮扶资金500万元。', '500 DISTRICT'],
    ['上海市华侨事业发展基金会向务川县捐赠资金20万元。', '20 DONATION'],
    ['嘉定区向德钦县援助资金300万元。', '300 -'],
  ])('reads where the money came from when its clause says it: %s', (sentence, expected) => {
    expect(sources(run(sentence))).toEqual([expected]);
  });

  it('reads it in the clause of the amount only, not in the next one', () => {
    expect(sources(run('嘉定区向德钦县援助资金300万元,另有社会捐赠物资若干。'))).toEqual(['300 -']);
  });
});

describe('project figures', () => {
  it('gives a project its investment, area, output and the households and people it reaches, with qualifiers', () => {
    const f = run('奉贤区援建的大型生猪养殖场,总投资近8000万元,建筑面积3000余平米,年出栏商品肉猪30000头,带动1800户8000人,其中贫困人口982人。');
    const project = f.entities.find((e) => e.label === 'Project')!;
    expect(project.name).toBe('大型生猪养殖场');
    expect(project.properties).toEqual({
      amountWan: 8000, amountText: '8000万元', amountQualifier: 'approximate',
      areaM2: 3000, areaText: '3000余平米', areaQualifier: 'lowerBound',
      output: '年出栏商品肉猪30000头', outputValue: 30000, outputUnit: '头',
      households: 1800, people: 8000, poorPeople: 982,
    });
  });
});

describe('time', () => {
  it('takes the latest year before the cue, and a duration up to the report', () => {
    expect(yearBefore('从2010年7月起,上海市对口支援青海省果洛州,2012年,明确嘉定区对口支援久治县', 40)).toBe(2012);
    expect(sinceDuration('上海对口支援果洛的接力棒已经传了十五年', '2025')).toBe(2010);
    expect(sinceDuration('松江对口支援定日25载', '2020')).toBe(1995);
    expect(sinceDuration('2024年3月,两地召开会议', '2024')).toBeUndefined();
    // A year is no duration: 捐赠2017年项目援助款 in a report of 2017 does not make a pairing begin in year 0.
    expect(sinceDuration('南翔镇和德钦县升平镇开展“镇镇结对”帮扶,捐赠2017年项目援助款50万元', '2017')).toBeUndefined();
  });
});
