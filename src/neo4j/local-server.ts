/**
 * A local Neo4j 5.26 Community server without Docker or the Neo4j tarball (which is not on Maven
 * Central): Maven builds the tiny Java launcher in src/neo4j/server (embedded engine + Bolt) once
 * into <repo>/.neo4j/build, and each server runs detached from its own home folder with a pid file,
 * so it outlives the Node process that started it and is reused by the next one. The steps live in
 * local-server/: the build, the JVM's arguments, processes and locks, readiness, the log file.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { launcherArguments } from './local-server/jvm';
import { buildDir, ensureBuilt, repoRoot } from './local-server/launcher-build';
import { lastStartOffset, readFrom, START_HEADER } from './local-server/log-file';
import { javaCommand } from './local-server/prerequisites';
import { ourPid, pidFile, seconds, signal, waitForExit, withLock } from './local-server/processes';
import { HOST, portOpen, tryConnect, waitReady } from './local-server/readiness';

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

const STOP_TIMEOUT_MS = 60_000;

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
      launcherArguments(build, { home, boltPort, host: HOST, heap: options.heap, pageCache: options.pageCache }),
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
