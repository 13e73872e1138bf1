import { Neo4jError } from 'neo4j-driver';
import { DatabaseUnavailableError, QueryTimeoutError } from '../../src/errors';
import { ConstraintViolationError, translateDriverError } from '../../src/neo4j/driver-errors';

const driverError = (code: string) => new Neo4jError(`${code} happened\nsecond line`, code, '50N00', 'error');

describe("the driver's errors as the service's", () => {
  it('says the database is unreachable, with the first line of the reason', () => {
    const error = translateDriverError(driverError('ServiceUnavailable'), 1000);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as DatabaseUnavailableError).extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect((error as Error).message).toContain('ServiceUnavailable happened');
    expect((error as Error).message).not.toContain('second line');
  });

  it('names the time limit of a stopped transaction', () => {
    const error = translateDriverError(driverError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'), 300);
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect((error as QueryTimeoutError).extensions).toMatchObject({ code: 'QUERY_TIMEOUT', limitMs: 300 });
  });

  it('turns a broken uniqueness constraint into its own error, for repositories that can settle the race', () => {
    expect(translateDriverError(driverError('Neo.ClientError.Schema.ConstraintValidationFailed'), 1000)).toBeInstanceOf(ConstraintViolationError);
  });

  it('lets every other error through unchanged', () => {
    const syntax = driverError('Neo.ClientError.Statement.SyntaxError');
    expect(translateDriverError(syntax, 1000)).toBe(syntax);
  });
});
