/**
 * Character tests the rules share, by UTF-16 code. "Chinese text" is Han characters and the full-width
 * punctuation written between them; the rules never look for word boundaries (Chinese has no spaces).
 */
import { isHan as isBmpHan } from '../script';

/** A Han character (the BMP blocks, and a high surrogate, which in a report starts a rare Han character). */
export function isHan(c: number): boolean {
  return isBmpHan(c) || (c >= 0xd840 && c <= 0xd87f) || c === 0x3007;
}

/** Full-width punctuation of Chinese text: 。，、；：？！ quotes, brackets, …… and ——. */
export function isChinesePunct(c: number): boolean {
  return (
    (c >= 0x3001 && c <= 0x3003) ||
    (c >= 0x3008 && c <= 0x3011) ||
    (c >= 0x3014 && c <= 0x301f) ||
    c === 0xff01 || c === 0xff08 || c === 0xff09 || c === 0xff0c || c === 0xff1a || c === 0xff1b || c === 0xff1f ||
    c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2026 || c === 0x2014 || c === 0x00b7
  );
}

/** A Han character or Chinese punctuation. */
export function isChinese(c: number): boolean {
  return isHan(c) || isChinesePunct(c);
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** An ASCII letter or digit. */
export function isAsciiAlnum(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** A space inside a line: ASCII space, tab, the ideographic space, a no-break space. */
export function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;
}

export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** Chinese numerals as written in section numbers and years. */
export const CHINESE_DIGITS = '〇一二三四五六七八九';

/** The Chinese numeral for 1–99 as sections are numbered (十一, 二十, 二十三). */
export function chineseNumber(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : CHINESE_DIGITS[tens]) + '十' + (ones ? CHINESE_DIGITS[ones] : '');
}

/** The value of a Chinese section numeral (一 … 九十九, 两), or NaN. */
export function parseChineseNumber(s: string): number {
  if (!s) return NaN;
  const digit = (ch: string) => (ch === '两' ? 2 : ch === '零' ? 0 : CHINESE_DIGITS.indexOf(ch));
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 && digit(s) >= 0 ? digit(s) : NaN;
  const tens = ten === 0 ? 1 : s.length > 0 && ten === 1 ? digit(s[0]) : NaN;
  const rest = s.slice(ten + 1);
  const ones = rest === '' ? 0 : rest.length === 1 ? digit(rest) : NaN;
  return tens >= 1 && ones >= 0 ? tens * 10 + ones : NaN;
}

/** The offset where the line holding `at` starts. */
export function lineStartOf(text: string, at: number): number {
  let i = at;
  while (i > 0 && !isLineBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The offset where the line holding `at` ends (before its line break). */
export function lineEndOf(text: string, at: number): number {
  let i = at;
  while (i < text.length && !isLineBreak(text.charCodeAt(i))) i++;
  return i;
}
