/**
 * Figures that do not add up, read from the analysis's normalised values (core/figures): a share above
 * 100%, a change that contradicts its from/to values, % and 个百分点 mixed up, parts that add up to more
 * than their total, a year far from the report's own, the same indicator with two values.
 *
 * The per-paragraph rules also note the facts the document-wide ones compare (which indicator has which
 * value, which years are named), so an edit re-reads only the paragraphs it touched.
 */
import type { FigureAnnotation } from '../types';
import { isHan } from './chars';
import type { BlockInput } from './input';
import type { Finding } from './types';
import { StepSizer, type Steps } from '../steps';

/** An indicator given a value: 孕产妇死亡率为3.85/10万. Offsets relative to the block until the document pass. */
export interface IndicatorFact {
  name: string;
  unit: string;
  value: number;
  /** The years the sentence names before the value: the same indicator in another year may differ. */
  years: string;
  start: number;
  end: number;
  text: string;
}

/** A year the text names (2004年), and whether it is named as a point of comparison (比2000年, 自2009年以来). */
export interface YearFact {
  year: number;
  start: number;
  end: number;
  /** Named to compare with, as history, or inside brackets and titles: never an outlier. */
  reference: boolean;
}

/** What the per-paragraph figure rules note for the document-wide ones. */
export interface FigureFacts {
  indicators: IndicatorFact[];
  years: YearFact[];
}

/** Per-paragraph figure rules; returns the facts for the document-wide ones. */
export function checkFigures(block: BlockInput, out: Finding[]): FigureFacts {
  const { text } = block;
  // A figure right after digits or a dot is part of a number the detector did not read whole (1·5万人).
  const figures = block.figures.filter((f) => !/[\d.·．]/.test(text[f.start - 1] ?? ''));
  shares(text, figures, out);
  changes(text, figures, out);
  percentPoints(text, out);
  totals(text, figures, out);
  return { indicators: indicators(text, figures), years: years(text, figures) };
}

/** Digits after the decimal point in a figure's number as written (0 for Chinese numerals). */
function decimals(f: FigureAnnotation): number {
  const m = /\d(?:\.(\d+))?/.exec(f.text);
  return m?.[1]?.length ?? 0;
}

/** Half a unit of the last digit written: how far the exact value may be from the one written. */
function halfUnit(f: FigureAnnotation, scale: number): number {
  return (0.5 * Math.pow(10, -decimals(f))) / scale;
}

/** The text of the clause before `at`, back to the previous clause punctuation, at most `max` characters. */
function clauseBefore(text: string, at: number, max: number): string {
  let s = at;
  while (s > 0 && at - s < max && !CLAUSE_END.has(text[s - 1])) s--;
  return text.slice(s, at);
}
const CLAUSE_END = new Set('，。；：！？,;:!?\n\r');

// ---------------------------------------------------------------- a share above 100%

/** Words after which a percentage is a part of a whole. */
const SHARE = /占|比重|覆盖率|建档率|知晓率|接种率|合格率|达标率|签约率|参保率|管理率|治愈率|普及率|及时率|报告率|满意度|满意率|正确率|准确率|到位率|完整率|规范率|知情率|入托率|检出率|就诊率/;
/** Words of a change or a comparison, after which a percentage may exceed 100%. */
const CHANGE = /增长|增加|提高|提升|上升|下降|降低|减少|增幅|降幅|同比|环比|较|比上年|超|翻/;

function shares(text: string, figures: readonly FigureAnnotation[], out: Finding[]): void {
  for (const f of figures) {
    if (f.figureKind !== 'percent' || f.value === null || f.value <= 1 || f.change || f.valueHigh !== undefined) continue;
    const clause = clauseBefore(text, f.start, 16);
    if (!SHARE.test(clause) || CHANGE.test(clause) || /占地|占用/.test(clause)) continue;
    out.push({ code: 'shareOver100', start: f.start, end: f.end, data: { figure: f.text, what: SHARE.exec(clause)![0] } });
  }
}

// ---------------------------------------------------------------- a change that contradicts its values

const UP = /提高|提升|上升|增加|增长|升|增/;
const FROM = /[由从]$/;
const TO = /^(提高|提升|上升|增加|增长|下降|降低|减少|回落|降|升|增|减)?(到|至)$/;
const BY = /^[，,]?\s*(?:同比|比上年|较上年)?(提高|提升|上升|增加|增长|下降|降低|减少|回落)了?$/;

/** A figure's value in the unit a change is stated in (percentages in points), and half a unit of its last digit. */
function valueOf(f: FigureAnnotation): { v: number; h: number } {
  if (f.figureKind === 'percent') return { v: f.value! * 100, h: halfUnit(f, 1) };
  return { v: f.value!, h: halfUnit(f, 1) * (f.value! / numberWritten(f)) };
}

