/**
 * Dates and periods: 2024年, 2024年12月底, 2024-12-31, 1月11日, 每月20日, 28日, 2024年上半年, 第一季度,
 * 二季度, 前三季度, lists of days (4月18、19日), ranges of dates (4月18日至19日, 2024年1月1日-3月22日,
 * 2023年11月至2024年2月), ranges of years (2018—2020年度, 2024年至2025年, and 20192030年 whose dash was
 * lost) and periods in years or days (近三年, 3年内, 15日内). Dates are given in ISO 8601 (2024-12,
 * --01-11 without a year, ---20 a day of the month, 2021/2025 an interval).
 *
 * Decisions (where reports are ambiguous):
 * - A figure needs a numeral: 今年, 上半年 and “十四五” (a period's name) are not figures.
 * - N日 alone is a day of the month (于28日召开) unless a word makes it a length of time (15日内,
 *   连续7日, 90日).
 * - A run of eight digits before 年 is two years whose dash was lost (20192030年) when they read as
 *   one; any other run of five or more digits before 年 is no figure (never 20 million years).
 */
import type { Approximation, DatePart, FigureKind } from '../types';
import { digitValue, isChineseNumeralChar, parseChineseDigits, parseChineseNumeral, readArabic } from '../numerals';
import { DAO, DI, DU, DUN, ER, HAO, JI_SEASON, MAX_LISTED_NUMBERS, NIAN, QIAN_TOP, QI_START, RI, SAN, SHANG, SI, XIA, YI, YUAN, YUE, ZHI_TO, ZHOU, digitsStart, isDash, isHan, isLatin, isMinus, isNumeralChar, listAfterWord, listSeparatorAt, rangeSeparator } from './chars';
import { UNITS } from './data';
import { lunarAtChu } from './lunar';
import { Fields, approxAfter, dated, readSmall, type FigureScanner, type Num } from './scanner';
import { timeAfterDate, timeUntil } from './times';
import { WordsAt, WordsBefore, words } from './wordLists';

/** Characters that make a word with the 周 before them, which is then no week: 周年, 周岁, 周期, 周边… */
const WORDS_OF_ZHOU = '年岁期边围转全到密知刊';

/** Words after a range's separator that put its end in the next year: 10月至次年3月. */
const NEXT_YEAR = new WordsAt(words(['次年', '翌年', '来年', '第二年']));

/** Words before a number of years or days that make a period: 近三年, 过去5年. */
const PERIOD_BEFORE = new WordsBefore(words([...UNITS.periodBefore, ...UNITS.lengthBefore]));
/** Words after a number of years or days that make a period: 3年内, 5年来, 15日内. */
const PERIOD_AFTER = new WordsAt(words(UNITS.periodAfter));
/** Words before a number of days that make it a length of time, not a day of the month: 连续7日. */
const DURATION_BEFORE = new WordsBefore(words(['连续', '为期', '历时', '持续', '满', '共', '用时', '提前', '延长', '超过', '不超过']));

/** The most days in a list written as one figure (4月1、8、15、22日). */
const MAX_LISTED_DAYS = 12;

/** Dates written with separators: 2024-12-31, 2024/1/1, 2024.12.31. */
const ISO_DATE = /([12]\d{3})([-/.])(\d{1,2})\2(\d{1,2})(?![0-9]|[-/][0-9])/y;
/**
 * Two years and months with dots, joined by a dash, a tilde or 至 (1981.09--1986.07, 1986.07-2001.08): a career's line, or
 * the span of a phase (试水探索期(2014.8-2016.7): in a range the month may be written with one digit).
 */
const CAREER_RANGE = /([12]\d{3})\.(0?[1-9]|1[0-2])[ \u3000]*(?:-{1,2}|—{1,2}|－|~|～|至|到)[ \u3000]*([12]\d{3})\.(0?[1-9]|1[0-2])(?![0-9]|\.[0-9])/y;
/**
 * A year and its month in two digits (1998.05, 2026-03), as tables' columns of birth dates and plans write them; the
 * year from 1900 to 2099, as isYearAt's (2390.05, a table's 万人次, is no date).
 */
const YEAR_MONTH = /((?:19|20)\d{2})[-/.](0[1-9]|1[0-2])(?![0-9]|[-/.][0-9])/y;

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

/**
 * 105年6月30日, 113年12月31日: a date of Taiwan's calendar, whose years count from 1912 (民国纪年), written with
 * three digits; only with its month and day, where no length of time is written so.
 */
export function rocDate(s: FigureScanner, num: Num): number | undefined {
  const t = s.text;
  // (Three digits: 100 is 2011. Two-digit years are also the mainland's shorthand, 22年 for 2022.)
  if (!num.arabic || num.digits.length !== 3 || num.digits[0] === '0' || num.digits.includes('.') || t.charCodeAt(num.end) !== NIAN) return undefined;
  const m = readSmall(t, num.end + 1);
  if (!m || m.value < 1 || m.value > 12 || t.charCodeAt(m.end) !== YUE) return undefined;
  const d = readSmall(t, m.end + 1);
  if (!d || d.value < 1 || d.value > 31 || (t.charCodeAt(d.end) !== RI && t.charCodeAt(d.end) !== HAO)) return undefined;
  const year = num.value + 1911;
  return yearDate(s, num, year);
}

/**
 * 23年11月03日, 08年5月12日: a year in two digits, the mainland's shorthand (sites' date stamps, informal news),
 * only with its month and its day or a part of the month (23年12月底): alone, 23年 is as often a length of 23
 * years. 00 to 49 are this century's. Also a stamp written with dashes before its clock time (24-03-26 05:26:48).
 */
export function shortYearDate(s: FigureScanner, num: Num): number | undefined {
  const t = s.text;
  if (!num.arabic || num.digits.length !== 2 || isDigitBefore(t, num.start)) return undefined;
  if (t.charCodeAt(num.end) === 45 /* - */) return shortYearStamp(s, num);
  if (t.charCodeAt(num.end) !== NIAN) return undefined;
  // 06年全市…: a year of the 2000s written with its leading zero, as no count of years is.
  if (num.digits.charCodeAt(0) === 48 /* 0 */) return yearDate(s, num, 2000 + num.value);
  const m = readSmall(t, num.end + 1);
  if (!m || m.value < 1 || m.value > 12 || t.charCodeAt(m.end) !== YUE) return undefined;
  // Or with a part of the month (23年12月底, 24年3月上旬): no length of time is written so (3年6月 is a sentence's).
  if (partOfMonth(t, m.end + 1) === m.end + 1) {
    const d = readSmall(t, m.end + 1);
    if (!d || d.value < 1 || d.value > 31 || (t.charCodeAt(d.end) !== RI && t.charCodeAt(d.end) !== HAO)) return undefined;
  }
  return yearDate(s, num, num.value + (num.value < 50 ? 2000 : 1900));
}

/** 24-03-26 05:26:48: a site's stamp with a two-digit year, which only its clock time tells from a code. */
const SHORT_STAMP = /(\d{2})-(\d{2})-(\d{2})(?=[ \u3000]+\d{1,2}:\d{2})/y;

/** 09-15 10:29: a site's stamp with the month and day alone, which its clock time tells from a range. */
const MONTH_DAY_STAMP = /(\d{2})-(\d{2})(?=[ \u3000]+\d{1,2}:\d{2})/y;

function shortYearStamp(s: FigureScanner, num: Num): number | undefined {
  SHORT_STAMP.lastIndex = num.start;
  const m = SHORT_STAMP.exec(s.text);
  if (!m) return monthDayStamp(s, num);
  const yy = Number(m[1]);
  return emitNumericDate(s, num.start, num.start + 8, String(yy + (yy < 50 ? 2000 : 1900)), Number(m[2]), Number(m[3]));
}

