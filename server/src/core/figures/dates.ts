/**
 * Dates and periods: 2024年, 2024年12月底, 2024-12-31, 1月11日, 每月20日, 2024年上半年, 第一季度, 今年,
 * 上半年, ranges of years (2018—2020年度, 2024年至2025年), periods of years (近三年, 3年内) and
 * five-year plans (“十四五”, 十三五时期). Dates are given in ISO 8601 (2024-12, --01-11, 2021/2025).
 *
 * Decisions (where reports are ambiguous):
 * - “十四五” in quotes is a period wherever it is, even inside a quoted formula; unquoted, only with a
 *   word such as 时期 or 规划 after it (十三五时期).
 */
import type { Approximation, FigureKind } from '../types';
import { digitValue, isChineseNumeralChar, parseChineseDigits, parseChineseNumeral, readArabic } from '../numerals';
import { DI, DU, ER, HAO, NIAN, RI, SAN, SHANG, SI, WU, XIA, YI, YUE, ch, isCloseQuote, isHan, isOpenQuote, rangeSeparator } from './chars';
import { UNITS } from './data';
import { Fields, dated, type FigureScanner, type Num } from './scanner';
import { WordsAt, WordsBefore, words } from './wordLists';

/** Words before a number of years that make a period: 近三年, 过去5年. */
const PERIOD_BEFORE = new WordsBefore(words(UNITS.periodBefore));
/** Words after a number of years that make a period: 3年内, 5年来. */
const PERIOD_AFTER = new WordsAt(words(UNITS.periodAfter));
/** Words after a five-year plan that make it one when it is not quoted: 十三五时期. */
const PLAN_CONTEXT = new WordsAt(words(['时期', '期间', '规划', '计划', '末', '初', '以来', '开局', '收官']));

/** Characters after 今年/去年/明年 that make another word: 如今年轻, 过去年代. */
const NOT_AFTER_YEAR_WORD = new Set('轻纪龄代'.split('').map(ch));

/** Dates written with separators: 2024-12-31, 2024/1/1, 2024.12.31. */
const ISO_DATE = /([12]\d{3})([-/.])(\d{1,2})\2(\d{1,2})(?![0-9])/y;

// ------------------------------------------------------------------ words without numerals

/** 上半年, 下半年 at p. */
export function halfYear(s: FigureScanner, p: number): number {
  if (p > 0 && s.text[p - 1] === '以') return p + 1; // 以上半年…
  return s.emit(p, p + 3, new Fields('period', null, ''));
}

/** 今年, 去年, 明年 at p — not in 如今年轻, 过去年代, 说明年度. */
export function relativeYear(s: FigureScanner, p: number): number {
  const t = s.text;
  const word = t[p];
  const prev = p > 0 ? t[p - 1] : '';
  const next = t.charCodeAt(p + 2);
  if (NOT_AFTER_YEAR_WORD.has(next)) return p + 1;
  if (word === '今' && prev === '如') return p + 1;
  if (word === '去' && prev !== '' && '过失'.includes(prev)) return p + 1;
  if (word === '明' && prev !== '' && '说证声表发阐标注查指写讲言申简鲜透文光分开英清高精聪不载彰'.includes(prev)) return p + 1;
  return s.emit(p, p + 2, new Fields('period', null, ''));
}

// ------------------------------------------------------------------ years, months, days

/** The year a number stands for when it is written like one (2024, 二〇二四年), else undefined. */
export function yearValue(s: FigureScanner, num: Num): number | undefined {
  if (num.arabic) {
    if (num.digits.length !== 4 || num.digits.charCodeAt(1) === 46) return undefined;
    const y = num.value;
    return y >= 1000 && y <= 2999 && Number.isInteger(y) ? y : undefined;
  }
  // 二〇二四年: digits read one by one, only before 年.
  if (num.end - num.start !== 4 || s.text.charCodeAt(num.end) !== NIAN) return undefined;
  const y = parseChineseDigits(s.text, num.start, num.end);
  return y >= 1000 && y <= 2999 ? y : undefined;
}

