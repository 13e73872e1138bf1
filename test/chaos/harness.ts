/**
 * Shared plumbing of the chaos and load scripts (test/chaos/*.ts, test/load/*.ts): command-line
 * options, the script's own Neo4j (through `kg db-start` / `kg db-stop`, like a person would), the
 * service as a child process with its JSON log, GraphQL over real HTTP with every answer
 * classified, /metrics, percentiles and tables. Not a test file: jest never picks it up.
 *
 * Nothing is written inside the repository except the Neo4j home (default .neo4j/chaos, git-ignored)
 * and the launcher build the project keeps in .neo4j/build; logs and figures go to
 * $TMPDIR/kg-chaos/<script>-<time>/.
 */
import { ChildProcess, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { portOpen } from '../../src/neo4j/local-server/readiness';

export const ROOT = findRoot(__dirname);
export const NEO4J_PASSWORD = process.env.NEO4J_PASSWORD ?? 'pairing-graph';
const MAIN_CLASS = 'kg.neo4j.LocalNeo4j';

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

/** `--name value`, `--name=value` and bare `--flag`s. */
export class Args {
  private readonly values = new Map<string, string>();
  private readonly flags = new Set<string>();

  constructor(argv: string[] = process.argv.slice(2)) {
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i];
      if (!arg.startsWith('--')) throw new Error(`Unexpected argument "${arg}" (options look like --name value).`);
      const eq = arg.indexOf('=');
      if (eq > 0) this.values.set(arg.slice(2, eq), arg.slice(eq + 1));
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) this.values.set(arg.slice(2), argv[++i]);
      else this.flags.add(arg.slice(2));
    }
  }

  flag(name: string): boolean {
    return this.flags.has(name) || ['1', 'true', 'yes'].includes(this.values.get(name) ?? '');
  }

  str(name: string, fallback: string): string {
    return this.values.get(name) ?? fallback;
  }

  num(name: string, fallback: number): number {
    const raw = this.values.get(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} wants a non-negative number; got "${raw}".`);
    return value;
  }
}

/** Where the script's own Neo4j and service live; every field can be overridden on the command line. */
export interface Setup {
  name: string;
  home: string;
  boltPort: number;
  port: number;
  keep: boolean;
  adminKey: string;
  runDir: string;
  base: string;
}

export function setup(name: string, args: Args, defaults: { home: string; boltPort: number; port: number } = { home: '.neo4j/chaos', boltPort: 7697, port: 4300 }): Setup {
  const home = path.resolve(ROOT, args.str('home', defaults.home));
  if (!home.startsWith(path.join(ROOT, '.neo4j') + path.sep)) {
    throw new Error(`--home must be a folder under ${path.join(ROOT, '.neo4j')} (git-ignored); got ${home}.`);
  }
  // `kg db-stop` also stops "<home minus main>test"; a home ending in "main" would reach the test server.
  if (/main$/.test(home)) throw new Error('--home must not end in "main" (kg db-stop would then stop the test server as well).');
  const port = args.num('port', defaults.port);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const runDir = path.join(os.tmpdir(), 'kg-chaos', `${name}-${stamp}`);
  fs.mkdirSync(runDir, { recursive: true });
  return {
    name,
    home,
    boltPort: args.num('bolt-port', defaults.boltPort),
    port,
    keep: args.flag('keep'),
    adminKey: `chaos-admin-${crypto.randomBytes(12).toString('hex')}`,
    runDir,
    base: `http://127.0.0.1:${port}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Neo4j: the project's own local server, one per home, started and stopped through the CLI
// ---------------------------------------------------------------------------------------------

export function neo4jEnv(s: Setup): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_HOME: s.home, NEO4J_LOCAL_PORT: String(s.boltPort) };
  delete env.NEO4J_URI; // the local server of this home, never a configured one
  return env;
}

/** Runs `node dist/src/cli/kg.js <command>` with this setup's home and port; resolves with its time. */
export async function kgCli(s: Setup, command: 'db-start' | 'db-stop'): Promise<{ ms: number; output: string }> {
  const started = Date.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'src', 'cli', 'kg.js'), command], {
    cwd: ROOT,
    env: neo4jEnv(s),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  fs.appendFileSync(path.join(s.runDir, 'kg-cli.log'), `--- ${new Date().toISOString()} kg ${command} (exit ${code})\n${output}\n`);
  if (code !== 0) throw new Error(`kg ${command} failed (exit ${code}):\n${output.split('\n').slice(-15).join('\n')}`);
  return { ms: Date.now() - started, output };
}