/** A stamp of MONTH_DAY_STAMP at `num`: the day of no year written, with its time (--09-15T10:29). */
function monthDayStamp(s: FigureScanner, num: Num): number | undefined {
  // (Not the month and day of a longer date: com2010-11-12 09:33:01.)
  const before = s.text.charCodeAt(num.start - 1);
  if (before === 45 /* - */ || before === 47 /* / */ || before === 46 /* . */) return undefined;
  MONTH_DAY_STAMP.lastIndex = num.start;
  const m = MONTH_DAY_STAMP.exec(s.text);
  if (!m) return undefined;
  const mo = Number(m[1]);
  const d = Number(m[2]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const end = num.start + 5;
  const time = timeAfterDate(s.text, end);
  if (!time) return undefined;
  return s.emit(num.start, time.end, dated('date', null, '', `--${pad2(mo)}-${pad2(d)}${time.iso}`));
}

/** Whether a digit or a decimal point stands right before `i` (the number read is part of a longer one). */
function isDigitBefore(t: string, i: number): boolean {
  const c = t.charCodeAt(i - 1);
  return digitValue(c) >= 0 || c === 0x2e;
}

/**
 * Eras before 1949 that gazetteers and hospital histories count years in, with the year before their first:
 * 民国29年 is 1940, 光绪三十四年 1908, 嘉靖四十五年 1566 (the Ming and Qing reigns; 康德 is the puppet state's
 * era in the north-east).
 */
const ERAS: readonly [string, number][] = [
  ['民国', 1911], ['光绪', 1874], ['宣统', 1908], ['同治', 1861], ['咸丰', 1850], ['道光', 1820], ['嘉庆', 1795], ['乾隆', 1735],
  ['雍正', 1722], ['康熙', 1661], ['顺治', 1643], ['崇祯', 1627], ['天启', 1620], ['万历', 1572], ['隆庆', 1566], ['嘉靖', 1521],
  ['正德', 1505], ['弘治', 1487], ['成化', 1464], ['永乐', 1402], ['洪武', 1367], ['康德', 1933],
];

/** Last characters of the eras' names. */
const ERA_LASTS = new Set(ERAS.map(([name]) => name.charCodeAt(name.length - 1)));

/** 民国29年, 光绪三十四年五月: a year of an era, as the date of its Gregorian year (`num` is before 年). */
export function eraDate(s: FigureScanner, num: Num): number | undefined {
  const t = s.text;
  // (Most numbers before 年 are years: one look at the character before spares them the eras.)
  if (t.charCodeAt(num.end) !== NIAN || !ERA_LASTS.has(t.charCodeAt(num.start - 1)) || !Number.isInteger(num.value) || num.value < 1 || num.value > 110) return undefined;
  for (const [name, base] of ERAS) {
    // (The era's name is part of the date.)
    if (t.startsWith(name, num.start - name.length)) return yearDate(s, { ...num, start: num.start - name.length }, base + num.value) ?? num.end;
  }
  return undefined;
}

/** Words after a year written without 年 that make it a point in time (2022以来, 2019至今). */
const SINCE_AFTER = ['以来', '至今', '上半年', '下半年', '第一季度', '第二季度', '第三季度', '第四季度'];

/** 2022以来, 2019至今, 2022第三季度, 2021上半年: a year written without 年 before 以来, 至今 or a part of the year (a year of this era: 1949 on). */
export function yearSince(s: FigureScanner, num: Num, year: number): number | undefined {
  if (!num.arabic || year < 1949 || year > 2099 || !SINCE_AFTER.some((w) => s.text.startsWith(w, num.end))) return undefined;
  // 2021上半年: the half of the year is the figure's, as in 2021年上半年.
  const half = s.text.charCodeAt(num.end);
  if ((half === SHANG || half === XIA) && s.text.startsWith('半年', num.end + 1)) {
    if (s.excluded(num, num.start, num.end + 3)) return undefined;
    return s.emit(num.start, num.end + 3, dated('period', null, '', `${year}-${half === SHANG ? 'H1' : 'H2'}`));
  }
  if (s.excluded(num, num.start, num.end)) return undefined;
  return s.emit(num.start, num.end, dated('date', null, '', String(year)));
}

/** 2022、2023年度, 2021和2022年, 2016、2018和2019年: the years listed before one that carries 年 are years too. */
export function listedYear(s: FigureScanner, num: Num, year: number): number | undefined {
  const t = s.text;
  if (!num.arabic) return undefined;
  let k = num.end;
  let last = year;
  for (let items = 0; items < MAX_LISTED_NUMBERS; items++) {
    if (listSeparatorAt(t, k) === 0) return undefined;
    const next = readArabic(t, k + 1);
    if (!next || next.digits.length !== 4 || !(Number(next.digits) > last)) return undefined;
    if (t.charCodeAt(next.end) === NIAN) {
      if (s.excluded(num, num.start, num.end)) return undefined;
      return s.emit(num.start, num.end, dated('date', null, '', String(year)));
    }
    last = Number(next.digits);
    k = next.end;
  }
  return undefined;
}

/**
 * A month listed before others, the last of which carries 月 (今年1、2月份, 7、8和9月): a month too, as official
 * writing gives 月 once for the list. After a word only (at the start of a line, 1、 is an item's marker).
 */
export function listedMonth(s: FigureScanner, num: Num): number | undefined {
  const t = s.text;
  if (!num.arabic || !isMonth(num) || !listAfterWord(t, num.start) || listedAfterZero(t, num.start)) return undefined;
  let k = num.end;
  for (let items = 0; items < MAX_LISTED_NUMBERS; items++) {
    const sep = listSeparatorAt(t, k);
    if (sep === 0) return undefined;
    const next = readArabic(t, k + sep);
    if (next === undefined || next.digits.length > 2 || !(Number(next.digits) >= 1 && Number(next.digits) <= 12)) return undefined;
    if (t.charCodeAt(next.end) === YUE) {
      // (6、12月龄 are ages in months.)
      if (t.charCodeAt(next.end + 1) === 0x9f84 /* 龄 */) return undefined;
      return emitDate(s, num, { y: 0, m: num.value, d: 0, days: undefined }, num.end);
    }
    k = next.end;
  }
  return undefined;
}

/** 2024-12-31, 2024/1/1, 2024.12.31 at p. */
export function isoDate(s: FigureScanner, p: number): number | undefined {
  const sep = s.text.charCodeAt(p + 4);
  if (sep === 32) return yearSpaceMonthDay(s, p);
  if (sep !== 45 && sep !== 47 && sep !== 46) return undefined;
  const range = isoRange(s, p);
  if (range !== undefined) return range;
  ISO_DATE.lastIndex = p;
  const m = ISO_DATE.exec(s.text);
  if (!m) return yearMonth(s, p);
  return emitNumericDate(s, p, p + m[0].length, m[1], Number(m[3]), Number(m[4]));
}

/** 2025 10/09 16:31:14, 2023 10/12: a year, a blank, then the month and day of two digits each with a slash, as some sites stamp their posts (2023 1/2 may be a fraction). */
const YEAR_SPACE_MONTH_DAY = /([12]\d{3}) (\d{2})\/(\d{2})(?![0-9]|\/)/y;

/** A date written as YEAR_SPACE_MONTH_DAY at p, with a time after it; undefined if none. */
function yearSpaceMonthDay(s: FigureScanner, p: number): number | undefined {
  YEAR_SPACE_MONTH_DAY.lastIndex = p;
  const m = YEAR_SPACE_MONTH_DAY.exec(s.text);
  return m ? emitNumericDate(s, p, p + m[0].length, m[1], Number(m[2]), Number(m[3])) : undefined;
}

/**
 * Two dates written with separators and joined by a dash, a tilde or 至 (2025/11/20 -2025/11/30 18:00, 2025-11-20至2025-11-30),
 * as registration notices give their periods: one range, a time after its end kept.
 */
const ISO_RANGE = /([12]\d{3})([-/.])(\d{1,2})\2(\d{1,2})[ \u3000]*(?:-{1,2}|—{1,2}|－|~|～|至|到)[ \u3000]*([12]\d{3})([-/.])(\d{1,2})\6(\d{1,2})(?![0-9]|[-/][0-9])/y;

/** A range of two dates written with separators at p (ISO_RANGE), the second not before the first; undefined if none. */
function isoRange(s: FigureScanner, p: number): number | undefined {
  ISO_RANGE.lastIndex = p;
  const m = ISO_RANGE.exec(s.text);
  if (!m) return undefined;
  const [mo1, d1, mo2, d2] = [Number(m[3]), Number(m[4]), Number(m[7]), Number(m[8])];
  if (mo1 < 1 || mo1 > 12 || d1 < 1 || d1 > 31 || mo2 < 1 || mo2 > 12 || d2 < 1 || d2 > 31) return undefined;
  const first = `${m[1]}-${pad2(mo1)}-${pad2(d1)}`;
  const last = `${m[5]}-${pad2(mo2)}-${pad2(d2)}`;
  if (last < first) return undefined;
  const end = p + m[0].length;
  const time = timeAfterDate(s.text, end);
  return s.emit(p, time ? time.end : end, dated('range', null, '', `${first}/${last}${time ? time.iso : ''}`));
}

/** Emits the date year-mo-d written with digits from p to `end`, with a time written right after it; none for no month or day. */
function emitNumericDate(s: FigureScanner, p: number, end: number, year: string, mo: number, d: number): number | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const date = `${year}-${pad2(mo)}-${pad2(d)}`;
  const time = timeAfterDate(s.text, end);
  return s.emit(p, time ? time.end : end, dated('date', null, '', time ? date + time.iso : date));
}

