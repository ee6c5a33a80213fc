/**
 * The figure scanner: where a figure may start (the anchor table), the state of one paragraph's
 * scan, and what every family of figures shares: the number as written, the fields of a figure, the
 * words before a number (minus sign, qualifier, word of change), the slogans and quoted formulas
 * that make a number no figure, and the emission of a figure.
 *
 * Decisions (where reports are ambiguous):
 * - A numeral inside a short quoted formula (“四个意识”, “312”工作法, “1+N”) is not a figure; inside a
 *   quotation of speech (with commas or full stops in it) it is. (“十四五” is a period wherever it is:
 *   dates.ts.)
 * - Qualifiers before a number (逾, 近, 约, 超过, 不到) set `approx` but stay outside the figure's text,
 *   like words of change (增长, 下降) and of rank (位列): 总投资约2.8亿元 → 2.8亿元. Qualifiers inside or
 *   after it (300余名, 120多人, 60岁以上, 2天(含)以内) are part of it. 近 in 近三年 and 前 in 前五名 belong
 *   to the figure.
 * - Numbers inside a title in 《》 are part of the title's name, not figures (《2024年工作要点》); a 《
 *   whose 》 does not follow within a line's length is no title.
 */
import type { Approximation, DatePart, FigureAnnotation, FigureKind } from '../types';
import { decimalValue, digitValue, isChineseNumeralChar, parseChineseNumeral, readArabic, shiftDecimal, unitExponent } from '../numerals';
import { BAI, CHAR_CLASS, CHU, C_CLOSE_QUOTE, C_OPEN_QUOTE, DUO, FEN, MING, QIAN, WAN, YI_SCALE, YU, ch, digitsStart, isDash, isLatin, isMinus, isNumeralChar } from './chars';
import { UNITS, type Change } from './data';
import { endsWithFileExtension, LINKED_FILE_EXTENSION } from '../outline/debris';
import { ByUnit, WordsAt, WordsBefore, hasAt, words } from './wordLists';

/** 场, a measure word of events. */
const CHANG = ch('场');

/** The longest quotation (code units between the marks) read as a formula whatever its numbers, which are no figures. */
const MAX_FORMULA = 12;
/** Longest slogan of clauses joined by commas, between its quotation marks (“进一道门，办两件事”). */
const MAX_SLOGAN = 16;

/** A full-width or ASCII comma. */
function isComma(c: number): boolean {
  return c === 0xff0c || c === 44;
}

/** What follows the number of a date (2018年, 6月, 14日, 3号). */
const DATE_UNITS = '年月日号';

/** A number written as a year (1900-2099, four digits): in a quoted name, the name's year. */
function isYearLike(num: Num): boolean {
  return num.arabic && num.digits.length === 4 && num.value >= 1900 && num.value <= 2099;
}

// ------------------------------------------------------------------ anchors

/** What kind of place an anchor is, by code unit. */
export const ANCHOR = new Uint8Array(0x10000);
export const A_ARABIC = 1;
export const A_CHINESE = 2;
/** 半, which halves a unit of time after it (半小时: times.ts's halfOfTime). */
export const A_HALF = 3;
for (let c = 48; c <= 57; c++) ANCHOR[c] = A_ARABIC;
for (let c = 0xff10; c <= 0xff19; c++) ANCHOR[c] = A_ARABIC;
for (const s of '〇零一二两三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟') ANCHOR[ch(s)] = A_CHINESE;
ANCHOR[ch('半')] = A_HALF;

/** 1 for blanks: space, tab, no-break space, ideographic space. */
export const BLANK = new Uint8Array(0x10000);
for (const c of [32, 9, 0xa0, 0x3000]) BLANK[c] = 1;

/** The first place at or after i where a figure may start, or the text's length. */
export function nextAnchor(t: string, i: number): number {
  // A loop of its own: most characters start nothing, and this tight loop is what skips them.
  const n = t.length;
  while (i < n && ANCHOR[t.charCodeAt(i)] === 0) i++;
  return i;
}

// ------------------------------------------------------------------ numbers

/** A number as written. */
export interface Num {
  start: number;
  end: number;
  arabic: boolean;
  /** ASCII digits with an optional ".", for exact scaling ('' for Chinese numerals: see numDigits). */
  digits: string;
  /** The value as written (NaN for a malformed Chinese numeral). */
  value: number;
}

