/**
 * Times of day and frequencies: 14:00, 9:30-11:30, 8时30分, 下午3时 (times, ISO 8601 T15:00), and
 * 每月一次, 每季度至少1次, 每两周一次 (a count per period, kind rate, unit 次/月).
 *
 * Decisions (where reports are ambiguous):
 * - H:MM is a time only with two digits of minutes and an hour up to 24, and not after 比 or 按, which
 *   write ratios the same way (医护比1:25, 按1:10配备).
 * - N时 is a time unless 时 starts a word (时间, 时期, 时代…); 下午, 晚上 before it add twelve hours.
 */
import { digitValue, readArabic } from '../numerals';
import { BAN, CI, DIAN, FEN_MINUTE, MEI, SHI_HOUR, YI, ZHONG, isNumeralChar, makesWordOfOne, rangeSeparator } from './chars';
import { UNITS } from './data';
import { Fields, approxAfter, dated, readSmall, type FigureScanner, type Num } from './scanner';
import { WordsAt, WordsBefore, words } from './wordLists';
import { ratioCueBefore } from './percents';

/** Characters after 时 that make a word, not an hour: 时间, 时期, 时代, 时候, 时段… */
const NOT_AFTER_HOUR = '间期代候段节序效限速尚刻态针局差空机报政光事令长';

/**
 * Whether the character at i makes a word with the 时 before it (时间), so that 时 is no hour; not where it starts
 * 期间 (5月5日24时|期间: the hour, then "during").
 */
function startsWordAtHour(t: string, i: number): boolean {
  return i < t.length && NOT_AFTER_HOUR.includes(t[i]) && !(t.charCodeAt(i) === 0x671f /* 期 */ && t.charCodeAt(i + 1) === 0x95f4 /* 间 */);
}

/**
 * Parts of the day before an hour; true for the afternoon or evening (下午3时 is 15:00). After one, a
 * bare N点 is an hour (上午9点, 晚8点); without one, 三点 is as often "three points".
 */
const DAY_PART_WORDS: readonly (readonly [string, DayPart])[] = [
  ...(['下午', '傍晚', '中午'] as const).map((w) => [w, true] as const),
  // The evening's 12 is the midnight at its end: 晚上8点 is 20:00, 晚上12点 24:00.
  ...(['晚上', '晚'] as const).map((w) => [w, 'evening'] as const),
  ...(['上午', '早上', '早晨', '清晨', '凌晨', '早'] as const).map((w) => [w, false] as const),
  // The night runs over midnight: 深夜11时 is 23:00, 深夜1点 is 01:00, 半夜12点 24:00.
  ...(['深夜', '夜间', '夜里', '半夜'] as const).map((w) => [w, 'night'] as const),
];
/**
 * Whether a part of the day puts an hour in the afternoon (true), in the morning (false), in the evening (past noon, and
 * its 12 at midnight), or either, by the hour (the night).
 */
type DayPart = boolean | 'night' | 'evening';
const DAY_PARTS = new WordsBefore<DayPart>(DAY_PART_WORDS);

/**
 * Hour `h` of a clock read on a 24-hour one: 12 later when it is past noon (pm) and written before 12 (下午3时 → 15); the
 * evening's and the night's 12 is the midnight that ends the day (晚上12点 → 24, as ISO 8601 writes the end of a day).
 */
function hour24(h: number, pm: boolean, part?: DayPart): number {
  if (h === 12 && (part === 'evening' || part === 'night')) return 24;
  return pm && h < 12 ? h + 12 : h;
}

/** Whether hour `h` (0–24) after a part of the day is past noon: always after 下午 and 晚上, from 6 on after 深夜. */
function pmFor(part: DayPart | undefined, h: number): boolean {
  return part === true || part === 'evening' || (part === 'night' && h >= 6);
}

/**
 * The part of the day right before a time at `p`, also where a colon sets it off as a field's label (办公时间:上午8:30-12:00,
 * 下午:2:30-5:30 is in the afternoon).
 */
function dayPartOf(t: string, p: number): readonly [string, DayPart] | undefined {
  const c = t.charCodeAt(p - 1);
  return DAY_PARTS.match(t, c === 0x3a /* : */ || c === 0xff1a /* ： */ ? p - 1 : p);
}