/** 16.09.2021: a day, a month and a year of four digits, as pages abroad stamp them; nothing numeric after. */
const DAY_FIRST = /(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![0-9年]|\.[0-9])/y;

/** 16.09.2021, 18.03.2015 at p: a date written day first (only with a four-digit year: 1.2.3 is a section). */
export function dayFirstDate(s: FigureScanner, p: number): number | undefined {
  if (isDigitBefore(s.text, p)) return undefined;
  DAY_FIRST.lastIndex = p;
  const m = DAY_FIRST.exec(s.text);
  return m ? emitNumericDate(s, p, p + m[0].length, m[3], Number(m[2]), Number(m[1])) : undefined;
}

/**
 * First characters of what a personnel notice writes after a year and month (1979.08生, 1998.07参加工作,
 * 1990-03出生, 1992/05入党, 2019.01起, 2015.09至2019.07, 2018.12任): a date, though a Chinese character follows it.
 */
const CAREER_VERB_FIRSTS = new Set([...'生出参入毕起至到任止调退转'].map((c) => c.charCodeAt(0)));

/**
 * 1998.05, 2026-03 at p: a year and month, where nothing that makes it a decimal or a code follows (a
 * unit, a letter: 2023.05万元 is an amount).
 */
function yearMonth(s: FigureScanner, p: number): number | undefined {
  // 1981.09--1986.07  同济医科大学学习, 1986.07-2001.08武汉市第四医院: a line of a career, whatever follows its end.
  CAREER_RANGE.lastIndex = p;
  const r = CAREER_RANGE.exec(s.text);
  if (r) {
    const [first, last] = [`${r[1]}-${pad2(Number(r[2]))}`, `${r[3]}-${pad2(Number(r[4]))}`];
    if (last > first && !isLatin(s.text.charCodeAt(p + r[0].length))) return s.emit(p, p + r[0].length, dated('range', null, '', `${first}/${last}`));
  }
  YEAR_MONTH.lastIndex = p;
  const m = YEAR_MONTH.exec(s.text);
  if (!m) return undefined;
  const end = p + m[0].length;
  const after = s.text.charCodeAt(end);
  if ((isHan(after) && !CAREER_VERB_FIRSTS.has(after)) || isLatin(after) || after === 37 || after === 0x2030) return undefined;
  // 2015.09至2019.07, 2015.09—2019.07: one range of months (a line of a career).
  const sep = after === ZHI_TO || after === DAO || after === 0x2014 /* — */ || after === 0xff5e /* ～ */ || after === 0x7e /* ~ */ ? 1 : 0;
  if (sep) {
    YEAR_MONTH.lastIndex = end + sep;
    const m2 = YEAR_MONTH.exec(s.text);
    if (m2 && `${m2[1]}-${m2[2]}` > `${m[1]}-${m[2]}` && !isLatin(s.text.charCodeAt(end + sep + m2[0].length))) {
      return s.emit(p, end + sep + m2[0].length, dated('range', null, '', `${m[1]}-${m[2]}/${m2[1]}-${m2[2]}`));
    }
  }
  return s.emit(p, end, dated('date', null, '', `${m[1]}-${m[2]}`));
}

/** 2018—2020年度, 2024-2030, 2024年至2025年: a range of years from year y1 (`num`). */
export function yearRange(s: FigureScanner, num: Num, y1: number): number | undefined {
  const t = s.text;
  let i = num.end;
  if (t.charCodeAt(i) === NIAN) i++;
  const sep = rangeSeparator(t, i);
  if (!sep) return undefined;
  const j = i + sep;
  if (digitValue(t.charCodeAt(j)) < 0) return chineseYearEnd(s, num, y1, i, j);
  const a = readArabic(t, j)!;
  // (1928-2017.9): a life's years, the last with its month after a dot, as biographies give them.
  const dotted = YEAR_DOT_MONTH.exec(a.digits);
  if (dotted && t.charCodeAt(i - 1) !== NIAN) return yearToMonth(s, num, y1, Number(dotted[1]), Number(dotted[2]), a.end);
  if (a.digits.length !== 4 || a.digits.includes('.')) return undefined;
  const y2 = Number(a.digits);
  if (y2 <= y1 || y2 > 2999) return undefined;
  // 1133-1138, 1006-1533, 2698-2705: a journal's pages or an article's number; years written bare are of the last two
  // centuries, or of this one.
  if ((y1 < MIN_BARE_YEAR || y2 > MAX_BARE_YEAR) && t.charCodeAt(num.end) !== NIAN && t.charCodeAt(a.end) !== NIAN) return undefined;
  let end = a.end;
  let month = 0;
  if (t.charCodeAt(end) === NIAN) {
    end++;
    // (2009年-2012年版, 2019—2020年版: the years of an edition's label, as 2017年版 is, no range.)
    if (t.charCodeAt(end) === 0x7248 /* 版 */) return end + 1;
    if (t.charCodeAt(end) === DU) end++;
    else {
      // 2021年至2022年9月: the range ends at a month of its last year (an audit's period).
      const m = readSmall(t, end);
      // (Not 2021-2023年5月至10月: the months of each of those years.)
      if (m && Number.isInteger(m.value) && m.value >= 1 && m.value <= 12 && t.charCodeAt(m.end) === YUE && t.charCodeAt(m.end + 1) !== 0x4efd /* 份 */ && digitValue(t.charCodeAt(m.end + 1)) < 0 && !rangeSeparator(t, partOfMonth(t, m.end + 1))) {
        month = m.value;
        end = partOfMonth(t, m.end + 1);
      }
    }
  } else if (t.startsWith('学年', end)) {
    // 2011-2012学年: a school year.
    end += 2;
  } else if (t.startsWith('周期', end)) {
    // 2018-2020周期: the years of a cycle of assessments (of hygienic cities), no weeks.
  } else if (t.charCodeAt(i - 1) === NIAN || isHan(t.charCodeAt(end)) || digitValue(t.charCodeAt(end)) >= 0 || isLatin(t.charCodeAt(end)) || t.charCodeAt(end) === 37) {
    // 2024年-2030 (second year without 年), 2018-2020号, 1500-2000ml: not a range of years.
    return undefined;
  }
  // FZ00128-1100-2018-00083: parts of an index number between dashes, no years.
  if ((isMinus(t.charCodeAt(num.start - 1)) && (isLatin(t.charCodeAt(num.start - 2)) || digitValue(t.charCodeAt(num.start - 2)) >= 0)) || (isMinus(t.charCodeAt(end)) && digitValue(t.charCodeAt(end + 1)) >= 0)) return num.end;
  if (s.excluded(num, num.start, end)) return undefined;
  if (month) return s.emit(num.start, end, dated('range', null, '', `${y1}/${y2}-${pad2(month)}`));
  const fields = dated('range', y1, '年', `${y1}/${y2}`);
  fields.valueHigh = y2;
  return s.emit(num.start, end, fields);
}

/** 二〇二〇年到二〇三五年: a range whose last year is written in Chinese digits with its 年 (`i` after the first year's 年, `j` the last's first digit). */
function chineseYearEnd(s: FigureScanner, num: Num, y1: number, i: number, j: number): number | undefined {
  const t = s.text;
  if (t.charCodeAt(i - 1) !== NIAN || t.charCodeAt(j + 4) !== NIAN) return undefined;
  const y2 = parseChineseDigits(t, j, j + 4);
  if (!(y2 > y1 && y2 <= 2999) || s.excluded(num, num.start, j + 5)) return undefined;
  const fields = dated('range', y1, '年', `${y1}/${y2}`);
  fields.valueHigh = y2;
  return s.emit(num.start, j + 5, fields);
}

/** The earliest year a range of years written without 年 starts in (1898-1975 is a life; 1133-1138 are pages). */
const MIN_BARE_YEAR = 1800;
/** The latest year such a range ends in (2021-2035 is a plan's; 2698-2705 are pages). */
const MAX_BARE_YEAR = 2100;

/** A year and its month after a dot, as readArabic reads them (2017.9, 2017.09). */
const YEAR_DOT_MONTH = /^([12]\d{3})\.(\d{1,2})$/;

/** The range from year y1 to month `mo` of year y2, ending at `end` ((1928-2017.9)); undefined when it is none. */
function yearToMonth(s: FigureScanner, num: Num, y1: number, y2: number, mo: number, end: number): number | undefined {
  const t = s.text;
  if (mo < 1 || mo > 12 || y2 <= y1) return undefined;
  // (1928-2017.9万元, 2010-2017.95: amounts, no dates.)
  const after = t.charCodeAt(end);
  if (isHan(after) || isLatin(after) || after === 37 || digitValue(after) >= 0) return undefined;
  if (s.excluded(num, num.start, end)) return undefined;
  return s.emit(num.start, end, dated('range', null, '', `${y1}/${y2}-${pad2(mo)}`));
}