/** The Arabic number that starts at p (a digit must be there). */
export function arabicNum(t: string, p: number): Num {
  const a = readArabic(t, p)!;
  return { start: p, end: a.end, arabic: true, digits: a.digits, value: decimalValue(a.digits) };
}

/** Characters that model reports and templates print for the digits left to fill in (××万元, XX人, **个). */
const DIGIT_BLANKS = '×XxＸｘ*＊○□';

/** Qualifiers before which a scale alone is a number: 逾千场次, 近万人, 超百家, 上百位 (about a hundred), 破百万. */
const SCALE_QUALIFIERS = '逾近超上破';

/** Whether a qualifier before which a scale alone is a number stands right before p. */
export function scaleQualified(t: string, p: number): boolean {
  return p > 0 && SCALE_QUALIFIERS.includes(t[p - 1]);
}

/**
 * The power of ten of a scale standing alone at [p, e): one scale character (千 → 3), or two with the second
 * the larger, from 万 up (千亿 → 11, 百万 → 6); 0 for anything else.
 */
export function loneScale(t: string, p: number, e: number): number {
  const lead = unitExponent(t.charCodeAt(p));
  if (e === p + 1) return lead;
  if (e !== p + 2) return 0;
  const second = unitExponent(t.charCodeAt(p + 1));
  return second >= 4 && second > lead ? lead + second : 0;
}

/** Words of quantity before a lone 百 or 千 (数百, 上千, 近百, 成百, 几千, 前百名, 第千名): no count of a hundred or a thousand alone. */
const ROUGH_BEFORE_HUNDREDS = '数上近逾几成前第约';

/**
 * Whether 百 or 千 alone at p counts a hundred or a thousand before 场 or 名, as campaigns name their targets (举办百场健康讲座,
 * 选派千名医生); not after a word of quantity (数百名, 上千名, 近百场 are read, or left, as approximations).
 */
export function hundredsCounted(t: string, p: number): boolean {
  const c = t.charCodeAt(p);
  const next = t.charCodeAt(p + 1);
  return (c === BAI || c === QIAN) && (next === CHANG || next === MING) && !isNumeralChar(t.charCodeAt(p - 1)) && !ROUGH_BEFORE_HUNDREDS.includes(t[p - 1] ?? '');
}

/** Whether a bound of an age follows at i (以上, 及以上, 以下): 百岁以上 is an age. */
export function ageBoundAt(t: string, i: number): boolean {
  return t.startsWith('以上', i) || t.startsWith('及以上', i) || t.startsWith('以下', i);
}

/** The Chinese numeral written at [p, e). */
export function chineseNum(t: string, p: number, e: number): Num {
  let value: number;
  const lead = unitExponent(t.charCodeAt(p));
  if (lead >= 2) {
    // 百余名, 千余人, 万余人次, 百分之, and after 逾/近/超 (逾千场次, 近万人): a scale alone stands for one of it;
    // so do two scales, the second the larger (上千亿元, 近百万人).
    const after = t.charCodeAt(e);
    // (Not after a template's blanks for the digits: ××万多份, XX万余人.)
    // (百亿, 千亿, 万亿 are numbers wherever they stand: no word holds them, as 千方百计 holds 千 and 百.)
    // (百岁以上, 百岁及以上: an age with its bound, as 100岁以上 is.)
    const alone = (after === YU || after === DUO || (after === FEN && t.startsWith('分之', e)) || scaleQualified(t, p) || (e === p + 2 && t.charCodeAt(p + 1) === YI_SCALE) || (after === 0x5c81 /* 岁 */ && ageBoundAt(t, e + 1)) || (e === p + 1 && hundredsCounted(t, p))) && !DIGIT_BLANKS.includes(t[p - 1]);
    const scales = loneScale(t, p, e);
    value = scales > 0 && alone ? 10 ** scales : NaN;
  } else {
    value = parseChineseNumeral(t, p, e);
  }
  return { start: p, end: e, arabic: false, digits: '', value };
}

/** The Chinese numeral that starts at j (a numeral character must be there), to its last character. */
export function chineseNumFrom(t: string, j: number): Num {
  let e = j + 1;
  while (e < t.length && isChineseNumeralChar(t.charCodeAt(e))) e++;
  return chineseNum(t, j, e);
}

