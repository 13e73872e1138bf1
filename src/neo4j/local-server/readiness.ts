import * as net from 'net';
import neo4j from 'neo4j-driver';
import { readFrom, tail } from './log-file';
import { alive, seconds, sleep } from './processes';

/** Not "localhost": Node may resolve that to ::1, where nothing listens. */
export const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 120_000;

/**
 * Waits for the launcher's READY line (printed once the password is set) before trying to log in:
 * logging in earlier fails against the default password and three failures lock the user out.
 */
export async function waitReady(uri: string, password: string, pid: number, logFile: string, logOffset: number, log: (line: string) => void): Promise<void> {
  const t0 = Date.now();
  let nextProgress = t0 + 10_000;
  let lastError = '';
  while (Date.now() - t0 < START_TIMEOUT_MS) {
    if (!alive(pid)) {
      throw new Error(`Neo4j (pid ${pid}) exited during start-up. Last lines of ${logFile}:\n${tail(logFile, 30)}`);
    }
    if (readFrom(logFile, logOffset).includes('READY bolt://')) {
      const result = await tryConnect(uri, password);
      if (result === 'ok') return;
      lastError = result;
    }
    if (Date.now() >= nextProgress) {
      log(`neo4j: still starting (${seconds(t0)})${lastError ? `, last error: ${lastError}` : ''}`);
      nextProgress += 10_000;
    }
    await sleep(250);
  }
  throw new Error(
    `Neo4j (pid ${pid}) did not accept Bolt connections at ${uri} within ${START_TIMEOUT_MS / 1000} s` +
      `${lastError ? ` (${lastError})` : ''}. Last lines of ${logFile}:\n${tail(logFile, 30)}`,
  );
}

export async function tryConnect(uri: string, password: string): Promise<'ok' | 'unauthorized' | string> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 3000, maxConnectionPoolSize: 1 });
  try {
    await driver.verifyConnectivity();
    return 'ok';
  } catch (error) {
    const code = (error as { code?: string }).code;
    return code === 'Neo.ClientError.Security.Unauthorized' ? 'unauthorized' : String((error as Error).message ?? error);
  } finally {
    await driver.close();
  }
}

export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: HOST, port });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
