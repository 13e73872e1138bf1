/** Levelled logging to stderr; `debug` carries the Cypher channel. */
export interface Logger {
  debug(message: string, detail?: unknown): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LEVELS)[number];

export function createLogger(level: LogLevel = 'info'): Logger {
  const enabled = (wanted: LogLevel) => LEVELS.indexOf(wanted) >= LEVELS.indexOf(level);
  const write = (wanted: LogLevel, message: string) => {
    if (enabled(wanted)) process.stderr.write(`${new Date().toISOString()} ${wanted.padEnd(5)} ${message}\n`);
  };
  return {
    // The detail (a statement's parameters: a gazetteer batch is 10k rows) is serialised only when shown.
    debug: (message, detail) => {
      if (enabled('debug')) write('debug', detail === undefined ? message : `${message} ${JSON.stringify(detail).slice(0, 500)}`);
    },
    info: (message) => write('info', message),
    warn: (message) => write('warn', message),
    error: (message, error) => write('error', error instanceof Error ? `${message}\n${error.stack}` : message),
  };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
