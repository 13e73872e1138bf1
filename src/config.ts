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
  /** The explorer page Vite builds from src/web (KG_WEB_DIR, default dist/web). */
  webDir: string;
  loadCorpusWhenEmpty: boolean;
  /** Load all of China's administrative areas at start (about a minute the first time). */
  loadGazetteer: boolean;
  limits: QueryLimits;
  access: {
    /** Reading is open to everyone unless this is set; writing always needs a key. */
    readsNeedKey: boolean;
    /** KG_ADMIN_KEY: registered as an admin key at start (how CI, tests and scripts get one). */
    adminKey?: string;
    /** Where the key made on first start is kept for the local user (git-ignored). */
    localKeyFile: string;
    /** Introspection and "did you mean" suggestions, switched together. */
    introspection: boolean;
    /** Take the client's address from X-Forwarded-For (only behind a proxy that sets it). */
    trustProxy: boolean;
  };
  /** Requests per minute, per key (or per client address without one); writes have their own, stricter budget. */
  rateLimits: { readsPerMinute: number; writesPerMinute: number };
  /** On SIGTERM/SIGINT, how long in-flight requests may take to finish before they are cut off. */
  shutdownGraceMs: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

/** What one GraphQL request may ask for; each is checked before anything runs. */
export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxPageSize: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Fields of an operation once its fragments are expanded. */
  maxFields: number;
  /** Database statements one request may send. */
  maxStatements: number;
  /** Bytes of one response body. */
  maxResponseBytes: number;
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
    webDir: path.resolve(PROJECT_ROOT, env.KG_WEB_DIR ?? 'dist/web'),
    loadCorpusWhenEmpty: boolean(env, 'KG_LOAD_CORPUS', true),
    loadGazetteer: boolean(env, 'KG_LOAD_GAZETTEER', false),
    limits: {
      maxDepth: integer(env, 'KG_MAX_DEPTH', 10, 1, 100),
      maxCost: integer(env, 'KG_MAX_COST', 20000, 1, 10_000_000),
      maxPageSize: integer(env, 'KG_MAX_PAGE_SIZE', 500, 1, 10000),
      maxAliases: integer(env, 'KG_MAX_ALIASES', 15, 1, 1000),
      maxTokens: integer(env, 'KG_MAX_TOKENS', 2000, 100, 100_000),
      maxDirectives: integer(env, 'KG_MAX_DIRECTIVES', 50, 1, 1000),
      maxFields: integer(env, 'KG_MAX_FIELDS', 2000, 10, 1_000_000),
      maxStatements: integer(env, 'KG_MAX_STATEMENTS', 100, 1, 10_000),
      maxResponseBytes: integer(env, 'KG_MAX_RESPONSE_BYTES', 10_000_000, 10_000, 1_000_000_000),
    },
    access: {
      readsNeedKey: boolean(env, 'KG_READS_NEED_KEY', false),
      adminKey: env.KG_ADMIN_KEY || undefined,
      localKeyFile: path.resolve(PROJECT_ROOT, env.KG_LOCAL_KEY_FILE ?? '.kg/admin-key'),
      introspection: boolean(env, 'KG_INTROSPECTION', true),
      trustProxy: boolean(env, 'KG_TRUST_PROXY', false),
    },
    rateLimits: {
      readsPerMinute: integer(env, 'KG_RATE_READS_PER_MINUTE', 600, 1, 10_000_000),
      writesPerMinute: integer(env, 'KG_RATE_WRITES_PER_MINUTE', 60, 1, 10_000_000),
    },
    shutdownGraceMs: integer(env, 'KG_SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
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
