import { NationalGraph, openNationalGraph } from '../national-graph';

const COUNTS = `CALL () { MATCH (n) RETURN count(n) AS nodes }
  CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
  CALL () { MATCH (n:Area) RETURN count(n) AS areas }
  RETURN nodes, relationships, areas`;
const MENGHAI = `MATCH (n:Entity {id: '532822'})
  RETURN n.name AS name, n.sources AS sources, n.evidence AS evidence, n.evidenceKeys AS evidenceKeys, n.aliases AS aliases, n.gazetteer AS gazetteer`;

let g: NationalGraph;
let corpusMenghai: Record<string, any>;
let firstLoad: Awaited<ReturnType<NationalGraph['loadGazetteer']>>;

beforeAll(async () => {
  g = await openNationalGraph({ fresh: true });
  [corpusMenghai] = await g.cypher(MENGHAI);
  firstLoad = await g.loadGazetteer();
}, 600_000);
afterAll(() => g?.close());

describe('loading the national gazetteer', () => {
  it('writes every official area, villages included, once', async () => {
    expect(firstLoad.areas).toBeGreaterThan(660_000);
    expect(firstLoad.written).toBe(firstLoad.areas);
    const [levels] = await g.cypher(`CALL () { MATCH (n:Province) RETURN count(n) AS provinces }
      CALL () { MATCH (n:County) RETURN count(n) AS counties }
      CALL () { MATCH (n:Village) WHERE n.gazetteer RETURN count(n) AS villages }
      RETURN provinces, counties, villages`);
    const byLevel = Object.fromEntries(firstLoad.levels.map((level) => [level.level, level.areas]));
    expect(levels).toEqual({ provinces: byLevel.Province, counties: byLevel.County, villages: byLevel.Village });
  });

  it('links villages to townships to counties, up to the province', async () => {
    const [chain] = await g.cypher(`MATCH (v:Village)-[:PART_OF {key: 'official'}]->(t:Township)-[:PART_OF {key: 'official'}]->(c:County {id: '532822'})
        -[:PART_OF]->(:Prefecture)-[:PART_OF]->(p:Province)
      RETURN count(DISTINCT v) AS villages, count(DISTINCT t) AS townships, collect(DISTINCT p.name) AS provinces`);
    expect(chain.villages).toBeGreaterThan(50);
    expect(chain.townships).toBeGreaterThan(5);
    expect(chain.provinces).toEqual(['云南省']);
    const [orphans] = await g.cypher(`MATCH (v:Village) WHERE v.gazetteer AND NOT (v)-[:PART_OF]->(:Township) RETURN count(v) AS villages`);
    expect(orphans.villages).toBe(0);
    const [songjiang] = await g.cypher(`MATCH (d:District {id: '310117'})-[r:PART_OF]->(p:Province) RETURN p.id AS parent, r.official AS official, r.sources AS sources`);
    expect(songjiang).toEqual({ parent: '31', official: true, sources: [] });
  });

  it('stores pinyin keys and the names people use next to the official ones', async () => {
    const [menghai] = await g.cypher(`MATCH (n {id: '532822'}) RETURN n.pinyin AS pinyin, n.pinyinInitials AS initials`);
    expect(menghai).toEqual({ pinyin: 'meng hai xian', initials: 'mhx' });
    const [village] = await g.cypher(`MATCH (v:Village) WHERE v.officialName ENDS WITH '村民委员会' RETURN v.name AS name, v.officialName AS officialName LIMIT 1`);
    expect(village.officialName.startsWith(village.name.slice(0, -1))).toBe(true);
    expect(village.name.endsWith('村民委员会')).toBe(false);
  });

  it('keeps what documents said about an area they had created', async () => {
    expect(corpusMenghai.evidence.length).toBeGreaterThan(0);
    const [after] = await g.cypher(MENGHAI);
    expect(after).toEqual({ ...corpusMenghai, gazetteer: true });
  });

  it('changes nothing when run again: complete levels are skipped, rewritten ones stay the same', async () => {
    const before = await g.cypher(COUNTS);
    const again = await g.loadGazetteer();
    expect(again.written).toBe(0);
    const rewrite = await g.loadGazetteer({ force: true, only: ['Province', 'Prefecture', 'County'] });
    expect(rewrite.written).toBeGreaterThan(3000);
    expect(await g.cypher(COUNTS)).toEqual(before);
    const [after] = await g.cypher(MENGHAI);
    expect(after).toEqual({ ...corpusMenghai, gazetteer: true });
  });

  it('resumes an interrupted load: only the missing batches are written again', async () => {
    const before = await g.cypher(COUNTS);
    await g.cypher(`MATCH (v:Village) WHERE v.id STARTS WITH '130123' DETACH DELETE v`);
    const resumed = await g.loadGazetteer();
    const village = resumed.levels.find((level) => level.level === 'Village')!;
    expect(village.written).toBeGreaterThan(0);
    expect(village.written).toBeLessThanOrEqual(20_000);
    expect(village.skipped).toBe(village.areas - village.written);
    expect(await g.cypher(COUNTS)).toEqual(before);
  });
});
