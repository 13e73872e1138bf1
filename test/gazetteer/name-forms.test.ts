import { nameForms } from '../../src/gazetteer/name-forms';
import { villageKey } from '../../src/gazetteer/village-key';

const forms = (name: string, level: Parameters<typeof nameForms>[1]): string[] =>
  nameForms(name, level).map((f) => f.form);

describe('nameForms', () => {
  it('drops province suffixes and the people of an autonomous region', () => {
    expect(forms('云南省', 'Province')).toEqual(['云南省', '云南']);
    expect(forms('新疆维吾尔自治区', 'Province')).toContain('新疆');
    expect(forms('广西壮族自治区', 'Province')).toContain('广西');
    expect(forms('内蒙古自治区', 'Province')).toContain('内蒙古');
    // 藏 is a people too, but never stripped without 族.
    expect(forms('西藏自治区', 'Province')).toContain('西藏');
    expect(forms('上海市', 'Province')).toEqual(['上海市', '上海']);
  });

  it('gives autonomous prefectures and counties the simplified suffix writers use', () => {
    expect(forms('楚雄彝族自治州', 'Prefecture')).toEqual(['楚雄彝族自治州', '楚雄州', '楚雄自治州', '楚雄']);
    expect(forms('伊犁哈萨克自治州', 'Prefecture')).toContain('伊犁州');
    expect(forms('双江拉祜族佤族布朗族傣族自治县', 'County')).toEqual(
      expect.arrayContaining(['双江县', '双江']),
    );
    expect(forms('务川仡佬族苗族自治县', 'County')).toEqual(expect.arrayContaining(['务川县', '务川']));
    expect(forms('阿里地区', 'Prefecture')).toEqual(['阿里地区', '阿里']);
  });

  it('writes units named only after their people by the people', () => {
    expect(forms('东乡族自治县', 'County')).toEqual(expect.arrayContaining(['东乡县', '东乡']));
    expect(forms('鄂伦春自治旗', 'County')).toEqual(expect.arrayContaining(['鄂伦春旗', '鄂伦春']));
  });

  it('gives no bare form shorter than two characters', () => {
    expect(forms('芒市', 'County')).toEqual(['芒市']);
    expect(forms('云县', 'County')).toEqual(['云县']);
  });

  it('simplifies ethnic townships', () => {
    expect(forms('于家务回族乡', 'Township')).toEqual(expect.arrayContaining(['于家务乡', '于家务']));
    expect(forms('红丝乡', 'Township')).toEqual(['红丝乡', '红丝']);
  });
});

describe('villageKey', () => {
  it('meets data and written forms on one key', () => {
    for (const written of ['上坝村', '上坝村村民委员会', '上坝村委会', '上坝村民委员会']) {
      expect(villageKey(written)).toEqual({ key: '上坝', suffixed: true });
    }
    expect(villageKey('笋子洼村民委员会').key).toBe(villageKey('笋子洼村').key);
    expect(villageKey('要什道村委会').key).toBe(villageKey('要什道村').key);
    expect(villageKey('多福巷社区居委会').key).toBe(villageKey('多福巷社区').key);
    expect(villageKey('上坝')).toEqual({ key: '上坝', suffixed: false });
  });
});
