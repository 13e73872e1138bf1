/** Amounts as reports write them: 14056.3万元, 1.799亿元, 31100元, 10万余元, 近4亿元, 二十八点八亿元. */
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

const AMOUNT = /(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]+(?:点[零〇一二三四五六七八九]+)?)(余|多)?(万|亿)?(余|多)?元/g;

const NUMERALS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9 };
const POWERS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** 伍 / 五十 / 一百二十 / 壹仟伍佰: a number below 万 written in Chinese numerals (common or financial). */
export function parseChineseNumber(text: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  for (const c of text) {
    if (NUMERALS[c] !== undefined) {
      if (digit !== undefined && NUMERALS[c] !== 0) return undefined; // 五五 is no number
      digit = NUMERALS[c] === 0 ? undefined : NUMERALS[c];
    } else if (POWERS[c] !== undefined) {
      total += (digit ?? 1) * POWERS[c];
      digit = undefined;
    } else return undefined;
  }
  return total + (digit ?? 0);
}

/** 二十八点八 / 四点四七 / 一百二十: a number written in Chinese numerals, with decimals after 点. */
function parseChineseDecimal(text: string): number | undefined {
  const [whole, decimals] = text.split('点');
  const n = parseChineseNumber(whole);
  if (n === undefined || decimals === undefined) return n;
  const digits = [...decimals].map((c) => NUMERALS[c]);
  return digits.every((d) => d !== undefined) ? Number(`${n}.${digits.join('')}`) : undefined;
}

export function findAmounts(text: string): Amount[] {
  const out: Amount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const written = /^\d/.test(m[1]);
    // 二元结构, 统一元素: one Chinese numeral before 元 with no 万 or 亿 is no amount.
    if (!written && m[3] === undefined && m[1].length < 2) continue;
    // 几十万元, 数百万元: no number at all.
    if (!written && /[几数上]/.test(text[(m.index ?? 0) - 1] ?? '')) continue;
    const n = written ? Number(m[1]) : parseChineseDecimal(m[1]);
    if (n === undefined) continue;
    const wan = m[3] === '亿' ? n * 10000 : m[3] === '万' ? n : n / 10000;
    out.push({ amountWan: Math.round(wan * 10000) / 10000, amountText: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

export function roundWan(n: number): number {
  return Math.round(n * 10000) / 10000;
}