/** A one- or two-digit Arabic number, or a Chinese numeral up to three characters, at i. */
export function readSmall(text: string, i: number): { value: number; end: number } | undefined {
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

/** The digits of a number for exact scaling; for a Chinese numeral its value's, made only when needed. */
export function numDigits(num: Num): string {
  if (num.arabic) return num.digits;
  return Number.isNaN(num.value) ? '' : String(num.value);
}

/** The number × 10^exp, negated after a minus sign: exact, from the digits as written. */
export function scaledValue(num: Num, negative: boolean, exp: number): number {
  // An Arabic number's value is already its digits read exactly (-0 after a minus sign, like "-0").
  if (exp === 0 && num.arabic) return negative ? -num.value : num.value;
  return shiftDecimal(negative ? '-' + numDigits(num) : numDigits(num), exp);
}

// ------------------------------------------------------------------ figures

/**
 * What a figure says besides its range. A class, so that all of them have one shape (absent fields
 * are undefined) and emit() reads them quickly: object literals of a dozen shapes made those reads
 * megamorphic, the slowest kind of property access.
 */
export class Fields {
  valueHigh: number | undefined = undefined;
  dates: string[] | undefined = undefined;
  unitText: string | undefined = undefined;
  approx: Approximation | undefined = undefined;
  date: string | undefined = undefined;
  datePart: DatePart | undefined = undefined;
  scope: string | undefined = undefined;
  fromEnd: true | undefined = undefined;
  change: Change | undefined = undefined;
  ratio: number[] | undefined = undefined;
  lunar: string | undefined = undefined;
  constructor(
    public figureKind: FigureKind,
    public value: number | null,
    public unit: string,
  ) {}
}

/** Fields with a date or period (ISO 8601). */
export function dated(figureKind: FigureKind, value: number | null, unit: string, date: string): Fields {
  const f = new Fields(figureKind, value, unit);
  f.date = date;
  return f;
}

// ------------------------------------------------------------------ words around a number

/**
 * Slogans and names with numerals, by each numeral character in them, with its index: a number may be read
 * from inside a run of numerals too (二七区: 七区 after 二七 made no number).
 */
const NOT_FIGURES = new ByUnit<{ phrase: string; at: number }>();
for (const phrase of UNITS.notFigures) {
  for (let k = 0; k < phrase.length; k++) {
    const c = phrase.charCodeAt(k);
    if (isNumeralChar(c)) NOT_FIGURES.add(c, { phrase, at: k });
  }
}

const QUALIFIERS = new WordsBefore<Approximation>(UNITS.qualifiers.map((q) => [q.text, q.approx]));

/** Characters before a one-character qualifier that make it part of another word (附近, 签约, 赶超). */
const QUALIFIER_GUARD = new Map<string, string>(UNITS.qualifiers.filter((q) => q.notPrecededBy).map((q) => [q.text, q.notPrecededBy!.join('')]));

/** Words after a figure that make it approximate: 60岁以上, 10%左右. */
const SUFFIX_APPROX = new WordsAt<{ approx: Approximation; exclusive: Approximation }>(
  UNITS.approxSuffixes.map((q) => [q.text, { approx: q.approx, exclusive: q.exclusive ?? q.approx }]),
);

/** Words in parentheses that say whether the number is included: (含), (不含). */
const INCLUSION = new WordsAt<boolean>([...UNITS.inclusionMarks.inclusive.map((w): [string, boolean] => [w, true]), ...UNITS.inclusionMarks.exclusive.map((w): [string, boolean] => [w, false])]);

/** The longest bound a mark in parentheses restates (20分(含20分)以内, 5万元（含5万元）以下), in code units. */
const MAX_RESTATED = 12;

/**
 * The length of an inclusion mark in parentheses at i ((含), （不含）, or with the bound restated as written just before
 * it: 20分(含20分)以内) and whether it includes, if one is there.
 */
function inclusionAt(t: string, i: number): { length: number; inclusive: boolean } | undefined {
  const open = t.charCodeAt(i);
  if (open !== 40 && open !== 0xff08) return undefined;
  const w = INCLUSION.match(t, i + 1);
  if (!w) return undefined;
  const from = i + 1 + w[0].length;
  let k = from;
  while (k < t.length && k - from <= MAX_RESTATED && t.charCodeAt(k) !== 41 && t.charCodeAt(k) !== 0xff09) k++;
  const close = t.charCodeAt(k);
  if (close !== 41 && close !== 0xff09) return undefined;
  // What stands between the mark and the bracket's close is the bound just read, or nothing.
  if (k > from && (k - from > i || t.slice(from, k) !== t.slice(i - (k - from), i))) return undefined;
  return { length: k + 1 - i, inclusive: w[1] };
}

/**
 * The approximating suffix after a figure that ends at i (60岁以上, 10%左右, 2天(含)以内, 60岁以上(含),
 * 3天(不含)以上): its length and what it says, if one is there.
 */
export function approxAfter(t: string, i: number): { length: number; approx: Approximation } | undefined {
  const before = inclusionAt(t, i);
  const at = before ? i + before.length : i;
  const w = SUFFIX_APPROX.match(t, at);
  if (!w) return undefined;
  let end = at + w[0].length;
  const after = before ? undefined : inclusionAt(t, end);
  if (after) end += after.length;
  const exclusive = (before && !before.inclusive) || (after && !after.inclusive);
  return { length: end - i, approx: exclusive ? w[1].exclusive : w[1].approx };
}

const CHANGE_WORDS = new WordsBefore<Change>(UNITS.changeWords.map((w) => [w.text, w.change]));

/** Words between a word of change and its figure: 增长了5%, 增幅为4.8%. */
const CHANGE_FILLERS = new WordsBefore(words(['了', '为', '达']));

/** What stands before a number: see FigureScanner.prefix. */
export interface Prefix {
  /** Where the figure starts: the number or its minus sign. */
  start: number;
  /** Where the words before it start: the qualifier, if any, else `start`. */
  before: number;
  negative: boolean;
  approx?: Approximation;
  change?: Change;
}

// ------------------------------------------------------------------ the scanner

/**
 * The state of one paragraph's scan. The family readers (amounts.ts, dates.ts, …) take it as their
 * first argument; index.ts keeps one scanner for all paragraphs.
 */
export class FigureScanner {
  /** The paragraph being read. */
  text = '';
  out: FigureAnnotation[] = [];
  /** End of the last figure: nothing may start before it. */
  floor = 0;
  /** A 每…人口 denominator waiting for its figure, until the end of its clause (percents.ts). */
  per: { text: string; from: number; until: number } | undefined = undefined;
  /**
   * The 每…人口 denominator last given, and the end of its sentence: counts later in the sentence whose value is
   * no whole number (执业(助理)医师2.48人 after 每千常住人口拥有卫技人员6.47人,) are rates of the same (percents.ts).
   */
  lastPer: { text: string; until: number } | undefined = undefined;
  /** End of the last figure of a list that took the bound 分别 gave its first (分别不低于10%、30%|和70%); -1: none. */
  boundSharedTo = -1;
  /** Whether a blank stands beside an Arabic number read (index.ts then joins and reads again). */
  blankBesideNumber = false;
  /** The next 《 not yet looked at (-1: none), and the 《…》 title last passed (close -1: none). */
  private nextTitle = -2;
  private titleOpen = -1;
  private titleClose = -1;

  /** Starts reading a paragraph: the scanner is reset here, so one serves all paragraphs. */
  start(text: string): void {
    this.text = text;
    this.out = [];
    this.floor = 0;
    this.boundSharedTo = -1;
    this.per = undefined;
    this.lastPer = undefined;
    this.blankBesideNumber = false;
    this.nextTitle = -2;
    this.titleOpen = -1;
    this.titleClose = -1;
  }

  /**
   * True when p lies inside a 《…》 title. Asked with p never decreasing within a paragraph (figures
   * are emitted in order), so each 《 is looked at once.
   */
  private inTitle(p: number): boolean {
    const t = this.text;
    if (this.nextTitle === -2) this.nextTitle = t.indexOf('《');
    while (this.nextTitle >= 0 && this.nextTitle < p) {
      this.titleOpen = this.nextTitle;
      this.titleClose = titleEnd(t, this.titleOpen);
      this.nextTitle = t.indexOf('《', this.titleOpen + 1);
    }
    return this.titleOpen >= 0 && this.titleOpen < p && this.titleClose >= p;
  }

  /** The figures of the paragraph read; keeps neither the paragraph nor its figures alive. */
  finish(): FigureAnnotation[] {
    const out = this.out;
    this.text = '';
    this.out = [];
    this.per = undefined;
    this.lastPer = undefined;
    return out;
  }

  /** True when the figure is inside a quoted formula or a slogan. */
  excluded(num: Num, start: number, end: number): boolean {
    if (this.excludedNumeral(num)) return true;
    const quoted = this.quotationAround(start, end, false);
    // “进一道门，办两件事”: a slogan of two short clauses, its numbers in Chinese numerals, is a formula too.
    if (quoted < 0) return !num.arabic && this.quotationAround(start, end, true) >= 0;
    // A figure in digits that is the whole quotation (“6小时”, “4.36元”) is quoted for emphasis, and stays a figure.
    if (num.arabic && quoted === end - start) return false;
    // A formula is a name, short (“两个维护”, “15分钟健康服务圈”). A longer quotation is a name too when its
    // number is a year, a part of a date, or written in Chinese numerals (“2018年度全市卫生计生工作先进县区”, “6月14日——
    // 世界献血者日”, “围绕一个目标、建设两个体系…”); else it is a sentence quoted, whose quantities are figures
    // (“常住人口超过10万人的县都能提供血液透析服务”, “…伴腹胀、乏力10余年”).
    return quoted <= MAX_FORMULA || !num.arabic || isYearLike(num) || DATE_UNITS.includes(this.text[num.end]);
  }

  /** True when the number is a numeral of a slogan or name in units.json (四个意识, 五位一体). */
  excludedNumeral(num: Num): boolean {
    const list = NOT_FIGURES.get(this.text.charCodeAt(num.start));
    if (!list) return false;
    for (const { phrase, at } of list) {
      if (num.start - at >= 0 && hasAt(this.text, num.start - at, phrase)) return true;
    }
    return false;
  }

  /**
   * The length (code units between the marks) of the quotation without clause punctuation [start, end) lies in, else
   * -1; with `commas`, of a slogan's quotation of at most MAX_SLOGAN, whose clauses commas may join.
   */
  private quotationAround(start: number, end: number, commas: boolean): number {
    const t = this.text;
    const LIMIT = commas ? MAX_SLOGAN : 30;
    let open = -1;
    for (let k = start - 1; k >= 0 && k >= start - LIMIT; k--) {
      const cls = CHAR_CLASS[t.charCodeAt(k)];
      if (cls === 0 || (commas && isComma(t.charCodeAt(k)))) continue;
      if (cls & C_OPEN_QUOTE) {
        open = k;
        break;
      }
      return -1; // a closing quote or the end of a clause
    }
    if (open < 0) return -1;
    for (let k = end; k < t.length && k < end + LIMIT; k++) {
      const cls = CHAR_CLASS[t.charCodeAt(k)];
      if (cls === 0 || (commas && isComma(t.charCodeAt(k)))) continue;
      // A closing quote; an opening one or the end of a clause first: no quotation.
      if (!(cls & C_CLOSE_QUOTE)) return -1;
      return !commas || k - open - 1 <= MAX_SLOGAN ? k - open - 1 : -1;
    }
    return -1;
  }

  /**
   * Minus sign, qualifier and word of change before a number. The figure starts at the number or its
   * minus sign: qualifiers and words of change qualify it from outside (总投资约2.8亿元 → 2.8亿元, about).
   */
  prefix(num: Num): Prefix {
    const t = this.text;
    let s = num.start;
    let negative = false;
    if (num.arabic && s - 1 >= this.floor && isMinus(t.charCodeAt(s - 1))) {
      const b = t.charCodeAt(s - 2);
      // After a digit, a letter, a bracket or a scale (3万-5万) the sign is a dash.
      if (!(digitValue(b) >= 0 || isLatin(b) || b === 41 || b === 0xff09 || b === WAN || b === YI_SCALE)) {
        negative = true;
        s--;
      }
    }
    // 零下30℃: below zero, a temperature's negative sign written out.
    if (!negative && s - 2 >= this.floor && t.charCodeAt(s - 1) === 0x4e0b /* 下 */ && t.charCodeAt(s - 2) === 0x96f6 /* 零 */) {
      negative = true;
      s -= 2;
    }
    const start = s;
    let approx: Approximation | undefined;
    const q = this.qualifierBefore(s);
    if (q) {
      approx = q[1];
      s -= q[0].length;
    } else if (!num.arabic && s - 1 >= this.floor && t.charCodeAt(s - 1) === 0x4e0a /* 上 */ && unitExponent(t.charCodeAt(num.start)) >= 2 && loneScale(t, num.start, num.end) > 0) {
      // 上百位, 上千人, 上千亿元: as many as a hundred, a thousand (上 is no qualifier before other numbers: 上一年).
      approx = 'about';
      s--;
    }
    const filler = CHANGE_FILLERS.match(t, s);
    const change = CHANGE_WORDS.match(t, filler ? s - filler[0].length : s);
    return { start, before: s, negative, approx, change: change?.[1] };
  }

  /** The qualifier (逾, 近, 约…) that ends at s, if it lies after the last figure. */
  qualifierBefore(s: number): [string, Approximation] | undefined {
    const t = this.text;
    const q = QUALIFIERS.match(t, s, this.floor);
    if (!q) return undefined;
    const qs = s - q[0].length;
    const guard = QUALIFIER_GUARD.get(q[0]);
    if (guard && qs > 0 && guard.includes(t[qs - 1])) return undefined;
    return q;
  }

  /**
   * The last figure, when one of LIST_JOINERS alone stands between it and `start` (下降12.3%|和|5.6%, 9月4日|和|5日): the
   * figure before in the same list, whose change, bound or month the one at `start` may share.
   */
  listedBefore(start: number): FigureAnnotation | undefined {
    const last = this.out.length > 0 ? this.out[this.out.length - 1] : undefined;
    return last !== undefined && start - last.end === 1 && LIST_JOINERS.includes(this.text[last.end]) ? last : undefined;
  }

  /** Adds a figure at [start, end) unless it starts before the last one; returns where to read on. */
  emit(start: number, end: number, fields: Fields): number {
    if (start < this.floor || end <= start) return Math.max(end, start + 1);
    if (this.inTitle(start) || rightOfDigitDash(this.text, start) || (fields.date !== undefined && yearsOfName(this.text, start, end)) || inLinkOrFileName(this.text, start, end) || confidenceLevel(this.text, end, fields)) return end;
    if (fields.figureKind === 'date' && fields.date !== undefined && fields.dates === undefined) fields.datePart = datePartAt(this.text, end);
    const low = this.out.length > 0 ? this.out[this.out.length - 1] : undefined;
    if (low !== undefined && boundsOfRange(low, start, fields)) {
      // 五千元以上三万元以下: a lower and an upper bound written one after the other, as statutes set fines, are one range.
      const range = new Fields('range', low.value, fields.unit);
      range.valueHigh = fields.value!;
      if (low.unitText === fields.unitText) range.unitText = fields.unitText;
      this.out[this.out.length - 1] = figure(low.start, end, this.text.slice(low.start, end), range);
    } else {
      // 分别下降12.3%和5.6%, 增长3.2%、4.5%: a figure listed right after one of a change, of its kind, changed as it did.
      const listed = this.listedBefore(start);
      if (listed !== undefined && listed.figureKind === fields.figureKind) {
        if (fields.change === undefined && listed.change !== undefined) fields.change = listed.change;
        // 分别不低于22%和30%, 分别低于7%和5%: 分别 makes the bound before the first figure each one's.
        // (So it is the third's and the rest's: 分别不低于10%、30%和70%.)
        if (fields.approx === undefined && listed.approx !== undefined && (listed.end === this.boundSharedTo || respectivelyBefore(this.text, listed.start))) {
          fields.approx = listed.approx;
          this.boundSharedTo = end;
        }
      }
      this.out.push(figure(start, end, this.text.slice(start, end), fields));
    }
    this.floor = end;
    return end;
  }
}

/** Longest number looked back over before a dash (总第2020-). */
const MAX_DASHED_NUMBER = 8;

/**
 * Whether a figure at `start` would begin right after an ordinal's number and a dash (第12-|15期, 总第2020-|12期,
 * 第173-|186页) or after two numbers joined by dashes (第2020-09-|12期): the end of an edition's or a page's
 * numbers, or of a code, whose start was no figure, and so none either.
 */
function rightOfDigitDash(t: string, start: number): boolean {
  const dash = start - 1;
  if (!isDash(t.charCodeAt(dash)) || digitValue(t.charCodeAt(dash - 1)) < 0) return false;
  const k = digitsStart(t, dash, MAX_DASHED_NUMBER);
  const before = t.charCodeAt(k - 1);
  return before === 0x7b2c /* 第 */ || (isDash(before) && digitValue(t.charCodeAt(k - 2)) >= 0);
}

/** Longest qualifier between 分别 and the figure it bounds (不少于, 不低于, 低于). */
const MAX_RESPECTIVE_QUALIFIER = 4;

/** Whether 分别 stands before a figure starting at `start`, a qualifier at most between (分别|不低于|22%). */
function respectivelyBefore(t: string, start: number): boolean {
  for (let k = start - 2; k >= 0 && start - (k + 2) <= MAX_RESPECTIVE_QUALIFIER; k--) if (t.startsWith('分别', k)) return true;
  return false;
}

/** What joins the figures of a list that share a word of change, a bound or a month (下降12.3%和5.6%, 增长3.2%、4.5%, 9月4日和5日). */
const LIST_JOINERS = '、和及与';

/** The part of its year or month a date ending at `end` names (2024年底, 12月初, 6月中旬, 2017年年中, 7月下半月), if it names one. */
function datePartAt(t: string, end: number): DatePart | undefined {
  switch (t.charCodeAt(end - 1)) {
    case 0x5e95: // 底
    case 0x672b: // 末
      return 'end';
    case CHU:
      return 'start';
    case 0x4e2d: // 中 (2017年年中)
      return 'middle';
    case 0x65ec: // 旬
      return TEN_DAYS[t[end - 2]];
    case 0x6708: // 月 (7月上半月, 7月下半月: the first or the second half of the month)
      return t.charCodeAt(end - 2) === 0x534a /* 半 */ ? TEN_DAYS[t[end - 3]] : undefined;
    default:
      return undefined;
  }
}
const TEN_DAYS: Record<string, DatePart | undefined> = { 上: 'early', 中: 'middle', 下: 'late' };

/** Whether a percentage ending at `end` is the level of a confidence interval (95%CI, 95% CI): a statistic's name, no figure. */
function confidenceLevel(t: string, end: number, fields: Fields): boolean {
  if (fields.figureKind !== 'percent') return false;
  const k = t.charCodeAt(end) === 0x20 ? end + 1 : end;
  return t.startsWith('CI', k) && !isLatin(t.charCodeAt(k + 2));
}

/** Longest run of a web address's or a file name's characters read on each side of a figure. */
const MAX_LINK = 256;

/** Whether a code unit may stand in a web address or a file's name (Latin letters, digits, _-./:%?=&#~+). */
function isLinkUnit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || LINK_PUNCT.includes(c);
}
const LINK_PUNCT = [...'_-./:%?=&#~+'].map((c) => c.charCodeAt(0));