/** The number as written in a figure's text (1.5 of 1.5亿元), or the value when it is not in digits. */
function numberWritten(f: FigureAnnotation): number {
  const m = /\d+(?:\.\d+)?/.exec(f.text);
  const n = m ? Number(m[0]) : NaN;
  return n > 0 ? n : f.value!;
}

/**
 * 由A到B，提高了C: C must be B − A in points (two percentages and 个百分点), B/A − 1 (a percentage change), or
 * B − A (the same unit); and 提高 must go up. The stated change may be rounded, and computed from unrounded
 * values of A and B. Two percentages and a change in % that is exactly their difference in points is %
 * written for 个百分点 (percentPointMix, with the fix).
 */
function changes(text: string, figures: readonly FigureAnnotation[], out: Finding[]): void {
  for (let i = 0; i + 2 < figures.length; i++) {
    const [a, b, c] = [figures[i], figures[i + 1], figures[i + 2]];
    if (a.value === null || b.value === null || c.value === null || a.figureKind !== b.figureKind || a.unit !== b.unit) continue;
    if (!FROM.test(text.slice(Math.max(0, a.start - 3), a.start).replace(/[月均近约]+$/, ''))) continue;
    const to = TO.exec(text.slice(a.end, b.start));
    const by = BY.exec(text.slice(b.end, c.start));
    if (!to || !by || [a, b, c].some((f) => f.approx && f.approx !== 'exact')) continue;
    const up = UP.test(by[1]);
    const [x, y, z] = [valueOf(a), valueOf(b), valueOf(c)];
    const stated = up ? z.v : -z.v;
    const wrongWay = up ? y.v + y.h < x.v - x.h : y.v - y.h > x.v + x.h;
    const points = y.v - x.v;
    const relative = x.v > 0 ? (points / x.v) * 100 : NaN;
    // How far the relative change may be from the one of the written values, A and B being rounded.
    const relSlack = x.v > x.h ? Math.abs(((y.v + y.h) / (x.v - x.h) - (y.v - y.h) / (x.v + x.h)) * 50) : Infinity;
    let consistent: boolean;
    let actual: string;
    if (a.figureKind === 'percent' && c.figureKind === 'percentage-point') {
      consistent = Math.abs(stated - points) <= z.h + x.h + y.h + 1e-9;
      actual = `${round(points)}个百分点`;
    } else if (c.figureKind === 'percent' && a.figureKind === 'percent' && !wrongWay && Math.abs(stated - points) <= z.h + 1e-9 && Math.abs(stated - relative) > z.h) {
      const pct = c.start + c.text.lastIndexOf('%');
      out.push({ code: 'percentPointMix', start: c.start, end: c.end, data: { figure: c.text, replacement: c.text.replace(/%$/, '个百分点') }, fix: c.text.endsWith('%') ? [{ start: pct, end: pct + 1, text: '个百分点' }] : undefined });
      continue;
    } else if (c.figureKind === 'percent') {
      consistent = Math.abs(stated - relative) <= z.h + relSlack + 1e-9;
      actual = `${round(relative)}%`;
    } else if (c.figureKind === a.figureKind && c.unit === a.unit) {
      consistent = Math.abs(stated - points) <= z.h + x.h + y.h + 1e-9;
      actual = `${round(Math.abs(points) / (a.value / numberWritten(a)))}${a.unitText ?? a.unit}`;
    } else continue;
    if (consistent && !wrongWay) continue;
    out.push({ code: 'changeMismatch', start: c.start, end: c.end, data: { from: a.text, to: b.text, change: c.text, actual, wrongWay: wrongWay ? 1 : 0 } });
  }
}

/** A number for a message: at most two decimals, no trailing zeros. */
function round(x: number): string {
  return String(Math.round(x * 100) / 100);
}

// ---------------------------------------------------------------- 5%个百分点

const PERCENT_POINT = /(?:\d+(?:\.\d+)?|百分之[零一二三四五六七八九十点]+)\s*[%％]?\s*个?百分点/g;

/** A change in 个百分点 written with % as well (增长5%个百分点), or with 百分之 (百分之五个百分点). */
function percentPoints(text: string, out: Finding[]): void {
  PERCENT_POINT.lastIndex = 0;
  for (let m = PERCENT_POINT.exec(text); m; m = PERCENT_POINT.exec(text)) {
    if (!/[%％]/.test(m[0]) && !m[0].startsWith('百分之')) continue;
    out.push({ code: 'percentPointMix', start: m.index, end: m.index + m[0].length, data: { figure: m[0], replacement: '' } });
  }
}

// ---------------------------------------------------------------- a total and its parts

