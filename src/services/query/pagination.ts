import { BadUserInputError } from '../../errors';
import { PAGE_LIMITS } from '../../model';
import { requireIntegerInRange } from '../arguments';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Checks `first` against the ceiling; the repository asks for one more row to learn hasNextPage. */
export function pageSize(args: PageArgs, maxPageSize: number): number {
  return requireIntegerInRange('first', args.first ?? PAGE_LIMITS.defaultSize, maxPageSize, 'Page through larger results with "after".');
}

/** Keyset cursors: the sort key of the last node seen, so pages stay stable when nodes are added. */
export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor<T>(cursor: string | null | undefined, isValid: (value: unknown) => value is T): T | undefined {
  if (cursor === null || cursor === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (!isValid(value)) {
    throw new BadUserInputError(`"after" is not a cursor this list issued: "${cursor.slice(0, 40)}". Pass the endCursor of the previous page.`, {
      argumentName: 'after',
    });
  }
  return value;
}

/** Builds a connection from `limit + 1` rows. */
export function toConnection<T>(rows: T[], totalCount: number, limit: number, keyOf: (node: T) => unknown): Connection<T> {
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return { totalCount, edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
}