/** How far after a year a decree's 令第 is looked for (2000年国家计委令第3号). */
const DECREE_REACH = 12;

/** Whether an issuer's name and 令第 + a number + 号 follow at i, after a year's 年 (2000年国家计委令第3号). */
function decreeAfterYear(t: string, i: number): boolean {
  for (let k = i; k < i + DECREE_REACH && isHan(t.charCodeAt(k)); k++) {
    if (t.charCodeAt(k) === 0x4ee4 /* 令 */ && t.charCodeAt(k + 1) === DI) return numberedInYear(t, k + 2);
  }
  return false;
}

/** Whether a number and 号 follow at i, after 年第 (公告（2020年第1号）). */
function numberedInYear(t: string, i: number): boolean {
  let k = i;
  while (k < t.length && k - i < 4 && digitValue(t.charCodeAt(k)) >= 0) k++;
  return k > i && t.charCodeAt(k) === HAO;
}

/** Games and expos named with their year (北京2022年冬奥会, 2010年世博会): the year is part of the name. */
const GAMES_AFTER_YEAR = /^(?:冬奥会|奥运会|冬残奥会|残奥会|亚运会|亚残运会|世博会|全运会|大运会|进博会)/;

/**
 * 2024年, 2024年度, 2024年12月底, 2024年1月1日, 2024年上半年, 2024年第一季度, 2024年第48周, 二〇二四年, 2024年1-6月, and
 * ranges from them.
 */
export function yearDate(s: FigureScanner, num: Num, year: number): number | undefined {
  const t = s.text;
  let i = num.end;
  if (t.charCodeAt(i) !== NIAN) return undefined;
  i++;
  // 2017年版: an edition's label (a standard's, a guide's), no date.
  if (t.charCodeAt(i) === 0x7248 /* 版 */) return i + 1;
  // (2020年第1号), (2008年10号): the number of an announcement in its year, no date.
  if (t.charCodeAt(i) === DI ? numberedInYear(t, i + 1) : numberedInYear(t, i)) return i + 1;
  // (2000年国家计委令第3号): a decree's number, its issuer between the year and 令第, no date.
  if (decreeAfterYear(t, i)) return i;
  // 北京2022年冬奥会, 2010年世博会: the year is part of the games' or the expo's name.
  if (GAMES_AFTER_YEAR.test(t.slice(i, i + 4))) return i;
  let date = String(year);
  let kind: FigureKind = 'date';
  const c = t.charCodeAt(i);
  const quarter = quarterAt(t, i);
  const weeks = c === DI ? weeksAt(t, i) : undefined;
  // 上半年, 下半年, also after 年度 (2013年度上半年).
  const du = c === DU ? 1 : 0;
  const half = t.charCodeAt(i + du);
  const season = SEASONS.indexOf(t[i + du]);
  if ((half === SHANG || half === XIA) && t.startsWith('半年', i + du + 1)) {
    date += half === SHANG ? '-H1' : '-H2';
    kind = 'period';
    i += du + 3;
  } else if (season >= 0 && t.charCodeAt(i + du + 1) === JI_SEASON) {
    // 2024年秋季, 2021年春季学期: a season of the year, as ISO 8601-2 numbers them (21 spring … 24 winter).
    date += `-${21 + season}`;
    kind = 'period';
    i += du + 2;
  } else if (du) {
    i++;
  } else if (quarter) {
    date += quarter.first === quarter.n ? `-Q${quarter.n}` : `-Q${quarter.first}/${year}-Q${quarter.n}`;
    kind = 'period';
    i = quarter.end;
  } else if (weeks) {
    // 2024年第48周, 2024年第1-4周: the weeks of a surveillance report, in ISO week notation.
    date += `-W${pad2(weeks.first)}` + (weeks.last === weeks.first ? '' : `/${year}-W${pad2(weeks.last)}`);
    kind = weeks.last === weeks.first ? 'period' : 'range';
    i = weeks.end;
  } else if (c === YUAN && t.charCodeAt(i + 1) === YUE) {
    // 2023年元月10日, 2024年元月: 元月 is January.
    const rest = afterMonth(t, i + 2);
    return emitDate(s, num, { y: year, m: 1, d: rest.day, days: rest.days }, rest.end);
  } else {
    const month = readSmall(t, i);
    if (month && month.value >= 1 && month.value <= 12) {
      if (t.charCodeAt(month.end) === YUE) {
        const rest = afterMonth(t, month.end + 1);
        return emitDate(s, num, { y: year, m: month.value, d: rest.day, days: rest.days }, rest.end);
      }
      const r = monthRange(s, num, year, month.value, month.end);
      if (r !== undefined) return r;
    }
    i = partOfYear(t, i);
  }
  if (s.excluded(num, num.start, i)) return num.end;
  return s.emit(num.start, i, dated(kind, null, '', date));
}

/** The seasons in ISO 8601-2's order (21 spring, 22 summer, 23 autumn, 24 winter), each before 季. */
const SEASONS = '春夏秋冬';

/** 2018修订, 2009修正 (a year written without 年 before a word of revision). */
export function revisionYear(s: FigureScanner, num: Num, year: number): number | undefined {
  const t = s.text;
  if (!num.arabic || !(t.startsWith('修订', num.end) || t.startsWith('修正', num.end))) return undefined;
  return s.emit(num.start, num.end, dated('date', null, '', String(year)));
}

/** The longest century written with a numeral before a decade (20世纪|80年代, 二十一世纪|20年代), in characters. */
const MAX_CENTURY = 5;

/**
 * The century written with its numeral that ends right before `p` (20世纪, 二十世纪, 21世纪, 19世纪): its start and the
 * first year of its hundred (20世纪 → 1900, as its decades are counted); or undefined.
 */
function centuryBefore(t: string, p: number): { start: number; base: number } | undefined {
  if (!t.startsWith('世纪', p - 2)) return undefined;
  let start = p - 2;
  while (start > 0 && p - 2 - start < MAX_CENTURY - 2 && isNumeralChar(t.charCodeAt(start - 1))) start--;
  if (start === p - 2) return undefined;
  const digits = digitValue(t.charCodeAt(start)) >= 0;
  const n = digits ? Number(t.slice(start, p - 2)) : parseChineseNumeral(t, start, p - 2);
  if (!Number.isInteger(n) || n < 1 || n > 30) return undefined;
  return { start, base: (n - 1) * 100 };
}

/**
 * The century of decades written with two digits (or two Chinese numerals) at `num`: the hundred a century written
 * with its numeral before them names (20世纪, 二十一世纪), which is then part of the figure and where it starts; else
 * 2000 after 本世纪, and 1900 (上世纪, or none written).
 */
function decadesCentury(s: FigureScanner, num: Num): { century: number; start: number } {
  const numbered = centuryBefore(s.text, num.start);
  const century = numbered ? numbered.base : s.text.startsWith('本世纪', num.start - 3) ? 2000 : 1900;
  return { century, start: numbered && numbered.start >= s.floor ? numbered.start : num.start };
}

/**
 * 50年代, 上世纪80年代, 20世纪80年代, 本世纪20年代, 1980年代 (`num` is two or four digits before 年代): a decade, as the
 * period of its years (1950/1959); of the 1900s unless 本世纪 or a century (21世纪, 19世纪) or four digits say
 * otherwise. A century written with its numeral is part of the figure.
 */
export function decade(s: FigureScanner, num: Num): number | undefined {
  const t = s.text;
  const v = num.value;
  // (九十年代, 八十年代末: the decade in Chinese numerals, two characters.)
  const written = num.arabic ? num.digits.length === 2 || num.digits.length === 4 : num.end - num.start === 2 && v >= 20 && v <= 90;
  if (!written || v % 10 !== 0 || !t.startsWith('年代', num.end)) return undefined;
  // 1980年代: the decade written with its century.
  const { century, start } = num.arabic && num.digits.length === 4 ? { century: 0, start: num.start } : decadesCentury(s, num);
  // 1980年代初, 90年代末: a part of it keeps the decade's span.
  const end = '初中末'.includes(t[num.end + 2] ?? '。') && num.end + 2 < t.length ? num.end + 3 : num.end + 2;
  if (s.excluded(num, start, end)) return num.end;
  return s.emit(start, end, dated('period', null, '', `${century + v}/${century + v + 9}`));
}

/**
 * 50-60年代, 50至70年代, 五六十年代, 五、六十年代 (`num` is the first decade's number): two decades written as one, the
 * period from the first's first year to the second's last (1950/1969), of the 1900s unless a century says otherwise;
 * undefined if the text holds no such pair. (Read as a range of years, 50-60年 lost its 代; read one by one, 五六十年代
 * was the sixties alone.)
 */
