import path from 'node:path';

/** Typed service configuration, read once from the environment with defaults. */
export interface Config {
  port: number;
  host: string;
  neo4j: {
    /** Set: connect to this server or cluster. Unset: provision the local server below. */
    uri?: string;
    user: string;
    password: string;
    database?: string;
    local: { home: string; boltPort: number; heap: string; pageCache: string };
    /** Database-side limit for one transaction, so no query runs unbounded. */
    transactionTimeoutMs: number;
  };
  corpusDir: string;
  loadCorpusWhenEmpty: boolean;
  /** Load all of China's administrative areas at start (about a minute the first time). */
  loadGazetteer: boolean;
  limits: { maxDepth: number; maxCost: number; maxPageSize: number };
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

export const PROJECT_ROOT = findProjectRoot(__dirname);
export const DEFAULT_LOCAL_PASSWORD = 'pairing-graph';

export class ConfigError extends Error {}

/** Reads and validates the environment; throws ConfigError naming the variable at fault. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST ?? '0.0.0.0',
    neo4j: {
      uri: env.NEO4J_URI || undefined,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? DEFAULT_LOCAL_PASSWORD,
      database: env.NEO4J_DATABASE || undefined,
      local: {
        home: path.resolve(PROJECT_ROOT, env.NEO4J_HOME ?? '.neo4j/main'),
        boltPort: integer(env, 'NEO4J_LOCAL_PORT', 7687, 1, 65535),
        heap: env.NEO4J_HEAP ?? '2g',
        pageCache: env.NEO4J_PAGECACHE ?? '1g',
      },
      transactionTimeoutMs: integer(env, 'NEO4J_TX_TIMEOUT_MS', 15000, 100, 600000),
    },
    corpusDir: path.resolve(PROJECT_ROOT, env.KG_CORPUS_DIR ?? 'corpus'),
    loadCorpusWhenEmpty: boolean(env, 'KG_LOAD_CORPUS', true),
    loadGazetteer: boolean(env, 'KG_LOAD_GAZETTEER', false),
    limits: {
      maxDepth: integer(env, 'KG_MAX_DEPTH', 10, 1, 100),
      maxCost: integer(env, 'KG_MAX_COST', 20000, 1, 10_000_000),
      maxPageSize: integer(env, 'KG_MAX_PAGE_SIZE', 500, 1, 10000),
    },
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
  };
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}; got "${raw}".`);
  }
  return value;
}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false; got "${env[name]}".`);
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new ConfigError(`${name} must be one of ${allowed.join(', ')}; got "${raw}".`);
}

/** The folder holding package.json: src/ under ts-jest, dist/src/ after tsc. */
function findProjectRoot(start: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fs = require('node:fs') as typeof import('node:fs');
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}`);
    dir = parent;
  }
  return dir;
}