/** 2024-12-31, 2024/1/1, 2024.12.31 at p. */
export function isoDate(s: FigureScanner, p: number): number | undefined {
  const sep = s.text.charCodeAt(p + 4);
  if (sep !== 45 && sep !== 47 && sep !== 46) return undefined;
  ISO_DATE.lastIndex = p;
  const m = ISO_DATE.exec(s.text);
  if (!m) return undefined;
  const mo = Number(m[3]);
  const d = Number(m[4]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return s.emit(p, p + m[0].length, dated('date', null, '', `${m[1]}-${pad2(mo)}-${pad2(d)}`));
}

/** 2018—2020年度, 2024-2030, 2024年至2025年: a range of years from year y1 (`num`). */
export function yearRange(s: FigureScanner, num: Num, y1: number): number | undefined {
  const t = s.text;
  let i = num.end;
  if (t.charCodeAt(i) === NIAN) i++;
  const sep = rangeSeparator(t, i);
  if (!sep) return undefined;
  const j = i + sep;
  if (digitValue(t.charCodeAt(j)) < 0) return undefined;
  const a = readArabic(t, j)!;
  if (a.digits.length !== 4 || a.digits.includes('.')) return undefined;
  const y2 = Number(a.digits);
  if (y2 <= y1 || y2 > 2999) return undefined;
  let end = a.end;
  if (t.charCodeAt(end) === NIAN) {
    end++;
    if (t.charCodeAt(end) === DU) end++;
  } else if (t.charCodeAt(i - 1) === NIAN || isHan(t.charCodeAt(end)) || digitValue(t.charCodeAt(end)) >= 0) {
    // 2024年-2030 (second year without 年) or 2018-2020号: not a range of years.
    return undefined;
  }
  if (s.excluded(num, num.start, end)) return undefined;
  const fields = dated('range', y1, '年', `${y1}/${y2}`);
  fields.valueHigh = y2;
  return s.emit(num.start, end, fields);
}

/** 2024年, 2024年度, 2024年12月底, 2024年1月1日, 2024年上半年, 2024年第一季度, 二〇二四年. */
export function yearDate(s: FigureScanner, num: Num, year: number): number | undefined {
  const t = s.text;
  let i = num.end;
  if (t.charCodeAt(i) !== NIAN) return undefined;
  i++;
  let date = String(year);
  let kind: FigureKind = 'date';
  const c = t.charCodeAt(i);
  const quarter = quarterAt(t, i);
  if (c === DU) i++;
  else if ((c === SHANG || c === XIA) && t.startsWith('半年', i + 1)) {
    date += c === SHANG ? '-H1' : '-H2';
    kind = 'period';
    i += 3;
  } else if (quarter) {
    date += `-Q${quarter.n}`;
    kind = 'period';
    i = quarter.end;
  } else {
    const month = readSmall(t, i);
    if (month && month.value >= 1 && month.value <= 12 && t.charCodeAt(month.end) === YUE) {
      const rest = afterMonth(t, month.end + 1);
      date += '-' + pad2(month.value) + rest.day;
      i = rest.end;
    } else {
      i = partOfYear(t, i);
    }
  }
  if (s.excluded(num, num.start, i)) return num.end;
  return s.emit(num.start, i, dated(kind, null, '', date));
}

/** 1月, 1月11日, 12月底 (without a year). */
export function month(s: FigureScanner, num: Num): number {
  const t = s.text;
  if (!num.arabic || !isMonth(num)) return num.end;
  const rest = afterMonth(t, num.end + 1);
  if (s.excluded(num, num.start, rest.end)) return num.end;
  return s.emit(num.start, rest.end, dated('date', null, '', '--' + pad2(num.value) + rest.day));
}

/** 每月20日: a day of the month. */
export function day(s: FigureScanner, num: Num): number | undefined {
  const t = s.text;
  const d = num.value;
  if (!Number.isInteger(d) || d < 1 || d > 31 || num.digits.length > 2) return undefined;
  const c = t.charCodeAt(num.end);
  if (c !== RI && c !== HAO) return undefined;
  if (s.excluded(num, num.start, num.end + 1)) return undefined;
  return s.emit(num.start, num.end + 1, dated('date', null, '', '---' + pad2(d)));
}

// ------------------------------------------------------------------ periods

/** 近三年, 过去5年, 3年内, 5年来: periods counted in years ([start, end) is the number of years read). */
export function yearsPeriod(s: FigureScanner, num: Num, start: number, end: number, approx: Approximation | undefined): number | undefined {
  const t = s.text;
  const before = PERIOD_BEFORE.match(t, num.start);
  const after = PERIOD_AFTER.match(t, end);
  if (!before && !after) return undefined;
  const from = before ? num.start - before[0].length : start;
  if (from < s.floor) return undefined;
  const e = after ? end + after[0].length : end;
  if (s.excluded(num, from, e)) return num.end;
  const fields = new Fields('period', num.value, '年');
  // 近 before a number of years is "the last", not "nearly".
  if (approx && !(before && approx === 'nearly')) fields.approx = approx;
  return s.emit(from, e, fields);
}

/** “十四五”, 十三五时期: a five-year plan period. */
export function plan(s: FigureScanner, num: Num): number | undefined {
  const t = s.text;
  const len = num.end - num.start;
  if (len < 2 || t.charCodeAt(num.end - 1) !== WU) return undefined;
  const n = parseChineseNumeral(t, num.start, num.end - 1);
  if (!Number.isInteger(n) || n < 3 || n > 20) return undefined;
  const quoted = isOpenQuote(t.charCodeAt(num.start - 1)) && isCloseQuote(t.charCodeAt(num.end));
  const context = PLAN_CONTEXT.match(t, num.end);
  if (!quoted && !context) return undefined;
  const from = 1966 + 5 * (n - 3); // the third plan began in 1966; each lasts five years
  const end = !quoted && context && (context[0] === '时期' || context[0] === '期间') ? num.end + 2 : num.end;
  return s.emit(num.start, end, dated('period', null, '', `${from}/${from + 4}`));
}

// ------------------------------------------------------------------ helpers

/** A month or day in two digits (1 → 01). */
export function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** Whether a number can be a month (1 to 12, at most two digits). */
export function isMonth(num: Num): boolean {
  return Number.isInteger(num.value) && num.value >= 1 && num.value <= 12 && (!num.arabic || num.digits.length <= 2);
}

/** A one- or two-digit Arabic number, or a Chinese numeral up to three characters, at i. */
function readSmall(text: string, i: number): { value: number; end: number } | undefined {
  const c = text.charCodeAt(i);
  if (digitValue(c) >= 0) {
    const a = readArabic(text, i)!;
    return a.digits.length <= 2 ? { value: Number(a.digits), end: a.end } : undefined;
  }
  let e = i;
  while (e < text.length && e - i < 3 && isChineseNumeralChar(text.charCodeAt(e))) e++;
  if (e === i) return undefined;
  const v = parseChineseNumeral(text, i, e);
  return Number.isNaN(v) ? undefined : { value: v, end: e };
}

/**
 * What follows 月 at i: a day of the month (11日, 十一号), as "-11" and the end after 日 or 号; else
 * no day, and the end after a part of the month (底, 上旬) if there is one.
 */
function afterMonth(text: string, i: number): { day: string; end: number } {
  const day = readSmall(text, i);
  if (day && day.value >= 1 && day.value <= 31) {
    const c = text.charCodeAt(day.end);
    if (c === RI || c === HAO) return { day: '-' + pad2(day.value), end: day.end + 1 };
  }
  return { day: '', end: partOfMonth(text, i) };
}

/** 第一季度, 一季度, 第1季度, 1季度 at i: the quarter and where it ends. */
function quarterAt(text: string, i: number): { n: number; end: number } | undefined {
  let k = i;
  if (text.charCodeAt(k) === DI) k++;
  const c = text.charCodeAt(k);
  const idx = c === YI ? 1 : c === ER ? 2 : c === SAN ? 3 : c === SI ? 4 : digitValue(c);
  if (idx < 1 || idx > 4) return undefined;
  if (!text.startsWith('季度', k + 1)) return undefined;
  return { n: idx, end: k + 3 };
}

/** After 年: 初, 底, 末 (but not 初步, 末端). */
function partOfYear(text: string, i: number): number {
  const c = text[i];
  if (c === '底' || c === '末' || c === '初') {
    const next = text[i + 1] ?? '';
    if (next !== '' && '步次级心衷期端梢尾'.includes(next)) return i;
    return i + 1;
  }
  return i;
}

/** After 月: 份, 底, 末, 初, 上旬, 中旬, 下旬. */
function partOfMonth(text: string, i: number): number {
  if (text[i] === '份') return i + 1;
  if (text.startsWith('上旬', i) || text.startsWith('中旬', i) || text.startsWith('下旬', i)) return i + 2;
  return partOfYear(text, i);
}
