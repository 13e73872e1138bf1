import { NodeRef } from '../../src/model';
import { globalIdOf, nodeRefOf, requireNodeRefs } from '../../src/services/query/global-id';

const PAIRING = { from: '310117', to: '532822', type: 'PAIRS_WITH', key: '扶贫协作' };

const REFS: NodeRef[] = [
  { type: 'Entity', id: '310117' },
  { type: 'Entity', id: 'Project:1#厂房>二期' },
  { type: 'Document', id: '000_430610c9ad8ca235' },
  { type: 'Observation', id: '532822|poorHouseholds|2013|1200' },
  { type: 'Relation', relation: { from: 'Enterprise:A>B', to: '532822', type: 'FUNDS', key: '2018|100' } },
  { type: 'Pairing', relation: PAIRING },
  { type: 'Relation', relation: PAIRING },
  { type: 'ReviewItem', of: { type: 'Entity', id: 'Agency:区合作交流办' } },
  { type: 'ReviewItem', of: { type: 'Relation', relation: PAIRING } },
];

describe('global ids', () => {
  it('read back as the ref they were made of, whatever characters the names hold', () => {
    for (const ref of REFS) expect(nodeRefOf(globalIdOf(ref))).toEqual(ref);
  });

  it('differ for a fact, its review item and a pairing seen as a relation', () => {
    expect(new Set(REFS.map(globalIdOf)).size).toBe(REFS.length);
  });

  it('are only the strings this API issues: no domain id, unknown kind, wrong arity, relation type or stray character', () => {
    const made = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString('base64url');
    for (const id of ['310117', 'Enterprise:上海某公司', '', made(['Nothing', 'x']), made(['Entity']), made(['Entity', 1]), made(['Relation', 'a', 'b', 'LOVES', 'k']), `${globalIdOf(REFS[0])}!`, ` ${globalIdOf(REFS[0])}`]) {
      expect(nodeRefOf(id)).toBeNull();
    }
  });

  it('sent by a client are checked in order, naming the first that is none, and counted', () => {
    expect(requireNodeRefs(REFS.map(globalIdOf), 'ids')).toEqual(REFS);
    expect(() => requireNodeRefs([globalIdOf(REFS[0]), '310117'], 'ids')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName: 'ids', index: 1 }) }));
    expect(() => requireNodeRefs(new Array(101).fill(globalIdOf(REFS[0])), 'ids')).toThrow(/at most 100/);
  });
});
