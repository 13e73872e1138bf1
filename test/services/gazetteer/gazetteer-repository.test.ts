import { Neo4jError } from 'neo4j-driver';
import { translateDriverError } from '../../../src/neo4j/driver-errors';
import { CypherExecutor, StatementRunner } from '../../../src/neo4j/executor';
import { AreaRow, GazetteerRepository } from '../../../src/repositories/gazetteer.repository';

const row = (id: string): AreaRow => ({ id, name: id, officialName: id, provinceCode: id.slice(0, 2), parentCode: null, district: false, pinyin: '', pinyinInitials: '' });

const CONSTRAINT_VIOLATION = 'Neo.ClientError.Schema.ConstraintValidationFailed';

/**
 * An executor that answers the id look-up with `present` and can fail the first creation with the
 * driver's `failWith`, translated as the real executor translates driver errors.
 */
function fakeExecutor(present: string[], failWith?: string) {
  const transactions: { statement: string; ids: string[] }[][] = [];
  let creates = 0;
  const executor = {
    async writeTransaction<T>(work: (runner: StatementRunner) => Promise<T>): Promise<T> {
      const statements: { statement: string; ids: string[] }[] = [];
      transactions.push(statements);
      return work({
        async run(statement, params = {}) {
          const ids = ((params.ids as string[]) ?? (params.rows as AreaRow[]).map((r) => r.id)).slice();
          statements.push({ statement, ids });
          if (statement === 'gazetteer/existing-ids') return ids.filter((id) => present.includes(id)).map((id) => ({ id }));
          if (statement === 'gazetteer/create-areas' && failWith && creates++ === 0) throw new Neo4jError('the first creation fails', failWith, '50N00', 'error');
          return [];
        },
      }).catch((error: unknown) => {
        throw translateDriverError(error, 1000);
      });
    },
  };
  return { repository: new GazetteerRepository(executor as unknown as CypherExecutor), transactions };
}

describe('GazetteerRepository.upsertAreas', () => {
  it('creates the areas not in the graph and merges the others, in one transaction', async () => {
    const { repository, transactions } = fakeExecutor(['52']);
    await repository.upsertAreas('Province', [row('31'), row('52'), row('53')]);
    expect(transactions).toEqual([[
      { statement: 'gazetteer/existing-ids', ids: ['31', '52', '53'] },
      { statement: 'gazetteer/create-areas', ids: ['31', '53'] },
      { statement: 'gazetteer/upsert-areas', ids: ['52'] },
    ]]);
  });

  it('merges the whole batch when something created one of its areas after the look-up', async () => {
    const { repository, transactions } = fakeExecutor([], CONSTRAINT_VIOLATION);
    await repository.upsertAreas('Province', [row('31'), row('52')]);
    expect(transactions[1]).toEqual([{ statement: 'gazetteer/upsert-areas', ids: ['31', '52'] }]);
  });

  it('lets other errors through', async () => {
    const { repository, transactions } = fakeExecutor([], 'Neo.ClientError.Statement.SyntaxError');
    await expect(repository.upsertAreas('Province', [row('31')])).rejects.toThrow(/the first creation fails/);
    expect(transactions).toHaveLength(1);
  });
});
