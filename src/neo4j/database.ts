import neo4j, { Driver } from 'neo4j-driver';
import { Config } from '../config';
import { Logger } from '../logger';
import { CypherExecutor } from './executor';
import { ensureLocalServer } from './local-server';
import { disableNagleOnOutgoingSockets } from './no-delay';

export interface Database {
  driver: Driver;
  executor: CypherExecutor;
  /** Where the service reads and writes, for logs and the README's "where is it" question. */
  uri: string;
  /** True when this project's own local server is in use (no NEO4J_URI given). */
  local: boolean;
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI, or provisions and starts the project's local Neo4j when none is set,
 * and waits until the database answers.
 */
export async function openDatabase(config: Config['neo4j'], logger: Logger): Promise<Database> {
  let uri = config.uri;
  if (!uri) {
    const server = await ensureLocalServer({
      home: config.local.home,
      boltPort: config.local.boltPort,
      password: config.password,
      heap: config.local.heap,
      pageCache: config.local.pageCache,
      log: (line) => logger.info(line),
    });
    uri = server.uri;
  }
  disableNagleOnOutgoingSockets();
  const driver = neo4j.driver(uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: true,
    connectionTimeout: 5000,
    connectionAcquisitionTimeout: 10000,
    // Concurrent ingests of reports on the same places wait on each other's locks; retry transient failures for this long.
    maxTransactionRetryTime: 30_000,
    userAgent: 'pairing-knowledge-graph',
  });
  const executor = new CypherExecutor(driver, { database: config.database, timeoutMs: config.transactionTimeoutMs, logger });
  await waitUntilReachable(executor, uri, logger);
  return { driver, executor, uri, local: !config.uri, close: () => driver.close() };
}

async function waitUntilReachable(executor: CypherExecutor, uri: string, logger: Logger): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (let attempt = 1; ; attempt++) {
    try {
      await executor.ping();
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        throw new Error(`Neo4j at ${uri} did not answer within 60 s: ${(error as Error).message}`);
      }
      if (attempt === 1) logger.warn(`neo4j: ${uri} not reachable yet, retrying…`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}
