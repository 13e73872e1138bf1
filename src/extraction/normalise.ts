import * as OpenCC from 'opencc-js';
import { lineKind, type LineKind } from './furniture';
import rules from './rules/normalise.json';

/**
 * Stage 1, normalise: the text rules read, with a way back to the document as sent. Reports come
 * in traditional characters, with full-width and ASCII punctuation used interchangeably, with
 * spaces inside names and amounts (`乡村振兴帮扶资金 150 万元`), and inside the furniture of the web
 * page they were taken from; rules read one form of each and know which lines are furniture,
 * while evidence and offsets are cut from the original.
 */
export interface NormalisedText {
  /** Simplified script, one width of punctuation, no spaces inside Chinese text. */
  text: string;
  /** The document as sent. */
  original: string;
  /** `offsets[i]` is where `text[i]` stands in the original; one more entry for the end. */
  offsets: Int32Array;
  /** What each line is (by its index; lines are never joined or dropped here): text, caption or furniture. */
  lineKinds: LineKind[];
}

// Traditional (Taiwan, Hong Kong and OpenCC's own standard) to mainland simplified.
const fromTraditional = OpenCC.Converter({ from: 't', to: 'cn' });
const WIDTH = new Map(Object.entries(rules.punctuation));
const DROPPED = new RegExp(`[${rules.dropped}]`);
const SPACE = /[ \t\u00a0\u3000]/;
const PINYIN = new RegExp(rules.pinyinAnnotation, 'g');
const TONE = new RegExp(`[${rules.toneMarks}]`);
/** Characters a space between which is no word break: Chinese, digits, and the units after numbers. */
const JOINED = /[\u3400-\u9fff\d]/;
/** Chinese punctuation (and the ASCII forms it is read as): a space beside it parts nothing (`纽带 , 上海市`). */
const PUNCTUATION = /[，。、；：！？“”‘’《》（）【】—…,;:!?()]/;

/** The text in simplified characters, one character for one, so offsets stay those of the original. */
export function toSimplified(text: string): string {
  const converted = fromTraditional(text);
  if (converted.length === text.length) return converted;
  // A phrase conversion changed the length: convert character by character instead.
  return Array.from(text, (char) => (char.length === 1 ? (fromTraditional(char)[0] ?? char) : char)).join('');
}

/**
 * Script first (one for one); then each line's kind, told apart as the page showed it (a menu
 * bar's words are spaces apart); then widths (one for one) and the characters dropped. Spaces stay
 * in furniture, where they part fields (主管 中共文山州委宣传部主办).
 */
export function normaliseText(original: string): NormalisedText {
  const simplified = toSimplified(original);
  const lineKinds = simplified.split('\n').map(lineKind);
  const chars: string[] = [];
  const offsets: number[] = [];
  let line = 0;
  const annotations = pinyinAnnotations(simplified);
  for (let i = 0; i < simplified.length; i++) {
    const char = simplified[i];
    if (char === '\n') line++;
    if (DROPPED.test(char) || annotations.has(i)) continue;
    if (SPACE.test(char) && lineKinds[line] !== 'furniture' && isInsideWord(simplified, i)) continue;
    chars.push(WIDTH.get(char) ?? (SPACE.test(char) ? ' ' : char));
    offsets.push(i);
  }
  offsets.push(simplified.length);
  return { text: chars.join(''), original, offsets: Int32Array.from(offsets), lineKinds };
}

/**
 * 日喀則市及其下轄(xiá)的: mirror sites write a character's reading after it, in brackets with a
 * tone mark; the reading is no part of the text. The offsets of its characters.
 */
function pinyinAnnotations(text: string): Set<number> {
  const dropped = new Set<number>();
  for (const m of text.matchAll(PINYIN)) {
    if (!TONE.test(m[0])) continue;
    for (let k = 0; k < m[0].length; k++) dropped.add((m.index ?? 0) + k);
  }
  return dropped;
}

/** A run of spaces with Chinese, digits or Chinese punctuation on both sides (`黄浦区 五里桥街道`, `150 万元`, `项目 , 2018年`). */
function isInsideWord(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && SPACE.test(text[before])) before--;
  let after = at + 1;
  while (after < text.length && SPACE.test(text[after])) after++;
  if (before < 0 || after >= text.length) return false;
  const [left, right] = [text[before], text[after]];
  // Two numbers stay apart (2021年10月03日 22:00 keeps its space only where digits meet digits).
  if (/\d/.test(left) && /\d/.test(right)) return false;
  const joins = (c: string): boolean => JOINED.test(c) || PUNCTUATION.test(c);
  return joins(left) && joins(right);
}

/** The original's span for `[start, end)` of the normalised text. */
export function originalSpan(normalised: NormalisedText, start: number, end: number): { start: number; end: number } {
  const from = normalised.offsets[start];
  const to = end > start ? normalised.offsets[end - 1] + 1 : from;
  return { start: from, end: to };
}

/** A normalised text of a short string (a publisher line, a title): rules read every field the same way. */
export function normalised(text: string): string {
  return normaliseText(text).text;
}
