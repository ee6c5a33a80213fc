/**
 * The characters the figure reader compares code units with, and classes of characters read by
 * table: clause ends and quotes.
 */
import { digitValue, isChineseNumeralChar } from '../numerals';
import { isHan } from '../script';

/** The code unit of a one-character string. */
export const ch = (s: string): number => s.charCodeAt(0);
export const DI = ch('第');
export const MEI = ch('每');
export const QIAN_TOP = ch('前');
/** 后, before a rank from the bottom (后五名). */
export const HOU_BOTTOM = ch('后');
export const NIAN = ch('年');
export const YUE = ch('月');
export const RI = ch('日');
export const HAO = ch('号');
export const DU = ch('度');
export const WAN = ch('万');
export const YI_SCALE = ch('亿');
export const BAI = ch('百');
export const QIAN = ch('千');
export const YU = ch('余');
export const DUO = ch('多');
export const LAI = ch('来');
export const QIANG = ch('强');
export const WEI = ch('位');
export const MING = ch('名');
export const YI = ch('一');
export const ER = ch('二');
export const LIANG = ch('两');
export const FEN = ch('分');
export const ZHI_TO = ch('至');
export const DAO = ch('到');
export const DE = ch('的');
/** 起, the start of a period: 自…起至…止. */
export const QI_START = ch('起');
/** 初, before the days of a lunar month (初八). */
export const CHU = ch('初');
export const GE = ch('个');
export const JI_SOME = ch('几');
export const SAN = ch('三');
export const SI = ch('四');
export const JI_SEASON = ch('季');
export const WU = ch('五');
export const SHANG = ch('上');
export const XIA = ch('下');
export const CI = ch('次');
export const JIE = ch('届');
export const SHI_HOUR = ch('时');
export const FEN_MINUTE = ch('分');
export const DA = ch('大');
export const JI_LEVEL = ch('级');
export const DIAN = ch('点');
export const BAN = ch('半');
/** 载 of 一年半载 ("a year or so"). */
export const ZAI = ch('载');
export const ZHONG = ch('钟');
export const SHI = ch('十');
export const YUAN = ch('元');
/** 龄 of 月龄 (an age in months). */
export const LING_AGE = ch('龄');
/** 周, a week (第48周), and of 周岁. */
export const ZHOU = ch('周');
/** 岁, years of age. */
export const SUI_AGE = ch('岁');
/** 成 of tenths (三成). */
export const CHENG = ch('成');
export const DUN = 0x3001; // 、

/** Classes of code units for quoted formulas and per-denominators (the ASCII " both opens and closes). */
export const CHAR_CLASS = new Uint8Array(0x10000);
export const C_CLAUSE_END = 1;
export const C_OPEN_QUOTE = 2;
export const C_CLOSE_QUOTE = 4;
// 。 ，, ；; ！! ？? ：: and line breaks end a clause.
for (const c of [0x3002, 0xff0c, 44, 0xff1b, 59, 0xff01, 33, 0xff1f, 63, 0xff1a, 58, 10, 13]) CHAR_CLASS[c] |= C_CLAUSE_END;
// “ 「 『 ‘ " ＂
for (const c of [0x201c, 0x300c, 0x300e, 0x2018, 34, 0xff02]) CHAR_CLASS[c] |= C_OPEN_QUOTE;
// ” 」 』 ’ " ＂
for (const c of [0x201d, 0x300d, 0x300f, 0x2019, 34, 0xff02]) CHAR_CLASS[c] |= C_CLOSE_QUOTE;

// Outside the text c is NaN (or -1): c | 0 reads class 0 for NaN, as a typed array read at NaN would slow
// down the read everywhere.

/** Characters that end a clause, for quoted formulas and per-denominators. */
export function isClauseEnd(c: number): boolean {
  return (CHAR_CLASS[c | 0] & C_CLAUSE_END) !== 0;
}

/** Whether a clause or a list item ends at code unit c (、 too), or the text does (c is NaN). */
export function endsItem(c: number): boolean {
  return c !== c || c === DUN || isClauseEnd(c);
}

/** Opening quotes: “ 「 『 ‘ " ＂. */
export function isOpenQuote(c: number): boolean {
  return (CHAR_CLASS[c | 0] & C_OPEN_QUOTE) !== 0;
}

/** Closing quotes: ” 」 』 ’ " ＂. */
export function isCloseQuote(c: number): boolean {
  return (CHAR_CLASS[c | 0] & C_CLOSE_QUOTE) !== 0;
}

