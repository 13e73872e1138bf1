import { sentenceReader } from '../../support/sentences';
import type { FactSet } from '../../../src/model';

/** Stage parties: what a sentence names, as the genre writes it. */
const { run } = sentenceReader();
const areas = (f: FactSet): string[] => f.entities.filter((e) => ['Province', 'Prefecture', 'County', 'Township', 'Village'].includes(e.label)).map((e) => e.code ?? `?${e.name}`).sort();
const orgs = (f: FactSet): string[] => f.entities.filter((e) => ['Enterprise', 'School', 'Hospital', 'Agency', 'SocialOrganization'].includes(e.label)).map((e) => `${e.label}:${e.name}`).sort();

describe('areas', () => {
  it('reads the short names of an enumeration that says what it lists (大理州洱源、剑川、鹤庆3县)', () => {
    expect(areas(run('大理州洱源、剑川、鹤庆3县的干部来沪培训。'))).toEqual(['5329', '532930', '532931', '532932']);
  });

  it('reads an item beside one that is already a place, at its level and in its prefecture (澜沧县…澜沧、景谷)', () => {
    expect(areas(run('澜沧县送来蔬菜。澜沧、景谷等地的企业参与。'))).toEqual(['530824', '530828']);
  });

  it('reads cities named once in the country beside a province-level one (南京、天津和厦门)', () => {
    expect(areas(run('南京、天津和厦门对口支援万州区。'))).toEqual(['12', '3201', '3502', '500101']);
  });

  it('does not read a short name alone, nor a river or road named after a place (黄浦江边, 怒江峡谷)', () => {
    expect(areas(run('从黄浦江边到怒江峡谷,从洱源到剑川。'))).toEqual([]);
  });

  it('reads the villages and communities named beside the sentence’s towns, on either side (华亭村, 华旺社区)', () => {
    expect(areas(run('嘉定区华亭镇与德钦县燕门乡,华亭村与查里通村,华旺社区与禹功村结对。'))).toEqual([
      '310114', '310114111', '310114111003', '310114111210', '533422', '533422202205', '533422203', '533422203206',
    ]);
  });

  it('keeps a former district written after its area as written, unresolved, inside it (万州天城区)', () => {
    const f = run('重庆市万州区是移民重镇,福建和黑龙江对口支援万州天城区。');
    const former = f.entities.find((e) => e.name === '天城区')!;
    expect(former).toMatchObject({ label: 'County', properties: { unresolved: true }, construction: 'former' });
    expect(f.entities.find((e) => e.ref === former.partOf)?.code).toBe('500101');
  });

  it('reads a Shanghai town by its full name with no district written (桃浦镇), and a community inside a named town (新街社区)', () => {
    expect(areas(run('桃浦镇与鲁甸县龙头山镇签订了结对协议。'))).toEqual(['310107103', '530621', '530621103']);
    expect(areas(run('鲁甸县龙头山镇新街社区党支部书记参加了会议。'))).toEqual(['530621', '530621103', '530621108001']);
  });

  it('reads the bare names of Shanghai’s assigned counterparts in any report (迪庆, 江孜, 道真, 喀什), but not a river, nor a school after a county as another prefecture (道真玉溪中学 is named after 道真’s town 玉溪镇, not 玉溪市)', () => {
    expect(areas(run('嘉定区对口帮扶迪庆。上海援藏干部在江孜工作。杨浦区结对帮扶道真,闵行区对口支援喀什。'))).toEqual(['31', '310110', '310112', '310114', '520325', '5334', '540222', '6531']);
    expect(areas(run('代表团到赤水源头考察,参观了道真玉溪中学。'))).toEqual(['520325', '520325100']);
  });

  it('keeps a former district of Shanghai (卢湾, 闸北区) as written, unresolved, inside Shanghai, but no 南汇 out of 云南汇报', () => {
    const f = run('卢湾和嘉定区继续对口支援万州区。云南汇报了闸北区的工作。');
    const luwan = f.entities.find((e) => e.name === '卢湾区')!;
    expect(luwan).toMatchObject({ label: 'County', properties: { unresolved: true }, partOf: 'area:31' });
    expect(f.entities.find((e) => e.name === '闸北区')).toBeDefined();
    expect(f.entities.find((e) => e.name === '南汇区')).toBeUndefined();
    expect(f.notes.some((n) => n.kind === 'historical-name' && n.description.includes('黄浦区'))).toBe(true);
  });

  it('reads no two-character county out of a conjunction before 县 (同志和县人民政府), but 和县 after its province', () => {
    expect(areas(run('会上,州长同志和县人民政府负责人作了发言。'))).toEqual([]);
    expect(areas(run('安徽省和县代表团来访。'))).toEqual(['34', '340523']);
  });
});

