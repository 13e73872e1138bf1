import { NODE_LIMITS } from '../../src/model';
import { globalIdOf } from '../../src/services/query/global-id';
import { startTestApp, TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ corpus: true });
}, 300_000);
afterAll(() => t?.close());

// The same fields wherever an object is read, so a refetch can be compared with the list it came from
// (no aliases: a request may hold 15; Entity.type and Relation.type are in __typename and id).
const NODE = `fragment N on Node { __typename nodeId
  ... on Entity { id name }
  ... on Area { code unresolved }
  ... on Project { amountWan }
  ... on Document { id title publishedAt }
  ... on Pairing { id mode since helper { id } helped { id } }
  ... on Relation { id from { id } to { id } }
  ... on Observation { id metric value date }
  ... on ReviewItem { id kind relation { id } entity { id } } }`;

const ENTITY_LISTS = ['provinces', 'prefectures', 'counties', 'districts', 'townships', 'villages', 'enterprises', 'schools', 'hospitals', 'agencies', 'socialOrganizations', 'projects'];

type Node = { __typename: string; nodeId: string; [field: string]: unknown };

async function read(query: string, variables?: Record<string, unknown>): Promise<any> {
  const { data, errors } = await t.gql(`${query}\n${NODE}`, variables);
  expect(errors).toBeUndefined();
  return data;
}

/** A few objects of every Node type, read through the queries that list them. */
async function someOfEveryType(): Promise<Node[]> {
  const lists = ENTITY_LISTS.map((field) => `${field}(first: 2) { edges { node { ...N } } }`).join('\n');
  const data = await read(`{ ${lists}
    documents(first: 2) { edges { node { ...N } } }
    pairings(first: 3) { edges { node { ...N } } }
    reviewQueue(first: 3) { edges { node { ...N } } }
    entity(id: "310117") { relations { ...N } pairings(direction: OUT) { ...N } }
    measured: counties(first: 100) { edges { node { observations { ...N } } } } }`);
  const edges = (field: string) => data[field].edges.map((edge: any) => edge.node);
  return [
    ...ENTITY_LISTS.flatMap(edges),
    ...edges('documents'),
    ...edges('pairings'),
    ...edges('reviewQueue'),
    ...data.entity.relations.slice(0, 3),
    ...data.entity.pairings.slice(0, 2),
    ...data.measured.edges.flatMap((edge: any) => edge.node.observations).slice(0, 3),
  ];
}

let objects: Node[];
beforeAll(async () => {
  objects = await someOfEveryType();
});

const NODE_QUERY = `query($id: ID!) { node(id: $id) { ...N } }`;
const NODES_QUERY = `query($ids: [ID!]!) { nodes(ids: $ids) { ...N } }`;

describe('Relay object identification: node(id) and nodes(ids)', () => {
  it('finds objects of every Node type in the corpus, each with a global id of its own', () => {
    const types = new Set(objects.map((o) => o.__typename));
    for (const type of ['County', 'District', 'Township', 'Village', 'Enterprise', 'School', 'Hospital', 'Agency', 'Project', 'Document', 'Pairing', 'Relation', 'Observation', 'ReviewItem']) {
      expect(types).toContain(type);
    }
    // A review item has the id of its fact and a PAIRS_WITH relation is also a pairing: `id` repeats across types, nodeId never.
    expect(new Set(objects.map((o) => `${o.__typename}|${o.nodeId}`)).size).toBe(new Set(objects.map((o) => o.nodeId)).size);
  });

  it('gives each object back through node(id: nodeId), with the same fields and __typename', async () => {
    for (const object of objects) {
      const data = await read(NODE_QUERY, { id: object.nodeId });
      expect(data.node).toEqual(object);
    }
  });

  it('gives them all back through nodes(ids), in the order asked', async () => {
    const data = await read(NODES_QUERY, { ids: objects.map((o) => o.nodeId) });
    expect(data.nodes).toEqual(objects);
  });

  it('keeps order with repeated and unknown ids: null where the graph has nothing', async () => {
    const [a, b] = objects;
    const gone = globalIdOf({ type: 'Entity', id: 'Enterprise:没有这家公司' });
    const noPairing = globalIdOf({ type: 'Pairing', relation: { from: '310117', to: '310117', type: 'PAIRS_WITH', key: '扶贫协作' } });
    const data = await read(NODES_QUERY, { ids: [b.nodeId, gone, a.nodeId, b.nodeId, noPairing] });
    expect(data.nodes).toEqual([b, null, a, b, null]);
    expect((await read(NODE_QUERY, { id: gone })).node).toBeNull();
    expect((await read(NODES_QUERY, { ids: [] })).nodes).toEqual([]);
  });

  it('answers a domain id or a garbled one with BAD_USER_INPUT naming it, not a stack trace', async () => {
    for (const id of ['310117', objects[0].id as string, `${objects[0].nodeId}!`, '']) {
      const { data, errors } = await t.gql(NODE_QUERY + NODE, { id });
      expect(data?.node).toBeNull();
      expect(errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'id', index: 0 });
      expect(errors![0].message).toContain('not a global id this API issued');
    }
    const { errors } = await t.gql(NODES_QUERY + NODE, { ids: [objects[0].nodeId, 'nonsense'] });
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'ids', index: 1 });
  });

  it(`refuses more than ${NODE_LIMITS.maxIds} ids with BAD_USER_INPUT`, async () => {
    const { errors } = await t.gql(NODES_QUERY + NODE, { ids: new Array(NODE_LIMITS.maxIds + 1).fill(objects[0].nodeId) });
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'ids', maxIds: NODE_LIMITS.maxIds });
  });

  it('batches twenty entities into one query', async () => {
    const data = await read(`{ counties(first: 20) { edges { node { ...N } } } }`);
    const ids = data.counties.edges.map((edge: any) => edge.node.nodeId);
    expect(ids).toHaveLength(20);
    const events = await t.recordQueries(() => read(NODES_QUERY, { ids }));
    expect(events.map((e) => e.name)).toEqual(['query/entities-by-ids']);
  });

  it('batches twenty objects of every kind into one query per kind and level', async () => {
    // One of each type first, then the rest: every kind of statement is needed.
    const firsts = [...new Map(objects.map((o) => [o.__typename, o])).values()];
    const ids = [...new Set([...firsts, ...objects])].slice(0, 20).map((o) => o.nodeId);
    const events = await t.recordQueries(() => read(NODES_QUERY, { ids }));
    const counts = events.reduce((byName, e) => byName.set(e.name, (byName.get(e.name) ?? 0) + 1), new Map<string, number>());
    expect([...counts.keys()].sort()).toEqual(['query/documents-by-ids', 'query/entities-by-ids', 'query/observations-by-ids', 'query/relations-by-keys']);
    // Entities are read twice at most: those named, then the ends of the relationships.
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
    expect(events.length).toBeLessThanOrEqual(5);
  });
});
