import { codeOf, sentenceReader } from '../support/sentences';
import type { FactSet } from '../../src/model';

/**
 * One sentence per construction of rules/pairing-constructions.json and what it yields: the pairs
 * (helper>helped, by official code), their mode and start, and the construction that read them.
 */
const { run } = sentenceReader();
const pairs = (f: FactSet): string[] =>
  f.relations
    .filter((r) => r.type === 'PAIRS_WITH')
    .map((r) => `${codeOf(f, r.from)}>${codeOf(f, r.to)} ${String(r.properties?.mode)}${r.properties?.since ? ` ${String(r.properties.since)}` : ''}${r.properties?.until ? `-${String(r.properties.until)}` : ''}`)
    .sort();
const constructions = (f: FactSet): string[] => [...new Set(f.relations.filter((r) => r.type === 'PAIRS_WITH').map((r) => r.construction ?? ''))].sort();

describe('pairing constructions', () => {
  it('respective-groups: A与B、C,D与E,F与G分别签订 gives each group its pairs, their kinds naming the mode', () => {
    const f = run('嘉定区华亭镇与德钦县燕门乡、云岭乡,华亭村与查里通村,华旺社区与禹功村分别签订了结对协议。');
    expect(pairs(f)).toEqual([
      '310114111003>533422203206 村村结对',
      '310114111210>533422202205 村村结对',
      '310114111>533422202 镇镇结对',
      '310114111>533422203 镇镇结对',
    ]);
    expect(constructions(f)).toEqual(['respective-groups']);
  });

  it('respective-lists: A、B…N个区分别与C、D…N个县结对 pairs the i-th with the i-th, in the mode the sentence wrote before', () => {
    const f = run('2010年,确定由上海市对口支援青海省果洛州,并具体由上海市虹口、长宁、奉贤3个区分别与果洛州玛沁、甘德、达日3个县结对。');
    expect(pairs(f)).toEqual(['310105>632623 对口支援 2010', '310109>632621 对口支援 2010', '310120>632624 对口支援 2010', '31>6326 对口支援 2010']);
    expect(constructions(f)).toContain('respective-lists');
  });

  it('ordered-lists: two helpers before the cue and two helped after it pair in order', () => {
    const f = run('在景谷,黄浦区南京东路街道、豫园街道结对景谷县威远镇和半坡乡。');
    expect(pairs(f)).toEqual(['310101002>530824101 镇镇结对', '310101018>530824205 镇镇结对']);
    expect(constructions(f)).toEqual(['ordered-lists']);
  });

  it('counterpart-of: Y是X的对口扶贫地区, and Y、Z等一些X对口支援地区', () => {
    expect(pairs(run('文山壮族苗族自治州地处云南省东南部,是静安区的对口扶贫地区。'))).toEqual(['310106>5326 结对帮扶']);
    const f = run('澜沧县、景谷县等一些黄浦对口支援地区送来了蔬菜。');
    expect(pairs(f)).toEqual(['310101>530824 对口支援', '310101>530828 对口支援']);
    expect(constructions(f)).toEqual(['counterpart-of']);
  });

  it('counterpart-relative: X…对口帮扶的A、B、C、D四个县, the four read from their short names', () => {
    const f = run('感谢虹口区长期以来对文山州、特别是对口帮扶的西畴、马关、丘北、富宁四个县给予的支持。');
    expect(pairs(f)).toEqual(['310109>532623 结对帮扶', '310109>532625 结对帮扶', '310109>532626 结对帮扶', '310109>532628 结对帮扶']);
    expect(constructions(f)).toEqual(['counterpart-relative']);
  });

  it('symmetric: the helped written first (Y与X签订结对帮扶协议) still has the east as helper', () => {
    const f = run('2019年,云南省金平县与上海市长宁区签订了结对帮扶协议。');
    expect(pairs(f)).toEqual(['310105>532530 结对帮扶 2019']);
    expect(constructions(f)).toEqual(['symmetric']);
  });

  it('symmetric: X从YYYY年起与Y结对, between two towns', () => {
    expect(pairs(run('浦东新区金杨新村街道从2017年起与莎车县乌达力克镇结对。'))).toEqual(['310115012>653125111 镇镇结对 2017']);
  });

  it('joint-meeting: X—Y东西部协作联席会议, trusted less (needs review)', () => {
    const f = run('黄浦区五里桥街道—澜沧县东西部协作联席会议在澜沧县召开。');
    expect(pairs(f)).toEqual(['310101020>530828 扶贫协作']);
    const [meeting] = f.relations.filter((r) => r.type === 'PAIRS_WITH');
    expect(meeting).toMatchObject({ construction: 'joint-meeting', confidence: 0.7 });
  });

  it('subject-verb-object with co-subjects of the east, none of them Shanghai (南京、天津和厦门对口支援…)', () => {
    expect(pairs(run('南京、天津和厦门对口支援重庆市万州区。'))).toEqual(['1201>500101 对口支援', '3201>500101 对口支援', '3502>500101 对口支援'].map((p) => p.replace('1201', '12')));
  });

  it('a former district written after its area is the one helped, not the area (万州五桥区)', () => {
    const f = run('重庆市万州区是三峡移民重镇。上海和宁波对口支援万州五桥区。');
    expect(pairs(f)).toEqual(['31>五桥区 对口支援', '3302>五桥区 对口支援']);
  });

  it('a bare 帮扶 before 者 or 资金 is a noun: no pairing', () => {
    expect(pairs(run('来自上海的帮扶者在助力云南脱贫的同时,也带来了帮扶资金。'))).toEqual([]);
  });

  it('两地 refers back: the clause restates the pair, it adds none', () => {
    expect(pairs(run('浦东新区金杨新村街道对口支援莎车县乌达力克镇,两地围绕结对帮扶的推进情况作了交流。'))).toEqual(['310115012>653125111 对口支援']);
  });

  it('with no helper written, the district a report names most elsewhere is no subject', () => {
    const f = run('黄浦区与万州区签订了对口支援协议。黄浦区援建了移民小区。沪万夷对口支援联席会议在湖北省宜昌市夷陵区举行。');
    expect(pairs(f)).toEqual(['310101>500101 对口支援']);
  });

  it('with no helper written, the district the publisher names is the subject', () => {
    const f = run('对口支援联席会议在湖北省宜昌市夷陵区举行。', '上海市静安区人民政府');
    expect(pairs(f)).toEqual(['310106>420506 对口支援']);
    expect(constructions(f)).toEqual(['section-subject']);
  });

  it('a duration up to the report gives the start (已经传了十五年)', () => {
    expect(pairs(run('上海对口支援青海果洛藏族自治州的这根接力棒已经传了十五年。'))).toEqual(['31>6326 对口支援 2009']);
  });

  it('scope-extended: X的帮扶范围又增加了Y, from the sentence’s year', () => {
    const f = run('2019年,松江区的帮扶范围又增加了云南省西双版纳州景洪市。');
    expect(pairs(f)).toEqual(['310117>532801 结对帮扶 2019']);
    expect(constructions(f)).toEqual(['scope-extended']);
  });

  it('a period before the cue gives the start, and the end when it closed before the report', () => {
    expect(pairs(run('2013年至2017年,嘉定区对口支援云南省德钦县。'))).toEqual(['310114>533422 对口支援 2013-2017']);
  });

  it('a village committee is its village (禹功村委会), a natural village lies inside it (大坪子小组)', () => {
    const f = run('嘉定区华亭镇与德钦县燕门乡禹功村委会结对,务川县红丝乡上坝村大坪子小组也在其中。');
    expect(pairs(f)).toEqual(['310114111>533422203206 结对帮扶']);
    const natural = f.entities.find((e) => e.name === '大坪子小组')!;
    expect(f.entities.find((e) => e.ref === natural.partOf)?.code).toBe('520326203200');
  });

  it('scope-included: X把Y纳入帮扶范围', () => {
    const f = run('松江区于2019年把景洪市尚未脱贫的6个贫困村也纳入了帮扶范围。');
    expect(pairs(f)).toEqual(['310117>532801 结对帮扶 2019']);
    expect(constructions(f)).toEqual(['scope-included']);
  });

  it('agreement-title: 《A与B…框架协议》 pairs the two institutions it names', () => {
    const f = run('杨浦区中心医院与双柏县签订了《上海市杨浦区中心医院与云南省双柏县人民医院对口援建工作框架协议》。');
    expect(pairs(f)).toContain('杨浦区中心医院>双柏县人民医院 院院结对');
  });

  it('two-places: A、B两地建立…, the two that act together', () => {
    const f = run('崇明、云县两地建立了党政领导互访会商机制。');
    expect(pairs(f)).toEqual(['310151>530922 结对帮扶']);
    expect(constructions(f)).toEqual(['two-places']);
    expect(pairs(run('全面贯彻上海、云南两地党委和政府的决策部署。'))).toEqual([]);
  });

  it('joint-meeting with a middle dot: X·Y东西部协作联席会议', () => {
    expect(pairs(run('2025年松江区·昭通市东西部协作联席会议召开。'))).toEqual(['310117>5306 扶贫协作 2025']);
  });

  it('结成…好兄弟 states a pairing', () => {
    expect(pairs(run('长宁区与金平县结成了携手并进的好兄弟。'))).toEqual(['310105>532530 结对帮扶']);
  });

  it('references: 该街道 is the last 街道 named, 我们 beside a helper the place a report of the helped side is about', () => {
    expect(pairs(run('松江区中山街道代表团来到镇雄县罗坎镇。该街道自2021年对口帮扶罗坎镇以来,投入资金145万元。'))).toEqual(['310117004>530627110 镇镇结对 2021']);
    expect(pairs(run('西双版纳州召开发布会。西双版纳州副州长说:“上海市松江区与我们结对帮扶以后,效果非常好。”'))).toEqual(['310117>5328 结对帮扶']);
  });

  it('X转为帮扶Y ends the pairings X had before, in that year', () => {
    const f = run('早期,奉贤区结对帮扶务川县。2017年1月,奉贤区转为帮扶云南省盐津县、彝良县。');
    expect(pairs(f)).toEqual(['310120>520326 结对帮扶-2017', '310120>530623 结对帮扶 2017', '310120>530628 结对帮扶 2017']);
  });

  it('support-of: X…加大对A、B、C的对口援建, the helper before 对 helps each place after it', () => {
    const f = run('上海市普陀区将继续加大对昆明市东川区、寻甸县、禄劝县的对口援建力度。');
    expect(pairs(f)).toEqual(['310107>530113 对口支援', '310107>530128 对口支援', '310107>530129 对口支援']);
    expect(constructions(f)).toEqual(['support-of']);
  });

  it('since-clause: 自YYYY年对口帮扶Y以来, the helpers opening the next clause', () => {
    const f = run('自2021年对口帮扶永平县以来,奉贤区柘林镇、海湾镇持续投入帮扶资金。');
    expect(pairs(f)).toEqual(['310120118>532928 结对帮扶 2021', '310120123>532928 结对帮扶 2021']);
    expect(constructions(f)).toEqual(['since-clause']);
  });

  it('elided-subject: …代表X,与Y签订协议, the subject the helper of the clause before', () => {
    const f = run('普陀区桃浦镇党委书记代表桃浦镇,与鲁甸县龙头山镇签订了结对帮扶协议。');
    expect(pairs(f)).toEqual(['310107103>530621103 镇镇结对']);
    expect(constructions(f)).toEqual(['elided-subject']);
  });

  it('respective-lists with no subject written before 分别: the helper of the clause before', () => {
    const f = run('张志慧代表上海新金环企业集团有限公司,分别与禄劝县云龙乡、撒营盘镇签订帮扶协议。');
    expect(pairs(f)).toEqual(['上海新金环企业集团有限公司>530128102 结对帮扶', '上海新金环企业集团有限公司>530128204 结对帮扶']);
  });

  it('携手 and 对口援建 state pairings (长宁区又携手…红河县与绿春县; 闵行区对口援建泽普县), 对口援建项目 is a noun', () => {
    expect(pairs(run('2017年,长宁区又携手红河州的红河县与绿春县。'))).toEqual(['310105>532529 结对帮扶 2017', '310105>532531 结对帮扶 2017']);
    expect(pairs(run('闵行区对口援建泽普县。'))).toEqual(['310112>653124 对口支援']);
    expect(pairs(run('闵行区对口援建项目在泽普县落地。'))).toEqual([]);
  });

  it('a policy’s title and a verb describing what was built state no pairing', () => {
    expect(pairs(run('杨浦区干部说,国务院办公厅于2013年印发《关于开展对口帮扶贵州工作的指导意见》。'))).toEqual([]);
    expect(pairs(run('考察团察看了黄浦区对口支援建设的武陵镇敬老院、下中村便民服务中心。'))).toEqual([]);
  });

  it('浦东 is 浦东新区: a district’s bare name, the text before its 新区', () => {
    expect(pairs(run('浦东早期与文山州的文山市广南县结对帮扶。'))).toEqual(['310115>532601 结对帮扶', '310115>532627 结对帮扶']);
  });

  it('helpers-changed: 对口支援Y的区又变更为A和B, a former district (卢湾区) on Shanghai’s side', () => {
    const f = run('不久之后,上海对口支援万州区的区又变更为浦东新区和卢湾区。');
    expect(pairs(f)).toEqual(['310115>500101 对口支援', '卢湾区>500101 对口支援']);
    expect(constructions(f)).toEqual(['helpers-changed']);
  });

  it('reassigned: 将原对口支援Y的A、B两区调整为重点对口帮扶C、D和E ends A, B–Y and pairs A, B with C, D, E', () => {
    const f = run('2004年,上海市将原对口支援重庆万州的嘉定、宝山两区调整为重点对口帮扶香格里拉县、德钦县和维西县。');
    expect(pairs(f).filter((p) => p.includes('500101'))).toEqual(['310113>500101 对口支援-2004', '310114>500101 对口支援-2004']);
    expect(pairs(f).filter((p) => !p.includes('500101')).map((p) => p.split(' ')[0])).toEqual([
      '310113>533401', '310113>533422', '310113>533423', '310114>533401', '310114>533422', '310114>533423',
    ]);
    expect(constructions(f)).toEqual(['reassigned']);
  });
});
