import crypto from 'node:crypto';
import http from 'node:http';
import { Socket } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode, ServiceError } from '../errors';
import { Context } from '../graphql/context';
import { Logger } from '../logger';
import { Metrics } from '../metrics';
import { ExportQuery, GraphExport, MAX_REQUEST_BYTES, Principal } from '../model';
import { serveExport } from './export.route';
import { AccessGate } from './access-gate';
import { graphqlError, sendJson } from './json-reply';
import { runInRequestScope } from './request-scope';
import { isBrowserAtGraphQL, isWebRequest, serveWeb } from './web.route';

export interface HttpServerOptions {
  graphql: ApolloServer<Context>;
  createContext: (principal?: Principal, request?: Context['request']) => Context;
  /** The caller an Authorization header names; throws UNAUTHENTICATED for a key the service does not hold. */
  authenticate: (authorization: string | undefined) => Promise<Principal>;
  /** Who may send what (the same gate the GraphQL server's access plugin uses). */
  access: AccessGate;
  /** The graph data an export selection names; rejects with BAD_USER_INPUT or NOT_FOUND before anything is written. */
  openExport: (query: ExportQuery) => Promise<GraphExport>;
  /** Resolves when Neo4j answers and the schema is applied; rejects with the reason otherwise. */
  checkReady: () => Promise<Record<string, unknown>>;
  logger: Logger;
  metrics: Metrics;
  maxBodyBytes?: number;
  maxResponseBytes?: number;
  /** The built explorer (index.html, graphiql.html, assets/); see web.route.ts. */
  webDir?: string;
  /** Take the client's address from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy?: boolean;
}

const QUIET_CHECK_MS = 50;

/** The node:http server with a way to stop it gently. */
export interface GraphHttpServer {
  server: http.Server;
  /**
   * Turns readiness off, answers what already arrived, and stops accepting once nothing is left in
   * flight, or after `graceMs`, cutting off what is left; resolves with how many were cut off.
   */
  drain(graceMs: number): Promise<{ cutOff: number }>;
}

/**
 * Plain node:http routing: GET /health (the process is up), GET /ready (the database answers),
 * GET /metrics (Prometheus), GET|POST /graphql (Apollo), GET /export (GraphML, CSV, JSON-LD,
 * streamed), and the explorer: GET / and its page addresses asked for as HTML, /graphiql and
 * /assets/ (web.route.ts); a browser opening /graphql is sent to /graphiql. Each GraphQL request
 * gets a fresh context (fresh loaders, its caller) and its own scope (id, statement count); an
 * export has no statement cap, since it reads page by page.
 */
export function createHttpServer(options: HttpServerOptions): GraphHttpServer {
  const maxBodyBytes = options.maxBodyBytes ?? MAX_REQUEST_BYTES;
  let draining = false;
  // Every open connection, with the answers it is still writing (0: idle keep-alive or not read yet).
  const open = new Map<Socket, number>();
  // Connections accepted whose first request has not been read yet.
  const unread = new Set<Socket>();
  const inFlight = () => [...open.values()].reduce((sum, answers) => sum + answers, 0);
  const server = http.createServer(async (request, response) => {
    const { socket } = request;
    unread.delete(socket);
    open.set(socket, (open.get(socket) ?? 0) + 1);
    // An answer counts until it has been handed to the OS ('close' also comes when the client went away).
    response.once('close', () => open.has(socket) && open.set(socket, Math.max(0, (open.get(socket) ?? 1) - 1)));
    if (draining) response.setHeader('connection', 'close');
    const url = new URL(request.url ?? '/', 'http://localhost');
    try {
      if (request.method === 'GET' && url.pathname === '/health') return sendJson(response, 200, { status: draining ? 'stopping' : 'ok' });
      if (request.method === 'GET' && url.pathname === '/ready') return await ready(options, response, draining);
      if (request.method === 'GET' && url.pathname === '/metrics') return await metrics(options.metrics, response);
      if (options.webDir && isWebRequest(request, url)) return await serveWeb(options.webDir, request, response, url);
      if (options.webDir && isBrowserAtGraphQL(request, url)) {
        response.writeHead(302, { location: '/graphiql', 'cache-control': 'no-cache' });
        return void response.end();
      }
      if (url.pathname === '/graphql' || url.pathname === '/') return await graphql(options, request, response, url, maxBodyBytes);
      if (request.method === 'GET' && url.pathname === '/export') {
        return await serveExport(options, { request, response, url, id: requestIdOf(request), clientAddress: clientAddressOf(request, options.trustProxy ?? false) });
      }
      sendJson(response, 404, { error: `No route ${request.method} ${url.pathname}. Use / (the explorer), /graphql, /graphiql, /export, /health, /ready or /metrics.` });
    } catch (error) {
      options.logger.error('http request failed', error);
      if (!response.headersSent) sendJson(response, 500, { error: 'Internal error; it has been logged.' });
      else response.end();
    }
  });
  server.on('connection', (socket) => {
    unread.add(socket);
    open.set(socket, 0);
    socket.once('close', () => {
      unread.delete(socket);
      open.delete(socket);
    });
  });
  return {
    server,
    async drain(graceMs) {
      draining = true;
      const deadline = Date.now() + graceMs;
      // Readiness says 503 from now on, so a load balancer stops sending. Connections already made
      // (queued while the process was busy) are still answered, each with "Connection: close":
      // the server stops accepting once nothing is in flight or waiting to be read, checked just
      // after the event loop has accepted what was queued.
      while (Date.now() < deadline && (inFlight() > 0 || unread.size > 0)) {
        await new Promise((resolve) => setTimeout(resolve, Math.min(QUIET_CHECK_MS, Math.max(0, deadline - Date.now()))));
        await new Promise((resolve) => setImmediate(resolve));
      }
      const cutOff = inFlight() + unread.size;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle connections are ended, not destroyed, so what was written to them still reaches the
      // client; a connection still answering ends by itself ("Connection: close"). What is left at
      // the deadline is cut.
      for (const [socket, answers] of open) if (answers === 0) socket.end();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([closed, new Promise((resolve) => (timer = setTimeout(resolve, Math.max(0, deadline - Date.now()))))]);
      clearTimeout(timer);
      server.closeAllConnections();
      await closed;
      return { cutOff };
    },
  };
}

async function ready(options: HttpServerOptions, response: http.ServerResponse, draining: boolean): Promise<void> {
  if (draining) return sendJson(response, 503, { status: 'stopping' });
  try {
    sendJson(response, 200, { status: 'ready', ...(await options.checkReady()) });
  } catch (error) {
    sendJson(response, 503, { status: 'unavailable', reason: (error as Error).message });
  }
}

async function metrics(metricsOf: Metrics, response: http.ServerResponse): Promise<void> {
  response.statusCode = 200;
  response.setHeader('content-type', metricsOf.registry.contentType);
  response.end(await metricsOf.registry.metrics());
}

async function graphql(options: HttpServerOptions, request: http.IncomingMessage, response: http.ServerResponse, url: URL, maxBodyBytes: number): Promise<void> {
  const requestId = requestIdOf(request);
  response.setHeader('x-request-id', requestId);
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const raw = await readBody(request, maxBodyBytes);
  if (raw === undefined) {
    options.metrics.errors.inc({ code: 'BAD_REQUEST' });
    return sendJson(response, 413, graphqlError(`The request body is over ${maxBodyBytes} bytes, the limit (a report of 500,000 characters fits).`, 'BAD_REQUEST'));
  }
  let body: unknown = raw;
  if (raw.length > 0 && (headers.get('content-type') ?? '').includes('application/json')) {
    try {
      body = JSON.parse(raw);
    } catch {
      options.metrics.errors.inc({ code: 'BAD_REQUEST' });
      return sendJson(response, 400, graphqlError('The request body is not valid JSON.', 'BAD_REQUEST'));
    }
  }
  const caller = { id: requestId, clientAddress: clientAddressOf(request, options.trustProxy ?? false) };
  const scope = { id: requestId, statements: 0, cypherMs: 0 };
  const result = await runInRequestScope(scope, () =>
    options.graphql.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: async () => options.createContext(await authenticated(options, headers.get('authorization')), caller),
    }),
  );
  for (const [name, value] of result.headers) response.setHeader(name, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    const limit = options.maxResponseBytes ?? Infinity;
    const size = Buffer.byteLength(result.body.string);
    if (size > limit) {
      options.metrics.errors.inc({ code: ErrorCode.QUERY_TOO_COMPLEX });
      options.logger.warn('response over the size limit', { requestId, bytes: size, limit });
      return sendJson(
        response,
        400,
        graphqlError(`The response would be ${size} bytes; the limit is ${limit}. Ask for smaller pages (first) or fewer fields.`, ErrorCode.QUERY_TOO_COMPLEX),
      );
    }
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/** The caller, or a GraphQL error Apollo answers with 401 (a context function's error would be a 500). */
async function authenticated(options: HttpServerOptions, authorization: string | undefined): Promise<Principal> {
  try {
    return await options.authenticate(authorization);
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    options.metrics.errors.inc({ code: error.code });
    throw new GraphQLError(error.message, { extensions: { ...error.extensions } });
  }
}

/** A client's own request id when it is a sane token (for tracing across services), else a new one. */
function requestIdOf(request: http.IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.:-]{1,64}$/.test(given) ? given : crypto.randomUUID();
}

function clientAddressOf(request: http.IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string' && forwarded.trim()) return forwarded.split(',')[0].trim();
  return request.socket.remoteAddress ?? 'unknown';
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
