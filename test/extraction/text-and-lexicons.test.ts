import { splitSentences } from '../../src/extraction/text';
import { findAmounts, parseCount } from '../../src/extraction/numbers';
import { findOrganizations } from '../../src/extraction/organizations';
import { findProjects } from '../../src/extraction/projects';

describe('sentences', () => {
  it('joins a sentence broken across lines but keeps each piece an exact single-line substring', () => {
    const text = '三年来,共投入帮扶项目资金900万元,完成帮扶\n\n项目6个,并多次开展送医活动。\n\n下一段。';
    const [first] = splitSentences(text);
    expect(first.text).toBe('三年来,共投入帮扶项目资金900万元,完成帮扶项目6个,并多次开展送医活动。');
    for (const p of first.pieces) {
      expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
      expect(p.text).not.toContain('\n');
    }
  });

  it('never joins a list line with the next one', () => {
    const s = splitSentences('扶贫协作:云南西双版纳勐海县、勐腊县  \n对口支援:西藏日喀则定日县');
    expect(s.map((x) => x.text)).toEqual(['扶贫协作:云南西双版纳勐海县、勐腊县', '对口支援:西藏日喀则定日县']);
  });

  it('splits at ; and 。 and records headings', () => {
    const s = splitSentences('## 松江区:建立长效机制\n\n甲向乙捐赠10万元;丙向丁捐赠5万元。');
    expect(s.map((x) => [x.kind, x.text, x.heading])).toEqual([
      ['heading', '松江区:建立长效机制', '松江区:建立长效机制'],
      ['prose', '甲向乙捐赠10万元;', '松江区:建立长效机制'],
      ['prose', '丙向丁捐赠5万元。', '松江区:建立长效机制'],
    ]);
  });
});

describe('numbers', () => {
  it.each([
    ['资金1.799亿元', 17990, '1.799亿元'],
    ['总价值31100元的电脑', 3.11, '31100元'],
    ['总价值10万余元的各类图书', 10, '10万余元'],
    ['投资金额近4亿元', 40000, '4亿元'],
  ])('%s', (text, wan, written) => {
    expect(findAmounts(text)[0]).toMatchObject({ amountWan: wan, amountText: written });
  });
  it('reads small Chinese counts', () => {
    expect([parseCount('三'), parseCount('十二'), parseCount('33')]).toEqual([3, 12, 33]);
  });
});

describe('organisation heads (rules/organizations.json)', () => {
  const names = (text: string) => findOrganizations(text, []).map((o) => [o.written, o.label, o.abbreviated ?? '']);
  it('区-prefixed offices, and list items sharing the first item’s 区', () => {
    expect(names('区农业农村委、卫生健康委、文旅局等多个部门积极赴对口地区考察调研')).toEqual([
      ['区农业农村委', 'Agency', '区'],
      ['卫生健康委', 'Agency', '区'],
      ['文旅局', 'Agency', '区'],
    ]);
  });
  it('与 ends a name only when a named party precedes it', () => {
    expect(names('按照市对口支援与合作交流工作领导小组的工作部署')).toEqual([['市对口支援与合作交流工作领导小组', 'Agency', '市']]);
    expect(names('区残联与久治县残联开展对口援助工作').map((n) => n[0])).toEqual(['区残联', '久治县残联']);
  });
  it('enterprises named only by a closing 等…企业', () => {
    expect(names('陆续引入奉贤交能集团、上海申浩农业、光明森源等一批优质企业到当地投资').map((n) => n[0])).toEqual(['奉贤交能集团', '上海申浩农业', '光明森源']);
  });
  it('drops categories and words ending like a head (工作格局, 重点学校)', () => {
    expect(names('逐步形成了共同参与的工作格局,发动重点学校开展结对')).toEqual([]);
  });
  it('party prefixes make a social organisation', () => {
    expect(names('民盟上海市嘉定区委赴楚雄州武定县捐资助学15万元')).toEqual([['民盟上海市嘉定区委', 'SocialOrganization', '']]);
  });
});

describe('project heads (rules/projects.json)', () => {
  const names = (text: string) => findProjects(text, [], () => false).map((p) => p.name);
  it('a verb before the name ends it', () => {
    expect(names('青浦区积极推动青浦塘茭白种植项目落户德宏')).toEqual(['青浦塘茭白种植项目']);
    expect(names('分别开展帮助贫困残疾家庭牲畜安全越冬项目和壮鸡养殖项目')).toEqual(['帮助贫困残疾家庭牲畜安全越冬项目', '壮鸡养殖项目']);
  });
  it('counts and categories are tallies, not projects', () => {
    expect(names('实施了新农村建设项目13个、社会事业项目24个,完成帮扶项目180多个,实施了70个农村基建项目')).toEqual([]);
  });
  it('a name whose verb would leave nothing keeps the whole span', () => {
    expect(names('嘉定区财政资金援建(助)的德钦县红色股份村级集体经济组织产业发展项目')).toEqual(['德钦县红色股份村级集体经济组织产业发展项目']);
  });
});
