import http from 'node:http';
import { ErrorCode, ServiceError } from '../errors';
import { parseExportRequest } from '../export/export-request';
import { exportFileName, exportMediaType, writeExport } from '../export/write-export';
import { Logger } from '../logger';
import { Metrics } from '../metrics';
import { ExportQuery, GraphExport, Principal } from '../model';
import { AccessGate, AccessRefusal } from './access-gate';
import { graphqlError, sendJson } from './json-reply';

export interface ExportRouteOptions {
  authenticate: (authorization: string | undefined) => Promise<Principal>;
  access: AccessGate;
  openExport: (query: ExportQuery) => Promise<GraphExport>;
  logger: Logger;
  metrics: Metrics;
}

export interface ExportExchange {
  request: http.IncomingMessage;
  response: http.ServerResponse;
  url: URL;
  id: string;
  clientAddress: string;
}

/** The status a client's mistake or a refusal is answered with, by its code, unless the error names its own. */
const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.AMBIGUOUS_REFERENCE]: 400,
  [ErrorCode.QUERY_TOO_COMPLEX]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
  [ErrorCode.QUERY_TIMEOUT]: 504,
};

/**
 * GET /export?format=graphml|csv|jsonld&…: the caller is let in as for a GraphQL read (key,
 * KG_READS_NEED_KEY, rate limit), the selection is checked and resolved, and only then does the
 * 200 start, streamed with backpressure. Before that, a mistake is a GraphQL-style error body with
 * its status; after it, a failure can only cut the response short (and is logged).
 */
export async function serveExport(options: ExportRouteOptions, exchange: ExportExchange): Promise<void> {
  const { response, id } = exchange;
  const started = performance.now();
  response.setHeader('x-request-id', id);
  const prepared = await prepare(options, exchange).catch((error: unknown) => refuse(options, response, error));
  if (!prepared) return;
  const { exportRequest, graph } = prepared;
  const fileName = exportFileName(graph, exportRequest);
  response.statusCode = 200;
  response.setHeader('content-type', exportMediaType(exportRequest));
  response.setHeader('content-disposition', `attachment; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
  response.setHeader('cache-control', 'no-store');
  const fields = { requestId: id, format: exportRequest.format, part: exportRequest.format === 'csv' ? exportRequest.part : undefined, selection: exportRequest.query.selection.kind };
  try {
    const counts = await writeExport(graph, exportRequest, response);
    response.end();
    options.logger.info('export', { ...fields, ...counts, ms: Math.round(performance.now() - started) });
  } catch (error) {
    if (response.destroyed && !response.writableFinished) options.logger.info('export cut off: the client went away', fields);
    else options.logger.error('export failed while streaming', error, fields);
    response.destroy();
  }
}

/** The caller let in, the request checked and its selection resolved: nothing is written yet. */
async function prepare(options: ExportRouteOptions, { request, url, clientAddress }: ExportExchange) {
  const principal = await options.authenticate(request.headers.authorization);
  await options.access.admit(principal, clientAddress, 'read');
  const exportRequest = parseExportRequest(url.searchParams);
  return { exportRequest, graph: await options.openExport(exportRequest.query) };
}

/** A client's mistake or a refusal as its status and a GraphQL-style error body; anything else goes on up (logged, 500). */
function refuse(options: ExportRouteOptions, response: http.ServerResponse, error: unknown): undefined {
  const refusal = error instanceof AccessRefusal ? error : undefined;
  const serviceError = refusal?.error ?? error;
  if (!(serviceError instanceof ServiceError)) throw error;
  const { http: answer, code, ...extensions } = serviceError.extensions as Record<string, unknown> & { http?: { status?: number } };
  const status = refusal?.status ?? answer?.status ?? STATUS_OF[serviceError.code];
  if (status === undefined) throw error;
  options.metrics.errors.inc({ code: serviceError.code });
  sendJson(response, status, graphqlError(serviceError.message, String(code), extensions), refusal?.headers);
  return undefined;
}

/** The file name for clients that do not read `filename*`: ASCII, no quotes or backslashes. */
function asciiFileName(name: string): string {
  return name.replace(/[^\x20-\x7e]|["\\]/g, '_');
}
