import { Database } from '../../src/neo4j/database';
import { QueryTimeoutError } from '../../src/errors';
import { openTestDatabase } from '../support/test-database';
import { fixtureCypher } from '../support/fixture-cypher';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
}, 300_000);
afterAll(() => database?.close());

const SLOW_READ = fixtureCypher('count-to-a-billion');

describe('executor reads', () => {
  it('stops a read at its time limit in the database, with QUERY_TIMEOUT', async () => {
    const started = performance.now();
    const error = await database.executor.read(SLOW_READ, {}, undefined, 300).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect((error as QueryTimeoutError).extensions.code).toBe('QUERY_TIMEOUT');
    expect((error as QueryTimeoutError).message).toMatch(/300 ms/);
    // The server checks time limits every couple of seconds; a billion rows take far longer.
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 60_000);

  it('sends whole numbers as integers (LIMIT refuses 1.0) and returns plain values', async () => {
    const [row] = await database.executor.read('query/list-documents', { limit: 1, after: null });
    expect(typeof row.totalCount).toBe('number');
    expect(Array.isArray(row.documents)).toBe(true);
  });
});
