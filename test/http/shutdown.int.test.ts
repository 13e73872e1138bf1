import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { postGraphQL, request } from '../support/http-client';
import { startTestApp, TestApp } from '../support/test-app';
import { testConfig } from '../support/test-database';

const ADMIN_KEY = 'shutdown-test-admin-key-000000';
const MAIN = path.join(PROJECT_ROOT, 'dist', 'src', 'main.js');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

async function waitReady(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode} before it was ready`);
    const ok = await request(port, 'GET', '/ready').then((reply) => reply.status === 200, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the service was not ready within 120 s');
}

const report = (i: number) => `松江区与云南省德宏傣族景颇族自治州芒市开展对口帮扶,第${i}批项目投入资金${100 + i}万元,支持芒市建设乡村振兴示范点。`;

/** The built service started by `npm start`, in its own process, on the tests' database. */
describe('stopping the service with SIGTERM during a burst of requests', () => {
  let t: TestApp;
  let child: ChildProcess;
  let port: number;
  let stderr = '';

  beforeAll(async () => {
    // The process runs the compiled service; build it from the sources under test.
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
    expect(fs.existsSync(MAIN)).toBe(true);
    t = await startTestApp({ corpus: true });
    const config = testConfig();
    port = await freePort();
    // As the README starts it: npm start (its build step is the one above), so the signal goes to npm.
    child = spawn('npm', ['start', '--ignore-scripts', '--silent'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NEO4J_URI: t.database.uri,
        NEO4J_USER: config.neo4j.user,
        NEO4J_PASSWORD: config.neo4j.password,
        PORT: String(port),
        HOST: '127.0.0.1',
        KG_ADMIN_KEY: ADMIN_KEY,
        KG_LOAD_CORPUS: 'false',
        KG_RATE_WRITES_PER_MINUTE: '1000',
        // Twenty ingests about the same places wait on each other's locks: the last ends 10–15 s in
        // on this machine. The grace has to outlast them for "all answered" to be the question.
        KG_SHUTDOWN_GRACE_MS: '60000',
        // Apollo's own signal handlers are on outside tests, as under npm start.
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    await waitReady(port, child);
  }, 400_000);
  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await t?.close();
  });

  it('answers all 40 in-flight requests, commits their writes and exits 0', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let sent = 0;
    let allSent: () => void = () => undefined;
    const everySent = new Promise<void>((resolve) => (allSent = resolve));
    const onSent = () => ++sent === 40 && allSent();
    const burst = Array.from({ length: 40 }, (_, i) =>
      i % 2 === 0
        ? postGraphQL(port, 'mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { documentId } }', { input: { title: `第${i}批`, text: report(i) } }, ADMIN_KEY, onSent)
        : postGraphQL(port, '{ entity(name: "松江区") { name relations { type } } }', {}, undefined, onSent),
    );
    // The signal comes once all 40 are on their way: each was handed to the OS, none answered yet.
    await everySent;
    child.kill('SIGTERM');
    const replies = await Promise.allSettled(burst);
    const statuses = replies.map((reply) => (reply.status === 'fulfilled' ? reply.value.status : `failed: ${(reply.reason as Error).message}`));
    expect(statuses).toEqual(Array(40).fill(200));
    const errors = replies.flatMap((reply) => (reply.status === 'fulfilled' ? (reply.value.body.errors ?? []) : []));
    expect(errors).toEqual([]);
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/SIGTERM: stopped/);

    const written = replies.filter((_, i) => i % 2 === 0).map((reply) => (reply as PromiseFulfilledResult<{ body: any }>).value.body.data.ingestDocument.documentId);
    for (const id of written) expect((await t.gql(`query($id: ID!) { document(id: $id) { id } }`, { id })).data!.document).toEqual({ id });
  }, 120_000);
});