/** After a total: the parts that follow (其中, …中：, 分别为). */
const PARTS = /^([\u4e00-\u9fff]{0,4})\s*[，,]?\s*(其中|中(?=[:：])|分别为|分别是)[:：]?/;
const SENTENCE_END = /[。；;！？!?]/g;
const COUNTABLE = new Set(['count', 'money', 'quantity']);

/**
 * 共5家，其中三级医院3家、二级医院3家: parts with the total's unit, in the same sentence, that add up to more
 * than it; or to less, when the list says it is complete (分别为, 其他, 其余). A list after 其中 that adds up
 * to less is usually a selection (卫生技术人员…其中执业医师…注册护士…) and is left alone.
 */
function totals(text: string, figures: readonly FigureAnnotation[], out: Finding[]): void {
  for (let i = 0; i < figures.length; i++) {
    const t = figures[i];
    if (!COUNTABLE.has(t.figureKind) || t.value === null || (t.approx && t.approx !== 'exact') || t.valueHigh !== undefined) continue;
    const m = PARTS.exec(text.slice(t.end, t.end + 14));
    if (!m) continue;
    const from = t.end + m[0].length;
    SENTENCE_END.lastIndex = from;
    const stop = SENTENCE_END.exec(text)?.index ?? text.length;
    let sum = 0;
    let parts = 0;
    let exact = true;
    let depth = 0;
    let at = from;
    for (let j = i + 1; j < figures.length && figures[j].start < stop; j++) {
      const p = figures[j];
      if (p.start < from) continue;
      for (; at < p.start; at++) depth += text[at] === '（' || text[at] === '(' ? 1 : text[at] === '）' || text[at] === ')' ? -1 : 0;
      if (depth > 0 || p.figureKind !== t.figureKind || p.unit !== t.unit) continue;
      if (p.value === null || (p.approx && p.approx !== 'exact') || p.valueHigh !== undefined) exact = false;
      sum += p.value ?? 0;
      parts++;
    }
    if (!exact || parts < 2) continue;
    const complete = m[2].startsWith('分别') || /其他|其余|另有/.test(text.slice(from, stop));
    const tolerance = 1e-9 * Math.max(1, t.value);
    if (!(sum > t.value + tolerance || (complete && sum < t.value - tolerance))) continue;
    const scale = t.value / numberWritten(t);
    out.push({ code: 'totalMismatch', start: t.start, end: t.end, data: { total: t.text, sum: `${round(sum / scale)}${t.unitText ?? t.unit}`, parts } });
  }
}

// ---------------------------------------------------------------- facts for the document-wide rules

/** Endings of an indicator's name. */
const INDICATOR_END = /(?:率|数|量|比例|占比|水平|寿命|人数|总数|总量|总额|金额|密度|人次)$/;
/** Between an indicator and its value. */
const CONNECTOR = /(?:为|达到|达|是|[:：])$/;
/** A clause that gives a target, a bound or a change, not the indicator's value. */
const NOT_A_VALUE = /目标|力争|争取|计划|预计|预期|确保|不低于|不高于|不超过|以上|以下|控制在|同比|环比|比上年|较|增长|下降|提高|降低|上升|减少|增加|由|从|将|要|应|需|达标/;
const MEASURED = new Set(['percent', 'rate', 'count', 'money', 'quantity']);

/** Indicators with their values (孕产妇死亡率为3.85/10万), for indicatorConflict. */
function indicators(text: string, figures: readonly FigureAnnotation[]): IndicatorFact[] {
  let found: IndicatorFact[] | undefined;
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (!MEASURED.has(f.figureKind) || f.value === null || (f.approx && f.approx !== 'exact') || f.change || f.valueHigh !== undefined) continue;
    const before = clauseBefore(text, f.start, 24);
    const head = before.replace(CONNECTOR, '');
    if (head.length === before.length && before.length > 0 && !isHan(before.charCodeAt(before.length - 1))) continue;
    let s = head.length;
    while (s > 0 && head.length - s < 16 && isHan(head.charCodeAt(s - 1))) s--;
    const name = head.slice(s);
    if (name.length < 3 || !INDICATOR_END.test(name) || NOT_A_VALUE.test(before) || NOT_A_VALUE.test(clauseAfter(text, f.end))) continue;
    (found ??= []).push({ name, unit: f.unit, value: f.value, years: yearsBefore(text, figures, i), start: f.start, end: f.end, text: f.text });
  }
  return found ?? NONE_INDICATORS;
}

/** The clause after `at`, up to the next clause punctuation (at most 16 characters). */
function clauseAfter(text: string, at: number): string {
  let e = at;
  while (e < text.length && e - at < 16 && !CLAUSE_END.has(text[e])) e++;
  return text.slice(at, e);
}

