import neo4j from 'neo4j-driver';
import { toNeo4jParams, toPlain } from '../../src/neo4j/to-plain';

describe('toPlain', () => {
  it('keeps strings, numbers and booleans, and turns integers and bigints into numbers', () => {
    expect(toPlain('松江区')).toBe('松江区');
    expect(toPlain(12.5)).toBe(12.5);
    expect(toPlain(false)).toBe(false);
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(BigInt(7))).toBe(7);
    expect(toPlain(undefined)).toBeNull();
  });

  it('turns nodes into their properties with labels, and relationships into theirs with type', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Entity', 'County'], { id: '532822', name: '勐海县', since: neo4j.int(2017) });
    expect(toPlain(node)).toEqual({ id: '532822', name: '勐海县', since: 2017, labels: ['Entity', 'County'] });
    const relationship = new neo4j.types.Relationship(neo4j.int(2), neo4j.int(1), neo4j.int(3), 'FUNDS', { amountWan: 638 });
    expect(toPlain(relationship)).toEqual({ amountWan: 638, type: 'FUNDS' });
  });

  it('writes temporal values as ISO strings, inside maps and lists too', () => {
    const value = { when: new neo4j.types.Date(2017, 6, 1), list: [neo4j.int(1), { at: new neo4j.types.Date(2018, 1, 2) }] };
    expect(toPlain(value)).toEqual({ when: '2017-06-01', list: [1, { at: '2018-01-02' }] });
  });
});

describe('toNeo4jParams', () => {
  it('sends whole numbers as integers, other numbers as they are, and absent values as null', () => {
    const params = toNeo4jParams({ limit: 10, ratio: 0.5, after: undefined, refs: ['a'] }) as Record<string, unknown>;
    expect(neo4j.isInt(params.limit)).toBe(true);
    expect(params.ratio).toBe(0.5);
    expect(params.after).toBeNull();
    expect(params.refs).toEqual(['a']);
  });
});
