/**
 * The errors a client can see. Every layer throws these; none of them needs GraphQL: a service
 * error carries its code in `extensions`, which graphql-js copies onto the GraphQLError it wraps
 * a resolver's error in (as Apollo Server's own GraphQLErrorWithCode sets it), and the HTTP layer
 * turns those thrown outside a resolver into GraphQL errors.
 */

/** Every code a client can see in `extensions.code`. Stable: clients branch on these. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  AMBIGUOUS_REFERENCE = 'AMBIGUOUS_REFERENCE',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  INGESTION_FAILED = 'INGESTION_FAILED',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** An error with a stable code and a sentence saying what was expected, what came, and how to fix it. */
export class ServiceError extends Error {
  readonly extensions: Readonly<Record<string, unknown>> & { readonly code: ErrorCode };

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.extensions = { ...details, code };
  }

  get code(): ErrorCode {
    return this.extensions.code;
  }
}

/**
 * Invalid arguments: the message says what was expected, what came, and how to fix it. HTTP 400,
 * whether a resolver or the request's checks find it (a field answered next to it keeps its data).
 */
export class BadUserInputError extends ServiceError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.BAD_USER_INPUT, message, { ...details, http: { status: 400 } });
  }
}

/**
 * A reference that names several entities (上坝村: dozens nationally): a client's mistake like
 * BAD_USER_INPUT (HTTP 400, `category` says so), with its own code so a client can offer the
 * `candidates` (id, name, type, the areas each lies in) to choose from.
 */
export class AmbiguousReferenceError extends ServiceError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.AMBIGUOUS_REFERENCE, message, { ...details, category: ErrorCode.BAD_USER_INPUT, http: { status: 400 } });
  }
}

export class NotFoundError extends ServiceError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.NOT_FOUND, message, details);
  }
}

export class DatabaseUnavailableError extends ServiceError {
  constructor(detail: string) {
    super(
      ErrorCode.DATABASE_UNAVAILABLE,
      `The graph database is unreachable (${detail}). The service retries on every request; ` +
        'try again shortly, or check that Neo4j is running (GET /ready tells).',
    );
  }
}

export class QueryTimeoutError extends ServiceError {
  constructor(limitMs: number) {
    super(
      ErrorCode.QUERY_TIMEOUT,
      `The query ran longer than the database time limit of ${limitMs} ms and was stopped. ` + 'Narrow it (fewer hops, a smaller page, a filter).',
      { limitMs },
    );
  }
}

export class QueryTooComplexError extends ServiceError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.QUERY_TOO_COMPLEX, message, details);
  }
}

/**
 * A document could not be written; its transaction was rolled back, so nothing of it is in the
 * graph. `retryable`: it lost a lock conflict with concurrent writes, and sending it again is safe.
 */
export class IngestionFailedError extends ServiceError {
  constructor(documentId: string, step: string, reason: string, retryable = false) {
    super(
      ErrorCode.INGESTION_FAILED,
      retryable
        ? `Writing document ${documentId} (${step}) kept conflicting with concurrent writes to the same entities; nothing of it was written. Send it again.`
        : `Ingesting document ${documentId} failed while writing ${step}; nothing of it was written. Reason: ${reason}`,
      { documentId, step, retryable },
    );
  }
}

/**
 * No key where one is needed, or a key the service does not hold (wrong, revoked). HTTP 401:
 * Apollo takes `extensions.http` as the response's status and leaves it out of the body.
 */
export class UnauthenticatedError extends ServiceError {
  constructor(message: string) {
    super(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });
  }
}

/** A valid key whose role does not allow this. HTTP 403. */
export class ForbiddenError extends ServiceError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.FORBIDDEN, message, { ...details, http: { status: 403 } });
  }
}
