/**
 * Days of the lunar calendar, as holiday notices and festival news write them: 正月初一, 初一至初七, 九月初九,
 * 腊月二十三, 大年初一, (初四至初五) after the Gregorian dates of a Spring Festival's closing days.
 *
 * A lunar day is no ISO date, so it is kept in `lunar` (month and day as `date` writes them: --01-01, or ---07
 * where the month is not written; intervals joined by /), never in `date`; `value` is null.
 *
 * Decisions (where reports are ambiguous):
 * - 初N alone is a lunar day only where a lunar month or 大年 stands before it, or it is written in brackets or
 *   as a range of lunar days (初一至初七): 初一, 初二 and 初三 are also the grades of junior middle school (初二学生,
 *   初一至初三年级), which are none.
 * - 正月, 腊月 and 冬月 name lunar months; 一月 … 十二月 do only before 初 (九月初九; 九月十五日 is Gregorian).
 */
import { isChineseNumeralChar, parseChineseNumeral } from '../numerals';
import { CHU, YUE, rangeSeparator } from './chars';
import { Fields, readSmall, type FigureScanner } from './scanner';

/** Lunar months by their own names (正月, 冬月, 腊月), by the character before 月. */
const NAMED_MONTHS: Record<string, number> = { 正: 1, 冬: 11, 腊: 12 };

/** Words after 初N that make it a school grade (初二学生, 初一年级, 初三毕业班): no lunar day. */
const GRADE_AFTER = /^(?:学生|年级|级|班|学年|学段|毕业|新生|男生|女生|同学|学子|阶段|数学|语文|英语|物理|化学|生物)/;

/** Longest lunar month written with numerals (十二月), in characters. */
const MAX_MONTH_NUMERAL = 2;

/** A lunar date read so far: its month (0 when not written), day, and where it ends. */
interface LunarDay {
  month: number;
  day: number;
  end: number;
}

/** The lunar month whose 月 ends at `yue + 1` (正月, 腊月, 九月, 十二月), with where it starts; undefined if none. */
function monthBefore(t: string, yue: number): { month: number; start: number } | undefined {
  if (t.charCodeAt(yue) !== YUE || yue < 1) return undefined;
  const named = NAMED_MONTHS[t[yue - 1]];
  if (named !== undefined) return { month: named, start: yue - 1 };
  let s = yue;
  while (s > 0 && yue - s < MAX_MONTH_NUMERAL && isChineseNumeralChar(t.charCodeAt(s - 1))) s--;
  if (s === yue || (s > 0 && isChineseNumeralChar(t.charCodeAt(s - 1)))) return undefined;
  const m = parseChineseNumeral(t, s, yue);
  return m >= 1 && m <= 12 ? { month: m, start: s } : undefined;
}

/** The day written at `i` after 初 (初一 … 初十), or after a lunar month without 初 (十五, 二十三, 三十); undefined if none. */
function dayAt(t: string, i: number, afterChu: boolean): { day: number; end: number } | undefined {
  // (In numerals only: 正月15 is no lunar day's form.)
  const d = isChineseNumeralChar(t.charCodeAt(i)) ? readSmall(t, i) : undefined;
  if (!d || d.value < 1 || d.value > (afterChu ? 10 : 30) || (!afterChu && d.value < 11)) return undefined;
  return { day: d.value, end: d.end };
}

/** The lunar day at 初 (`chu`): 初N, with the lunar month or 大年 before it if any. */
function chuDay(t: string, chu: number): (LunarDay & { start: number; marked: boolean }) | undefined {
  const d = dayAt(t, chu + 1, true);
  if (!d) return undefined;
  const m = monthBefore(t, chu - 1);
  if (m) return { month: m.month, day: d.day, end: d.end, start: m.start, marked: true };
  // 大年初一: the first days of the year.
  if (t.startsWith('大年', chu - 2)) return { month: 1, day: d.day, end: d.end, start: chu - 2, marked: true };
  return { month: 0, day: d.day, end: d.end, start: chu, marked: false };
}

/** ISO-like form of a lunar day: --01-01, or ---07 where its month is not written. */
function iso(d: LunarDay): string {
  const day = String(d.day).padStart(2, '0');
  return d.month ? `--${String(d.month).padStart(2, '0')}-${day}` : `---${day}`;
}

/** The lunar day that ends a range after `end` (至初七, -初五, 至正月十五), or undefined. */
function rangeEnd(t: string, end: number, month: number): LunarDay | undefined {
  const sep = rangeSeparator(t, end);
  if (sep === 0) return undefined;
  const k = end + sep;
  if (t.charCodeAt(k) === CHU) {
    const d = dayAt(t, k + 1, true);
    return d ? { month, day: d.day, end: d.end } : undefined;
  }
  // 正月初一至正月十五: the month again.
  const named = NAMED_MONTHS[t[k]];
  if (named !== undefined && t.charCodeAt(k + 1) === YUE) {
    const c = t.charCodeAt(k + 2) === CHU ? k + 3 : k + 2;
    const d = dayAt(t, c, c === k + 3);
    return d ? { month: named, day: d.day, end: d.end } : undefined;
  }
  // 正月初一至十五: a later day of the same month.
  if (month) {
    const d = dayAt(t, k, false);
    if (d) return { month, day: d.day, end: d.end };
  }
  return undefined;
}

/** Emits a lunar day or range from `start`; returns where to read on. */
function emitLunar(s: FigureScanner, start: number, first: LunarDay, last: LunarDay | undefined): number {
  const end = last ? last.end : first.end;
  const fields = new Fields(last ? 'range' : 'date', null, '');
  fields.lunar = last ? `${iso(first)}/${iso(last)}` : iso(first);
  return s.emit(start, end, fields);
}

/**
 * A lunar day at 初 (`chu`, before the numeral at chu + 1): 初一至初七, 正月初八, 大年初一, (初九); returns where to
 * read on, or -1 when it is none (初二学生, 初三).
 */
export function lunarAtChu(s: FigureScanner, chu: number): number {
  const t = s.text;
  const first = chuDay(t, chu);
  if (!first) return -1;
  const last = rangeEnd(t, first.end, first.month);
  const after = (last ?? first).end;
  if (GRADE_AFTER.test(t.slice(after, after + 2))) return -1;
  // Alone, 初N is a lunar day in brackets ((初九,周六), （初四至初五）) or as a range of them.
  if (!first.marked && !last) {
    const open = t.charCodeAt(chu - 1);
    if (open !== 0x28 && open !== 0xff08) return -1;
  }
  if (first.start < s.floor) return -1;
  return emitLunar(s, first.start, first, last);
}

/** A lunar day after a lunar month named without 初 (正月十五, 腊月二十三), its numeral at `p`; -1 if none. */
export function lunarAfterMonth(s: FigureScanner, p: number): number {
  const t = s.text;
  if (p < 2 || t.charCodeAt(p - 1) !== YUE || NAMED_MONTHS[t[p - 2]] === undefined) return -1;
  const d = dayAt(t, p, false);
  if (!d || p - 2 < s.floor) return -1;
  // 正月十五日 would be a Gregorian day's form: lunar days are written without 日.
  if (t.charCodeAt(d.end) === 0x65e5 /* 日 */ || t.charCodeAt(d.end) === 0x53f7 /* 号 */) return -1;
  const first = { month: NAMED_MONTHS[t[p - 2]], day: d.day, end: d.end };
  return emitLunar(s, p - 2, first, rangeEnd(t, d.end, first.month));
}