/** Whether a part of the day ends right before `p` (下午|一点: a lone 一 there is an hour). */
export function dayPartBefore(t: string, p: number): boolean {
  return DAY_PARTS.match(t, p) !== undefined;
}

/** The same, read forwards: a part of the day between a date and its time (2013年2月1日上午8:30). */
const DAY_PARTS_AT = new WordsAt<DayPart>(DAY_PART_WORDS);

/** Longest verb between a frequency's period and its count (每季度召开一次, 每月进行一次). */
const MAX_FREQUENCY_VERB = 4;

/** Periods after 每 in a frequency: 每月一次, 每季度1次. */
const FREQUENCY_PERIODS = new WordsBefore(words(UNITS.frequencyPeriods));
/** The same periods read forwards (1天|1次), longest first, and their first characters. */
const PERIODS_FORWARD = [...UNITS.frequencyPeriods].sort((a, b) => b.length - a.length);
const PERIOD_FIRSTS = new Set(PERIODS_FORWARD.map((w) => w.charCodeAt(0)));

/** A time of day at a number: hour and minutes, and where the time ends. */
interface Clock {
  h: number;
  mi: number;
  end: number;
}

/** A colon between a clock's hours and minutes: :, or the ratio sign ∶ (U+2236) that some pages type for it (18∶00). */
export function isClockColon(c: number): boolean {
  return c === 58 || c === 0x2236;
}

/**
 * The time written at the number `num` (14:00, 8时30分, 3时; 2点半, 10点30分, 8点钟, and 9点 after a part
 * of the day, `dayPart`), if it is one.
 */
function clockAt(t: string, num: Num, dayPart: boolean): Clock | undefined {
  const h = num.value;
  if (!Number.isInteger(h) || h < 0 || h > 24 || (num.arabic && num.digits.length > 2)) return undefined;
  const c = t.charCodeAt(num.end);
  if (isClockColon(c)) {
    if (!num.arabic) return undefined;
    const m = readArabic(t, num.end + 1);
    if (!m || m.digits.length !== 2 || m.end !== num.end + 3) return undefined;
    const mi = Number(m.digits);
    // 24:50 is no time of day; 26:24:50 is a ratio of three parts (a structure of industries), no 24:50.
    if (mi > 59 || (h === 24 && mi > 0) || (isClockColon(t.charCodeAt(num.start - 1)) && digitValue(t.charCodeAt(num.start - 2)) >= 0)) return undefined;
    return { h, mi, end: m.end };
  }
  if (c === DIAN) {
    const next = t.charCodeAt(num.end + 1);
    if (next === BAN) return { h, mi: 30, end: num.end + 2 };
    if (next === ZHONG) return { h, mi: 0, end: num.end + 2 };
    const m = readSmall(t, num.end + 1);
    if (m && m.value <= 59 && t.charCodeAt(m.end) === FEN_MINUTE) return { h, mi: m.value, end: m.end + 1 };
    // (18点收班, 13点前: an hour past noon needs no part of the day where what follows is done at a time; 共15点 counts.)
    if ((dayPart || (h >= 13 && num.arabic && AT_HOUR_AFTER.some((w) => t.startsWith(w, num.end + 1)))) && !m) return { h, mi: 0, end: num.end + 1 };
    // 9点至15点, 9点-17点: two hours of one day as a range (9点 alone may count points: 提出9点意见).
    return !m && hourRangeAfter(t, num.end + 1, h) ? { h, mi: 0, end: num.end + 1 } : undefined;
  }
  if (c !== SHI_HOUR || startsWordAtHour(t, num.end + 1)) return undefined;
  // 顺应四时, 四时养生: the four seasons (a classical word), not four o'clock, unless a part of the day or minutes say so.
  if (!dayPart && !num.arabic && h === 4 && num.end - num.start === 1 && !isNumeralChar(t.charCodeAt(num.end + 1)) && t.charCodeAt(num.end + 1) !== BAN && t.charCodeAt(num.end + 1) !== 0x8bb8 /* 许 */) return undefined;
  // 下午5时半: half past.
  if (t.charCodeAt(num.end + 1) === BAN) return { h, mi: 30, end: num.end + 2 };
  const m = readSmall(t, num.end + 1);
  if (m && m.value <= 59 && t.charCodeAt(m.end) === FEN_MINUTE) return { h, mi: m.value, end: m.end + 1 };
  return { h, mi: 0, end: num.end + 1 };
}

