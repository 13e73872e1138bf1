/**
 * A local Neo4j 5.26 Community server without Docker or the Neo4j tarball (which is not on Maven
 * Central): Maven builds the tiny Java launcher in src/neo4j/server (embedded engine + Bolt) once
 * into <repo>/.neo4j/build, and each server runs detached from its own home folder with a pid file,
 * so it outlives the Node process that started it and is reused by the next one.
 */
import { execFile, spawn } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import neo4j from 'neo4j-driver';

export interface LocalServerOptions {
  home: string; // absolute folder for this server's data/logs/pid, e.g. <repo>/.neo4j/main or <repo>/.neo4j/test
  boltPort: number; // 7687 for the app, 7688 for tests
  password: string;
  heap?: string; // JVM -Xmx, default '1g'
  pageCache?: string; // default '512m'
  log?: (line: string) => void; // progress lines, default console.error
}

export interface LocalServer {
  uri: string;
  user: 'neo4j';
  password: string;
  startedNow: boolean;
  pid: number;
}

const HOST = '127.0.0.1'; // not "localhost": Node may resolve that to ::1, where nothing listens
const MAIN_CLASS = 'kg.neo4j.LocalNeo4j';
const JAR = 'local-neo4j.jar'; // the pom's <finalName>
const START_HEADER = '==== ';
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;

// What Neo4j 5's own launcher passes on Java 17, so Netty and the page cache can use direct memory.
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
  '-XX:-OmitStackTraceInFastThrow',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  ...[
    'java.base/java.nio',
    'java.base/java.lang',
    'java.base/sun.nio.ch',
    'java.base/java.io',
    'java.base/java.util.concurrent',
    'java.base/java.lang.reflect',
    'java.base/java.net',
    'java.base/jdk.internal.misc',
    'java.base/jdk.internal.ref',
    'java.base/jdk.internal.util',
    'java.base/sun.net.www.protocol.http',
    'jdk.unsupported/sun.misc',
  ].map((pkg) => `--add-opens=${pkg}=ALL-UNNAMED`),
];

