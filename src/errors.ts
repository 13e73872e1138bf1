import { GraphQLError } from 'graphql';

/** Every code a client can see in `extensions.code`. Stable: clients branch on these. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  INGESTION_FAILED = 'INGESTION_FAILED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Invalid arguments: the message says what was expected, what came, and how to fix it. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code: ErrorCode.BAD_USER_INPUT } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code: ErrorCode.NOT_FOUND } });
  }
}

export class DatabaseUnavailableError extends GraphQLError {
  constructor(detail: string) {
    super(
      `The graph database is unreachable (${detail}). The service retries on every request; ` +
        'try again shortly, or check that Neo4j is running (GET /ready tells).',
      { extensions: { code: ErrorCode.DATABASE_UNAVAILABLE } },
    );
  }
}

export class QueryTimeoutError extends GraphQLError {
  constructor(limitMs: number) {
    super(
      `The query ran longer than the database time limit of ${limitMs} ms and was stopped. ` +
        'Narrow it (fewer hops, a smaller page, a filter).',
      { extensions: { code: ErrorCode.QUERY_TIMEOUT, limitMs } },
    );
  }
}

export class QueryTooComplexError extends GraphQLError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code: ErrorCode.QUERY_TOO_COMPLEX } });
  }
}

/** A document could not be written; its transaction was rolled back, so nothing of it is in the graph. */
export class IngestionFailedError extends GraphQLError {
  constructor(documentId: string, step: string, reason: string) {
    super(`Ingesting document ${documentId} failed while writing ${step}; nothing of it was written. Reason: ${reason}`, {
      extensions: { code: ErrorCode.INGESTION_FAILED, documentId, step },
    });
  }
}
