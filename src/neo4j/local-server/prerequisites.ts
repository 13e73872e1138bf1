import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** Runs a command to completion; code null means it could not be started (e.g. not installed). */
export function run(command: string, args: string[], timeout: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`;
      if (!error) return resolve({ code: 0, output });
      const code = (error as NodeJS.ErrnoException).code;
      resolve({ code: typeof code === 'number' ? code : code === 'ENOENT' ? null : 1, output: output || error.message });
    });
  });
}

/** The java command to start the server with (JAVA_HOME's, else the PATH's), checked to be 17 or newer. */
export async function javaCommand(): Promise<string> {
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

export async function checkMaven(): Promise<void> {
  const result = await run('mvn', ['-v'], 60_000);
  if (result.code !== 0) {
    throw new Error(
      `Maven is needed once to build the local Neo4j server, but "mvn -v" failed` +
        `${result.code === null ? ' (not found on PATH)' : ''}. Install it with: sudo apt-get install maven`,
    );
  }
}
