import { Neo4jError } from 'neo4j-driver';
import { DatabaseUnavailableError, QueryTimeoutError } from '../errors';

/**
 * A write broke a uniqueness constraint (two writers created the same node at once). Not a
 * client's error: a repository that can expect it (a race it knows how to settle) catches it.
 */
export class ConstraintViolationError extends Error {}

/**
 * A transient conflict (a deadlock between two writers, a lock not granted in time) that outlasted
 * the driver's retries: nothing was written, and sending the same work again is safe.
 */
export class TransientConflictError extends Error {}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMED_OUT = /TransactionTimedOut/;
const CONSTRAINT_VIOLATION = 'Neo.ClientError.Schema.ConstraintValidationFailed';

/** The driver's errors as the service's: unreachable, timed out, a constraint; anything else as it came. */
export function translateDriverError(error: unknown, timeoutMs: number): unknown {
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE.has(error.code)) return new DatabaseUnavailableError(firstLine(error.message));
    if (TIMED_OUT.test(error.code)) return new QueryTimeoutError(timeoutMs);
    if (error.code === CONSTRAINT_VIOLATION) return new ConstraintViolationError(firstLine(error.message));
    if (error.code.startsWith('Neo.TransientError.')) return new TransientConflictError(firstLine(error.message));
  }
  return error;
}

function firstLine(message: string): string {
  return message.split('\n')[0].slice(0, 200);
}