/** Whether a range separator and a later hour with 点 follow at i (9点|至15点). */
function hourRangeAfter(t: string, i: number, h: number): boolean {
  const sep = rangeSeparator(t, i);
  if (sep === 0) return false;
  const m = readSmall(t, i + sep);
  return m !== undefined && m !== null && Number.isInteger(m.value) && m.value > h && m.value <= 24 && t.charCodeAt(m.end) === DIAN;
}

function isoTime(h: number, mi: number): string {
  return `T${h < 10 ? '0' : ''}${h}:${mi < 10 ? '0' : ''}${mi}`;
}

/** What is done at an hour, after it (18点收班, 13点前, 20点关闭): there N点 past noon is the hour. */
const AT_HOUR_AFTER = ['前', '后', '起', '至', '到', '以前', '以后', '之前', '之后', '开始', '结束', '截止', '整', '准时', '收', '关', '开', '出发', '下班', '上班', '营业', '停止'];

/** What the points of a speech or a plan are (5点意见, 3点要求): after them 点 is no hour. */
const POINTS_AFTER = ['意见', '要求', '建议', '措施', '内容', '做法', '经验', '体会', '举措', '工作', '任务', '希望', '共识'];

/**
 * A time written right after a date that ends at i (2025-05-08 08:54, 4月18日14:30), up to two blanks
 * or a T between them, or a part of the day (2013年2月1日上午8:30, 5月6日下午3时, 1日晚8点): its ISO
 * form (T08:54) and end, and whether the part of the day is the afternoon or evening. Dates and times of
 * web pages and notices come so, and the bounds of a reporting period in hours (1月1日0时至12月31日24时,
 * 1月1日零时).
 */
export function timeAfterDate(t: string, i: number): { iso: string; end: number; minutes: number; pm: boolean; dayPart: boolean } | undefined {
  let k = i;
  while (k < i + 2 && (t.charCodeAt(k) === 32 || t.charCodeAt(k) === 0x3000 || t.charCodeAt(k) === 84)) k++;
  if (k === i && t.startsWith('零时', k) && !startsWordAtHour(t, k + 2)) return { iso: isoTime(0, 0), end: k + 2, minutes: 0, pm: false, dayPart: false };
  const part = k === i ? DAY_PARTS_AT.match(t, k) : undefined;
  if (part) {
    k += part[0].length;
    if (t.charCodeAt(k) === 32) k++;
  }
  if (digitValue(t.charCodeAt(k)) < 0) return undefined;
  const a = readArabic(t, k)!;
  // 11月22日0-24时, a daily bulletin's period: the first hour written without its 时 (the range is read after it).
  if (k === i && !part && a.digits.length <= 2 && Number(a.digits) < 24) {
    const sep = rangeSeparator(t, a.end);
    const b = sep ? readSmall(t, a.end + sep) : undefined;
    if (b && b.value > Number(a.digits) && b.value <= 24 && t.charCodeAt(b.end) === SHI_HOUR && !startsWordAtHour(t, b.end + 1)) {
      const h = Number(a.digits);
      return { iso: isoTime(h, 0), end: a.end, minutes: h * 60, pm: false, dayPart: false };
    }
  }
  // N时 and N点 only right after the date (1日0时, 11月1日17点前) or its part of the day; H:MM also after a blank. (Not the
  // points of a speech: 3日5点意见.)
  const after = t.charCodeAt(a.end);
  const hourDian = after === DIAN && (part !== undefined || (k === i && Number(a.digits) <= 24 && !POINTS_AFTER.some((w) => t.startsWith(w, a.end + 1))));
  if (!isClockColon(after) && !(after === SHI_HOUR && (k === i || part)) && !hourDian) return undefined;
  // (Right after the date, an hour with 点 is the day's hour, as after its part of the day.)
  const c = clockAt(t, { start: k, end: a.end, arabic: true, digits: a.digits, value: Number(a.digits) }, part !== undefined || hourDian);
  if (!c) return undefined;
  const pm = pmFor(part?.[1], c.h);
  const end = withSeconds(t, c.end);
  const h = hour24(c.h, pm, part?.[1]);
  return { iso: isoWithSeconds(t, isoTime(h, c.mi), c.end, end), end, minutes: h * 60 + c.mi, pm, dayPart: part !== undefined };
}

