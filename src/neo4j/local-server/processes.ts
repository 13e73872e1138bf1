import * as fs from 'fs';
import * as path from 'path';
import { readOr } from './log-file';

/** The launcher's main class: how a pid is recognised as this project's server. */
export const MAIN_CLASS = 'kg.neo4j.LocalNeo4j';

export const pidFile = (home: string): string => path.join(home, 'neo4j.pid');

/** The pid in <home>/neo4j.pid if that process is alive and (where /proc tells) our launcher for this home. */
export function ourPid(home: string): number | undefined {
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

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive(pid)) return true;
    await sleep(100);
  }
  return !alive(pid);
}

/** An exclusive lock file holding the owner's pid; a lock whose owner died is taken over. */
export async function withLock<T>(lockFile: string, fn: () => Promise<T>): Promise<T> {
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

export function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