export async function ensureLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  const { home, boltPort, password } = options;
  const log = options.log ?? ((line: string) => console.error(line));
  if (!path.isAbsolute(home)) throw new Error(`LocalServerOptions.home must be absolute, got "${home}"`);
  if (!Number.isInteger(boltPort) || boltPort < 1 || boltPort > 65535) throw new Error(`Invalid boltPort ${boltPort}`);
  if (password.length < 8) throw new Error('The Neo4j password must have at least 8 characters (a Neo4j rule).');

  const uri = `bolt://${HOST}:${boltPort}`;
  const server = (pid: number, startedNow: boolean): LocalServer => ({ uri, user: 'neo4j', password, startedNow, pid });
  fs.mkdirSync(home, { recursive: true });

  // Serialises concurrent callers (e.g. the app and the test set-up) on the same home.
  return withLock(path.join(home, 'start.lock'), async () => {
    const t0 = Date.now();
    const running = ourPid(home);
    const logFile = path.join(home, 'neo4j.log');
    if (running !== undefined) {
      const ready = /READY (\S+)/.exec(readFrom(logFile, lastStartOffset(logFile)))?.[1];
      if (ready === undefined) {
        log(`neo4j: server pid ${running} is still starting, waiting for it`);
        await waitReady(uri, password, running, logFile, lastStartOffset(logFile), log);
        log(`neo4j: server pid ${running} ready at ${uri} (${seconds(t0)})`);
        return server(running, false);
      }
      const answer = ready === uri ? await tryConnect(uri, password) : 'elsewhere';
      if (answer === 'ok') {
        log(`neo4j: reusing server pid ${running} at ${uri} (${seconds(t0)})`);
        return server(running, false);
      }
      if (answer === 'unauthorized' || answer === 'elsewhere') {
        // Port and password are applied at start-up; restart so the requested ones take effect.
        log(`neo4j: server pid ${running} ${answer === 'elsewhere' ? `listens on ${ready}` : 'rejects this password'}, restarting it`);
        await stopLocalServer(home);
      } else {
        throw new Error(
          `The Neo4j server of ${home} (pid ${running}) runs but ${uri} does not answer: ${answer}. ` +
            `Stop it (stopLocalServer, or kill ${running}) and try again; its log is ${logFile}.`,
        );
      }
    }
    if (ourPid(home) === undefined) fs.rmSync(pidFile(home), { force: true });
    if (await portOpen(boltPort)) {
      throw new Error(
        `Port ${boltPort} is already in use by another process (not the Neo4j server of ${home}). ` +
          `Stop that process (see: ss -ltnp 'sport = :${boltPort}') or use a different bolt port.`,
      );
    }

    const repo = repoRoot();
    const java = await javaCommand();
    await ensureBuilt(repo, log);

    const build = buildDir(repo);
    fs.appendFileSync(logFile, `\n${START_HEADER}${new Date().toISOString()} starting Neo4j on ${uri}\n`);
    const logOffset = fs.statSync(logFile).size;
    const out = fs.openSync(logFile, 'a');
    const t1 = Date.now();
    const child = spawn(
      java,
      [
        `-Xmx${options.heap ?? '1g'}`,
        ...JVM_FLAGS,
        '-cp',
        [path.join(build, JAR), path.join(build, 'dependency', '*')].join(path.delimiter),
        MAIN_CLASS,
        `--home=${home}`,
        `--port=${boltPort}`,
        `--host=${HOST}`,
        `--pageCache=${options.pageCache ?? '512m'}`,
      ],
      // The password travels in the environment so that it does not show up in `ps`.
      { cwd: home, detached: true, stdio: ['ignore', out, out], env: { ...process.env, KG_NEO4J_PASSWORD: password } },
    );
    fs.closeSync(out);
    if (child.pid === undefined) throw new Error(`Could not start ${java}; see ${logFile}`);
    child.unref();
    fs.writeFileSync(pidFile(home), `${child.pid}\n`);
    log(`neo4j: starting pid ${child.pid} at ${uri} (home ${home}, log ${logFile})`);

    try {
      await waitReady(uri, password, child.pid, logFile, logOffset, log);
    } catch (error) {
      await stopLocalServer(home);
      throw error;
    }
    log(`neo4j: ready at ${uri} in ${seconds(t1)}`);
    return server(child.pid, true);
  });
}

export async function stopLocalServer(home: string): Promise<boolean> {
  const pid = ourPid(home);
  if (pid === undefined) {
    fs.rmSync(pidFile(home), { force: true });
    return false;
  }
  signal(pid, 'SIGTERM'); // the launcher's shutdown hook closes the store cleanly
  if (!(await waitForExit(pid, STOP_TIMEOUT_MS))) {
    signal(pid, 'SIGKILL');
    await waitForExit(pid, 10_000);
  }
  fs.rmSync(pidFile(home), { force: true });
  return true;
}

// ---------------------------------------------------------------------------------------------
// Build

