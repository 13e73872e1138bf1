import neo4j, { Driver, isRetriableError, ManagedTransaction, Record as NeoRecord, Session, SessionMode } from 'neo4j-driver';
import { Logger } from '../logger';
import { cypherText } from './cypher-files';
import { translateDriverError as translate } from './driver-errors';
import { toNeo4jParams, toPlain } from './to-plain';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** What the executor ran: tests count round trips with it, the debug log prints it. */
export interface QueryEvent {
  name: string;
  params: Params;
  ms: number;
  /** The session's access mode: on a cluster, READ goes to a follower or read replica, WRITE to the leader. */
  mode: 'READ' | 'WRITE';
  /** False when the statement failed (the error then reaches the caller). */
  ok: boolean;
}

/** Runs named statements inside an open transaction (one document's upsert, say). */
export interface StatementRunner {
  run(name: string, params?: Params, fragments?: Record<string, string>): Promise<Row[]>;
}

/**
 * A read is one auto-commit statement: RUN and PULL, one round trip, where a transaction also
 * waits for COMMIT (`RETURN 1`: 0.7 ms against executeQuery's 1.6 ms). Reads change nothing, so
 * the executor retries them itself on transient failures, as managed transactions would.
 */
const READ_ATTEMPTS = 3;
const READ_RETRY_DELAY_MS = 200;
const PING_TIMEOUT_MS = 3_000;

/**
 * The one place Cypher is sent. Managed transactions retry transient failures, so every
 * write statement is idempotent; driver errors become the service's error types.
 */
export class CypherExecutor {
  private readonly listeners = new Set<(event: QueryEvent) => void>();
  private readonly guards = new Set<(name: string) => void>();

  constructor(
    private readonly driver: Driver,
    private readonly options: { database?: string; timeoutMs: number; logger: Logger },
  ) {}

  /** A read-only statement; `timeoutMs` tightens the database-side limit for bounded analyses. */
  async read(name: string, params: Params = {}, fragments?: Record<string, string>, timeoutMs?: number): Promise<Row[]> {
    const limit = timeoutMs ?? this.options.timeoutMs;
    const text = cypherText(name, fragments);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.runAutoCommit(neo4j.session.READ, name, text, params, limit);
      } catch (error) {
        if (attempt >= READ_ATTEMPTS || !isRetriableError(error)) throw translate(error, limit);
      }
      await new Promise((resolve) => setTimeout(resolve, READ_RETRY_DELAY_MS * attempt));
    }
  }

  write(name: string, params: Params = {}, fragments?: Record<string, string>): Promise<Row[]> {
    return this.writeStatement(name, params, fragments);
  }

  /** Several statements in one transaction: all of them land, or none. */
  async writeTransaction<T>(work: (runner: StatementRunner) => Promise<T>, timeoutMs?: number): Promise<T> {
    const session = this.session(neo4j.session.WRITE);
    const limit = timeoutMs ?? this.options.timeoutMs;
    try {
      return await session.executeWrite((tx) => work(this.runnerFor(tx)), { timeout: limit });
    } catch (error) {
      throw translate(error, limit);
    } finally {
      await session.close();
    }
  }

  /**
   * One statement in its own auto-commit transaction: what `CALL … IN TRANSACTIONS` needs. Not
   * retried, so only for statements that are safe to repeat by hand.
   */
  async autoCommit(name: string, params: Params = {}): Promise<Row[]> {
    return this.runAutoCommit(neo4j.session.WRITE, name, cypherText(name), params).catch((error: unknown) => {
      throw translate(error, this.options.timeoutMs);
    });
  }

  /** A schema statement read from cypher/schema (constraints and indexes cannot share a transaction with data). */
  async applySchemaStatement(statement: string): Promise<void> {
    await this.runAutoCommit(neo4j.session.WRITE, 'schema', statement, {}).catch((error: unknown) => {
      throw translate(error, this.options.timeoutMs);
    });
  }

  /** Runs `guard` before every statement is sent; a guard that throws stops the statement (a per-request budget). */
  beforeQuery(guard: (name: string) => void): () => void {
    this.guards.add(guard);
    return () => this.guards.delete(guard);
  }

  /** Subscribes to every statement run; returns the unsubscribe function. */
  onQuery(listener: (event: QueryEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Resolves when the database runs a query: a Bolt handshake alone (verifyConnectivity) succeeds
   * seconds before a restarted database can answer one.
   */
  async ping(): Promise<void> {
    try {
      await this.runAutoCommit(neo4j.session.READ, 'admin/ping', cypherText('admin/ping'), {}, PING_TIMEOUT_MS);
    } catch (error) {
      throw translate(error, PING_TIMEOUT_MS);
    }
  }

  /** One statement in its own auto-commit transaction; driver errors are left for the caller to translate. */
  private async runAutoCommit(mode: SessionMode, name: string, text: string, params: Params, timeoutMs?: number): Promise<Row[]> {
    this.admit(name);
    const session = this.session(mode);
    const started = performance.now();
    let ok = false;
    try {
      const result = await session.run(text, toNeo4jParams(params) as Params, timeoutMs === undefined ? undefined : { timeout: timeoutMs });
      ok = true;
      return rowsOf(result.records);
    } finally {
      this.emit({ name, params, ms: performance.now() - started, mode: mode === neo4j.session.READ ? 'READ' : 'WRITE', ok });
      await session.close();
    }
  }

  private admit(name: string): void {
    for (const guard of this.guards) guard(name);
  }

  private emit(event: QueryEvent): void {
    this.options.logger.debug(`cypher ${event.name} ${event.ms.toFixed(1)} ms${event.ok ? '' : ' (failed)'}`, event.params);
    for (const listener of this.listeners) listener(event);
  }

  /**
   * Sessions share `executeQuery`'s bookmark manager, so on a cluster a read sees every write
   * the service made before it, whichever way either was sent.
   */
  private session(mode: SessionMode): Session {
    return this.driver.session({ database: this.options.database, defaultAccessMode: mode, bookmarkManager: this.driver.executeQueryBookmarkManager });
  }

  /**
   * One write statement in its own managed transaction, sent the way `executeQuery` sends it:
   * BEGIN, RUN and PULL in one write, so the statement costs one round trip before COMMIT (a
   * session transaction waits for BEGIN's answer first).
   */
  private async writeStatement(name: string, params: Params, fragments?: Record<string, string>): Promise<Row[]> {
    const limit = this.options.timeoutMs;
    this.admit(name);
    const started = performance.now();
    let ok = false;
    try {
      const result = await this.driver.executeQuery(cypherText(name, fragments), toNeo4jParams(params) as Params, {
        database: this.options.database,
        routing: neo4j.routing.WRITE,
        transactionConfig: { timeout: limit },
      });
      ok = true;
      return rowsOf(result.records);
    } catch (error) {
      throw translate(error, limit);
    } finally {
      this.emit({ name, params, ms: performance.now() - started, mode: 'WRITE', ok });
    }
  }

  private runnerFor(tx: ManagedTransaction): StatementRunner {
    return {
      run: async (name, params = {}, fragments) => {
        this.admit(name);
        const started = performance.now();
        let ok = false;
        try {
          const result = await tx.run(cypherText(name, fragments), toNeo4jParams(params) as Params);
          ok = true;
          return rowsOf(result.records);
        } finally {
          this.emit({ name, params, ms: performance.now() - started, mode: 'WRITE', ok });
        }
      },
    };
  }
}

function rowsOf(records: readonly NeoRecord[]): Row[] {
  return records.map((record) => toPlain(record.toObject()) as Row);
}
