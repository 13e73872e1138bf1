import { pinyinKeys } from '../../../src/services/search/pinyin-keys';
import { normalisePinyin, pinyinQuery } from '../../../src/services/search/pinyin-query';

const matches = (query: string, name: string): boolean => {
  const parsed = pinyinQuery(query);
  if (!parsed) return false;
  const keys = pinyinKeys(name);
  const prefiltered =
    (parsed.syllablePrefix !== null && keys.pinyin.startsWith(parsed.syllablePrefix)) || parsed.initialsPrefixes.some((p) => keys.pinyinInitials.startsWith(p));
  return prefiltered && new RegExp(`^(?:${parsed.regex})$`).test(keys.pinyin);
};

describe('pinyinKeys', () => {
  it('spells a name in toneless syllables and their initials', () => {
    expect(pinyinKeys('松江区')).toEqual({ pinyin: 'song jiang qu', pinyinInitials: 'sjq' });
    expect(pinyinKeys('勐海县')).toEqual({ pinyin: 'meng hai xian', pinyinInitials: 'mhx' });
  });

  it('writes ü as v and leaves out characters without a reading', () => {
    expect(pinyinKeys('绿春县').pinyin).toBe('lv chun xian');
    expect(pinyinKeys('第1村').pinyinInitials).toBe('dc');
  });
});

describe('pinyinQuery', () => {
  it.each([
    ['songjiang', '松江区'],
    ['sj', '松江区'],
    ['sjq', '松江区'],
    ['song jiang qu', '松江区'],
    ['SongJiang', '松江区'],
    ['mh xian', '勐海县'],
    ['menghai', '勐海县'],
    ['mhx', '勐海县'],
    ['menghx', '勐海县'],
    ['chongq', '重庆市'],
    ['luan', '六安市'],
    ['lvchun', '绿春县'],
    ["xi'an", '西安市'],
    ['xin', '新疆维吾尔自治区'],
    ['xin', '西宁市'],
    ['ceng', '岑巩县'],
    ['s', '松江区'],
  ])('"%s" finds %s', (query, name) => {
    expect(matches(query, name)).toBe(true);
  });

  it.each([
    ['jiang', '松江区'],
    ['sjx', '松江区'],
    ['mh qu', '勐海县'],
    ['song jiangqux', '松江区'],
  ])('"%s" does not find %s', (query, name) => {
    expect(matches(query, name)).toBe(false);
  });

  it('reads letters that begin one syllable as a prefix of the pinyin, not as the bare initial', () => {
    expect(pinyinQuery('ceng')).toMatchObject({ syllablePrefix: 'ceng', initialsPrefixes: ['ce', 'cg', 'cng'] });
    expect(pinyinQuery('xin')).toMatchObject({ syllablePrefix: 'xin', initialsPrefixes: ['xn'] });
    expect(pinyinQuery('s')).toMatchObject({ syllablePrefix: 's', initialsPrefixes: [] });
    expect(pinyinQuery('songjiang')!.syllablePrefix).toBeNull();
    expect(pinyinQuery('song jiang')!.syllablePrefix).toBeNull();
  });

  it('prefilters by a few short initials prefixes', () => {
    expect(pinyinQuery('mh xian')!.initialsPrefixes).toEqual(['mhx']);
    expect(pinyinQuery('songjiang')!.initialsPrefixes).toContain('sj');
    expect(pinyinQuery('songjiang')!.initialsPrefixes.length).toBeLessThanOrEqual(8);
  });

  it.each([
    ['minhang', '闵行区', true],
    ['min hang qu', '闵行区', true],
    ['luan', '六安市', true],
    ['luan', '栾城区', true],
    ['mh', '闵行区', false],
    ['minh', '闵行区', false],
    ['luan', '鲁艾宁村', false],
  ])('tells whether "%s" spells the first syllables of %s whole: %s', (query, name, whole) => {
    expect(matches(query, name)).toBe(true);
    expect(new RegExp(`^(?:${pinyinQuery(query)!.wholeRegex})$`).test(pinyinKeys(name).pinyin)).toBe(whole);
  });

  it('turns down text that is not pinyin letters', () => {
    expect(normalisePinyin('松江')).toBeNull();
    expect(normalisePinyin('sj.*')).toBeNull();
    expect(pinyinQuery('iii')).toBeNull();
  });
});