/**
 * The end of a range of times after a time that ends at i (上午9:00至11:00, 下午1时至4时30分: in the
 * afternoon, as its start), later than `fromMinutes` (its start in minutes after midnight), or earlier on the next
 * day (22:00至次日凌晨2:00, 23时到凌晨3时: T22:00/T02:00, an interval over midnight).
 */
export function timeUntil(t: string, i: number, fromMinutes: number, pm: boolean, dayPart: boolean): { iso: string; end: number } | undefined {
  const sep = rangeSeparator(t, i);
  if (!sep) return undefined;
  let j = i + sep;
  // 22:00至次日凌晨2:00, 23时到凌晨3时: a range over midnight ends on the next day, said or in the small hours.
  let nextDay = t.startsWith('次日', j);
  if (nextDay) j += 2;
  // 上午10点至下午4点: the end has its own part of the day.
  const part = DAY_PARTS_AT.match(t, j);
  if (part) {
    j += part[0].length;
    dayPart = true;
    if (part[0] === '凌晨' && fromMinutes >= 12 * 60) nextDay = true;
  }
  let to: Num;
  if (digitValue(t.charCodeAt(j)) >= 0) {
    const a = readArabic(t, j)!;
    to = { start: j, end: a.end, arabic: true, digits: a.digits, value: Number(a.digits) };
  } else {
    // (上午九时至下午一时: the end in Chinese numerals too, as the start was.)
    const small = readSmall(t, j);
    if (!small) return undefined;
    to = { start: j, end: small.end, arabic: false, digits: '', value: small.value };
  }
  const c = clockAt(t, to, dayPart);
  if (!c) return undefined;
  if (part) pm = pmFor(part[1], c.h);
  const h = hour24(c.h, pm, part?.[1]);
  const minutes = h * 60 + c.mi;
  return minutes > fromMinutes || (nextDay && minutes < fromMinutes) ? { iso: isoTime(h, c.mi), end: withSeconds(t, c.end) } : undefined;
}

/** Where a time that ends at i ends with its seconds, if they follow (08:54:12). */
function withSeconds(t: string, i: number): number {
  return isClockColon(t.charCodeAt(i)) && digitValue(t.charCodeAt(i + 1)) >= 0 && digitValue(t.charCodeAt(i + 2)) >= 0 && digitValue(t.charCodeAt(i + 3)) < 0 ? i + 3 : i;
}

/** The ISO time with the seconds written between `clockEnd` and `end`, if any (T15:05 → T15:05:16). */
function isoWithSeconds(t: string, iso: string, clockEnd: number, end: number): string {
  return end > clockEnd ? iso + t.slice(clockEnd, end) : iso;
}

/** 14:00, 8时30分, 下午3时, 9:30-11:30, 下午2点半 (`num` is followed by :, 时 or 点). */
export function clock(s: FigureScanner, num: Num): number | undefined {
  const t = s.text;
  const part = dayPartOf(t, num.start);
  const first = clockAt(t, num, part !== undefined);
  if (!first) return undefined;
  if (isClockColon(t.charCodeAt(num.end)) && ratioCueBefore(t, num.start)) return undefined;
  const pm = pmFor(part?.[1], first.h);
  const h = hour24(first.h, pm, part?.[1]);
  const firstEnd = withSeconds(t, first.end);
  // 9:30-11:30, and 下午1时至4时30分 in the afternoon to its end (16:30).
  const until = timeUntil(t, firstEnd, h * 60 + first.mi, pm, part !== undefined || t.charCodeAt(firstEnd - 1) === DIAN);
  if (until) return s.emit(num.start, until.end, dated('range', null, '', `${isoTime(h, first.mi)}/${until.iso}`));
  // 11时许, 9点左右: about that time.
  const aboutLength = t.charCodeAt(firstEnd) === 0x8bb8 /* 许 */ ? 1 : t.startsWith('左右', firstEnd) ? 2 : 0;
  if (aboutLength > 0) {
    const about = dated('date', null, '', isoTime(h, first.mi));
    about.approx = 'about';
    return s.emit(num.start, firstEnd + aboutLength, about);
  }
  return s.emit(num.start, firstEnd, dated('date', null, '', isoWithSeconds(t, isoTime(h, first.mi), first.end, firstEnd)));
}

