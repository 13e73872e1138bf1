import bounds from './rules/boundaries.json';

const CJK = /[\u4e00-\u9fa5]/;
const HARD = [...bounds.hard].sort((a, b) => b.length - a.length);
const SPLIT = bounds.split;

/** A boundary word ending exactly at `pos`, if any. */
export function wordEndingAt(text: string, pos: number, words: readonly string[]): string | undefined {
  return words.find((w) => pos - w.length >= 0 && text.slice(pos - w.length, pos) === w);
}

/**
 * Start of a name whose head begins at `headStart`: leftwards over Chinese characters up to a
 * boundary. `namedBefore(pos)` says whether the text ending at pos is itself a named party,
 * which is what makes 与/和/及 a boundary (区残联与久治县残联) rather than part of a name.
 */
export function nameStart(text: string, headStart: number, maxLength: number, namedBefore: (pos: number) => boolean, extra: readonly string[] = []): number {
  let j = headStart;
  while (j > 0 && headStart - j < maxLength) {
    if (!CJK.test(text[j - 1])) break;
    if (wordEndingAt(text, j, HARD) !== undefined || wordEndingAt(text, j, extra) !== undefined) break;
    const split = wordEndingAt(text, j, SPLIT);
    if (split !== undefined && namedBefore(j - split.length)) break;
    j--;
  }
  return j;
}
