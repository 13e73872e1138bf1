import { Writable } from 'node:stream';

export interface WrittenCounts {
  nodes: number;
  edges: number;
}

/** Called after each row with the counts so far (a progress line). */
export type OnRows = (counts: WrittenCounts) => void;

/** Text gathered before one write: a row at a time would be one HTTP chunk (and its header) per row. */
const CHUNK_CHARACTERS = 16 * 1024;

/**
 * Text written to a stream with backpressure: rows gather into chunks, and a chunk the stream
 * cannot take yet waits for 'drain', so the reader (the database page by page) never runs ahead
 * of a slow client. A stream that closes or fails while waiting rejects, which stops the export.
 */
export class Output {
  private pending: string[] = [];
  private pendingCharacters = 0;

  constructor(private readonly stream: Writable) {}

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.pendingCharacters += text.length;
    if (this.pendingCharacters >= CHUNK_CHARACTERS) await this.flush();
  }

  /** Hands what is gathered to the stream (waiting for room); the stream itself stays open. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.pendingCharacters = 0;
    if (this.stream.destroyed || this.stream.writableEnded) throw new Error('the output was closed before the export was written');
    if (!this.stream.write(chunk)) await drained(this.stream);
  }
}

function drained(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      stream.off('drain', onDrain);
      stream.off('close', onClose);
      stream.off('error', done);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error('the output was closed before the export was written'));
    stream.on('drain', onDrain);
    stream.on('close', onClose);
    stream.on('error', done);
  });
}
