import http from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { Context } from '../graphql/context';
import { Logger } from '../logger';

export interface HttpServerOptions {
  graphql: ApolloServer<Context>;
  createContext: () => Context;
  /** Resolves when Neo4j answers and the schema is applied; rejects with the reason otherwise. */
  checkReady: () => Promise<Record<string, unknown>>;
  logger: Logger;
  maxBodyBytes?: number;
}

/**
 * Plain node:http routing: GET /health (the process is up), GET /ready (the database answers),
 * GET|POST /graphql (Apollo). Each GraphQL request gets a fresh context, so fresh loaders.
 */
export function createHttpServer(options: HttpServerOptions): http.Server {
  const maxBodyBytes = options.maxBodyBytes ?? 1_000_000;
  return http.createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    try {
      if (request.method === 'GET' && url.pathname === '/health') return sendJson(response, 200, { status: 'ok' });
      if (request.method === 'GET' && url.pathname === '/ready') return await ready(options, response);
      if (url.pathname === '/graphql' || url.pathname === '/') return await graphql(options, request, response, url, maxBodyBytes);
      sendJson(response, 404, { error: `No route ${request.method} ${url.pathname}. Use /graphql, /health or /ready.` });
    } catch (error) {
      options.logger.error('http request failed', error);
      if (!response.headersSent) sendJson(response, 500, { error: 'Internal error; it has been logged.' });
      else response.end();
    }
  });
}

async function ready(options: HttpServerOptions, response: http.ServerResponse): Promise<void> {
  try {
    sendJson(response, 200, { status: 'ready', ...(await options.checkReady()) });
  } catch (error) {
    sendJson(response, 503, { status: 'unavailable', reason: (error as Error).message });
  }
}

async function graphql(options: HttpServerOptions, request: http.IncomingMessage, response: http.ServerResponse, url: URL, maxBodyBytes: number): Promise<void> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const raw = await readBody(request, maxBodyBytes);
  if (raw === undefined) return sendJson(response, 413, graphqlError(`Request body over ${maxBodyBytes} bytes.`, 'BAD_REQUEST'));
  let body: unknown = raw;
  if (raw.length > 0 && (headers.get('content-type') ?? '').includes('application/json')) {
    try {
      body = JSON.parse(raw);
    } catch {
      return sendJson(response, 400, graphqlError('The request body is not valid JSON.', 'BAD_REQUEST'));
    }
  }
  const result = await options.graphql.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
    context: async () => options.createContext(),
  });
  for (const [name, value] of result.headers) response.setHeader(name, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

function readBody(request: http.IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => resolve(size > limit ? undefined : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function graphqlError(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}
