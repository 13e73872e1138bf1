import http from 'node:http';
import { AddressInfo } from 'node:net';
import { App } from '../../src/app';
import { Logger } from '../../src/logger';

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: any;
  ms: number;
}

/** One real HTTP request to 127.0.0.1:port; a JSON body is parsed. `onSent`: the whole request has been handed to the OS. */
export function request(port: number, method: string, path: string, body?: string, headers: Record<string, string> = {}, onSent?: () => void): Promise<Reply> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => {
        let parsed: unknown = text;
        try {
          parsed = text ? JSON.parse(text) : null;
        } catch {
          // Not JSON (the metrics page): kept as text.
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed, ms: performance.now() - started });
      });
    });
    req.on('error', reject);
    if (onSent) req.on('finish', onSent);
    req.end(body);
  });
}

/** POST /graphql with a JSON body, as a key holder (`key`) or anonymously. */
export function postGraphQL(port: number, query: string, variables?: Record<string, unknown>, key?: string, onSent?: () => void): Promise<Reply> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key) headers.authorization = `Bearer ${key}`;
  return request(port, 'POST', '/graphql', JSON.stringify({ query, variables }), headers, onSent);
}

/** The app's real HTTP server on a free loopback port. */
export async function serveOnFreePort(app: App, checkReady: () => Promise<Record<string, unknown>> = async () => ({})) {
  const served = app.createHttpServer(checkReady);
  await new Promise<void>((resolve) => served.server.listen(0, '127.0.0.1', resolve));
  return { ...served, port: (served.server.address() as AddressInfo).port, close: () => served.drain(0) };
}

/** A logger that keeps what it is given, for tests that read the log. */
export function recordingLogger(): Logger & { lines: { level: string; message: string; fields?: Record<string, unknown>; error?: unknown }[] } {
  const lines: { level: string; message: string; fields?: Record<string, unknown>; error?: unknown }[] = [];
  return {
    lines,
    debug: () => undefined,
    info: (message, fields) => void lines.push({ level: 'info', message, fields }),
    warn: (message, fields) => void lines.push({ level: 'warn', message, fields }),
    error: (message, error, fields) => void lines.push({ level: 'error', message, error, fields }),
  };
}