/** Walks up from this file (src/neo4j under ts-jest, dist/src/neo4j after tsc) to the repository. */
function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(serverPom(dir))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json with src/neo4j/server/pom.xml above ${__dirname}`);
  }
}

const serverPom = (repo: string) => path.join(repo, 'src', 'neo4j', 'server', 'pom.xml');
const buildDir = (repo: string) => path.join(repo, '.neo4j', 'build');

/**
 * Builds when the jar or dependencies are missing or the pom/Java sources changed since the last
 * successful build. A content hash, not mtimes: git checkouts touch files without changing them.
 */
async function ensureBuilt(repo: string, log: (line: string) => void): Promise<void> {
  const build = buildDir(repo);
  const stampFile = path.join(build, 'build.stamp');
  const isBuilt = (): boolean =>
    fs.existsSync(path.join(build, JAR)) &&
    fs.existsSync(path.join(build, 'dependency')) &&
    readOr(stampFile) === sourceHash(repo);
  if (isBuilt()) return;

  await withLock(path.join(repo, '.neo4j', 'build.lock'), async () => {
    if (isBuilt()) return; // another process built it while we waited
    await checkMaven();
    log(`neo4j: building the local server launcher into ${build}`);
    const t0 = Date.now();
    // Build beside the live folder and swap it in at the end: servers already running keep their
    // class path valid, and no jars of an older pom are left next to the new ones.
    const staging = `${build}.staging`;
    const hash = sourceHash(repo); // of what Maven is about to build, should the sources change meanwhile
    fs.rmSync(staging, { recursive: true, force: true });
    const args = ['-B', '-q', '-f', serverPom(repo), `-Dkg.buildDir=${staging}`, '-DskipTests', '-Dstyle.color=never'];
    args.push('package', 'dependency:copy-dependencies', '-DincludeScope=runtime');
    const result = await run('mvn', args, 15 * 60_000);
    if (result.code !== 0) {
      throw new Error(`Building the local Neo4j server failed (mvn ${args.join(' ')}):\n${lastLines(result.output, 40)}`);
    }
    fs.writeFileSync(path.join(staging, 'build.stamp'), hash);
    const old = `${build}.old`;
    fs.rmSync(old, { recursive: true, force: true });
    if (fs.existsSync(build)) fs.renameSync(build, old);
    fs.renameSync(staging, build);
    fs.rmSync(old, { recursive: true, force: true });
    log(`neo4j: built in ${seconds(t0)}`);
  });
}

function sourceHash(repo: string): string {
  const hash = createHash('sha256');
  const files = [serverPom(repo), ...listFiles(path.join(repo, 'src', 'neo4j', 'server', 'src'))];
  for (const file of files.sort()) hash.update(file).update('\0').update(fs.readFileSync(file));
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

// ---------------------------------------------------------------------------------------------
// Prerequisites

async function javaCommand(): Promise<string> {
  const fromHome = process.env.JAVA_HOME && path.join(process.env.JAVA_HOME, 'bin', 'java');
  const java = fromHome && fs.existsSync(fromHome) ? fromHome : 'java';
  const result = await run(java, ['-version'], 30_000);
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.output);
  if (result.code !== 0 || !match) {
    throw new Error(
      `Java 17 or newer is needed for the local Neo4j server, but "${java} -version" failed` +
        `${result.code === null ? ' (not found on PATH)' : ''}. ` +
        'Install it with: sudo apt-get install openjdk-17-jdk-headless (or set JAVA_HOME).',
    );
  }
  const major = match[1] === '1' ? Number(match[2]) : Number(match[1]);
  if (major < 17) {
    throw new Error(
      `Java 17 or newer is needed for the local Neo4j server, found Java ${major} (${java}). ` +
        'Install it with: sudo apt-get install openjdk-17-jdk-headless (or point JAVA_HOME at it).',
    );
  }
  return java;
}

async function checkMaven(): Promise<void> {
  const result = await run('mvn', ['-v'], 60_000);
  if (result.code !== 0) {
    throw new Error(
      `Maven is needed once to build the local Neo4j server, but "mvn -v" failed` +
        `${result.code === null ? ' (not found on PATH)' : ''}. Install it with: sudo apt-get install maven`,
    );
  }
}

/** Runs a command to completion; code null means it could not be started (e.g. not installed). */
function run(command: string, args: string[], timeout: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`;
      if (!error) return resolve({ code: 0, output });
      const code = (error as NodeJS.ErrnoException).code;
      resolve({ code: typeof code === 'number' ? code : code === 'ENOENT' ? null : 1, output: output || error.message });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Processes and readiness

const pidFile = (home: string) => path.join(home, 'neo4j.pid');