export function decadeRange(s: FigureScanner, num: Num): number | undefined {
  const t = s.text;
  let first: number;
  let last: number;
  let end: number;
  if (num.arabic) {
    if (num.digits.length !== 2 || num.value % 10 !== 0) return undefined;
    const sep = rangeSeparator(t, num.end);
    const k = num.end + sep;
    if (sep === 0 || digitValue(t.charCodeAt(k)) < 0 || digitValue(t.charCodeAt(k + 1)) < 0 || digitValue(t.charCodeAt(k + 2)) >= 0) return undefined;
    first = num.value;
    last = Number(t.slice(k, k + 2));
    end = k + 2;
  } else {
    // 五六十年代 (one numeral run), 五、六十年代 (the first numeral alone before 、).
    const k = num.end - num.start === 3 ? num.start + 1 : num.end - num.start === 1 && t.charCodeAt(num.end) === DUN ? num.end + 1 : -1;
    if (k < 0 || t.charCodeAt(k + 1) !== 0x5341 /* 十 */) return undefined;
    first = parseChineseDigits(t, num.start, num.start + 1) * 10;
    last = parseChineseDigits(t, k, k + 1) * 10;
    end = k + 2;
  }
  if (!(first >= 10 && last > first && last <= 90 && last % 10 === 0) || !t.startsWith('年代', end)) return undefined;
  const { century, start } = decadesCentury(s, num);
  if (s.excluded(num, start, end + 2)) return num.end;
  return s.emit(start, end + 2, dated('period', null, '', `${century + first}/${century + last + 9}`));
}

/** Parts of a century after 世纪 (21世纪初, 20世纪中叶, 20世纪末), longest first. */
const CENTURY_PARTS: readonly [string, DatePart][] = [
  ['初期', 'start'],
  ['初', 'start'],
  ['中叶', 'middle'],
  ['中期', 'middle'],
  ['末期', 'end'],
  ['末', 'end'],
];

/**
 * 21世纪, 二十一世纪, 20世纪末 (`num` is before 世纪): a century, as the period of its years (2001/2100), with its part;
 * undefined when a decade follows (20世纪80年代: read with the decade) or the number is no century.
 */
export function century(s: FigureScanner, num: Num): number | undefined {
  const t = s.text;
  const v = num.value;
  if (!t.startsWith('世纪', num.end) || !Number.isInteger(v) || v < 1 || v > 30 || (num.arabic && num.digits.length > 2)) return undefined;
  let end = num.end + 2;
  // (A decade after it is read with the decade, and takes the century in.)
  const next = t.charCodeAt(end);
  if (digitValue(next) >= 0 || isNumeralChar(next)) return undefined;
  const part = CENTURY_PARTS.find(([w]) => t.startsWith(w, end));
  if (s.excluded(num, num.start, end + (part ? part[0].length : 0))) return num.end;
  const fields = dated('period', null, '', `${(v - 1) * 100 + 1}/${v * 100}`);
  if (part) {
    end += part[0].length;
    fields.datePart = part[1];
  }
  return s.emit(num.start, end, fields);
}

/** 20192030年: two years whose dash was lost, or no figure at all (`num` comes before 年). */
export function digitRunYears(s: FigureScanner, num: Num): number | undefined {
  const d = num.digits;
  if (d.length < 5 || d.includes('.')) return undefined;
  if (d.length !== 8) return num.end;
  const y1 = Number(d.slice(0, 4));
  const y2 = Number(d.slice(4));
  if (y1 < 1900 || y2 > 2100 || y2 <= y1) return num.end;
  let end = num.end + 1;
  if (s.text.charCodeAt(end) === DU) end++;
  const fields = dated('range', y1, '年', `${y1}/${y2}`);
  fields.valueHigh = y2;
  return s.emit(num.start, end, fields);
}

/**
 * 2018821日, 2025324日: a date whose 年 and 月 a site lost (`num` is the digit run before 日). The date when
 * the month and the day can be told apart (2018821日 is 2018-08-21; 2023121日 may be 1-21 or 12-1, and is
 * none); never so many days.
 */
export function digitRunDate(s: FigureScanner, num: Num): number | undefined {
  const d = num.digits;
  if (d.length < 6 || d.length > 8 || d.includes('.') || !(d.startsWith('19') || d.startsWith('20'))) return undefined;
  const rest = d.slice(4);
  let m: number;
  let day: number;
  if (rest.length === 2) {
    m = Number(rest[0]);
    day = Number(rest[1]);
  } else if (rest.length === 4) {
    m = Number(rest.slice(0, 2));
    day = Number(rest.slice(2));
  } else {
    // Three digits: M DD, unless MM D reads as well (121: 1-21 or 12-1).
    const twoDigitMonth = Number(rest.slice(0, 2));
    if (rest[0] === '0' || (twoDigitMonth >= 10 && twoDigitMonth <= 12 && rest[2] !== '0')) return num.end;
    m = Number(rest[0]);
    day = Number(rest.slice(1));
  }
  if (m < 1 || m > 12 || day < 1 || day > 31) return num.end;
  if (s.excluded(num, num.start, num.end + 1)) return num.end;
  return s.emit(num.start, num.end + 1, dated('date', null, '', `${d.slice(0, 4)}-${pad2(m)}-${pad2(day)}`));
}

/** 1月, 1月11日, 12月底, 4月18、19日 (without a year), and ranges from them. */
export function month(s: FigureScanner, num: Num): number {
  // 1.1月3日，召开…, 20.2月13日: at a line's start, an item's number glued to the month its text opens with.
  const item = itemsMonth(s.text, num);
  if (item) return month(s, item);
  // 20173月, 202310月: a year whose 年 a site lost, run into its month.
  const run = num.arabic && (num.digits.length === 5 || num.digits.length === 6) && /^(?:19|20)\d+$/.test(num.digits) ? Number(num.digits.slice(4)) : 0;
  if (run >= 1 && run <= 12) {
    const rest = afterMonth(s.text, num.end + 1);
    return emitDate(s, num, { y: Number(num.digits.slice(0, 4)), m: run, d: rest.day, days: rest.days }, rest.end);
  }
  if (!isMonth(num) || (!num.arabic && !chineseMonth(s.text, num)) || (num.arabic && listedAfterZero(s.text, num.start))) return num.end;
  // 九月初九, 十月初一: a day of the lunar calendar (初 and a numeral), which no ISO date names (lunar.ts).
  if (!num.arabic && s.text.charCodeAt(num.end + 1) === 0x521d /* 初 */ && isChineseNumeralChar(s.text.charCodeAt(num.end + 2))) {
    const lunar = lunarAtChu(s, num.end + 1);
    return lunar >= 0 ? lunar : num.end + 3;
  }
  const rest = afterMonth(s.text, num.end + 1);
  // 前7月, 今年前三月: the months of the year up to the seventh, as 前三季度 its quarters (not 目前, 提前).
  if (rest.day === 0 && s.text.charCodeAt(num.start - 1) === QIAN_TOP && !NOT_TOP_MONTHS.includes(s.text[num.start - 2]) && num.start - 1 >= s.floor) {
    if (s.excluded(num, num.start - 1, num.end + 1)) return num.end + 1;
    const fields = new Fields('period', num.value, '月');
    fields.approx = 'at-most';
    return s.emit(num.start - 1, num.end + 1, fields);
  }
  return emitDate(s, num, { y: 0, m: num.value, d: rest.day, days: rest.days }, rest.end);
}

/** Characters before 前 that make a word of it (目前, 提前, 之前, 此前, 以前, 当前, 空前), so 前N月 there is no period. */
const NOT_TOP_MONTHS = '目提之此以当空';

/** The month after an item's number at a line's start (1.1月 → 1月), read as a number of its own; undefined if none. */
function itemsMonth(t: string, num: Num): Num | undefined {
  const dot = num.digits.indexOf('.');
  if (!num.arabic || dot < 1 || dot > 2 || num.digits.length - dot - 1 > 2) return undefined;
  let k = num.start;
  while (k > 0 && (t.charCodeAt(k - 1) === 0x20 || t.charCodeAt(k - 1) === 0x3000 || t.charCodeAt(k - 1) === 0x09)) k--;
  if (k > 0 && t.charCodeAt(k - 1) !== 0x0a && t.charCodeAt(k - 1) !== 0x0d) return undefined;
  const digits = num.digits.slice(dot + 1);
  const item: Num = { start: num.end - digits.length, end: num.end, arabic: true, digits, value: Number(digits) };
  return isMonth(item) ? item : undefined;
}

/**
 * Whether the number at `start` ends a list that opens with 0 (接种0、1、6月): months of a child's age on a
 * vaccination schedule, which no calendar has.
 */
