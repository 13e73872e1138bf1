// The local server provisioning itself: its own throwaway home and port, apart from the shared
// test server on 7688, so it can start, reuse and stop a server without disturbing other suites.
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import neo4j from 'neo4j-driver';
import { ensureLocalServer, stopLocalServer } from '../../src/neo4j/local-server';

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-local-server-'));
const boltPort = 7699;
const password = 'local-server-test';
const options = { home, boltPort, password, heap: '512m', pageCache: '64m', log: () => undefined };

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (open: boolean) => (socket.destroy(), resolve(open));
    socket.once('connect', () => done(true)).once('error', () => done(false));
  });
}

afterAll(async () => {
  await stopLocalServer(home);
  fs.rmSync(home, { recursive: true, force: true });
});

test('starts with auth, reuses, and stops', async () => {
  const server = await ensureLocalServer(options);
  expect(server).toMatchObject({ uri: `bolt://127.0.0.1:${boltPort}`, user: 'neo4j', password, startedNow: true });

  const driver = neo4j.driver(server.uri, neo4j.auth.basic(server.user, server.password));
  try {
    const { records } = await driver.executeQuery('CREATE (n:X {name: $name}) RETURN n.name AS name', { name: '松江区' });
    expect(records[0].get('name')).toBe('松江区');
  } finally {
    await driver.close();
  }

  const wrong = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', 'not-the-password'));
  await expect(wrong.verifyConnectivity()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
  await wrong.close();

  const again = await ensureLocalServer(options);
  expect(again).toMatchObject({ startedNow: false, pid: server.pid });

  expect(await stopLocalServer(home)).toBe(true);
  expect(await portOpen(boltPort)).toBe(false);
  expect(await stopLocalServer(home)).toBe(false);
}, 300_000);
