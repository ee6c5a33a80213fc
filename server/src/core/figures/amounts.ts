/**
 * Money, counts and other amounts: a number with what precedes it (minus sign, qualifier, word of
 * change) and what follows it (万/亿, 余/多, its unit or measure word: units.ts). Which measure words
 * count money (元, 美元), things (人次, 家, 张) or a measure (平方米, 岁) is data: units.json. This is
 * also where percentages, ranges and ranks written like amounts are handed to their families.
 *
 * Decisions (where reports are ambiguous):
 * - A Chinese numeral is a figure only with a measure word, or as a rank, date or period. A numeral
 *   followed by anything else is part of a name or slogan (市三院, 二十大, 三级医院, 三孩, 两癌). A
 *   number with 县, 级, 类… (三县, 二级, 一类) names, it does not count.
 * - A bare Arabic number is a figure (kind quantity) only after a word that introduces a value
 *   (达, 为, 至…) and before punctuation: 千人口托位数达5.99，. Numbers glued to Latin letters (5G,
 *   COVID-19) and numbers ending in a name (12345热线, 健康180) are not figures.
 * - An amount in 万 or 亿 without a unit is money (in 元) after a word of money: 投入1200万.
 */
import { DUN, MING, QIAN_TOP, WEI, isClauseEnd, isCloseQuote, isLatin, isOpenQuote, rangeSeparator } from './chars';
import { UNITS } from './data';
import { yearsPeriod } from './dates';
import { applyPer } from './percents';
import { range } from './ranges';
import { rankAfterScope, top } from './ranks';
import { Fields, SUFFIX_APPROX, scaledValue, type FigureScanner, type Num } from './scanner';
import { chineseCountOk, measure, type Measure } from './units';
import { WordsBefore, words } from './wordLists';

/** Single characters that introduce a bare value: 达5.99, 为12. */
const VALUE_VERBS = UNITS.valueVerbs.join('');

/** Words before an amount written with 万/亿 and no unit that make it money: 投入1200万. */
const MONEY_CONTEXT = new WordsBefore(words(UNITS.moneyWords));

/** Denominators after a unit: 1000元/月, 6.5张/千人口. */
const PER_UNIT = /[/／](?:(?:10万|十万|万|千|百)?(?:人口|人次|人)|月|年|日|天|周|次|例|床|户|小时)/y;

/** Counts, amounts, percentages, rates and ranges: a number with what follows and precedes it. */
export function quantity(s: FigureScanner, num: Num): number {
  const t = s.text;
  // 前五名, 前3位 — a rank from the top.
  const next = t.charCodeAt(num.end);
  if (t.charCodeAt(num.start - 1) === QIAN_TOP && (next === MING || next === WEI)) {
    const r = top(s, num);
    if (r !== undefined) return r;
  }
  const m = measure(s, num);
  // Ranges: 3-11岁, 10%-20%, 3至6岁, 三至五年.
  const rangeAt = m.hasUnit ? m.end : num.end;
  const sep = m.approx ? 0 : rangeSeparator(t, rangeAt);
  if (sep) {
    const r = range(s, num, m, rangeAt + sep);
    if (r !== undefined) return r;
  }
  if (!m.hasUnit) return bare(s, num, m);
  if (!num.arabic && !chineseCountOk(s, num, m.measureWord)) return num.end;
  let end = m.end;
  let unit = m.unit;
  let kind = m.kind;
  let unitText = m.unitText;
  if (kind === 'money' || kind === 'count' || kind === 'quantity') {
    const c = t.charCodeAt(end);
    if (c === 47 || c === 0xff0f) {
      PER_UNIT.lastIndex = end;
      const per = PER_UNIT.exec(t);
      if (per) {
        const denominator = per[0].slice(1);
        unit += '/' + denominator;
        if (unitText) unitText += '/' + denominator;
        if (kind !== 'money' && /[万千百]/.test(denominator)) kind = 'rate';
        end += per[0].length;
      }
    }
  }
  let approx = m.approx;
  const suffix = SUFFIX_APPROX.match(t, end);
  if (suffix) {
    approx = suffix[1];
    end += suffix[0].length;
  }
  const pre = s.prefix(num);
  if (pre.approx) approx = pre.approx;
  // Years as a duration or a period: 连续4年, 20多年; 近三年, 3年内 are periods.
  if (unit === '年' && kind === 'quantity') {
    const period = yearsPeriod(s, num, pre.start, end, approx);
    if (period !== undefined) return period;
    // 三年行动计划 names a plan; 连续三年 is a duration.
    if (!num.arabic && !t.startsWith('连续', pre.start - 2)) return num.end;
  }
  const fields = new Fields(kind, scaledValue(num, pre.negative, m.exp), unit);
  if (unitText) fields.unitText = unitText;
  if (approx) fields.approx = approx;
  // 能力提升三条主线: a Chinese numeral after a word of change is rarely the change itself.
  if (pre.change && num.arabic) fields.change = pre.change;
  applyPer(s, pre.start, end, fields);
  if (s.excluded(num, pre.start, end)) return num.end;
  return s.emit(pre.start, end, fields);
}

/** A number with no unit: an amount in 万/亿, a rank after a scope, or a value after 达/为. */
function bare(s: FigureScanner, num: Num, m: Measure): number {
  const t = s.text;
  const after = t.charCodeAt(m.end);
  // 全国一百二十四、 — a rank without 第.
  if (m.exp === 0 && !m.approx) {
    const r = rankAfterScope(s, num);
    if (r !== undefined) return r;
  }
  if (!num.arabic) return num.end;
  if (isOpenQuote(after) || isCloseQuote(after) || isLatin(after)) return num.end;
  if (m.exp <= 0) {
    // 达5.99, — a plain value after a word that introduces it, before punctuation. (Tested before the
    // words in front are read: most bare numbers are not followed by punctuation.)
    const ends = m.end >= t.length || after === DUN || after === 32 || (isClauseEnd(after) && after !== 58 && after !== 0xff1a);
    if (!ends) return num.end; // 12345热线, 1.突出, 10:30
    if (num.digits.length === 4 && /^[12]\d{3}$/.test(num.digits)) return num.end; // a year without 年
  }
  const pre = s.prefix(num);
  const fields = new Fields('quantity', null, '');
  if (m.exp > 0) {
    // 投入1200万: an amount in 万/亿; money when the words before say so.
    if (MONEY_CONTEXT.match(t, pre.before) || MONEY_CONTEXT.match(t, pre.start)) {
      fields.figureKind = 'money';
      fields.unit = '元';
    }
    fields.unitText = m.scaleText;
  } else {
    const b = pre.before > 0 ? t[pre.before - 1] : '';
    if (!pre.approx && !(b !== '' && VALUE_VERBS.includes(b))) return num.end;
  }
  fields.value = scaledValue(num, pre.negative, m.exp);
  const approx = m.approx ?? pre.approx;
  if (approx) fields.approx = approx;
  if (pre.change) fields.change = pre.change;
  applyPer(s, pre.start, m.end, fields);
  if (s.excluded(num, pre.start, m.end)) return num.end;
  return s.emit(pre.start, m.end, fields);
}
