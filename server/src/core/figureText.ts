/**
 * A figure's value as a person reads it at a glance, in the user's language: 5.32‰ (not 0.00532 ‰),
 * 2016–2030 (a range of years has no thousands separators), 2024年4月 / April 2024 and 20日 / day 20
 * (not the ISO forms --04 and ---20 the core keeps), with its qualifier (at least 60 岁, 不少于60岁).
 */
import type { DatePart, FigureAnnotation } from './types';
import type { L10n } from './l10n';

/**
 * One formatter for every number: `toLocaleString` with options builds a new one on each call (some 30 µs, which
 * a 10 MB report's 45,000 figures in the CLI's text listing paid 1.3 s for), and the first of a process loads the
 * locale's data (some 15 ms, which the first hover over a figure waited for; see warmUpFormatting).
 */
let english: Intl.NumberFormat | undefined;

/** Formats a number with thousands separators and at most 6 decimals, as `n.toLocaleString('en-US', { maximumFractionDigits: 6 })`. */
export function formatNumber(n: number): string {
  return (english ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 })).format(n);
}

/** Loads the number formatter's locale data now (some 15 ms), so that no request waits for it later. */
export function warmUpFormatting(): void {
  formatNumber(0);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const QUARTERS_ZH = ['一', '二', '三', '四'];

/** Parts of an ISO 8601 date as the core writes them: 2024, 2024-04, 2024-04-18, --04, --04-18, ---18, 2024-H1, 2024-Q3, T14:00, 2024-04-18T14:00. */
const ISO = /^(?:(?:(\d{4})|-)(?:-(\d{2})|-)?(?:-(\d{2}))?(?:-([HQ])(\d))?)?(?:T(\d{2}:\d{2}(?::\d{2})?))?$/;

/** One ISO date (no interval) as a person writes it; the ISO text itself when it has another form. */
export function formatDate(iso: string, { t, chinese }: L10n): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, half, n, time] = m;
  const year = y ? Number(y) : 0;
  const month = mo ? Number(mo) : 0;
  const day = d ? Number(d) : 0;
  let date: string;
  if (half === 'H') {
    date = t(n === '1' ? 'first half of {0}' : 'second half of {0}', chinese ? `${year}年` : String(year));
  } else if (half === 'Q') {
    date = chinese ? `${year}年第${QUARTERS_ZH[Number(n) - 1]}季度` : `Q${n} ${year}`;
  } else if (chinese) {
    date = (year ? `${year}年` : '') + (month ? `${month}月` : '') + (day ? `${day}日` : '');
  } else if (!month && day) {
    date = t('day {0} of the month', day);
  } else {
    date = [day || '', month ? MONTHS[month - 1] : '', year || ''].filter((x) => x !== '').join(' ');
  }
  return time ? (date ? `${date} ${time}` : time) : date;
}

/** A part of a year or a month, around the year or the month (2024年底: end of 2024). */
const DATE_PARTS: Record<DatePart, string> = { start: 'start of {0}', early: 'early {0}', middle: 'mid-{0}', late: 'late {0}', end: 'end of {0}' };

/** A date or an interval of dates (2016/2030 → 2016–2030). */
export function formatDates(iso: string, l10n: L10n): string {
  const slash = iso.indexOf('/');
  if (slash < 0) return formatDate(iso, l10n);
  return `${formatDate(iso.slice(0, slash), l10n)}–${formatDate(iso.slice(slash + 1), l10n)}`;
}

/** The months of the lunar calendar by their names (正月, 冬月, 腊月 for the first, eleventh and twelfth). */
const LUNAR_MONTHS_ZH = ['正', '二', '三', '四', '五', '六', '七', '八', '九', '十', '冬', '腊'];
const ZH_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A day of a lunar month as the calendar names it: 初一 … 初十, 十一 … 十九, 二十, 廿一 … 廿九, 三十. */
function lunarDayZh(day: number): string {
  if (day <= 10) return '初' + (day === 10 ? '十' : ZH_DIGITS[day]);
  if (day < 20) return '十' + ZH_DIGITS[day - 10];
  if (day === 20) return '二十';
  if (day < 30) return '廿' + ZH_DIGITS[day - 20];
  return '三十';
}