/**
 * Whether [start, end) lies in a web address or a file's name (…/art/2023/5/4/art_12.html, 微信图片_2026-02-12_125636.png):
 * its digits are a path's or a time stamp's, no figure of the text. Reads at most MAX_LINK units on each side.
 */
function inLinkOrFileName(t: string, start: number, end: number): boolean {
  let s = start;
  while (s > 0 && start - s < MAX_LINK && isLinkUnit(t.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < t.length && e - end < MAX_LINK && isLinkUnit(t.charCodeAt(e))) e++;
  if (s === start && e === end) return false;
  const token = t.slice(s, e);
  return token.includes('://') || /www\./i.test(token) || endsWithFileExtension(t, s, e, LINKED_FILE_EXTENSION) || (t.charCodeAt(start - 1) === UNDERSCORE && t.charCodeAt(end) === UNDERSCORE);
}
const UNDERSCORE = 0x5f;

/**
 * Whether `low` (…以上) and the figure about to be emitted at `start` (…以下, …以内) bound one range: written
 * right after it, of the same kind and unit, and higher.
 */
function boundsOfRange(low: FigureAnnotation, start: number, high: Fields): boolean {
  return (
    low.end === start &&
    low.approx === 'at-least' &&
    high.approx === 'at-most' &&
    low.figureKind === high.figureKind &&
    low.unit === high.unit &&
    low.value !== null &&
    high.value !== null &&
    high.value > low.value &&
    high.date === undefined &&
    low.date === undefined
  );
}

/** How the names of plans and programmes end, whose years in brackets are part of the name. */
const PLAN_NAME_ENDS = ['行动', '规划', '纲要', '计划', '方案', '工程'];

/**
 * Whether [start, end) are the years in brackets right after a plan's or programme's name, written without
 * 《》: 健康中国行动（2019—2030年）names the programme, as 《健康中国行动（2019—2030年）》 does.
 */
function yearsOfName(t: string, start: number, end: number): boolean {
  const open = t.charCodeAt(start - 1);
  const close = t.charCodeAt(end);
  if (!((open === 0xff08 || open === 40) && (close === 0xff09 || close === 41))) return false;
  for (const w of PLAN_NAME_ENDS) if (t.startsWith(w, start - 1 - w.length)) return true;
  return false;
}

/** Bits of the optional fields of a figure, in the order its annotation lists them. */
const VALUE_HIGH = 1;
const DATES = 2;
const UNIT_TEXT = 4;
const APPROX = 8;
const DATE = 16;
const SCOPE = 32;
const CHANGE = 64;
const RATIO = 128;
const DATE_PART = 256;
const FROM_END = 512;
const LUNAR = 1024;

/**
 * A figure's annotation: the range and the fields, the optional ones only when set, in the order of
 * VALUE_HIGH … CHANGE. The sets of optional fields that reports have (none, one, unit text with an
 * approximation, a range of dates) get an object literal each, which holds all its fields in the object
 * itself; fields added after a literal go to a second store, an allocation more for each figure.
 */
function figure(start: number, end: number, text: string, fields: Fields): FigureAnnotation {
  const { figureKind, value, unit, valueHigh, dates, unitText, approx, date, datePart, scope, fromEnd, change, ratio, lunar } = fields;
  const kind = 'figure';
  const set =
    (valueHigh !== undefined ? VALUE_HIGH : 0) |
    (dates !== undefined ? DATES : 0) |
    (unitText !== undefined ? UNIT_TEXT : 0) |
    (approx !== undefined ? APPROX : 0) |
    (date !== undefined ? DATE : 0) |
    (datePart !== undefined ? DATE_PART : 0) |
    (scope !== undefined ? SCOPE : 0) |
    (fromEnd !== undefined ? FROM_END : 0) |
    (change !== undefined ? CHANGE : 0) |
    (ratio !== undefined ? RATIO : 0) |
    (lunar !== undefined ? LUNAR : 0);
  switch (set) {
    case 0:
      return { kind, start, end, text, figureKind, value, unit };
    case VALUE_HIGH:
      return { kind, start, end, text, figureKind, value, unit, valueHigh };
    case UNIT_TEXT:
      return { kind, start, end, text, figureKind, value, unit, unitText };
    case APPROX:
      return { kind, start, end, text, figureKind, value, unit, approx };
    case DATE:
      return { kind, start, end, text, figureKind, value, unit, date };
    case SCOPE:
      return { kind, start, end, text, figureKind, value, unit, scope };
    case CHANGE:
      return { kind, start, end, text, figureKind, value, unit, change };
    case UNIT_TEXT | APPROX:
      return { kind, start, end, text, figureKind, value, unit, unitText, approx };
    case VALUE_HIGH | DATE:
      return { kind, start, end, text, figureKind, value, unit, valueHigh, date };
  }
  const f: FigureAnnotation = { kind, start, end, text, figureKind, value, unit };
  if (valueHigh !== undefined) f.valueHigh = valueHigh;
  if (dates !== undefined) f.dates = dates;
  if (unitText !== undefined) f.unitText = unitText;
  if (approx !== undefined) f.approx = approx;
  if (date !== undefined) f.date = date;
  if (datePart !== undefined) f.datePart = datePart;
  if (scope !== undefined) f.scope = scope;
  if (fromEnd !== undefined) f.fromEnd = fromEnd;
  if (change !== undefined) f.change = change;
  if (ratio !== undefined) f.ratio = ratio;
  if (lunar !== undefined) f.lunar = lunar;
  return f;
}

/** The longest title in 《》 read (a notice's title with its issuing body fits). */
const MAX_TITLE = 120;

/** The offset of the 》 that closes the 《 at `open`, or -1 when none does within MAX_TITLE on its line. */
function titleEnd(t: string, open: number): number {
  const limit = Math.min(t.length, open + MAX_TITLE);
  for (let k = open + 1; k < limit; k++) {
    const c = t.charCodeAt(k);
    if (c === 0x300b) return k; // 》
    if (c === 0x300a || c === 10 || c === 13) return -1; // 《 or a line break first
  }
  return -1;
}
