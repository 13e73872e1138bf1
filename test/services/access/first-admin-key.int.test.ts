import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recordingLogger } from '../../support/http-client';
import { startTestApp, TestApp } from '../../support/test-app';
import { ensureAdminKey } from '../../../src/services/access/first-admin-key';

describe('the admin key of a first start', () => {
  let t: TestApp;
  let dir: string;
  let stdout: jest.SpyInstance;

  beforeAll(async () => {
    t = await startTestApp({ corpus: false });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-keys-'));
    stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  }, 300_000);
  afterAll(async () => {
    stdout.mockRestore();
    fs.rmSync(dir, { recursive: true, force: true });
    await t?.close();
  });

  it('makes one admin key when the graph holds none, prints it once and keeps it readable by its owner only', async () => {
    const file = path.join(dir, '.kg', 'admin-key');
    await ensureAdminKey(t.app.services.keys, { localKeyFile: file }, recordingLogger());
    const secret = fs.readFileSync(file, 'utf8').trim();
    expect(secret).toMatch(/^kg_[\w-]{40,}$/);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(stdout.mock.calls.map(([text]) => String(text)).join('')).toContain(secret);
    expect(await t.app.services.keys.authenticate(`Bearer ${secret}`)).toMatchObject({ kind: 'key', role: 'admin' });

    stdout.mockClear();
    await ensureAdminKey(t.app.services.keys, { localKeyFile: file }, recordingLogger());
    expect(stdout).not.toHaveBeenCalled();
    expect((await t.app.services.keys.list()).filter((key) => key.role === 'admin')).toHaveLength(1);
  });

  it('registers KG_ADMIN_KEY as an admin key, once however often the service starts', async () => {
    const adminKey = 'ci-admin-key-0123456789abcdef';
    const logger = recordingLogger();
    await ensureAdminKey(t.app.services.keys, { adminKey, localKeyFile: path.join(dir, 'unused') }, logger);
    await ensureAdminKey(t.app.services.keys, { adminKey, localKeyFile: path.join(dir, 'unused') }, logger);
    expect(fs.existsSync(path.join(dir, 'unused'))).toBe(false);
    expect((await t.app.services.keys.list()).filter((key) => key.name === 'KG_ADMIN_KEY')).toHaveLength(1);
    expect(await t.app.services.keys.authenticate(`Bearer ${adminKey}`)).toMatchObject({ kind: 'key', role: 'admin', name: 'KG_ADMIN_KEY' });
  });
});
