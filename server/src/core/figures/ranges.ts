/**
 * Ranges of two numbers with one unit: 3-11岁, 10%-20%, 3至6岁, 三至五年, 1-6月; and ages from months to years
 * (6月龄至2岁: 0.5–2 岁). (Ranges of years, 2018—2020年度, are dates: dates.ts.)
 */
import { digitValue, isCapitalNumeral, isChineseNumeralChar, parseChineseNumeral, shiftDecimal, unitExponent } from '../numerals';
import { LING_AGE, SUI_AGE, YUE, isMinus, makesWordOfOne } from './chars';
import { isMonth, pad2 } from './dates';
import { Fields, approxAfter, arabicNum, chineseNumFrom, dated, numDigits, scaledValue, type FigureScanner, type Num } from './scanner';
import { frequencyBefore } from './times';
import { chineseCountOk, measure, type Measure } from './units';

/** A range whose first number is `first` with measure `m1`, and whose second number starts at j. */
export function range(s: FigureScanner, first: Num, m1: Measure, j: number): number | undefined {
  const t = s.text;
  const c = t.charCodeAt(j);
  let second: Num;
  /** -8~-3℃: the second number's own minus sign, after a separator that is no minus itself. */
  let negative = false;
  if (first.arabic) {
    if (isMinus(c) && digitValue(t.charCodeAt(j + 1)) >= 0 && !isMinus(t.charCodeAt(j - 1))) {
      negative = true;
      j++;
    } else if (digitValue(c) < 0) return undefined;
    second = arabicNum(t, j);
  } else {
    if (!isChineseNumeralChar(c)) return undefined;
    second = chineseNumFrom(t, j);
  }
  if (Number.isNaN(second.value) || Number.isNaN(first.value)) return undefined;
  // Months: 1-6月 (not 11~12月龄, months of age).
  if (t.charCodeAt(second.end) === YUE && t.charCodeAt(second.end + 1) !== LING_AGE && !m1.hasUnit && isMonth(first) && isMonth(second) && first.value < second.value) {
    const end = second.end + 1;
    if (s.excluded(first, first.start, end)) return undefined;
    // (1岁5~6月: the months of an age after its years, no months of a year.)
    const age = t.charCodeAt(first.start - 1) === SUI_AGE;
    const fields = age ? new Fields('range', first.value, '月') : dated('range', first.value, '月', `--${pad2(first.value)}/--${pad2(second.value)}`);
    fields.valueHigh = second.value;
    return s.emit(first.start, end, fields);
  }
  const m2 = measure(s, second);
  // 3万-5万, 2-3万: an amount in one scale needs no unit.
  const scaledOnly = !m2.hasUnit && m2.exp !== 0 && !m1.hasUnit && (m1.exp === 0 || m1.exp === m2.exp);
  if (!m2.hasUnit && !scaledOnly) return undefined;
  // 6月龄至2岁, 3个月~6岁: an age range from months to years, in years.
  const monthsToYears = m1.hasUnit && m2.unit === '岁' && (m1.unit === '月龄' || m1.unitText === '个月') && !m1.approx;
  if (m1.hasUnit && !monthsToYears && (m1.unit !== m2.unit || m1.kind !== m2.kind || m1.exp !== m2.exp)) return undefined;
  // The second number decides: 一至两名医生 counts, though 一名医生 alone may mean "a doctor".
  if (!first.arabic && !chineseCountOk(s, second, m2.measureWord, m2.end)) return undefined;
  const exp1 = m1.hasUnit || m1.exp !== 0 ? m1.exp : m2.exp;
  let end = m2.end;
  let approx = m2.approx;
  const suffix = approxAfter(t, end);
  if (suffix) {
    approx = suffix.approx;
    end += suffix.length;
  }
  const pre = s.prefix(first);
  // (Months in years to three decimals: 8个月 is 0.667 岁.)
  // 三到五万元, 二到六百元, 两到三千人: one numeral before a numeral with its place takes that place too (30,000–50,000 元);
  // from 百 up, in plain numerals (not 十: 一到二十 is 1–20).
  const place = second.end - second.start >= 2 ? t.charCodeAt(second.end - 1) : 0;
  const shared = !first.arabic && first.end - first.start === 1 && first.value >= 1 && first.value <= 9 && unitExponent(place) >= 2 && !isCapitalNumeral(place) ? 10 ** unitExponent(place) : 1;
  let low = (monthsToYears ? Math.round((first.value / 12) * 1000) / 1000 : scaledValue(first, pre.negative, exp1) * shared) + (m1.half ? 0.5 : 0);
  // 13周岁-14周岁半: the upper end with its half.
  let high = (negative ? -1 : 1) * shiftDecimal(numDigits(second), m2.exp) + (m2.half ? 0.5 : 0);
  // -3~-5℃: two readings below zero, as forecasts write them from the warmer end, span the same interval as -5~-3℃.
  if (negative && pre.negative && high < low) [low, high] = [high, low];
  // 7000至1.5万人次: a first number written in full, larger than the second's scale would make it, takes no scale.
  if (!(low <= high) && exp1 > 0 && !m1.hasUnit && m1.exp === 0 && first.arabic) low = scaledValue(first, pre.negative, 0);
  if (!(low <= high)) return undefined;
  // 每周2至3次, 每月1-2次: a range of counts per period is a frequency, from where its period starts (次/周).
  const f = m2.unit === '次' && Number.isInteger(low) && Number.isInteger(high) ? frequencyBefore(s, pre.start) : undefined;
  const per = f !== undefined && f.start >= s.floor ? f : undefined;
  const from = per ? per.start : pre.start;
  const fields = per ? new Fields('rate', low, '次/' + per.per) : new Fields('range', low, m2.unit);
  fields.valueHigh = high;
  if (m2.unitText) fields.unitText = m2.unitText;
  if (approx ?? pre.approx) fields.approx = approx ?? pre.approx;
  if (pre.change) fields.change = pre.change;
  if (s.excluded(first, pre.start, end) || s.excludedNumeral(second)) return undefined;
  return s.emit(from, end, fields);
}

