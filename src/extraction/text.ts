import bounds from './rules/boundaries.json';
import type { LineKind } from './furniture';
import { normaliseText, type NormalisedText } from './normalise';

/**
 * Stage 2, segment: sentences of a report. Reports reach us with paragraphs broken mid-sentence
 * (a PDF's column ends), so recognition runs on a "logical" sentence whose pieces are joined across
 * such breaks, while evidence stays an exact, single-line substring of the original document.
 */
export interface Piece {
  /** Normalised text: what rules read. */
  text: string;
  /** Offset in the normalised text. */
  start: number;
  /** The same piece as the document writes it, and where. */
  originalText: string;
  originalStart: number;
}

export type SentenceKind = 'heading' | 'prose' | 'line' | 'caption' | 'furniture';

export interface Sentence {
  /** the pieces joined: what rules read */
  text: string;
  pieces: Piece[];
  /** index of the paragraph (logical, after joining broken lines) */
  paragraph: number;
  /** the markdown heading line this sentence is under (or is, when kind is heading) */
  heading: string;
  headingLevel: number;
  /** caption: a photo's caption or credit (read, its facts marked); furniture: page furniture (names read, no relations). */
  kind: SentenceKind;
}

const TERMINAL = /[。!?;！？；]/;
const LINE_END_TERMINAL = /[。!?;:！？；：”」』)）]$/;
/** 扶贫协作:云南… — a block line of its own, never continued. */
const LIST_LINE = /^[\u4e00-\u9fa5]{2,6}[:：]/;
const PROSE_PUNCTUATION = /[,，。;；、]/;
const JOIN_WORDS: readonly string[] = bounds.joinWords;

interface Line {
  text: string;
  start: number;
  kind: LineKind;
}

function lines(normalised: NormalisedText): Line[] {
  const out: Line[] = [];
  let start = 0;
  normalised.text.split('\n').forEach((raw, index) => {
    const trimmedEnd = raw.replace(/[\s\u3000]+$/, '');
    const lead = trimmedEnd.length - trimmedEnd.replace(/^[\s\u3000]+/, '').length;
    const body = trimmedEnd.slice(lead);
    if (body.length > 0) out.push({ text: body, start: start + lead, kind: normalised.lineKinds[index] ?? 'text' });
    start += raw.length + 1;
  });
  return out;
}

/** A prose line that stops without closing its sentence continues on the next line. */
function continues(line: Line, next: Line | undefined): boolean {
  if (next === undefined || next.text.startsWith('#') || line.text.startsWith('#')) return false;
  if (line.kind !== 'text' || next.kind !== 'text') return false;
  if (LIST_LINE.test(line.text) || LIST_LINE.test(next.text)) return false;
  if (LINE_END_TERMINAL.test(line.text)) return false;
  return PROSE_PUNCTUATION.test(line.text) || cutWord(line.text, next.text);
}

/** 援建项目中规模比较大的有市统 | 筹专项资金援建(助)的…: a word of the lexicon spans the break. */
function cutWord(before: string, after: string): boolean {
  return JOIN_WORDS.some((w) => {
    for (let k = 1; k < w.length; k++) if (before.endsWith(w.slice(0, k)) && after.startsWith(w.slice(k))) return true;
    return false;
  });
}

/** Splits one logical paragraph (pieces in order) at terminal punctuation; pieces never span lines. */
function splitParagraph(parts: Line[], piece: (text: string, start: number) => Piece): Piece[][] {
  const sentences: Piece[][] = [];
  let current: Piece[] = [];
  for (const part of parts) {
    let from = 0;
    for (let i = 0; i < part.text.length; i++) {
      if (!TERMINAL.test(part.text[i])) continue;
      let end = i + 1;
      while (end < part.text.length && /[”’」』)）]/.test(part.text[end])) end++;
      current.push(piece(part.text.slice(from, end), part.start + from));
      sentences.push(current);
      current = [];
      from = end;
      i = end - 1;
    }
    const rest = part.text.slice(from);
    if (rest.trim().length > 0) {
      const lead = rest.length - rest.trimStart().length;
      current.push(piece(rest.trim(), part.start + from + lead));
    }
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

/** The sentences of a report (a string is normalised first). */
export function splitSentences(input: NormalisedText | string): Sentence[] {
  const normalised = typeof input === 'string' ? normaliseText(input) : input;
  const piece = (text: string, start: number): Piece => {
    const from = normalised.offsets[start];
    const to = normalised.offsets[start + text.length - 1] + 1;
    return { text, start, originalText: normalised.original.slice(from, to), originalStart: from };
  };
  const all = lines(normalised);
  const out: Sentence[] = [];
  let heading = '';
  let headingLevel = 0;
  let paragraph = 0;
  for (let i = 0; i < all.length; i++) {
    const line = all[i];
    const h = /^(#+)\s*(.*)$/.exec(line.text);
    if (h !== null) {
      heading = h[2];
      headingLevel = h[1].length;
      const offset = line.text.indexOf(h[2]);
      out.push({ text: h[2], pieces: [piece(h[2], line.start + offset)], paragraph: ++paragraph, heading, headingLevel, kind: 'heading' });
      continue;
    }
    const parts = [line];
    while (continues(all[i], all[i + 1])) parts.push(all[++i]);
    paragraph++;
    const kind: SentenceKind = line.kind !== 'text' ? line.kind : parts.length > 1 || PROSE_PUNCTUATION.test(line.text) ? 'prose' : 'line';
    for (const pieces of splitParagraph(parts, piece)) {
      out.push({ text: pieces.map((p) => p.text).join(''), pieces, paragraph, heading, headingLevel, kind });
    }
  }
  return out;
}

/** The single-line piece of a sentence holding character `at` of its joined text. */
export function pieceAt(sentence: Sentence, at: number): Piece {
  let offset = 0;
  for (const piece of sentence.pieces) {
    if (at < offset + piece.text.length) return piece;
    offset += piece.text.length;
  }
  return sentence.pieces[sentence.pieces.length - 1];
}