/** The pid in <home>/neo4j.pid when that process is alive and is this home's launcher. */
export function neo4jPid(home: string): number | undefined {
  let pid: number;
  try {
    pid = Number.parseInt(fs.readFileSync(path.join(home, 'neo4j.pid'), 'utf8'), 10);
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0 || processState(pid) === undefined || processState(pid) === 'Z') return undefined;
  const args = readOr(`/proc/${pid}/cmdline`)?.split('\0') ?? [];
  return args.includes(MAIN_CLASS) && args.includes(`--home=${home}`) ? pid : undefined;
}

/** kill -9 the home's Neo4j and wait until it is gone and its Bolt port is closed. */
export async function killNeo4j(s: Setup): Promise<number> {
  const pid = neo4jPid(s.home);
  if (pid === undefined) throw new Error(`No Neo4j server is running for ${s.home}.`);
  process.kill(pid, 'SIGKILL');
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const state = processState(pid);
    if ((state === undefined || state === 'Z') && !(await portOpen(s.boltPort))) return pid;
    await sleep(50);
  }
  throw new Error(`Neo4j pid ${pid} did not go away within 20 s of SIGKILL.`);
}

/** Resolves with the time Bolt first accepted an authenticated connection (polled every 200 ms). */
export async function waitForBolt(uri: string, timeoutMs: number): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const neo4j = require('neo4j-driver') as typeof import('neo4j-driver');
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', NEO4J_PASSWORD), { connectionTimeout: 1000 });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      try {
        await driver.verifyConnectivity();
        return Date.now();
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`Neo4j at ${uri} did not answer within ${timeoutMs / 1000} s: ${(error as Error).message}`);
      }
      await sleep(200);
    }
  } finally {
    await driver.close();
  }
}

/**
 * Resolves with the time the default database first ran `RETURN 1` (polled every 200 ms, each try
 * given 3 s). Bolt accepts and authenticates connections several seconds before the database
 * behind it has started (recovery after a kill -9), so this, not waitForBolt, is "Neo4j is back".
 */
export async function waitForDatabase(uri: string, timeoutMs: number): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const neo4j = require('neo4j-driver') as typeof import('neo4j-driver');
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', NEO4J_PASSWORD), { connectionTimeout: 1000, connectionAcquisitionTimeout: 3000 });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      const attempt = driver.executeQuery('RETURN 1 AS one', {}, { transactionConfig: { timeout: 3000 } }).then(
        () => true,
        () => false,
      );
      if (await Promise.race([attempt, sleep(3000).then(() => false)])) return Date.now();
      if (Date.now() > deadline) throw new Error(`The database at ${uri} did not run a query within ${timeoutMs / 1000} s.`);
      await sleep(200);
    }
  } finally {
    void driver.close().catch(() => undefined);
  }
}

/**
 * Polls the service from now on until GET /ready answers 200 and a GraphQL read succeeds;
 * resolves with when each first happened (undefined when not within `timeoutMs`).
 */
export async function waitForService(
  base: string,
  probe: { query: string },
  timeoutMs: number,
): Promise<{ readyAt?: number; firstOkAt?: number; probeFailures: Map<string, number>; readyWhileFailing: number }> {
  let readyAt: number | undefined;
  let firstOkAt: number | undefined;
  const probeFailures = new Map<string, number>();
  let readyWhileFailing = 0;
  const deadline = Date.now() + timeoutMs;
  while (firstOkAt === undefined && Date.now() < deadline) {
    const ready = (await httpStatus(`${base}/ready`)) === 200;
    if (ready) readyAt ??= Date.now();
    const outcome = await graphql(base, probe, { timeoutMs: 30_000 });
    if (outcome.kind === 'ok') firstOkAt = Date.now();
    else {
      bump(probeFailures, outcome.kind === 'graphql-error' ? `${outcome.codes.join('+')}: ${(outcome.detail ?? '').slice(0, 140)}` : `${outcome.kind}: ${outcome.detail}`);
      if (ready) readyWhileFailing++;
      await sleep(200);
    }
  }
  while (readyAt === undefined && Date.now() < deadline) {
    if ((await httpStatus(`${base}/ready`)) === 200) readyAt = Date.now();
    else await sleep(200);
  }
  return { readyAt, firstOkAt, probeFailures, readyWhileFailing };
}

