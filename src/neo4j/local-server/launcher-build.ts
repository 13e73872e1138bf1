import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { lastLines, readOr } from './log-file';
import { checkMaven, run } from './prerequisites';
import { seconds, withLock } from './processes';

/** The pom's <finalName>. */
export const JAR = 'local-neo4j.jar';

/** Walks up from this file (src/neo4j/local-server under ts-jest, dist/… after tsc) to the repository. */
export function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(serverPom(dir))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json with src/neo4j/server/pom.xml above ${__dirname}`);
  }
}

const serverPom = (repo: string): string => path.join(repo, 'src', 'neo4j', 'server', 'pom.xml');
export const buildDir = (repo: string): string => path.join(repo, '.neo4j', 'build');

/**
 * Builds when the jar or dependencies are missing or the pom/Java sources changed since the last
 * successful build. A content hash, not mtimes: git checkouts touch files without changing them.
 */
export async function ensureBuilt(repo: string, log: (line: string) => void): Promise<void> {
  const build = buildDir(repo);
  const stampFile = path.join(build, 'build.stamp');
  const isBuilt = (): boolean =>
    fs.existsSync(path.join(build, JAR)) && fs.existsSync(path.join(build, 'dependency')) && readOr(stampFile) === sourceHash(repo);
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
