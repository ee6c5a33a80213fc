/**
 * Characters as the outline sees them: classes looked up by UTF-16 code, and Chinese and Arabic numerals in
 * their half- and full-width forms. Everything here is tested by code unit: the scanner looks at every
 * character of short lines, and one-character strings or Set lookups there cost more than the rest of the scan.
 */
import { isHan } from '../script';

const CLASS = new Uint16Array(0x10000);
let nextBit = 1;

/** A new class holding `chars`; at most sixteen classes fit. */
function charClass(chars: string): number {
  const bit = nextBit;
  nextBit <<= 1;
  for (const ch of chars) CLASS[ch.charCodeAt(0)] |= bit;
  return bit;
}

/** Whether the character at `i` of `text` is in `cls` (false past the end). */
export function is(text: string, i: number, cls: number): boolean {
  return (CLASS[text.charCodeAt(i)] & cls) !== 0;
}

/** Sentence-final and clause punctuation: a headline neither ends with nor contains these. */
export const CLAUSE_PUNCT = charClass('。．！？!?；;，,…⋯');
/** The clause marks a news headline may hold: a comma between its halves, an exclamation or a question (“…发文，…巨变！”). */
export const HEADLINE_CLAUSES = charClass('！？!?，,');
/** A line ending in one of these (after closing quotes) ends its sentence. */
export const SENTENCE_END = charClass('。．.！？!?；;：:…⋯');
/** Terminators of a run-in head after a marker. */
export const HEAD_END = charClass('。．！？!?');
/** Closing quotes and brackets, skipped when looking for a line's last real character. */
export const CLOSERS = charClass('”’」』）)》〉】]"\'');
/** Punctuation that, one to three characters into the next line, shows a sentence broken over lines. */
export const CUE_PUNCT = charClass('，,。．、；;”’）)》！!？?');
/** Chinese numerals as headings number with them (一 … 十, 百, 零, 〇, 两). */
export const CHINESE_NUMERALS = charClass('一二三四五六七八九十百零〇两');
/** The labels that number sections as 亮点一： does (markers.ts: labelledMarker), and 案例 (案例一：, 案例2、). */
export const SECTION_LABELS = ['亮点', '方向', '任务', '举措', '措施', '专题', '板块', '路径', '特色', '经验', '做法', '成效', '重点', '场景'];
/** Characters a line must start with to be looked at for a marker (markers.ts decides). */
export const MARKER_START = charClass(
  '#*（(〔【0123456789０１２３４５６７８９①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫIVX案第一二三四五六七八九十百零〇两' +
    SECTION_LABELS.map((l) => l[0]).join(''),
);
/** First characters of the words that make a short line a byline (headlines.ts). */
export const BYLINE_FIRST = charClass('记通摄本文撰供实责');
/** First characters of labels, bracketed notes, signatures and markup: a headline never starts with these. */
export const NOT_HEADLINE_START = charClass('【[（(#*□■●◆▲·•');
/** Sentence ends after which a heading may start inside a line run together by PDF extraction. */
export const INLINE_BEFORE = charClass('。！？!?；;');

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 0xfeff || c === 11 || c === 12 || (c >= 0x2000 && c <= 0x200b);
}

/** A bar, ASCII or full-width: | ｜. */
export function isBar(c: number): boolean {
  return c === 0x7c || c === 0xff5c;
}

export { isHan };

/** Arabic digits, half- or full-width. */
export function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** Whether a code is one of the Roman numerals Ⅰ to Ⅻ. */
export function isRomanNumeral(c: number): boolean {
  return c >= 0x2160 && c <= 0x216b;
}

/** The value of a digit, half- or full-width. */
export function digitValue(c: number): number {
  return c >= 0xff10 ? c - 0xff10 : c - 48;
}

export function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Letters that make a line worth a heading: Han (BMP or astral) or Latin. */
export function isWordChar(c: number): boolean {
  return isHan(c) || (c >= 0xd800 && c <= 0xdbff) || isLatinLetter(c);
}

/** First index from `i` that is not white space, or `e`. */
export function skipSpaces(text: string, i: number, e: number): number {
  while (i < e && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Index after the last character of text[s, e) that is not white space. */
export function trimEnd(text: string, s: number, e: number): number {
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

/** Value of each Chinese numeral by code: digits 0-9, 十 10, 百 100; -1 for other characters. */
const NUMERAL = new Int16Array(0x10000).fill(-1);
for (const [ch, v] of Object.entries({ 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 百: 100 })) NUMERAL[ch.charCodeAt(0)] = v;

/**
 * Where the last number read (`readChineseNumber`, `readDigits`) ended. The readers run on every line that
 * starts like a marker, so they return the value alone and leave the end here rather than allocate.
 */
export let readEnd = 0;

/**
 * The Chinese numeral at `from` (up to `max` characters, before `e`): 三 3, 十二 12, 二十 20, 一百零五 105,
 * 一百二十三 123; -1 when no numeral starts there or its characters do not make a number. Sets `readEnd`.
 */
export function readChineseNumber(text: string, from: number, e: number, max = 6): number {
  let j = from;
  while (j < e && j - from < max && is(text, j, CHINESE_NUMERALS)) j++;
  readEnd = j;
  if (j === from) return -1;
  let total = 0;
  let digit = -1;
  for (let k = from; k < j; k++) {
    const v = NUMERAL[text.charCodeAt(k)];
    if (v >= 10) {
      // 十二 and 一百十 leave the digit out: it is one.
      total += (digit < 0 ? 1 : digit) * v;
      digit = -1;
    } else {
      if (v < 0 || digit > 0) return -1;
      digit = v;
    }
  }
  if (digit > 0) total += digit;
  return total > 0 ? total : -1;
}

/** Up to `max` Arabic digits (half- or full-width) at `from`; -1 when there are none. Sets `readEnd`. */
export function readDigits(text: string, from: number, e: number, max = 2): number {
  let j = from;
  let value = 0;
  while (j < e && j - from < max && isDigit(text.charCodeAt(j))) value = value * 10 + digitValue(text.charCodeAt(j++));
  readEnd = j;
  return j === from ? -1 : value;
}

/** Whether a code is an opening parenthesis, half- or full-width. */
export function isOpenParen(c: number): boolean {
  return c === 0x28 || c === 0xff08;
}

/** Whether a code is a closing parenthesis, half- or full-width. */
export function isCloseParen(c: number): boolean {
  return c === 0x29 || c === 0xff09;
}