/** A process's state letter from /proc (R, S, Z …), undefined when there is no such process. */
export function processState(pid: number): string | undefined {
  const stat = readOr(`/proc/${pid}/stat`);
  if (stat === undefined) return undefined;
  return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
}

export { portOpen };

/** VmRSS of a process in MiB, from /proc/<pid>/status. */
export function rssMiB(pid: number): number | undefined {
  const match = /VmRSS:\s+(\d+)\s+kB/.exec(readOr(`/proc/${pid}/status`) ?? '');
  return match ? Number(match[1]) / 1024 : undefined;
}

// ---------------------------------------------------------------------------------------------
// The service: `node dist/src/main.js` as a child, its JSON log lines kept and written to a file
// ---------------------------------------------------------------------------------------------

export interface LogLine {
  /** ms since the epoch when the line arrived. */
  at: number;
  json?: Record<string, unknown>;
  raw: string;
}

export class Service {
  readonly lines: LogLine[] = [];
  exit?: { code: number | null; signal: NodeJS.Signals | null; at: number };
  private readonly listeners = new Set<(line: LogLine) => void>();

  private constructor(
    readonly child: ChildProcess,
    readonly logFile: string,
    readonly base: string,
  ) {}

  get pid(): number {
    return this.child.pid!;
  }

  /** Starts the service on this setup's Neo4j and port and waits for GET /ready to answer 200. */
  static async start(s: Setup, extraEnv: Record<string, string> = {}, options: { readyTimeoutMs?: number; echo?: (line: LogLine) => void } = {}): Promise<Service> {
    if (await portOpen(s.port)) throw new Error(`Port ${s.port} is taken; pass --port with a free one.`);
    const env: NodeJS.ProcessEnv = {
      ...neo4jEnv(s),
      PORT: String(s.port),
      HOST: '127.0.0.1',
      KG_ADMIN_KEY: s.adminKey,
      KG_LOCAL_KEY_FILE: path.join(s.runDir, 'admin-key'),
      KG_RATE_READS_PER_MINUTE: '10000000',
      KG_RATE_WRITES_PER_MINUTE: '10000000',
      KG_SHUTDOWN_GRACE_MS: '2000',
      LOG_LEVEL: 'info',
      ...extraEnv,
    };
    const logFile = path.join(s.runDir, 'service.log');
    const out = fs.createWriteStream(logFile, { flags: 'a' });
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'src', 'main.js')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const service = new Service(child, logFile, s.base);
    if (options.echo) service.listeners.add(options.echo);
    for (const stream of [child.stdout!, child.stderr!]) {
      let pending = '';
      stream.on('data', (chunk: Buffer) => {
        out.write(chunk);
        pending += chunk.toString('utf8');
        const parts = pending.split(/\r?\n|\r/);
        pending = parts.pop() ?? '';
        for (const raw of parts) if (raw.trim()) service.addLine(raw);
      });
    }
    child.on('exit', (code, signal) => {
      service.exit = { code, signal, at: Date.now() };
      out.end();
    });
    const deadline = Date.now() + (options.readyTimeoutMs ?? 180_000);
    for (;;) {
      if (service.exit) throw new Error(`The service exited (${service.exit.code ?? service.exit.signal}) while starting:\n${service.tail(20)}`);
      if (Date.now() > deadline) {
        await service.stop();
        throw new Error(`The service was not ready within ${(options.readyTimeoutMs ?? 180_000) / 1000} s:\n${service.tail(20)}`);
      }
      if ((await httpStatus(`${s.base}/ready`)) === 200) return service;
      await sleep(500);
    }
  }

  private addLine(raw: string): void {
    let json: Record<string, unknown> | undefined;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (parsed && typeof parsed === 'object') json = parsed as Record<string, unknown>;
    } catch {
      json = undefined;
    }
    const line = { at: Date.now(), json, raw };
    this.lines.push(line);
    for (const listener of this.listeners) listener(line);
  }

  /** Log lines with this `event` field (database-down, database-recovered). */
  events(event: string): LogLine[] {
    return this.lines.filter((line) => line.json?.event === event);
  }

  /** Resolves with the first line (from now on, or already seen after `since`) that `test` accepts. */
  waitForLine(test: (line: LogLine) => boolean, timeoutMs: number, since = 0): Promise<LogLine | undefined> {
    const seen = this.lines.find((line) => line.at >= since && test(line));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        resolve(undefined);
      }, timeoutMs);
      const listener = (line: LogLine) => {
        if (!test(line)) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(line);
      };
      this.listeners.add(listener);
    });
  }

  tail(n: number): string {
    return this.lines
      .slice(-n)
      .map((line) => line.raw)
      .join('\n');
  }

  get running(): boolean {
    return this.exit === undefined;
  }

  /**
   * SIGTERM, and SIGKILL when it has not exited within `graceMs` (the service's own grace is set
   * to 2 s). Resolves with how it ended, for the report.
   */
  async stop(graceMs = 8000): Promise<string> {
    if (this.exit) return `had already exited (${this.exit.code ?? this.exit.signal})`;
    const started = Date.now();
    this.child.kill('SIGTERM');
    while (this.running && Date.now() - started < graceMs) await sleep(100);
    const exit = this.exit as Service['exit'];
    if (exit) return `exited ${exit.code ?? exit.signal} ${((exit.at - started) / 1000).toFixed(1)} s after SIGTERM`;
    this.child.kill('SIGKILL');
    while (this.running) await sleep(50);
    return `did NOT exit within ${graceMs / 1000} s of SIGTERM (last log line: ${this.lines.at(-1)?.json?.msg ?? this.lines.at(-1)?.raw}); killed with SIGKILL`;
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------------------------

export type OutcomeKind = 'ok' | 'graphql-error' | 'unclean' | 'transport';

/** One GraphQL request as the client saw it. */
export interface Outcome {
  kind: OutcomeKind;
  /** HTTP status; absent for transport failures. */
  status?: number;
  /** extensions.code of every error (graphql-error). */
  codes: string[];
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  /** What was wrong for unclean and transport outcomes; the first error message otherwise. */
  detail?: string;
  startedAt: number;
  ms: number;
}

const STACK_TRACE = /\n\s+at \S|\bat \S+ \(\/[^)]*:\d+:\d+\)/;

