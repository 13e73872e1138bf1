import { decodeCursor, encodeCursor, pageSize, toConnection } from '../../src/services/query/pagination';

describe('keyset pagination', () => {
  const isPair = (value: unknown): value is [string, string] => Array.isArray(value) && value.length === 2;

  it('round-trips a sort key through an opaque cursor', () => {
    const cursor = encodeCursor(['勐海县', '532822']);
    expect(cursor).not.toContain('勐');
    expect(decodeCursor(cursor, isPair)).toEqual(['勐海县', '532822']);
  });

  it('rejects a cursor it did not issue with BAD_USER_INPUT', () => {
    expect(() => decodeCursor('garbage', isPair)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    expect(() => decodeCursor(encodeCursor({ a: 1 }), isPair)).toThrow(/not a cursor this list issued/);
  });

  it('defaults the page size and bounds it', () => {
    expect(pageSize({}, 500)).toBe(50);
    expect(() => pageSize({ first: 501 }, 500)).toThrow(/from 1 to 500/);
    expect(() => pageSize({ first: 1.5 }, 500)).toThrow(/integer/);
  });

  it('reads hasNextPage from the extra row and cursors from the last node', () => {
    const connection = toConnection(['a', 'b', 'c'], 10, 2, (node) => node);
    expect(connection.edges.map((edge) => edge.node)).toEqual(['a', 'b']);
    expect(connection.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor('b') });
    expect(toConnection([], 0, 2, (node) => node).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
