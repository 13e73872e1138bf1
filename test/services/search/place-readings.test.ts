import { Gazetteer } from '../../../src/gazetteer';
import PLACE_READINGS from '../../../src/services/search/place-readings.json';
import { pinyinKeys } from '../../../src/services/search/pinyin-keys';

describe('place-name readings in the pinyin keys', () => {
  // Whole names as the gazetteer has them, and how the place is read: each row checked by hand.
  it.each([
    ['闵行区', 'min hang qu'],
    ['喀什地区', 'ka shi di qu'],
    ['喀什市', 'ka shi shi'],
    ['六安市', 'lu an shi'],
    ['番禺区', 'pan yu qu'],
    ['蚌埠市', 'beng bu shi'],
    ['铅山县', 'yan shan xian'],
    ['东阿县', 'dong e xian'],
    ['大埔县', 'da bu xian'],
    ['蔚县', 'yu xian'],
    ['单县', 'shan xian'],
    ['莘县', 'shen xian'],
    ['莘庄镇', 'xin zhuang zhen'],
    ['长治市', 'chang zhi shi'],
    ['长子县', 'zhang zi xian'],
    ['乐亭县', 'lao ting xian'],
    ['乐清市', 'yue qing shi'],
    ['乐山市', 'le shan shi'],
    ['民乐县', 'min le xian'],
    ['洪洞县', 'hong tong xian'],
    ['繁峙县', 'fan shi xian'],
    ['台州市', 'tai zhou shi'],
    ['黄陂区', 'huang pi qu'],
    ['涡阳县', 'guo yang xian'],
    ['筠连县', 'jun lian xian'],
    ['犍为县', 'qian wei xian'],
    ['珲春市', 'hun chun shi'],
    ['吐鲁番市', 'tu lu fan shi'],
    ['牟平区', 'mu ping qu'],
    ['中牟县', 'zhong mu xian'],
    ['牟定县', 'mou ding xian'],
    ['郫都区', 'pi du qu'],
    ['成都市', 'cheng du shi'],
    ['丰都县', 'feng du xian'],
    ['柏乡县', 'bai xiang xian'],
    ['万柏林区', 'wan bai lin qu'],
    ['荥阳市', 'xing yang shi'],
    ['荥经县', 'ying jing xian'],
    ['枞阳县', 'zong yang xian'],
    ['阆中市', 'lang zhong shi'],
    ['厦门市', 'xia men shi'],
    ['丽水市', 'li shui shi'],
    ['济南市', 'ji nan shi'],
    ['歙县', 'she xian'],
    ['泌阳县', 'bi yang xian'],
    ['浚县', 'xun xian'],
    ['召陵区', 'shao ling qu'],
    ['费县', 'bi xian'],
    ['大城县', 'da cheng xian'],
    ['曾都区', 'zeng du qu'],
    ['覃塘区', 'tan tang qu'],
    ['调兵山市', 'diao bing shan shi'],
    ['吴堡县', 'wu bu xian'],
    ['红寺堡区', 'hong si bu qu'],
    ['尉犁县', 'yu li xian'],
    ['穆棱市', 'mu ling shi'],
    ['什邡市', 'shi fang shi'],
    ['乌什县', 'wu shi xian'],
    ['阿图什市', 'a tu shi shi'],
    ['通什镇', 'tong zha zhen'],
    ['六合区', 'lu he qu'],
    ['六合镇', 'liu he zhen'],
    ['徐行镇', 'xu hang zhen'],
    ['高行镇', 'gao hang zhen'],
    ['庄行镇', 'zhuang hang zhen'],
    ['行唐县', 'xing tang xian'],
    ['塘厦镇', 'tang xia zhen'],
    ['朝阳区', 'chao yang qu'],
    ['重庆市', 'chong qing shi'],
  ])('reads %s as "%s"', (name, reading) => {
    expect(pinyinKeys(name).pinyin).toBe(reading);
  });

  it('gives the initials of the place reading', () => {
    expect(pinyinKeys('闵行区').pinyinInitials).toBe('mhq');
    expect(pinyinKeys('喀什地区').pinyinInitials).toBe('ksdq');
  });

  describe('each curated word', () => {
    let gazetteer: Gazetteer;
    beforeAll(async () => {
      gazetteer = await Gazetteer.load();
    });

    it.each(PLACE_READINGS.words.map((entry) => [entry.word, entry]))('%s names the area it is read in, one syllable a character', (word, entry) => {
      expect(gazetteer.byCode(entry.code)?.name).toBe(entry.name);
      expect(entry.name).toContain(word);
      expect(entry.reading.split(' ')).toHaveLength([...word].length);
      expect(entry.reading).toMatch(/^[a-z]+( [a-z]+)*$/);
      expect(pinyinKeys(entry.name).pinyin).toContain(entry.reading);
    });
  });
});
