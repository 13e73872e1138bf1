/** A progress line for long CLI commands: count, percent, rate and time left. */
export interface Progress {
  /** Sets the count done so far (absolute, so a skipped batch counts like a written one). */
  update(done: number, note?: string): void;
  /** Prints the final line. */
  finish(note?: string): void;
}

/**
 * On a terminal: one line on stderr rewritten in place (at most every 100 ms). Elsewhere (CI
 * logs, pipes): a plain line at every further 10 %, since carriage returns would pile up there.
 */
export function createProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = performance.now();
  const tty = stream.isTTY === true;
  let lastDraw = 0;
  let lastDecile = -1;
  let done = 0;

  const line = (note = ''): string => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const fraction = total > 0 ? Math.min(1, done / total) : 1;
    const eta = rate > 0 ? (total - done) / rate : Infinity;
    const bar = tty ? `[${'#'.repeat(Math.round(fraction * 24)).padEnd(24, '.')}] ` : '';
    return `${label} ${bar}${(fraction * 100).toFixed(0).padStart(3)}% ${done}/${total} ${Math.round(rate)}/s ` +
      `elapsed ${clock(seconds)} eta ${Number.isFinite(eta) ? clock(eta) : '?'}${note ? ` ${note}` : ''}`;
  };

  return {
    update(value, note) {
      done = value;
      if (tty) {
        const now = performance.now();
        if (now - lastDraw < 100 && done < total) return;
        lastDraw = now;
        stream.write(`\r${line(note)}\x1b[K`);
        return;
      }
      const decile = Math.floor((total > 0 ? done / total : 1) * 10);
      if (decile > lastDecile) {
        lastDecile = decile;
        stream.write(`${line(note)}\n`);
      }
    },
    finish(note) {
      stream.write(`${tty ? '\r' : ''}${line(note)}${tty ? '\x1b[K' : ''}\n`);
    },
  };
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