/**
 * POSTs one GraphQL request and classifies the answer: ok (data, no errors), graphql-error (a JSON
 * body whose every error has an extensions.code and no stack trace), unclean (anything else the
 * server sent: HTML, non-JSON, errors without a code, a stack trace), transport (no HTTP answer:
 * refused, reset, timed out).
 */
export async function graphql(
  base: string,
  body: { query: string; variables?: Record<string, unknown> },
  options: { key?: string; timeoutMs?: number } = {},
): Promise<Outcome> {
  const startedAt = Date.now();
  const t0 = performance.now();
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  let status: number;
  let text: string;
  let contentType: string;
  try {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    status = response.status;
    contentType = response.headers.get('content-type') ?? '';
    text = await response.text();
  } catch (error) {
    return { kind: 'transport', codes: [], detail: transportDetail(error), startedAt, ms: performance.now() - t0 };
  }
  const ms = performance.now() - t0;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'unclean', status, codes: [], detail: `not JSON (${contentType || 'no content-type'}): ${text.slice(0, 120)}`, startedAt, ms };
  }
  const parsed = (json ?? {}) as { data?: Record<string, unknown> | null; errors?: Outcome['errors'] };
  if (STACK_TRACE.test(text)) return { kind: 'unclean', status, codes: [], detail: `stack trace in the body: ${text.slice(0, 200)}`, startedAt, ms };
  if (Array.isArray(parsed.errors) && parsed.errors.length > 0) {
    const codes = parsed.errors.map((error) => (typeof error.extensions?.code === 'string' ? error.extensions.code : ''));
    if (codes.includes('')) return { kind: 'unclean', status, codes: [], detail: `error without extensions.code: ${text.slice(0, 200)}`, startedAt, ms };
    if (parsed.errors.some((error) => error.extensions?.stacktrace !== undefined || error.extensions?.exception !== undefined)) {
      return { kind: 'unclean', status, codes, detail: `stack trace in extensions: ${text.slice(0, 200)}`, startedAt, ms };
    }
    return { kind: 'graphql-error', status, codes, data: parsed.data, errors: parsed.errors, detail: parsed.errors[0].message, startedAt, ms };
  }
  if (parsed.data && status === 200) return { kind: 'ok', status, codes: [], data: parsed.data, startedAt, ms };
  return { kind: 'unclean', status, codes: [], detail: `HTTP ${status} without data or errors: ${text.slice(0, 200)}`, startedAt, ms };
}

