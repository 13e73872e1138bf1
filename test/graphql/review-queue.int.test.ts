import { startTestApp, TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ corpus: false });
}, 300_000);
afterAll(() => t?.close());

const INGEST = `mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { documentId } }`;
// A joint meeting's dash (trusted 0.7) and a signed pairing (0.9) in one report.
const REPORT = [
  '黄浦区五里桥街道—澜沧县东西部协作联席会议在澜沧县召开。',
  '2018年起,普陀区与云南省文山州富宁县建立结对帮扶关系。',
  '图为长宁区与金平县签订结对帮扶协议。',
].join('\n');
const QUEUE = `query($first: Int, $after: String) { reviewQueue(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id kind construction confidence relation { type from { name } to { name } needsReview } entity { name } evidence { sentence start end } } } } }`;

describe('every extracted fact keeps the construction that read it and a confidence', () => {
  beforeAll(async () => {
    const result = await t.gql(INGEST, { input: { title: '两则', text: REPORT, publishedAt: '2024-05' } }, 'editor');
    expect(result.errors).toBeUndefined();
  });

  it('stores them on the relationship and says a trusted one needs no review', async () => {
    const { data, errors } = await t.gql(`{ entity(name: "普陀区") { ... on District { pairings(direction: OUT) {
      helped { name } construction confidence needsReview since } } } }`);
    expect(errors).toBeUndefined();
    expect(data!.entity.pairings).toEqual([{ helped: { name: '富宁县' }, construction: 'symmetric', confidence: 0.9, needsReview: false, since: 2018 }]);
  });

  it('lists the facts below the review threshold with the sentence to check them against', async () => {
    const { data, errors } = await t.gql(QUEUE, { first: 50 });
    expect(errors).toBeUndefined();
    const items = data!.reviewQueue.edges.map((edge: any) => edge.node);
    const meeting = items.find((item: any) => item.relation?.type === 'PAIRS_WITH');
    expect(meeting).toMatchObject({
      kind: 'RELATION',
      construction: 'joint-meeting',
      confidence: 0.7,
      relation: { from: { name: '五里桥街道' }, to: { name: '澜沧拉祜族自治县' }, needsReview: true },
    });
    expect(meeting.evidence[0].sentence).toBe('黄浦区五里桥街道—澜沧县东西部协作联席会议在澜沧县召开。');
    expect(REPORT.slice(meeting.evidence[0].start, meeting.evidence[0].end)).toBe(meeting.evidence[0].sentence);
    expect(items.every((item: any) => item.confidence < 0.75)).toBe(true);
    expect(items.some((item: any) => item.relation?.to?.name === '富宁县')).toBe(false);
  });

  it('marks the evidence of a caption, and trusts what only a caption states less', async () => {
    const { data } = await t.gql(`{ entity(name: "长宁区") { ... on District { pairings(direction: OUT) {
      helped { name } confidence needsReview evidence { sentence caption } } } } }`);
    const [pairing] = data!.entity.pairings;
    expect(pairing.helped.name).toBe('金平苗族瑶族傣族自治县');
    expect(pairing.evidence).toEqual([{ sentence: '图为长宁区与金平县签订结对帮扶协议。', caption: true }]);
    expect(pairing.confidence).toBeCloseTo(0.72, 5);
    expect(pairing.needsReview).toBe(true);
    const other = await t.gql(`{ entity(name: "普陀区") { evidence { caption } } }`);
    expect(other.data!.entity.evidence.every((e: any) => e.caption === false)).toBe(true);
  });

  it('pages by id with cursors, each item once', async () => {
    const all = (await t.gql(QUEUE, { first: 50 })).data!.reviewQueue;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await t.gql(QUEUE, { first: 1, after })).data!.reviewQueue;
      seen.push(...page.edges.map((edge: any) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((edge: any) => edge.node.id));
    expect(seen.length).toBe(all.totalCount);
  });

  it('refuses a page larger than 200 with BAD_USER_INPUT', async () => {
    const { errors } = await t.gql(QUEUE, { first: 201 });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