/**
 * 七八种, 两三家, 三五天 (`num` is the two numerals, which make no number together): a few, written as two
 * neighbouring numerals (or 三五) before a measure word: a range, about. So are tens, hundreds and thousands of
 * them (二三十米, 五六百人, 三四千元) and ten thousands (三四万人).
 */
export function numeralPair(s: FigureScanner, num: Num): number | undefined {
  const t = s.text;
  const length = num.end - num.start;
  // 五六|百: the place of the two numerals, written once after them.
  const place = length === 3 ? PLACES.get(t.charCodeAt(num.start + 2)) ?? 0 : 1;
  // (十一二岁 is 11 or 12: not a pair after another numeral.)
  if ((length !== 2 && place <= 1) || isChineseNumeralChar(t.charCodeAt(num.start - 1))) return undefined;
  const a = parseChineseNumeral(t, num.start, num.start + 1);
  const b = parseChineseNumeral(t, num.start + 1, num.start + 2);
  if (!(a >= 1 && a <= 9 && b <= 9 && (b === a + 1 || (a === 3 && b === 5)))) return undefined;
  // 统一|两个方面, 唯一|两家: the 一 ends a word before it, and only 两 counts.
  if (a === 1 && makesWordOfOne(t, num.start - 1)) return undefined;
  const m = measure(s, { start: num.start + 1, end: num.end, arabic: false, digits: '', value: b * place });
  if (!m.hasUnit || m.approx) return undefined;
  // A measure word that takes Chinese numerals (not 两三|倍 … read elsewhere), years (两三年, 三五年), or 万 and 亿 before any unit.
  const years = m.measureWord === undefined && m.unit === '年' && m.unitText === undefined;
  if (m.exp === 0 ? !years && (m.measureWord === undefined || m.measureWord.chineseNumerals === false) : place !== 1 || m.exp < 4) return undefined;
  if (s.excluded(num, num.start, m.end)) return undefined;
  const scale = place * 10 ** m.exp;
  const fields = new Fields('range', a * scale, m.unit);
  fields.valueHigh = b * scale;
  fields.approx = 'about';
  if (m.unitText) fields.unitText = m.unitText;
  return s.emit(num.start, m.end, fields);
}

/** The places written after two neighbouring numerals: 二三十, 五六百, 三四千, 三四万. */
const PLACES = new Map([[0x5341 /* 十 */, 10], [0x767e /* 百 */, 100], [0x5343 /* 千 */, 1000], [0x4e07 /* 万 */, 10000]]);