describe('organisations', () => {
  it('reads names by their grammar, heads of the genre included', () => {
    expect(orgs(run('文山州融媒体中心、中共红河州委宣传部、静安区商务委、同济大学、上海市援滇干部联络组普洱市小组和浦东新区金杨投资管理中心参加。'))).toEqual([
      'Agency:上海市援滇干部联络组普洱市小组',
      'Agency:中共红河州委宣传部',
      'Agency:文山州融媒体中心',
      'Agency:静安区商务委',
      'Enterprise:浦东新区金杨投资管理中心',
      'School:同济大学',
    ]);
  });

  it('drops kinds of body, counts and party committees: 对口帮扶的农村学校, 2家医院, 虹口区委, 检察院 alone', () => {
    expect(orgs(run('代表团走进对口帮扶的农村学校,2家医院结对景谷2家医院;虹口区委书记来自检察院。'))).toEqual([]);
  });

  it('ends a name at a verb or a title before or after it (推动双柏县人民医院, 旅游局局长)', () => {
    expect(orgs(run('专家推动双柏县人民医院建设;他2014年12月起担任万州区旅游局局长。'))).toEqual(['Agency:万州区旅游局', 'Hospital:双柏县人民医院']);
  });

  it('keeps a place in brackets and a leading 和 of a listed name inside the name (和元生物技术(上海)股份有限公司)', () => {
    expect(orgs(run('和元生物技术(上海)股份有限公司、和邦生物科技有限公司参加签约。'))).toEqual([
      'Enterprise:和元生物技术(上海)股份有限公司',
      'Enterprise:和邦生物科技有限公司',
    ]);
  });

  it('reads a county’s or a town’s 中学 and 卫生院 as a body, 完全中学 and 职业学校 as kinds', () => {
    expect(orgs(run('喀什地区泽普县波斯喀木乡卫生院举办仪式,迪庆州香格里拉中学建成完全中学,学生到东部地区就读职业学校。'))).toEqual([
      'Hospital:波斯喀木乡卫生院',
      'School:香格里拉中学',
    ]);
  });

  it('ends a name at a verb of motion or forming before it (开进, 组成, 给), with heads 联络小组, 办公厅, 外宣中心', () => {
    expect(orgs(run('大巴车缓缓开进上海市委党校。6名干部共同组成上海市第八批援藏干部江孜联络小组。'))).toEqual(['Agency:上海市第八批援藏干部江孜联络小组', 'School:上海市委党校']);
    expect(orgs(run('国务院办公厅印发文件。南通大学上海校友会给道真自治县印道学校捐建书屋。(道真自治县外宣中心供图)'))).toEqual([
      'Agency:国务院办公厅',
      'Agency:道真自治县外宣中心',
      'School:道真自治县印道学校',
      'SocialOrganization:南通大学上海校友会',
    ]);
  });

  it('reads a body with its head shortened as that body (上海援疆泽普分指, 泽普分指 for …分指挥部)', () => {
    expect(orgs(run('上海援疆泽普分指挥部为泽普卫健委送去物资。上海援疆泽普分指受闵行区委托捐赠物资,泽普分指的干部投身防控。'))).toEqual([
      'Agency:上海援疆泽普分指挥部',
      'Agency:泽普卫健委',
    ]);
  });

  it('reads a short form of an enterprise already named in full as that enterprise (新金环集团)', () => {
    expect(orgs(run('上海新金环企业集团有限公司董事长来访。新金环集团捐赠了物资。'))).toEqual(['Enterprise:上海新金环企业集团有限公司']);
  });
});
