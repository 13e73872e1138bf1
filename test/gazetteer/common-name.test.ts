import { commonName } from '../../src/gazetteer/common-name';

describe('commonName', () => {
  it.each([
    ['上坝村村民委员会', '上坝村'],
    ['笋子洼村民委员会', '笋子洼村'],
    ['要什道村委会', '要什道村'],
    ['银闸社区居委会', '银闸社区'],
    ['多福巷社区居民委员会', '多福巷社区'],
    ['翠林一里社区', '翠林一里社区'],
  ])('names the village committee %s as %s', (official, common) => {
    expect(commonName({ name: official, level: 'Village' })).toBe(common);
  });

  it('keeps official names of other levels', () => {
    expect(commonName({ name: '红丝乡', level: 'Township' })).toBe('红丝乡');
  });
});