function listedAfterZero(t: string, start: number): boolean {
  let k = start;
  for (let items = 0; items < MAX_LISTED_NUMBERS && listSeparatorAt(t, k - 1) === 1; items++) {
    let d = k - 1;
    while (d > 0 && k - 1 - d < 2 && digitValue(t.charCodeAt(d - 1)) >= 0) d--;
    if (d === k - 1) return false;
    if (d === k - 2 && t.charCodeAt(d) === 0x30 /* 0 */) return true;
    k = d;
  }
  return false;
}

/** Characters of a month's name in Chinese numerals (四月, 十二月), which 两 and 零 are not. */
const MONTH_NAME = /^[一二三四五六七八九十]{1,3}$/;

/**
 * Whether a Chinese numeral before 月 names a month (每年四月, 三月份) rather than counting months (一月内,
 * 三月余), making an idiom (十月怀胎) or a frequency (一月一小结).
 */
function chineseMonth(t: string, num: Num): boolean {
  if (!MONTH_NAME.test(t.slice(num.start, num.end))) return false;
  const next = t[num.end + 1] ?? '';
  // 一月一小结, 一月一次: once a month (as 一周一调度, 一季一通报), no January; 一月一日 is one.
  if (next === '一' && num.end - num.start === 1 && t[num.start] === '一' && !'日号'.includes(t[num.end + 2] ?? '') && !isChineseNumeralChar(t.charCodeAt(num.end + 2))) return false;
  return next === '' || !'内余多来怀报'.includes(next);
}

/** 每月20日: a day of the month. */
export function day(s: FigureScanner, num: Num): number | undefined {
  const t = s.text;
  const d = num.value;
  if (!Number.isInteger(d) || d < 1 || d > 31 || num.digits.length > 2) return undefined;
  const c = t.charCodeAt(num.end);
  if (c !== RI && c !== HAO) return undefined;
  // 元月3日: 元月 is January (not after a number: 500元|月).
  const first = num.start - 2;
  if (t.charCodeAt(first) === YUAN && !isNumeralChar(t.charCodeAt(first - 1)) && digitValue(t.charCodeAt(first - 1)) < 0 && first >= s.floor) {
    return emitDate(s, { ...num, start: first }, { y: 0, m: 1, d, days: undefined }, num.end + 1);
  }
  return emitDate(s, num, { y: 0, m: 0, d, days: undefined }, num.end + 1);
}

/** N日 without a month (`num` comes before 日): a day of the month (于28日), or a length of time (15日内, 连续7日, 90日). */
export function dayOfMonth(s: FigureScanner, num: Num): number | undefined {
  const t = s.text;
  const end = num.end + 1;
  const period = yearsPeriod(s, num, num.start, end, undefined, '日');
  if (period !== undefined) return period;
  const suffix = approxAfter(t, end);
  const d = num.value;
  // 于522日上午9时, 108日(星期四): a month and its day whose 月 a site lost, before what only follows a date.
  if ((num.digits.length === 3 || num.digits.length === 4) && !suffix && DATE_AFTER_DAY.test(t.slice(end, end + 4)) && !DURATION_BEFORE.match(t, num.start) && !s.qualifierBefore(num.start)) {
    const md = lostMonthDay(num.digits);
    if (md === undefined) return num.end;
    return emitDate(s, num, { y: 0, m: md[0], d: md[1], days: undefined }, end);
  }
  if (suffix || DURATION_BEFORE.match(t, num.start) || s.qualifierBefore(num.start) || !Number.isInteger(d) || d < 1 || d > 31 || num.digits.length > 2) {
    const fields = new Fields('quantity', d, '日');
    const pre = s.prefix(num);
    const approx = suffix?.approx ?? pre.approx;
    if (approx) fields.approx = approx;
    return s.emit(pre.start, suffix ? end + suffix.length : end, fields);
  }
  // 21-22日有降雪: a range of days whose first 日 is left out, and the month too.
  const first = dayBeforeRange(t, num.start, d);
  if (first !== undefined) {
    const d1 = Number(t.slice(first.start, first.end));
    const fields = dated('range', d1, '日', `---${pad2(d1)}/---${pad2(d)}`);
    fields.valueHigh = d;
    return s.emit(first.start, end, fields);
  }
  return emitDate(s, num, { y: 0, m: 0, d, days: undefined, ...monthBefore(s, num.start) }, end);
}

/**
 * The first day of a range of days written without its 日 (21-22日), read back from the second day at `at`: one or two
 * digits before a separator, after no digit, month, dot, slash, colon or sign; undefined when none.
 */
function dayBeforeRange(t: string, at: number, d: number): { start: number; end: number } | undefined {
  const sep = at - 1;
  const c = t.charCodeAt(sep);
  if (!(isDash(c) || c === ZHI_TO || c === DAO)) return undefined;
  const k = digitsStart(t, sep, 2);
  if (k === sep) return undefined;
  const before = t.charCodeAt(k - 1);
  if (digitValue(before) >= 0 || before === YUE || before === 0x2e || before === 0x2f || before === 0x3a || isMinus(before) || isLatin(before)) return undefined;
  const d1 = Number(t.slice(k, sep));
  return d1 >= 1 && d1 < d ? { start: k, end: sep } : undefined;
}

/** What follows a day and never a number of days: its weekday, a part of the day, a range to another day (…日(星期四), …日上午, …日至27日). */
const DATE_AFTER_DAY = /^(?:[（(](?:星期|周)|上午|下午|中午|晚上|凌晨|早上|全天|至[0-9])/;

/**
 * The month and day of three or four digits whose 月 was lost between them (522 → 5-22, 1125 → 11-25, 108 → 10-8: a
 * day is not written 08); undefined when they read two ways (119: 1-19 or 11-9) or none.
 */
function lostMonthDay(digits: string): [number, number] | undefined {
  if (digits.includes('.')) return undefined;
  const ways: [number, number][] = [];
  for (const cut of digits.length === 3 ? [1, 2] : [2]) {
    const m = Number(digits.slice(0, cut));
    const d = Number(digits.slice(cut));
    if (digits[cut] === '0' && digits.length - cut === 2) continue;
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) ways.push([m, d]);
  }
  return ways.length === 1 ? ways[0] : undefined;
}

/** Words of the day a news story says its day after, in brackets (今(9)日, 昨(30)日). */
const NEWS_DAYS = '今昨前明';

/**
 * 今(9)日, 昨(30)日 (`num` is the day in the brackets): the day of a news story, as wire copy writes it; undefined
 * when the text is no such thing.
 */
export function bracketedNewsDay(s: FigureScanner, num: Num): number | undefined {
  const t = s.text;
  const open = t.charCodeAt(num.start - 1);
  const close = t.charCodeAt(num.end);
  if ((open !== 0x28 && open !== 0xff08) || (close !== 0x29 && close !== 0xff09) || t.charCodeAt(num.end + 1) !== RI) return undefined;
  if (!NEWS_DAYS.includes(t[num.start - 2]) || !num.arabic || !Number.isInteger(num.value) || num.value < 1 || num.value > 31) return undefined;
  const start = num.start - 2;
  if (start < s.floor || s.excluded(num, start, num.end + 2)) return num.end;
  return s.emit(start, num.end + 2, dated('date', null, '', iso({ y: 0, m: 0, d: num.value, days: undefined })));
}

/** A date's year and month at its start (2024-09-04, --09-04). */
const ISO_YEAR_MONTH = /^(?:(\d{4})-|--)(\d{2})/;

/**
 * The year and month of the date figure listed right before `p` (9月4日|和|5日, 4日及5日: the second day is of the same
 * month), or none.
 */
function monthBefore(s: FigureScanner, p: number): { y: number; m: number } | undefined {
  const last = s.listedBefore(p);
  if (last === undefined || last.figureKind !== 'date' || last.date === undefined) return undefined;
  const m = ISO_YEAR_MONTH.exec(last.date);
  return m ? { y: m[1] ? Number(m[1]) : 0, m: Number(m[2]) } : undefined;
}

// ------------------------------------------------------------------ ranges and lists of dates

/** A date as written: year, month and day, 0 where absent; `days` for a list (4月18、19日). */
interface Ymd {
  y: number;
  m: number;
  d: number;
  days: number[] | undefined;
}

/** The ISO 8601 form of a date without the parts it lacks: 2024-04-18, 2024-04, --04-18, --04, ---18. */
function iso(p: Ymd): string {
  if (p.y) return String(p.y) + (p.m ? '-' + pad2(p.m) + (p.d ? '-' + pad2(p.d) : '') : '');
  if (p.m) return '--' + pad2(p.m) + (p.d ? '-' + pad2(p.d) : '');
  return '---' + pad2(p.d);
}