/** Latin letters, half- or full-width. */
export function isLatin(c: number): boolean {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export { isHan };

/**
 * Characters before 一 that make it part of a word or an ordinal (第一年, 统一, 唯一, 同一), or "another" (又一举措,
 * 另一名): no period or count of one.
 */
const NOT_BEFORE_ONE_PERIOD = new Set([...'第统唯同逐又另'].map((c) => c.charCodeAt(0)));

/**
 * Whether the character at i (before a 一) makes a word or an ordinal of it (第一, 统一, 同一, 单一); false before the text.
 * 单 does before a noun (单一院区, 单一病种), not before a measure word: 清单一份 is a list and one copy of it.
 */
export function makesWordOfOne(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  return NOT_BEFORE_ONE_PERIOD.has(c) || (c === 0x5355 /* 单 */ && !MEASURES_AFTER_ONE.includes(t[i + 2]));
}

/** Measure words that count what 一 before them counts (一份, 一张). */
const MEASURES_AFTER_ONE = '份张个件本次项条套台';

/** Where the run of digits (ASCII or full-width) that ends at `end` starts, looking back `max` digits at most; `end` when none does. */
export function digitsStart(t: string, end: number, max: number): number {
  let k = end;
  while (k > 0 && end - k < max && digitValue(t.charCodeAt(k - 1)) >= 0) k--;
  return k;
}

/** A one-character dash between two numbers: - － — – ~ ～ (rangeSeparator reads doubled and spaced ones too). */
export function isDash(c: number): boolean {
  return c === 45 || c === 0xff0d || c === 0x2014 || c === 0x2013 || c === 126 || c === 0xff5e;
}

/** Minus signs: - － −. */
export function isMinus(c: number): boolean {
  return c === 45 || c === 0xff0d || c === 0x2212;
}

/** Digits (ASCII or full-width) and Chinese numeral characters. */
export function isNumeralChar(c: number): boolean {
  return digitValue(c) >= 0 || isChineseNumeralChar(c);
}

/** Range separators: 3-11岁, 2018—2020年度, 3至6岁. The separator's length at i, or 0. */
export function rangeSeparator(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x2014 || c === 0x2013 || c === 0x2015) return text.charCodeAt(i + 1) === c ? 2 : 1; // — – ― (doubled)
  if (c === 45 || c === 0xff0d) return text.charCodeAt(i + 1) === c ? 2 : 1; // - － (doubled: 10月16日--11月20日)
  if (c === 126 || c === 0xff5e || c === 0x301c) return 1; // ~ ～ 〜
  if (c === ZHI_TO || c === DAO) return 1;
  // 2024一2030年, 3一5人: 一 typed for a dash between two digits.
  if (c === YI && digitValue(text.charCodeAt(i - 1)) >= 0 && digitValue(text.charCodeAt(i + 1)) >= 0) return 1;
  // 2014 - 2018年, 2019年3 - 12月: a dash between blanks, as journals set it, between two digits; not after a
  // decimal (a table's cells: 65.07 — 99%, where — marks an empty one).
  // (Or with the blank before the dash only, as a page's floors are listed: 5 -12层, which read -12 层.)
  const spaced = text.charCodeAt(i + 2) === 32 ? 3 : 2;
  if (c === 32 && digitValue(text.charCodeAt(i - 1)) >= 0 && digitValue(text.charCodeAt(i + spaced)) >= 0) {
    if (!isDash(text.charCodeAt(i + 1))) return 0;
    // (Up to twelve digits end at i: the one at i - 1 and eleven more.)
    const before = text.charCodeAt(digitsStart(text, i - 1, 11) - 1);
    return before === 46 || before === 0xff0e ? 0 : spaced;
  }
  return 0;
}

/** Most numbers a list's last unit or 月 is shared with (bounds the looks along a list). */
export const MAX_LISTED_NUMBERS = 8;

/** The length of a separator of listed numbers at k (、, 和, 及, 与, 或), or 0. */
export function listSeparatorAt(t: string, k: number): number {
  const c = t.charCodeAt(k);
  return c === DUN || c === 0x548c /* 和 */ || c === 0x53ca /* 及 */ || c === 0x4e0e /* 与 */ || c === 0x6216 /* 或 */ ? 1 : 0;
}

/**
 * Whether the list of Arabic numbers that the number at `start` is in (it may be the first) follows a word, not
 * the start of a line or a sign: 为300、200万元, 为3、5、7岁 (for 5 too), but not the 1、 of an item. Walks back over
 * at most MAX_LISTED_NUMBERS numbers.
 */
export function listAfterWord(t: string, start: number): boolean {
  let k = start;
  for (let items = 0; items < MAX_LISTED_NUMBERS; items++) {
    // (0.15、-5.64、1.34个百分点: a member may carry its minus sign.)
    if (listedMinusBefore(t, k)) k--;
    if (!(listSeparatorAt(t, k - 1) === 1 && digitValue(t.charCodeAt(k - 2)) >= 0)) return isHan(t.charCodeAt(k - 1));
    k -= 2;
    while (k > 0 && (digitValue(t.charCodeAt(k - 1)) >= 0 || t.charCodeAt(k - 1) === 46)) k--;
  }
  return false;
}

/** Whether a list's member that starts at `k` carries a minus sign right after the list's separator (0.15、-5.64). */
export function listedMinusBefore(t: string, k: number): boolean {
  return isMinus(t.charCodeAt(k - 1)) && listSeparatorAt(t, k - 2) === 1;
}
