import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { isBrowserAtGraphQL, isWebRequest, serveWeb } from '../../src/http/web.route';
import { request } from '../support/http-client';

const asked = (method: string, url: string, accept = 'text/html,application/xhtml+xml') =>
  [{ method, headers: { accept } } as http.IncomingMessage, new URL(url, 'http://localhost')] as const;

describe('the explorer route', () => {
  it('takes a browser’s page addresses, assets and /graphiql, and leaves GraphQL requests to Apollo', () => {
    for (const url of ['/', '/?q=songjiang', '/entity/310117', '/document/abc?start=1&end=9', '/graph/310117', '/path?from=a&to=b', '/dashboard', '/dashboard/matrix', '/documents']) {
      expect([url, isWebRequest(...asked('GET', url))]).toEqual([url, true]);
    }
    expect(isWebRequest(...asked('GET', '/assets/index-abc.js', '*/*'))).toBe(true);
    expect(isWebRequest(...asked('GET', '/graphiql', '*/*'))).toBe(true);
    expect(isWebRequest(...asked('POST', '/'))).toBe(false);
    expect(isWebRequest(...asked('GET', '/', 'application/json'))).toBe(false);
    expect(isWebRequest(...asked('GET', '/?query={a}'))).toBe(false);
    expect(isWebRequest(...asked('GET', '/graphql'))).toBe(false);
    expect(isWebRequest(...asked('GET', '/entity/a/b'))).toBe(false);
    expect(isBrowserAtGraphQL(...asked('GET', '/graphql'))).toBe(true);
    expect(isBrowserAtGraphQL(...asked('GET', '/graphql?query={a}'))).toBe(false);
    expect(isBrowserAtGraphQL(...asked('GET', '/graphql', 'application/json'))).toBe(false);
  });

  describe('serving files', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-web-'));
    let server: http.Server;
    let port: number;
    beforeAll(async () => {
      mkdirSync(path.join(dir, 'assets'));
      writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>kg</title>');
      writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
      server = http.createServer((req, res) => void serveWeb(dir, req, res, new URL(req.url ?? '/', 'http://localhost')));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => server.close());

    it('serves the page with no-cache and an ETag it answers 304 to, and hashed assets immutable', async () => {
      const page = await request(port, 'GET', '/entity/310117');
      expect(page).toMatchObject({ status: 200, body: '<!doctype html><title>kg</title>', headers: { 'cache-control': 'no-cache', 'content-type': 'text/html; charset=utf-8' } });
      expect((await request(port, 'GET', '/', undefined, { 'if-none-match': String(page.headers.etag) })).status).toBe(304);
      const asset = await request(port, 'GET', '/assets/index-abc123.js');
      expect(asset).toMatchObject({ status: 200, headers: { 'cache-control': 'public, max-age=31536000, immutable', 'content-type': 'text/javascript; charset=utf-8' } });
    });

    it('answers a missing asset or a path out of the folder with 404, and a missing build with a sentence', async () => {
      expect((await request(port, 'GET', '/assets/gone.js')).status).toBe(404);
      expect((await request(port, 'GET', '/assets/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
      const missing = await request(port, 'GET', '/graphiql');
      expect(missing.status).toBe(503);
      expect(missing.body).toMatch(/has not been built .* Run `npm run build`/);
    });
  });
});
