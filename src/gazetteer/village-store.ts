import { createReadStream } from 'node:fs';
import type { Area } from './types';
import { villageKey } from './village-key';

const EMPTY = 0;
const LF = 10;
const CR = 13;
const COMMA = 44;

function hashRange(text: string, start: number, end: number): number {
  // FNV-1a over UTF-16 code units: the same function hashes stored keys and lookups.
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function unquote(field: string): string {
  if (field.length < 2 || !field.startsWith('"') || !field.endsWith('"')) return field;
  const inner = field.slice(1, -1);
  return inner.includes('""') ? inner.replace(/""/g, '"') : inner;
}

/**
 * The 620k villages in typed arrays instead of 620k objects and a 600k-key Map: names are one
 * concatenated string, and the lookup key of a village is a prefix of its name (see villageKey),
 * so the open-addressing table stores only indices. About 30 MB instead of well over 100 MB.
 */
export class VillageStore {
  private readonly mask: number;
  private readonly table: Int32Array; // slot -> 1 + index of the first village with that key
  private readonly next: Int32Array; // index -> next village with the same key, -1 at the end

  private constructor(
    private readonly codes: Float64Array, // 12-digit codes are exact in a double
    private readonly text: string,
    private readonly starts: Uint32Array, // name i is text[starts[i], starts[i + 1])
    private readonly keyLengths: Uint16Array,
  ) {
    const n = codes.length;
    let size = 1;
    while (size < n * 2) size <<= 1;
    this.mask = size - 1;
    this.table = new Int32Array(size);
    this.next = new Int32Array(n).fill(-1);
    // Backwards, so that prepending leaves every chain in code order.
    for (let i = n - 1; i >= 0; i--) {
      const start = starts[i];
      const end = start + keyLengths[i];
      let slot = hashRange(text, start, end) & this.mask;
      for (;;) {
        const head = this.table[slot];
        if (head === EMPTY) {
          this.table[slot] = i + 1;
          break;
        }
        if (this.sameKey(head - 1, start, end)) {
          this.next[i] = head - 1;
          this.table[slot] = i + 1;
          break;
        }
        slot = (slot + 1) & this.mask;
      }
    }
  }

  /** Streams villages.csv once; rows must carry code and name columns. */
  static async load(file: string): Promise<VillageStore> {
    const codes: number[] = [];
    const names: string[] = [];
    let codeColumn = -1;
    let nameColumn = -1;
    // Works on bytes: splitting 620k decoded lines into fields cost more than everything else.
    const takeLine = (buf: Buffer, from: number, to: number): void => {
      if (to > from && buf[to - 1] === CR) to--;
      if (to <= from) return;
      if (codeColumn < 0) {
        const header = buf.toString('utf8', from, to).split(',');
        codeColumn = header.indexOf('code');
        nameColumn = header.indexOf('name');
        if (codeColumn < 0 || nameColumn < 0) throw new Error(`${file}: no code/name header`);
        return;
      }
      let code = NaN;
      let name = '';
      for (let column = 0, start = from; column <= Math.max(codeColumn, nameColumn) && start <= to; column++) {
        let stop = buf.indexOf(COMMA, start);
        if (stop < 0 || stop > to) stop = to;
        if (column === codeColumn) code = Number(buf.toString('latin1', start, stop));
        else if (column === nameColumn) name = unquote(buf.toString('utf8', start, stop));
        start = stop + 1;
      }
      if (Number.isNaN(code)) throw new Error(`${file}: bad row ${buf.toString('utf8', from, to)}`);
      codes.push(code);
      names.push(name);
    };
    let rest: Buffer = Buffer.alloc(0);
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      const buf = rest.length === 0 ? chunk : Buffer.concat([rest, chunk]);
      let from = 0;
      for (let nl = buf.indexOf(LF, from); nl >= 0; nl = buf.indexOf(LF, from)) {
        takeLine(buf, from, nl);
        from = nl + 1;
      }
      rest = buf.subarray(from);
    }
    takeLine(rest, 0, rest.length);

    const order = codes.map((_, i) => i);
    // byCode and children binary-search the codes; the file is sorted, but do not depend on it.
    if (codes.some((c, i) => i > 0 && codes[i - 1] >= c)) order.sort((a, b) => codes[a] - codes[b]);
    const n = order.length;
    const sortedCodes = new Float64Array(n);
    const starts = new Uint32Array(n + 1);
    const keyLengths = new Uint16Array(n);
    const parts: string[] = new Array<string>(n);
    let offset = 0;
    for (let k = 0; k < n; k++) {
      const name = names[order[k]];
      sortedCodes[k] = codes[order[k]];
      starts[k] = offset;
      keyLengths[k] = villageKey(name).key.length;
      parts[k] = name;
      offset += name.length;
    }
    starts[n] = offset;
    return new VillageStore(sortedCodes, parts.join(''), starts, keyLengths);
  }

  get size(): number {
    return this.codes.length;
  }

  /** Indices of the villages whose key (see villageKey) is exactly `key`, in code order. */
  lookup(key: string): number[] {
    const found: number[] = [];
    if (key.length === 0) return found;
    let slot = hashRange(key, 0, key.length) & this.mask;
    for (let head = this.table[slot]; head !== EMPTY; head = this.table[slot]) {
      if (this.keyEquals(head - 1, key)) {
        for (let i = head - 1; i >= 0; i = this.next[i]) found.push(i);
        break;
      }
      slot = (slot + 1) & this.mask;
    }
    return found;
  }

  code(i: number): string {
    return String(this.codes[i]);
  }

  area(i: number): Area {
    const code = String(this.codes[i]);
    return {
      code,
      name: this.text.slice(this.starts[i], this.starts[i + 1]),
      level: 'Village',
      parentCode: code.slice(0, 9),
    };
  }

  indexOf(code: string): number {
    if (code.length !== 12) return -1;
    const i = this.lowerBound(Number(code));
    return i < this.codes.length && this.codes[i] === Number(code) ? i : -1;
  }

  /** Villages of a township (9-digit code), in code order. */
  childrenOf(townshipCode: string): Area[] {
    if (townshipCode.length !== 9) return [];
    const first = Number(townshipCode) * 1000;
    const out: Area[] = [];
    for (let i = this.lowerBound(first); i < this.codes.length && this.codes[i] < first + 1000; i++) {
      out.push(this.area(i));
    }
    return out;
  }

  *areas(): IterableIterator<Area> {
    for (let i = 0; i < this.codes.length; i++) yield this.area(i);
  }

  private lowerBound(value: number): number {
    let lo = 0;
    let hi = this.codes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.codes[mid] < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private sameKey(j: number, start: number, end: number): boolean {
    const other = this.starts[j];
    if (this.keyLengths[j] !== end - start) return false;
    for (let k = 0; k < end - start; k++) {
      if (this.text.charCodeAt(other + k) !== this.text.charCodeAt(start + k)) return false;
    }
    return true;
  }

  private keyEquals(j: number, key: string): boolean {
    if (this.keyLengths[j] !== key.length) return false;
    const start = this.starts[j];
    for (let k = 0; k < key.length; k++) {
      if (this.text.charCodeAt(start + k) !== key.charCodeAt(k)) return false;
    }
    return true;
  }
}