/**
 * 晚9-10点, 早6-7点, 下午3—5时 (`num` is followed by a range separator): two hours after a part of the day, written with
 * one 点 or 时, as a range of times; undefined without the part of the day (9-10点 may count points) unless the first
 * hour is past noon (17-19点).
 */
export function clockRange(s: FigureScanner, num: Num): number | undefined {
  const t = s.text;
  const sep = rangeSeparator(t, num.end);
  if (sep === 0) return undefined;
  const part = dayPartOf(t, num.start);
  if (!Number.isInteger(num.value) || num.value > 24) return undefined;
  // (17-19点, 13—15时: hours past noon need no part of the day; no points or articles run so high.)
  if (part === undefined && num.value < 13) return undefined;
  const m = readSmall(t, num.end + sep);
  const unit = m ? t.charCodeAt(m.end) : 0;
  if (!m || !Number.isInteger(m.value) || m.value <= num.value || m.value > 24 || (unit !== DIAN && unit !== SHI_HOUR)) return undefined;
  const pm = pmFor(part?.[1], num.value);
  const at = (h: number) => isoTime(hour24(h, pm, part?.[1]), 0);
  return s.emit(num.start, m.end + 1, dated('range', null, '', `${at(num.value)}/${at(m.value)}`));
}

/**
 * Where the 每 of a frequency starts when the numeral at p (before 次) follows one: 每 + optional
 * count + a period + optional qualifier (每月, 每两周, 每季度至少). Undefined when none does.
 */
export function frequencyBefore(s: FigureScanner, p: number): { start: number; per: string } | undefined {
  const t = s.text;
  const q = s.qualifierBefore(p);
  let periodEnd = q ? p - q[0].length : p;
  let period = FREQUENCY_PERIODS.match(t, periodEnd);
  // 每季度召开一次, 每月检查一次: a verb of a few characters between the period and its count.
  for (let gap = 1; !period && gap <= MAX_FREQUENCY_VERB; gap++) {
    const c = t.charCodeAt(periodEnd - gap);
    if (!(c >= 0x4e00 && c <= 0x9fff) || isNumeralChar(c) || c === MEI) return undefined;
    period = FREQUENCY_PERIODS.match(t, periodEnd - gap);
    if (period) periodEnd -= gap;
  }
  if (!period) return undefined;
  let k = periodEnd - period[0].length;
  // 一年一次, 一周两次: one period written with 一 for 每, right before its count (not 第一年, 统一).
  if (periodEnd === p && t.charCodeAt(k - 1) === YI && !isNumeralChar(t.charCodeAt(k - 2)) && !makesWordOfOne(t, k - 2)) {
    return { start: k - 1, per: period[0].charCodeAt(0) === 0x4e2a /* 个 */ ? period[0].slice(1) : period[0] };
  }
  // 1天1次, 3天1次, 1周2次: the period's length in digits right before its count, as 每 would say it (每3天1次).
  if (periodEnd === p && digitValue(t.charCodeAt(k - 1)) >= 0) {
    let d = k - 1;
    while (d > 0 && k - d < 3 && digitValue(t.charCodeAt(d - 1)) >= 0) d--;
    const before = t.charCodeAt(d - 1);
    const n = t.slice(d, k);
    // (工作3年2次获奖: years counted before a count are a time worked, not a frequency's period; 1年1次 is one.)
    // (2年一次: a count of one in a numeral after years is a frequency's, as a service guide gives a licence's review.)
    if (digitValue(before) < 0 && before !== 46 /* . */ && before !== MEI && t.charCodeAt(d) !== 48 /* 0 */ && (n === '1' || period[0] !== '年' || onceAt(t, p))) {
      const per = period[0].charCodeAt(0) === 0x4e2a /* 个 */ ? period[0].slice(1) : period[0];
      return { start: d, per: n === '1' ? per : n + per };
    }
  }
  while (k > 0 && k > periodEnd - 6 && isNumeralChar(t.charCodeAt(k - 1))) k--;
  if (t.charCodeAt(k - 1) !== MEI) return undefined;
  // 每个月, 每个季度: the period is 月, 季度 (个 is its measure word).
  const per = t.slice(k, periodEnd);
  return { start: k - 1, per: per.charCodeAt(0) === 0x4e2a /* 个 */ ? per.slice(1) : per };
}