/** The pid in <home>/neo4j.pid if that process is alive and (where /proc tells) our launcher for this home. */
function ourPid(home: string): number | undefined {
  const pid = Number.parseInt(readOr(pidFile(home)) ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return undefined;
  const cmdline = readOr(`/proc/${pid}/cmdline`);
  if (cmdline !== undefined) {
    // pids get reused after a reboot; only trust one that is really this home's launcher.
    const args = cmdline.split('\0');
    if (!args.includes(MAIN_CLASS) || !args.includes(`--home=${home}`)) return undefined;
  }
  return pid;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive(pid)) return true;
    await sleep(100);
  }
  return !alive(pid);
}

/**
 * Waits for the launcher's READY line (printed once the password is set) before trying to log in:
 * logging in earlier fails against the default password and three failures lock the user out.
 */
async function waitReady(
  uri: string,
  password: string,
  pid: number,
  logFile: string,
  logOffset: number,
  log: (line: string) => void,
): Promise<void> {
  const t0 = Date.now();
  let nextProgress = t0 + 10_000;
  let lastError = '';
  while (Date.now() - t0 < START_TIMEOUT_MS) {
    if (!alive(pid)) {
      throw new Error(`Neo4j (pid ${pid}) exited during start-up. Last lines of ${logFile}:\n${tail(logFile, 30)}`);
    }
    if (readFrom(logFile, logOffset).includes('READY bolt://')) {
      const result = await tryConnect(uri, password);
      if (result === 'ok') return;
      lastError = result;
    }
    if (Date.now() >= nextProgress) {
      log(`neo4j: still starting (${seconds(t0)})${lastError ? `, last error: ${lastError}` : ''}`);
      nextProgress += 10_000;
    }
    await sleep(250);
  }
  throw new Error(
    `Neo4j (pid ${pid}) did not accept Bolt connections at ${uri} within ${START_TIMEOUT_MS / 1000} s` +
      `${lastError ? ` (${lastError})` : ''}. Last lines of ${logFile}:\n${tail(logFile, 30)}`,
  );
}

async function tryConnect(uri: string, password: string): Promise<'ok' | 'unauthorized' | string> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
    connectionTimeout: 3000,
    maxConnectionPoolSize: 1,
  });
  try {
    await driver.verifyConnectivity();
    return 'ok';
  } catch (error) {
    const code = (error as { code?: string }).code;
    return code === 'Neo.ClientError.Security.Unauthorized' ? 'unauthorized' : String((error as Error).message ?? error);
  } finally {
    await driver.close();
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: HOST, port });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** An exclusive lock file holding the owner's pid; a lock whose owner died is taken over. */
async function withLock<T>(lockFile: string, fn: () => Promise<T>): Promise<T> {
  fs.mkdirSync(path.dirname(lockFile), { recursive: true });
  const deadline = Date.now() + 20 * 60_000;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number.parseInt(readOr(lockFile) ?? '', 10);
    if (Number.isInteger(owner) && owner > 0 && !alive(owner)) fs.rmSync(lockFile, { force: true });
    else if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lockFile} (held by pid ${owner})`);
    else await sleep(200);
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockFile, { force: true });
  }
}

function readOr(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The text of a file from a byte offset on, '' if it cannot be read. */
function readFrom(file: string, offset: number): string {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(Math.max(0, fs.fstatSync(fd).size - offset));
      fs.readSync(fd, buffer, 0, buffer.length, offset);
      return buffer.toString('utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return '';
  }
}

/** Where the latest start's output begins in neo4j.log (after its "==== ... starting" header). */
function lastStartOffset(logFile: string): number {
  const text = fs.existsSync(logFile) ? fs.readFileSync(logFile) : Buffer.alloc(0);
  const at = text.lastIndexOf(START_HEADER);
  return at < 0 ? 0 : at;
}

function tail(file: string, lines: number): string {
  return lastLines(readOr(file) ?? '', lines);
}

function lastLines(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
