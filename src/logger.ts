import pino from 'pino';

/**
 * Levelled, structured logging: one JSON object per line on stderr (pino), so a log collector can
 * filter by request id, operation or code. `debug` carries the Cypher channel.
 */
export interface Logger {
  debug(message: string, detail?: unknown): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, error?: unknown, fields?: Record<string, unknown>): void;
}

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LEVELS)[number];

export function createLogger(level: LogLevel = 'info', destination: pino.DestinationStream = pino.destination({ fd: 2, sync: true })): Logger {
  const log = pino(
    { level, base: { service: 'pairing-knowledge-graph' }, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) } },
    destination,
  );
  return {
    // The detail (a statement's parameters: a gazetteer batch is 10k rows) is serialised only when shown.
    debug: (message, detail) => {
      if (log.isLevelEnabled('debug')) log.debug(detail === undefined ? {} : { detail: JSON.stringify(detail).slice(0, 500) }, message);
    },
    info: (message, fields) => log.info(fields ?? {}, message),
    warn: (message, fields) => log.warn(fields ?? {}, message),
    error: (message, error, fields) => log.error({ ...fields, ...(error instanceof Error ? { err: { type: error.name, message: error.message, stack: error.stack } } : {}) }, message),
  };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