/** One lunar day as the core keeps it (--01-15, ---07) as a person writes it: 农历正月十五 / lunar month 1, day 15. */
function formatLunarDay(iso: string, { t, chinese }: L10n): string {
  const m = /^--(\d{2})?-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = m[1] ? Number(m[1]) : 0;
  const day = Number(m[2]);
  if (chinese) return '农历' + (month ? `${LUNAR_MONTHS_ZH[month - 1]}月` : '') + lunarDayZh(day);
  return month ? t('lunar month {0}, day {1}', month, day) : t('day {0} of a lunar month', day);
}

/** A lunar day or an interval of them (---01/---07 → 农历初一–初七). */
export function formatLunar(lunar: string, l10n: L10n): string {
  const slash = lunar.indexOf('/');
  if (slash < 0) return formatLunarDay(lunar, l10n);
  return `${formatLunarDay(lunar.slice(0, slash), l10n)}–${formatLunarDay(lunar.slice(slash + 1), l10n)}`;
}

/** Units written as a sign right after the number. */
const SIGNS = new Set(['%', '‰', '‱']);

/** A value in the figure's unit: 86.43%, 5.32‰, 25.6/10万, 1,500 元. */
function withUnit(value: number, f: FigureAnnotation): string {
  if (f.unit === '%') return `${formatNumber(Math.round(value * 1e8) / 1e6)}%`;
  if (f.unit === '‰') return `${formatNumber(Math.round(value * 1e9) / 1e6)}‰`;
  if (f.unit === '‱') return `${formatNumber(Math.round(value * 1e10) / 1e6)}‱`;
  if (!f.unit) return formatNumber(value);
  return f.unit.startsWith('/') ? `${formatNumber(value)}${f.unit}` : `${formatNumber(value)} ${f.unit}`;
}

/** The qualifier of a figure around its value: at least 60 岁, 不少于60 岁. */
function qualified(value: string, f: FigureAnnotation, t: L10n['t']): string {
  switch (f.approx) {
    case 'more-than':
      return t('more than {0}', value);
    case 'nearly':
      return t('nearly {0}', value);
    case 'about':
      return t('about {0}', value);
    case 'at-least':
      return t('at least {0}', value);
    case 'at-most':
      return t('at most {0}', value);
    case 'less-than':
      return t('less than {0}', value);
    default:
      return value;
  }
}

/** The value line of a figure's hover (without "= "), or undefined when it has no value to show. */
export function figureValueText(f: FigureAnnotation, l10n: L10n): string | undefined {
  const { t } = l10n;
  let value: string | undefined;
  if (f.dates) value = f.dates.map((d) => formatDate(d, l10n)).join(l10n.chinese ? '、' : ', ');
  else if (f.date) value = f.datePart ? t(DATE_PARTS[f.datePart], formatDates(f.date, l10n)) : formatDates(f.date, l10n);
  else if (f.lunar) value = formatLunar(f.lunar, l10n);
  else if (f.value === null) return undefined;
  else if (f.valueHigh !== undefined) {
    // 10%–20% keeps the sign on both bounds; 3–11 岁 writes the unit once (and a frequency's range, 2–3 次/周).
    const low = SIGNS.has(f.unit) ? withUnit(f.value, f) : formatNumber(f.value);
    value = `${low}–${withUnit(f.valueHigh, f)}`;
  }
  // 1:1.25 as written: the quotient (0.8) says less to a reader than the two terms.
  else if (f.ratio) value = f.ratio.map(formatNumber).join(':');
  else if (f.figureKind === 'rank') value = t(f.fromEnd ? 'rank {0} from the end' : 'rank {0}', formatNumber(f.value)) + (f.scope ? ` (${f.scope})` : '');
  // In Chinese the unit itself (个百分点, 個百分點 in a traditional document) says it.
  else if (f.figureKind === 'percentage-point' && !l10n.chinese) value = t('{0} percentage points', formatNumber(f.value));
  else value = withUnit(f.value, f);
  return qualified(value, f, t);
}
