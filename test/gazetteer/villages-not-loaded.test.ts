import { Gazetteer } from '../../src/gazetteer/gazetteer';

describe('without villages', () => {
  let gazetteer: Gazetteer;
  beforeAll(async () => {
    gazetteer = await Gazetteer.load();
  });

  it('resolves upper levels and says why a village is not found', () => {
    expect(gazetteer.villagesLoaded).toBe(false);
    expect(gazetteer.resolve('勐海县').area?.code).toBe('532822');
    const r = gazetteer.resolve('上坝村', { within: ['520326203'] });
    expect(r.status).toBe('unresolved');
    expect(r.note).toContain('villages not loaded');
    expect(gazetteer.children('520326203')).toEqual([]);
  });
});