/**
 * Emits the date `first` that `num` starts and that ends at `end`, or the range of dates it starts
 * (4月18日至19日, 2024年1月1日-3月22日, 2023年11月至2024年2月).
 */
function emitDate(s: FigureScanner, num: Num, first: Ymd, end: number): number {
  // A day may have its hour (1月1日0时至12月31日24时): the range goes on after it.
  const time = first.d && !first.days ? timeAfterDate(s.text, end) : undefined;
  const range = first.days ? undefined : dateRangeAfter(s.text, first, time ? time.end : end);
  const until = range && range.date.d ? timeAfterDate(s.text, range.end) : undefined;
  // 2015年4月25日上午9:00至11:00: a range of times within the day.
  const hours = time && !range ? timeUntil(s.text, time.end, time.minutes, time.pm, time.dayPart) : undefined;
  if (hours) {
    if (s.excluded(num, num.start, hours.end)) return num.end;
    return s.emit(num.start, hours.end, dated('range', null, '', `${iso(first)}${time!.iso}/${iso(first)}${hours.iso}`));
  }
  const stop = until ? until.end : range ? range.end : time ? time.end : end;
  if (s.excluded(num, num.start, stop)) return num.end;
  if (!range) {
    const fields = dated('date', null, '', time ? iso(first) + time.iso : iso(first));
    if (first.days) fields.dates = first.days.map((d) => iso({ ...first, d, days: undefined }));
    return s.emit(num.start, stop, fields);
  }
  const second = range.date;
  const date = `${iso(first)}${time?.iso ?? ''}/${iso(second)}${until?.iso ?? ''}`;
  let fields: Fields;
  if (range.nextYear) {
    fields = dated('range', null, '', date);
  } else if (first.d && first.m === second.m && first.y === second.y) {
    fields = dated('range', first.d, '日', date);
    fields.valueHigh = second.d;
  } else if (!first.d && first.y === second.y) {
    fields = dated('range', first.m, '月', date);
    fields.valueHigh = second.m;
  } else {
    fields = dated('range', null, '', date);
  }
  return s.emit(num.start, stop, fields);
}

/**
 * The second date of a range after `first` (which ends at i): as precise as the first (a day after a
 * day, a month after a month), later than it, with the year and month it leaves out taken from it; or, after
 * 次年 or 翌年, in the next year (`nextYear`).
 */
function dateRangeAfter(t: string, first: Ymd, i: number): { date: Ymd; end: number; nextYear?: boolean } | undefined {
  // 2月2日(农历除夕)至8日, 5月1日（星期六）至5日: a day's note in brackets before the separator, as holiday notices write them.
  if (first.d) i = pastDayNote(t, i);
  // 自2024年1月1日起至12月31日止: the start's 起 before the separator, as statutes and annual reports write it.
  const from = t.charCodeAt(i) === QI_START && (t.charCodeAt(i + 1) === ZHI_TO || t.charCodeAt(i + 1) === DAO) ? i + 1 : i;
  const sep = rangeSeparator(t, from);
  if (!sep) return undefined;
  // 10月至次年3月, 11月至翌年2月: the range ends in the next year, whose number is left out.
  const next = NEXT_YEAR.match(t, from + sep);
  const read = readYmd(t, from + sep + (next ? next[0].length : 0));
  if (!read) return undefined;
  const second = read.date;
  if (next) {
    if (second.y || !second.m || !first.m) return undefined;
    if ((first.d === 0) !== (second.d === 0)) return undefined;
    second.y = first.y ? first.y + 1 : 0;
    const end = second.d ? read.end : partOfMonth(t, read.end);
    return { date: second, end, nextYear: true };
  }
  // As precise as the first, but a month may end at a day of a later month (2月底至3月20日).
  if ((first.d === 0) !== (second.d === 0) && !(first.d === 0 && first.m && second.m && second.d)) return undefined;
  if (first.d && !first.m && second.m) return undefined; // 18日至5月2日: the first month is unknown
  if (!first.m && !first.d) return undefined;
  if (second.y && !first.y) return undefined;
  // (2016年7月至2018年: a year written alone ends the range at that year, no month of it.)
  if (first.m && !second.m && !second.y) second.m = first.m;
  if (!second.y) second.y = first.y;
  const a = first.y * 10000 + first.m * 100 + first.d;
  const b = second.y * 10000 + second.m * 100 + second.d;
  // A month's part (3月底, 3月上旬) belongs to the range; its ISO form is the month's.
  const end = second.m && !second.d ? partOfMonth(t, read.end) : read.end;
  if (b > a) return { date: second, end };
  // 12月31日至1月1日, 12月29日—1月3日: without a year, a range from the year's last months into its first runs
  // into the next year (the new year's holiday), as 次年 would say.
  if (!first.y && !second.y && first.m >= 10 && second.m >= 1 && second.m <= 3) return { date: second, end, nextYear: true };
  return undefined;
}

/** A date at i: [2024年][4月][19日], at least one part. */
function readYmd(t: string, i: number): { date: Ymd; end: number } | undefined {
  const date: Ymd = { y: 0, m: 0, d: 0, days: undefined };
  let k = i;
  const a = digitValue(t.charCodeAt(k)) >= 0 ? readArabic(t, k) : undefined;
  if (a && a.digits.length === 4 && t.charCodeAt(a.end) === NIAN) {
    date.y = Number(a.digits);
    k = a.end + 1;
  }
  const m = readSmall(t, k);
  if (m && m.value >= 1 && m.value <= 12 && t.charCodeAt(m.end) === YUE) {
    date.m = m.value;
    k = m.end + 1;
  }
  const d = readSmall(t, k);
  if (d && d.value >= 1 && d.value <= 31 && (t.charCodeAt(d.end) === RI || t.charCodeAt(d.end) === HAO)) {
    date.d = d.value;
    k = d.end + 1;
  }
  return k > i ? { date, end: k } : undefined;
}

/** 2024年1-6月: a range of months after a year (the first month at `from`, read up to `i`). */
function monthRange(s: FigureScanner, num: Num, year: number, from: number, i: number): number | undefined {
  const t = s.text;
  const sep = rangeSeparator(t, i);
  if (!sep) return undefined;
  const to = readSmall(t, i + sep);
  if (!to || to.value <= from || to.value > 12 || t.charCodeAt(to.end) !== YUE) return undefined;
  const end = partOfMonth(t, to.end + 1);
  if (s.excluded(num, num.start, end)) return num.end;
  const fields = dated('range', from, '月', `${year}-${pad2(from)}/${year}-${pad2(to.value)}`);
  fields.valueHigh = to.value;
  return s.emit(num.start, end, fields);
}

// ------------------------------------------------------------------ quarters

/** 二季度, 1季度, 前三季度, 一至三季度 (without 第: see ranks.ts; after a year: yearDate). */
export function quarter(s: FigureScanner, num: Num): number | undefined {
  const t = s.text;
  const q = quarterNumber(t, num.start, num.end);
  if (q < 0) return undefined;
  if (t.startsWith('季度', num.end)) {
    const top = t.charCodeAt(num.start - 1) === QIAN_TOP;
    const fields = new Fields('period', q, '季度');
    if (top) fields.approx = 'at-most';
    return s.emit(top ? num.start - 1 : num.start, num.end + 2, fields);
  }
  const sep = rangeSeparator(t, num.end);
  const j = num.end + sep;
  const q2 = sep ? quarterNumber(t, j, j + 1) : -1;
  if (q2 <= q || !t.startsWith('季度', j + 1)) return undefined;
  const fields = new Fields('range', q, '季度');
  fields.valueHigh = q2;
  return s.emit(num.start, j + 3, fields);
}

/** Whether 季度 (or a separator, a quarter's numeral and 季度) follows at i: 一季度, 一至三季度. */
export function quarterAhead(t: string, i: number): boolean {
  if (t.startsWith('季度', i)) return true;
  const sep = rangeSeparator(t, i);
  return sep > 0 && quarterNumber(t, i + sep, i + sep + 1) > 0 && t.startsWith('季度', i + sep + 1);
}

/** The quarter written at [i, e) (one character: 一 to 四 or 1 to 4), else -1. */
function quarterNumber(t: string, i: number, e: number): number {
  if (e !== i + 1) return -1;
  const c = t.charCodeAt(i);
  const n = c === YI ? 1 : c === ER ? 2 : c === SAN ? 3 : c === SI ? 4 : digitValue(c);
  return n >= 1 && n <= 4 ? n : -1;
}

// ------------------------------------------------------------------ periods

/**
 * 近三年, 过去5年, 3年内, 5年来, 15日内: periods counted in years or days ([start, end) is the number
 * and its unit as read).
 */
