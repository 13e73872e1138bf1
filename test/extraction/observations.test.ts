import { Gazetteer } from '../../src/gazetteer/gazetteer';
import { extractFacts } from '../../src/extraction/extract-facts';
import type { FactSet } from '../../src/model';
import { OBSERVATION_RULES, parseFigure } from '../../src/extraction/observations';

/** Measured figures: each rule of rules/observations.json on its own example (none from the corpus). */
let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await Gazetteer.load({ villages: true });
}, 60_000);

const run = (text: string, publishedAt = '2019'): FactSet => extractFacts({ id: 't', title: 't', text, publishedAt }, gazetteer);
const name = (f: FactSet, ref: string): string => f.entities.find((e) => e.ref === ref)?.name ?? ref;
/** `subject metric=value @date` of every observation */
const figures = (f: FactSet): string[] => f.observations.map((o) => `${name(f, o.subject)} ${o.metric}=${o.value} @${o.date}`).sort();
const sorted = (xs: string[]): string[] => [...xs].sort();
const H = '## 普陀区:携手小康\n\n普陀区与云南省文山州富宁县建立结对帮扶关系。\n\n';

describe('observation rules', () => {
  it.each(OBSERVATION_RULES.map((r) => [r.id, r.example[0], r.example[1]]))('%s: %s → %s', (_id, sentence, expected) => {
    const got = run(`${H}${sentence}。`).observations.map((o) => `${o.metric}=${o.value}`);
    for (const figure of expected.split(' ')) expect(got).toContain(figure);
  });

  it('counts as written: 十余, 千余, 两, 二十', () => {
    expect([parseFigure('十余'), parseFigure('千余'), parseFigure('两'), parseFigure('二十'), parseFigure('12')]).toEqual([10, 1000, 2, 20, 12]);
  });
});

describe('subjects and dates', () => {
  it('a before/after poverty series: two dates, the year-end as its last day, 目前 as the year of publication', () => {
    const f = run(`${H}截至目前,富宁县建档立卡贫困户从2014年底9000户36000人下降到1500户5200人。`);
    expect(figures(f)).toEqual(sorted([
      '富宁县 poorHouseholds=9000 @2014-12-31',
      '富宁县 poorPeople=36000 @2014-12-31',
      '富宁县 poorHouseholds=1500 @2019',
      '富宁县 poorPeople=5200 @2019',
    ]));
  });

  it('a poverty rate before help is dated by the year the help starts; 如今两个村 are the villages of that rate', () => {
    const f = run(`${H}富宁县的那平村、坡地村是典型的贫困村,贫困发生率35%。\n\n2017年起,普陀区帮助困难群众改造危房。如今两个村贫困发生率已降至2%。`);
    expect(figures(f)).toEqual(sorted(['那平村委会 povertyRate=35 @2017', '坡地村委会 povertyRate=35 @2017', '那平村委会 povertyRate=2 @2019', '坡地村委会 povertyRate=2 @2019']));
  });

  it('funds over a period: the total and the donated part are the place’s; 至今 is the year of publication', () => {
    const f = run(`## 对口支援富宁县\n\n2015年至今,上海市、普陀区先后投入各类帮扶资金500万元,其中市级统筹专项资金300万元,普陀区财政资金150万元,各类捐赠50万元,实施了新农村建设项目5个、社会事业项目7个。`, '2018');
    expect(figures(f)).toEqual(sorted([
      '富宁县 fundsTotalWan=500 @2018',
      '富宁县 donationsWan=50 @2018',
      '富宁县 newRuralConstructionProjects=5 @2018',
      '富宁县 socialProjects=7 @2018',
    ]));
  });

  it('a plan for a year: planned metrics, dated by the year written', () => {
    const f = run(`## 帮扶文山州\n\n按照工作安排,2018年上海市、普陀区计划投入各类帮扶资金800万元,其中市级统筹专项资金600万元,普陀区财政资金200万元,实施农村建设项目2个,产业发展项目4个。`);
    expect(figures(f)).toEqual(sorted([
      '文山壮族苗族自治州 plannedFundsWan=800 @2018',
      '文山壮族苗族自治州 plannedRuralConstructionProjects=2 @2018',
      '文山壮族苗族自治州 plannedIndustrialProjects=4 @2018',
    ]));
  });

  it('paired townships, cadres and projects with no place written are the district’s', () => {
    const f = run(`## 普陀区:携手小康\n\n三年来,普陀区实施了12个农村基建项目和30个产业发展项目;与文山州15个贫困乡镇和60个深度贫困村结对帮扶全覆盖。普陀区累计援派21名超过一年期的干部人才赴对口地区工作。`);
    expect(figures(f)).toEqual(sorted([
      '普陀区 ruralInfrastructureProjects=12 @2019',
      '普陀区 industrialProjects=30 @2019',
      '普陀区 pairedTownships=15 @2019',
      '普陀区 pairedVillages=60 @2019',
      '普陀区 cadresSent=21 @2019',
    ]));
  });

  it('counties out of poverty are the prefecture’s named before them; an amount after several places is no one’s', () => {
    const f = run(`${H}截至目前,除富宁县外,文山州其余7个县(市)都已脱贫摘帽。\n\n普陀区结对帮扶的是文山州广南县、富宁县。普陀区投入帮扶资金1亿元,其中区财政资金8000万元,社会捐赠2000万元。`);
    expect(figures(f)).toEqual(sorted(['文山壮族苗族自治州 countiesExitedPoverty=7 @2019']));
  });
});