function transportDetail(error: unknown): string {
  const e = error as Error & { cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return 'timeout';
  return e.cause?.code ?? e.cause?.message ?? e.message;
}

/** The status of a GET, or 0 when nothing answered. */
export async function httpStatus(url: string, timeoutMs = 5000): Promise<number> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** GET /metrics, parsed (Prometheus text format); undefined when it did not answer. */
export async function scrapeMetrics(base: string): Promise<Sample[] | undefined> {
  let text: string;
  try {
    const response = await fetch(`${base}/metrics`, { signal: AbortSignal.timeout(5000) });
    if (response.status !== 200) return undefined;
    text = await response.text();
  } catch {
    return undefined;
  }
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (!match || line.startsWith('#')) continue;
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[key] = value;
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

/** The sum of a metric's samples whose labels include `labels`. */
export function metricValue(samples: Sample[] | undefined, name: string, labels: Record<string, string> = {}): number | undefined {
  if (!samples) return undefined;
  const matching = samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  return matching.length ? matching.reduce((sum, s) => sum + s.value, 0) : undefined;
}

/** kg_graphql_errors_total by code. */
export function errorCounts(samples: Sample[] | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of samples ?? []) if (s.name === 'kg_graphql_errors_total') counts.set(s.labels.code, (counts.get(s.labels.code) ?? 0) + s.value);
  return counts;
}

// ---------------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------------

/** Nearest-rank percentile of unsorted values; NaN for none. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function fmtMs(ms: number): string {
  if (Number.isNaN(ms)) return '-';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
}

/** A map of counts as "A 3, B 1" ("-" when empty). */
export function fmtCounts(counts: Map<string, number> | Record<string, number>): string {
  const entries = counts instanceof Map ? [...counts] : Object.entries(counts);
  const shown = entries.filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  return shown.length ? shown.map(([k, n]) => `${k} ${n}`).join(', ') : '-';
}

export function bump(counts: Map<string, number>, key: string, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/** Left-aligned text table with a rule under the header. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => displayWidth(row[i] ?? ''))));
  const line = (row: string[]) => row.map((cell, i) => cell + ' '.repeat(widths[i] - displayWidth(cell))).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** CJK characters take two columns in a terminal. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}

export function check(expectations: { name: string; held: boolean; detail: string }[]): boolean {
  console.log(table(['expectation', 'held', 'evidence'], expectations.map((e) => [e.name, e.held ? 'yes' : 'NO', e.detail])));
  return expectations.every((e) => e.held);
}

// ---------------------------------------------------------------------------------------------
// Small things
// ---------------------------------------------------------------------------------------------

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Runs `worker` over `items` with at most `concurrency` at once. */
export async function pool<T>(items: T[], concurrency: number, worker: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      await worker(items[index], index);
    }
  });
  await Promise.all(lanes);
}

/**
 * Cleanup that runs once: at the end of the script, on Ctrl-C or on a crash. Stops the service
 * it started and, unless --keep, the Neo4j of its home.
 */
export function cleanupOnExit(work: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  const run = () => (done ??= work().catch((error: unknown) => console.error(`cleanup failed: ${(error as Error).message}`)));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: cleaning up…`);
      void run().then(() => process.exit(130));
    });
  }
  return run;
}

/** Main wrapper: prints a failure, cleans up, sets the exit code. */
export function runScript(main: () => Promise<number>, cleanup: () => Promise<void>): void {
  const started = Date.now();
  main()
    .catch((error: unknown) => {
      console.error(`\nFAILED: ${(error as Error).stack ?? error}`);
      return 2;
    })
    .then(async (code) => {
      await cleanup();
      console.log(`\nwall time ${seconds(Date.now() - started)}; exit ${code}`);
      process.exit(code);
    });
}

function readOr(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'src', 'main.ts'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No repository root above ${start}`);
  }
}
