import { NationalGraph, openNationalGraph } from '../services/national-graph';

const SEARCH = `query Search($text: String!, $types: [EntityType!], $first: Int) {
  search(text: $text, types: $types, first: $first) { score matchedBy matchedText entity { id name type } } }`;

interface Hit {
  score: number;
  matchedBy: string;
  matchedText: string | null;
  entity: { id: string; name: string; type: string };
}

let g: NationalGraph;
beforeAll(async () => {
  g = await openNationalGraph({ fresh: false });
}, 600_000);
afterAll(() => g?.close());

async function search(text: string, extra: Record<string, unknown> = {}): Promise<Hit[]> {
  const { data, errors } = await g.gql<{ search: Hit[] }>(SEARCH, { text, ...extra });
  expect(errors).toBeUndefined();
  return data!.search;
}

describe('search over the national graph', () => {
  it.each([
    ['松江', 'EXACT_NAME'], // the documents write 松江区 as 松江
    ['songjiang', 'PINYIN'],
    ['sj', 'PINYIN'],
    ['sjq', 'PINYIN'],
    ['310117', 'EXACT_CODE'],
  ])('finds 松江区 by "%s" (%s)', async (text, matchedBy) => {
    const hits = await search(text);
    const songjiang = hits.find((hit) => hit.entity.id === '310117');
    expect(songjiang).toMatchObject({ matchedBy, entity: { name: '松江区', type: 'DISTRICT' } });
  });

  it.each(['mh xian', 'menghai', 'MengHai', 'mhx'])('finds 勐海县 by "%s" in pinyin, first', async (text) => {
    const [first] = await search(text);
    expect(first).toMatchObject({ matchedBy: 'PINYIN', matchedText: 'meng hai xian', entity: { id: '532822', name: '勐海县' } });
  });

  // Polyphonic characters read as in the place's name (src/services/search/place-readings.json).
  it.each([
    ['minhang', '310112', '闵行区'],
    ['min hang', '310112', '闵行区'],
    ['mhq', '310112', '闵行区'],
    ['kashi', '6531', '喀什地区'],
    ['luan', '3415', '六安市'],
    ['panyu', '440113', '番禺区'],
    ['bengbu', '3403', '蚌埠市'],
  ])('finds the place "%s" spells first (%s %s)', async (text, id, name) => {
    const [first] = await search(text);
    expect(first).toMatchObject({ matchedBy: 'PINYIN', entity: { id, name } });
  });

  it('finds 喀什市 by its pinyin too, and 闵行区 by its initials', async () => {
    expect((await search('kashi')).map((hit) => hit.entity.id)).toContain('653101');
    expect((await search('mh', { types: ['DISTRICT'] })).map((hit) => hit.entity.id)).toContain('310112');
  });

  it('ranks the names the letters spell in whole syllables before those they abbreviate', async () => {
    const hits = await search('minhang', { first: 50 });
    const whole = hits.map((hit) => /^min hang( |$)/.test(hit.matchedText!));
    expect(whole[0]).toBe(true);
    expect(whole).toEqual([...whole].sort((a, b) => Number(b) - Number(a)));
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('ranks an exact name before names it begins, and those before pinyin and full-text hits', async () => {
    const hits = await search('勐海县', { first: 20 });
    expect(hits[0]).toMatchObject({ matchedBy: 'EXACT_NAME', entity: { name: '勐海县' } });
    const order = ['EXACT_NAME', 'EXACT_CODE', 'PREFIX', 'PINYIN', 'FULLTEXT'];
    const classes = hits.map((hit) => (hit.matchedBy === 'EXACT_CODE' ? 0 : order.indexOf(hit.matchedBy)));
    expect(classes).toEqual([...classes].sort((a, b) => a - b));
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('puts the area documents speak of, then the higher level, before others of the same prefix', async () => {
    const hits = await search('勐海');
    expect(hits.slice(0, 2).map((hit) => hit.entity.name)).toEqual(['勐海县', '勐海镇']);
    expect(hits.every((hit) => hit.matchedBy === 'PREFIX' || hit.matchedBy === 'FULLTEXT')).toBe(true);
  });

  it('finds a written form the documents use as an exact name', async () => {
    const [first] = await search('德宏芒市');
    expect(first).toMatchObject({ matchedBy: 'EXACT_NAME', matchedText: '德宏芒市', entity: { id: '533103', name: '芒市' } });
  });

  it('keeps only the kinds asked for', async () => {
    const hits = await search('songjiang', { types: ['TOWNSHIP'], first: 5 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.entity.type === 'TOWNSHIP')).toBe(true);
  });

  it('answers a one-letter keystroke with the largest areas first', async () => {
    const hits = await search('s', { first: 5 });
    expect(hits.map((hit) => hit.entity.type)).toContain('PROVINCE');
  });

  it.each(['勐海县)', '"勐海县', '[勐海县', '勐海/县'])('reads Lucene syntax in "%s" as plain characters', async (text) => {
    const hits = await search(text);
    expect(hits.map((hit) => hit.entity.id)).toContain('532822');
  });

  it.each([
    ['Latin letters that are not pinyin', 'vvv'],
    ['a code with letters', '5328x'],
  ])('takes %s ("%s") as a name: hits or none, never an error', async (_, text) => {
    expect(Array.isArray(await search(text))).toBe(true);
  });

  it.each([
    ['an empty text', { text: '   ' }, /empty/],
    ['a text over 100 characters', { text: '松'.repeat(101) }, /at most 100/],
    ['first below 1', { text: '松江', first: 0 }, /from 1 to 50/],
    ['first above 50', { text: '松江', first: 51 }, /from 1 to 50/],
  ])('turns down %s with BAD_USER_INPUT', async (_, variables, message) => {
    const { data, errors } = await g.gql(SEARCH, variables);
    expect(data).toBeNull();
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toMatch(message);
  });
});