/** 每月一次, 每季度至少1次, 每两周一次 (`num` is followed by 次). */
export function frequency(s: FigureScanner, num: Num): number | undefined {
  const t = s.text;
  if (t.charCodeAt(num.end) !== CI || !Number.isInteger(num.value)) return undefined;
  const f = frequencyBefore(s, num.start);
  if (!f || f.start < s.floor) return undefined;
  let end = num.end + 1;
  const fields = new Fields('rate', num.value, '次/' + f.per);
  const q = s.qualifierBefore(num.start);
  if (q) fields.approx = q[1];
  const suffix = approxAfter(t, end);
  if (suffix) {
    fields.approx = suffix.approx;
    end += suffix.length;
  }
  return s.emit(f.start, end, fields);
}

/** Units of time a lone 半 halves, longest first, with the unit each is counted in (半个小时 is 0.5 小时). */
const HALF_UNITS: readonly (readonly [string, string])[] = [
  ['个小时', '小时'],
  ['小时', '小时'],
  ['个月', '月'],
  ['天', '天'],
  ['年', '年'],
];

/**
 * Characters before 半 that make it no half of a time on its own: a number before it takes it (一个半小时, read
 * with its number), 上半年 and 下半年 are parts of a year, 每半年 a period of a rate, 大半, 过半, 减半, 多半 and 一半
 * are words.
 */
const NOT_BEFORE_HALF = '上下前后每大过减多个';

/** Words after 半年 that make it a name or a report's span (半年度, 半年报, 半年工作总结), not a length. */
const NOT_AFTER_HALF_YEAR = '度报刊工总考';

/** 半小时, 半个小时, 半天, 半个月, 半年 (近半年): half a unit of time, a quantity of 0.5 of it; where to look next. */
export function halfOfTime(s: FigureScanner, p: number): number {
  const t = s.text;
  const before = t.charCodeAt(p - 1);
  if (isNumeralChar(before) || (p > 0 && NOT_BEFORE_HALF.includes(t[p - 1]))) return p + 1;
  for (const [text, unit] of HALF_UNITS) {
    if (!t.startsWith(text, p + 1)) continue;
    const end = p + 1 + text.length;
    if (unit === '年' && end < t.length && NOT_AFTER_HALF_YEAR.includes(t[end])) return p + 1;
    const fields = new Fields('quantity', 0.5, unit);
    if (text !== unit) fields.unitText = text;
    const q = s.qualifierBefore(p);
    if (q) fields.approx = q[1];
    return s.emit(p, end, fields);
  }
  return p + 1;
}

/** Whether 一次 starts at i (2年|一次, 3个月|一次): once per the period before it (一次性 is a word: 3年一次性通过). */
function onceAt(t: string, i: number): boolean {
  return t.charCodeAt(i) === YI && t.charCodeAt(i + 1) === CI && t.charCodeAt(i + 2) !== 0x6027 /* 性 */;
}

/** Whether a period, a count and 次 follow the Arabic number `num` (1天|1次, 3天|2次): it is the period's length, read with its count (frequency). */
export function periodOfCountAt(t: string, num: Num): boolean {
  const i = num.end;
  if (!PERIOD_FIRSTS.has(t.charCodeAt(i)) || num.digits.includes('.') || num.digits.length > 2) return false;
  const period = PERIODS_FORWARD.find((w) => t.startsWith(w, i));
  if (period === undefined) return false;
  const j = i + period.length;
  if (onceAt(t, j)) return true;
  if (period === '年' && num.digits !== '1') return false;
  if (digitValue(t.charCodeAt(j)) < 0) return false;
  let e = j + 1;
  while (e < t.length && e - j < 3 && digitValue(t.charCodeAt(e)) >= 0) e++;
  return t.charCodeAt(e) === CI;
}
