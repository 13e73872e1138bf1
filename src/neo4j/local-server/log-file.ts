import * as fs from 'fs';

/** Each start appends a header line to <home>/neo4j.log; what follows it is that start's output. */
export const START_HEADER = '==== ';

export function readOr(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The text of a file from a byte offset on, '' if it cannot be read. */
export function readFrom(file: string, offset: number): string {
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
export function lastStartOffset(logFile: string): number {
  const text = fs.existsSync(logFile) ? fs.readFileSync(logFile) : Buffer.alloc(0);
  const at = text.lastIndexOf(START_HEADER);
  return at < 0 ? 0 : at;
}

export function tail(file: string, lines: number): string {
  return lastLines(readOr(file) ?? '', lines);
}

export function lastLines(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