export function yearsPeriod(s: FigureScanner, num: Num, start: number, end: number, approx: Approximation | undefined, unit = '年', value = num.value): number | undefined {
  const t = s.text;
  const before = PERIOD_BEFORE.match(t, num.start);
  let after = PERIOD_AFTER.match(t, end);
  if (after && after[0] === '前' && !agoAt(t, end, unit)) after = undefined;
  if (!before && !after) return undefined;
  // (A qualifier that ends in the word, 未满6年, stays out of the span, as qualifiers do: 6年, less than; 近 is both.)
  const q = before ? s.qualifierBefore(num.start) : undefined;
  const from = before && !(q && q[0].length > before[0].length) ? num.start - before[0].length : start;
  if (from < s.floor) return undefined;
  const e = after ? end + after[0].length : end;
  if (s.excluded(num, from, e)) return num.end;
  const fields = new Fields('period', value, unit);
  // 近 before a number of years is "the last", not "nearly".
  if (approx && !(before && approx === 'nearly')) fields.approx = approx;
  return s.emit(from, e, fields);
}

/** Longest note in brackets after a day (星期六, 农历除夕, 周三), in code units. */
const MAX_DAY_NOTE = 6;

/** Where a range goes on after a day's note in brackets at i (the note's close + 1) when a range's separator follows the note; else i. */
function pastDayNote(t: string, i: number): number {
  const open = t.charCodeAt(i);
  if (open !== 0x28 /* ( */ && open !== 0xff08 /* （ */) return pastHalfDay(t, i);
  for (let k = i + 1; k <= i + MAX_DAY_NOTE + 1 && k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c === 0x29 /* ) */ || c === 0xff09 /* ） */) {
      if (k === i + 1) return i;
      if (rangeSeparator(t, k + 1)) return k + 1;
      const half = pastHalfDay(t, k + 1);
      return half > k + 1 ? half : i;
    }
    if (!isHan(c)) return i;
  }
  return i;
}

/** 2月19日上午~2月21日上午: the half of the day the range starts in, before its separator. */
function pastHalfDay(t: string, i: number): number {
  return (t.startsWith('上午', i) || t.startsWith('下午', i)) && rangeSeparator(t, i + 2) ? i + 2 : i;
}

/** Characters after 前 that make a word of it (前往, 前来, 前进, 前列, 前沿, 前提, 前景, 前期 …): no "ago". */
const NOT_AFTER_QIAN = new Set([...'往来进列茅沿提景期途夕线台方面端锋行置移'].map((c) => c.charCodeAt(0)));

/**
 * Whether 前 at `i`, after a number of years, is "ago" (两年前, 32年前, 5000年前). After days it is not: 26日前往 is
 * a date before 前往, and 日前 is a word ("recently").
 */
function agoAt(t: string, i: number, unit: string): boolean {
  return unit === '年' && !NOT_AFTER_QIAN.has(t.charCodeAt(i + 1));
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

/**
 * What follows 月 at i: a day of the month (11日, 十一号) or a list of days (18、19日), and the end
 * after 日 or 号; else no day (0), and the end after a part of the month (底, 上旬) if there is one.
 */
function afterMonth(text: string, i: number): { day: number; days: number[] | undefined; end: number } {
  const first = readSmall(text, i);
  if (first && first.value >= 1 && first.value <= 31) {
    const c = text.charCodeAt(first.end);
    if (c === RI || c === HAO) return { day: first.value, days: undefined, end: first.end + 1 };
    // 2025年09月29 in a page's list of dates: two digits of a day whose 日 the list leaves out, before its line or a
    // bracket ends (not 9月29个…, nor a range's first day).
    if (first.end - i === 2 && digitValue(text.charCodeAt(i)) >= 0 && (Number.isNaN(c) || DAY_LEFT_BARE.includes(text[first.end]))) return { day: first.value, days: undefined, end: first.end };
    // 12-13日, 15—16日: the first day of a range written with one 日 (the range is read after it).
    const sep = rangeSeparator(text, first.end);
    if (sep) {
      const next = readSmall(text, first.end + sep);
      const after = next ? text.charCodeAt(next.end) : 0;
      if (next && next.value > first.value && next.value <= 31 && (after === RI || after === HAO)) return { day: first.value, days: undefined, end: first.end };
      // 1月31~2月2日: the first day with its 日 left out before a range into the next month, written whole.
      if (next && after === YUE && next.value >= 1 && next.value <= 12) {
        const day = readSmall(text, next.end + 1);
        const unit = day ? text.charCodeAt(day.end) : 0;
        if (day && day.value >= 1 && day.value <= 31 && (unit === RI || unit === HAO)) return { day: first.value, days: undefined, end: first.end };
      }
    }
    if (c === DUN || isDayJoiner(c)) {
      // 18、19日, 19及20日: days listed with one 日.
      const days = [first.value];
      let k = first.end;
      while ((text.charCodeAt(k) === DUN || (isDayJoiner(text.charCodeAt(k)) && days.length === 1)) && days.length < MAX_LISTED_DAYS) {
        const next = readSmall(text, k + 1);
        if (!next || next.value < 1 || next.value > 31) break;
        days.push(next.value);
        k = next.end;
        const after = text.charCodeAt(k);
        if (after === RI || after === HAO) return { day: first.value, days, end: k + 1 };
      }
    }
  }
  return { day: 0, days: undefined, end: partOfMonth(text, i) };
}

/** What may follow a day written without 日 (2025年09月29): the line's end or a bracket's (a page's list of dates). */
const DAY_LEFT_BARE = '\n\r)）]】';

/** 及, 和, 与 between two days of one month (3月19及20日). */
function isDayJoiner(c: number): boolean {
  return c === 0x53ca /* 及 */ || c === 0x548c /* 和 */ || c === 0x4e0e /* 与 */;
}

/** 第一季度, 一季度, 第1季度, 1季度, 前三季度 at i: the quarters (first to n) and where they end. */
function quarterAt(text: string, i: number): { first: number; n: number; end: number } | undefined {
  let k = i;
  const c0 = text.charCodeAt(k);
  if (c0 === DI || c0 === QIAN_TOP) k++;
  const n = quarterNumber(text, k, k + 1);
  if (n < 0 || !text.startsWith('季度', k + 1)) return undefined;
  return { first: c0 === QIAN_TOP ? 1 : n, n, end: k + 3 };
}

/**
 * 第48周, 第1-4周, 第1至4周 at i (at 第): the weeks of the year that weekly surveillance reports count, the
 * first and the last (1 to 53). 第N周年 is an anniversary, 第N周岁 an age and 第三周期 a cycle: no weeks.
 */
export function weeksAt(text: string, i: number): { first: number; last: number; end: number } | undefined {
  if (text.charCodeAt(i) !== DI) return undefined;
  const a = readSmall(text, i + 1);
  if (!a || a.value < 1 || a.value > 53) return undefined;
  let last = a.value;
  let k = a.end;
  const sep = rangeSeparator(text, k);
  if (sep) {
    let j = k + sep;
    if (text.charCodeAt(j) === DI) j++;
    const b = readSmall(text, j);
    if (!b || b.value <= a.value || b.value > 53) return undefined;
    last = b.value;
    k = b.end;
  }
  if (text.charCodeAt(k) !== ZHOU || (k + 1 < text.length && WORDS_OF_ZHOU.includes(text[k + 1]))) return undefined;
  return { first: a.value, last, end: k + 1 };
}

/** After 年: 初, 底, 末 (but not 初步, 末端), also after 年 said again (2010年年底), and 中 only so (2017年年中). */
function partOfYear(text: string, at: number): number {
  const i = text.charCodeAt(at) === NIAN && '底末初中'.includes(text[at + 1] ?? '。') ? at + 1 : at;
  const c = text[i];
  if (c === '底' || c === '末' || c === '初' || (c === '中' && i > at)) {
    const next = text[i + 1] ?? '';
    if (next !== '' && '步次级心衷期端梢尾'.includes(next)) return at;
    return i + 1;
  }
  return at;
}

/** After 月: 份, 底, 末, 初, 上旬, 中旬, 下旬, 上半月, 下半月, and a week of it (11月第三周, 9月的第二周: an awareness week's date). */
function partOfMonth(text: string, i: number): number {
  if (text[i] === '份') return i + 1;
  const w = text[i] === '的' ? i + 1 : i;
  if (text[w] === '第' && '一二三四五12345'.includes(text[w + 1] ?? '。') && text[w + 2] === '周') return w + 3;
  if (text.startsWith('上旬', i) || text.startsWith('中旬', i) || text.startsWith('下旬', i)) return i + 2;
  if (text.startsWith('上半月', i) || text.startsWith('下半月', i)) return i + 3;
  return partOfYear(text, i);
}