/** The years named in the sentence before figure i, as a key ("2022", "2021/2022", or ""). */
function yearsBefore(text: string, figures: readonly FigureAnnotation[], i: number): string {
  const ys = new Set<string>();
  // A sentence rarely names more than a few dates; looking further back would make long tables quadratic.
  for (let j = i - 1; j >= Math.max(0, i - 32); j--) {
    const f = figures[j];
    if (/[。；;！？!?]/.test(text.slice(f.end, figures[j + 1].start))) break;
    if (f.date) for (const y of f.date.match(/\d{4}/g) ?? []) ys.add(y);
  }
  return [...ys].sort().join('/');
}

/** Words before a year that name it as a point of comparison or history. */
const REFERENCE_BEFORE = /(?:比|较|与|自|从|早在|于|截至|截止|至|到|对比|相比)\s*$/;
const REFERENCE_AFTER = /^\s*(?:以来|起|至今|年代|以前|之前|前|版|修订|修正|颁布|发布|施行|通过|同期|相比|比较)/;

/** The years of the block's dates, for yearOutlier. */
function years(text: string, figures: readonly FigureAnnotation[]): YearFact[] {
  let found: YearFact[] | undefined;
  for (const f of figures) {
    if (!f.date || (f.figureKind !== 'date' && f.figureKind !== 'period' && f.figureKind !== 'range')) continue;
    const m = /(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/.exec(f.text);
    if (!m) continue;
    const start = f.start + m.index;
    const line = clauseBefore(text, f.start, 40);
    const reference =
      f.figureKind !== 'date' ||
      REFERENCE_BEFORE.test(text.slice(Math.max(0, f.start - 4), f.start)) ||
      REFERENCE_AFTER.test(text.slice(f.end, f.end + 4)) ||
      unclosed(line, '（', '）') || unclosed(line, '(', ')') || unclosed(line, '《', '》');
    (found ??= []).push({ year: Number(m[1]), start, end: start + 4, reference });
  }
  return found ?? NONE_YEARS;
}

function unclosed(s: string, open: string, close: string): boolean {
  return s.lastIndexOf(open) > s.lastIndexOf(close);
}

const NONE_INDICATORS: IndicatorFact[] = [];
const NONE_YEARS: YearFact[] = [];
Object.freeze(NONE_INDICATORS);
Object.freeze(NONE_YEARS);

// ---------------------------------------------------------------- the document-wide rules

/**
 * Facts read between two yields of the document-wide figure rules at most (StepSizer: fewer while the code is
 * not compiled), so that a report with tens of thousands of amounts and years is compared in steps like the
 * rest of the document-wide checks.
 */
const FACTS_PER_STEP = 4096;

/**
 * A year far before the report's own that differs from it in one digit (2004年 in a report about 2024): a
 * slip of the finger. The report's year is the one its dates name most (three times at least, more than any
 * other); years named as references (比2000年, 自2009年以来, in brackets) are never outliers.
 */
export function* yearOutliers(facts: readonly YearFact[]): Steps<Finding[]> {
  const counts = new Map<number, number>();
  const sizer = new StepSizer(256, FACTS_PER_STEP);
  for (let i = 0; i < facts.length; i++) {
    const y = facts[i];
    counts.set(y.year, (counts.get(y.year) ?? 0) + 1);
    if (sizer.tick()) yield;
  }
  let main = 0;
  let top = 0;
  let second = 0;
  for (const [year, n] of counts) {
    if (n > top) [main, top, second] = [year, n, top];
    else if (n > second) second = n;
  }
  if (top < 3 || second === top) return [];
  const out: Finding[] = [];
  for (const y of facts) {
    if (y.reference || counts.get(y.year) !== 1 || y.year > main - 10 || !oneDigitApart(y.year, main)) continue;
    out.push({ code: 'yearOutlier', start: y.start, end: y.end, data: { year: y.year, main } });
  }
  return out;
}

function oneDigitApart(a: number, b: number): boolean {
  const x = String(a);
  const y = String(b);
  let diff = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) diff++;
  return x.length === y.length && diff === 1;
}

/**
 * The same indicator, for the same years, with two values in one document (the second is reported, naming
 * the first). Only values given as such count: not targets, bounds or changes (see NOT_A_VALUE).
 */
export function* indicatorConflicts(facts: readonly IndicatorFact[]): Steps<Finding[]> {
  const first = new Map<string, IndicatorFact>();
  const out: Finding[] = [];
  const sizer = new StepSizer(256, FACTS_PER_STEP);
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i];
    if (sizer.tick()) yield;
    const key = `${f.name}|${f.unit}|${f.years}`;
    const seen = first.get(key);
    if (!seen) first.set(key, f);
    else if (Math.abs(seen.value - f.value) > 1e-9 * Math.max(1, Math.abs(f.value))) {
      out.push({ code: 'indicatorConflict', start: f.start, end: f.end, data: { name: f.name, value: f.text, other: seen.text, otherAt: seen.start } });
    }
  }
  return out;
}
