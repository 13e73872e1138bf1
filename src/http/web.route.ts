import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';

/** The explorer's own addresses: each is the page, which reads the rest of the address itself. */
const PAGE_ROUTES = /^\/(entity\/[^/]+|document\/[^/]+|graph\/[^/]+|path|dashboard(\/[\w-]+)?|documents|ingest)?$/;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

// Vite names every file under assets/ by its content hash, so a name never changes meaning.
const IMMUTABLE = 'public, max-age=31536000, immutable';
// The pages name the current hashes: a browser must ask again each time (a 304 costs little).
const REVALIDATE = 'no-cache';

/**
 * Whether a request is for the explorer (the page, GraphiQL or a built asset) rather than the API:
 * GET or HEAD of an asset, of /graphiql, or of a page address asked for as HTML. GET / with a
 * `query` parameter, or without Accept: text/html, stays GraphQL.
 */
export function isWebRequest(request: http.IncomingMessage, url: URL): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (url.pathname.startsWith('/assets/') || url.pathname === '/graphiql' || url.pathname === '/favicon.svg') return true;
  return PAGE_ROUTES.test(url.pathname) && acceptsHtml(request) && !url.searchParams.has('query');
}

/** A browser opening GET /graphql (no operation) is sent to GraphiQL instead of an error. */
export function isBrowserAtGraphQL(request: http.IncomingMessage, url: URL): boolean {
  return request.method === 'GET' && url.pathname === '/graphql' && acceptsHtml(request) && !url.searchParams.has('query');
}

function acceptsHtml(request: http.IncomingMessage): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}

/**
 * Serves the built explorer from `webDir`: hashed assets immutable, the two pages (index.html for
 * every page address, graphiql.html) revalidated on each load with an ETag. Answers 503 with a
 * sentence when the page has not been built.
 */
export async function serveWeb(webDir: string, request: http.IncomingMessage, response: http.ServerResponse, url: URL): Promise<void> {
  const root = path.resolve(webDir);
  const asset = url.pathname.startsWith('/assets/') || url.pathname === '/favicon.svg';
  const file = asset ? path.resolve(root, `.${decodeURIComponent(url.pathname)}`) : path.join(root, url.pathname === '/graphiql' ? 'graphiql.html' : 'index.html');
  if (!file.startsWith(root + path.sep)) return sendText(response, 404, 'No such file.');
  const found = await stat(file).catch(() => undefined);
  if (!found?.isFile()) {
    if (asset) return sendText(response, 404, `No asset ${url.pathname}; the page may be older than the build: reload it.`);
    return sendText(response, 503, `The explorer has not been built into ${root}. Run \`npm run build\` (npm start does it), then reload.`);
  }
  const etag = `"${found.size.toString(36)}-${found.mtimeMs.toString(36)}"`;
  response.setHeader('cache-control', asset ? IMMUTABLE : REVALIDATE);
  response.setHeader('etag', etag);
  response.setHeader('content-type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
  response.setHeader('x-content-type-options', 'nosniff');
  if (request.headers['if-none-match'] === etag) {
    response.statusCode = 304;
    return void response.end();
  }
  response.statusCode = 200;
  response.setHeader('content-length', found.size);
  if (request.method === 'HEAD') return void response.end();
  await new Promise<void>((resolve, reject) => {
    const stream = createReadStream(file);
    stream.on('error', reject);
    response.on('close', resolve);
    stream.pipe(response);
  });
}

function sendText(response: http.ServerResponse, status: number, text: string): void {
  response.statusCode = status;
  response.setHeader('content-type', 'text/plain; charset=utf-8');
  response.setHeader('cache-control', 'no-store');
  response.end(text);
}
