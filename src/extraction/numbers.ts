/** Amounts as reports write them: 14056.3万元, 1.799亿元, 31100元, 10万余元, 近4亿元. */
export interface Amount {
  amountWan: number;
  amountText: string;
  start: number;
  end: number;
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** 3 / 十 / 三 / 十二 → number; undefined for anything else. */
export function parseCount(text: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === '十') return 10;
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (m === null || text.length === 0) return undefined;
  if (m[2] === undefined) return m[1] === undefined ? undefined : CN_DIGITS[m[1]];
  return (m[1] === undefined ? 1 : CN_DIGITS[m[1]]) * 10 + (m[3] === undefined ? 0 : CN_DIGITS[m[3]]);
}

const AMOUNT = /(\d+(?:\.\d+)?)(余|多)?(万|亿)?(余|多)?元/g;

export function findAmounts(text: string): Amount[] {
  const out: Amount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const n = Number(m[1]);
    const wan = m[3] === '亿' ? n * 10000 : m[3] === '万' ? n : n / 10000;
    out.push({ amountWan: Math.round(wan * 10000) / 10000, amountText: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

export function roundWan(n: number): number {
  return Math.round(n * 10000) / 10000;
}
