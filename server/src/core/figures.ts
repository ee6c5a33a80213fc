/**
 * Figures in report text: amounts of money, counts with their measure word, percentages and
 * percentage points, rates, dates and periods, ranges and ranks.
 *
 * One pass: a lookup table finds where a number (or a period word such as 上半年) can start, and a
 * small hand-written reader looks around that place — qualifiers and scope before it, 万/亿, 余/多,
 * the unit and 以上/以下 after it. No backtracking, no allocation for characters that start nothing.
 * Measure words, and slogans that contain numerals, are data: server/data/units.json.
 *
 * Decisions (where reports are ambiguous):
 * - A Chinese numeral is a figure only with a measure word, or as a rank, date or period. A numeral
 *   followed by anything else is part of a name or slogan (市三院, 二十大, 三级医院, 三孩, 两癌).
 * - A lone 一 before a measure word is the indefinite article (一名患者, 一个支部, 一次性), not a count,
 *   unless a qualifier says it is an amount (不到一个小时). A lone 二 before a measure word is an
 *   ordinal (二期工程); Chinese counts two with 两 (两个中心, 两期).
 * - 第N followed by a character is a label, not a rank: 第三批, 第五届, 第四次复审, 第一议题,
 *   第一人民医院. 第N alone, 第N位/名, 全省第N and 全国N (without 第) are ranks; 第一，… at the start
 *   of a clause enumerates points. A number with 县, 级, 类… (三县, 二级, 一类) names, it does not count.
 * - A numeral inside a short quoted formula (“四个意识”, “312”工作法, “1+N”) is not a figure; inside a
 *   quotation of speech (with commas or full stops in it) it is. “十四五” is a period wherever it is.
 * - A bare Arabic number is a figure (kind quantity) only after a word that introduces a value
 *   (达, 为, 至…) and before punctuation: 千人口托位数达5.99，. Numbers glued to Latin letters (5G,
 *   COVID-19) and numbers ending in a name (12345热线, 健康180) are not figures.
 * - 每10万人口 / 每千人口 is a denominator, not a figure: the last count of the same clause becomes a
 *   rate with the denominator in its unit (每千人口床位6.5张 → 6.5, "张/千人口").
 * - Qualifiers before a number (逾, 近, 约, 超过, 不到) set `approx` but stay outside the figure's text,
 *   like words of change (增长, 下降) and of rank (位列): 总投资约2.8亿元 → 2.8亿元. Qualifiers inside or
 *   after it (300余名, 120多人, 60岁以上) are part of it. 近 in 近三年 and 前 in 前五名 belong to the figure.
 */
import type { Approximation, FigureAnnotation, FigureKind } from './types';
import unitsData from '../../data/units.json';
import { decimalValue, digitValue, isChineseNumeralChar, parseChineseDigits, parseChineseNumeral, readArabic, shiftDecimal, unitExponent } from './numerals';

/** A measure word or unit from server/data/units.json. */
interface MeasureWord {
  text: string;
  kind: 'money' | 'count' | 'quantity';
  unit?: string;
  chineseNumerals?: boolean;
  notFollowedBy?: string[];
}

const DATA = unitsData as unknown as { measureWords: MeasureWord[]; notFigures: string[] };

// ------------------------------------------------------------------ word lists

/**
 * For each code unit, one bit per ByUnit table that has a list for it. Most look-ups find nothing and
 * end at this one table, shared by all lists so that it stays in the processor's cache; the Maps are
 * consulted only when there is a list.
 */
const LISTED = new Uint16Array(0x10000);
let nextListedBit = 1;

/** Lists by a code unit, behind a bit of LISTED: these look-ups run around every number. */
class ByUnit<T> {
  private readonly bit: number;
  private readonly lists = new Map<number, T[]>();
  constructor() {
    // The tables are the fixed ones of this file, fewer than the bits of LISTED.
    if (nextListedBit > 0x8000) throw new Error('figures: more word lists than LISTED has bits');
    this.bit = nextListedBit;
    nextListedBit <<= 1;
  }
  add(c: number, item: T): void {
    const list = this.lists.get(c);
    if (list) list.push(item);
    else this.lists.set(c, [item]);
    LISTED[c] |= this.bit;
  }
  /** The list of c, or undefined (also for NaN, the code unit outside a text). */
  get(c: number): T[] | undefined {
    // c | 0 turns NaN into 0, which no list has: a typed array read at NaN would slow down this read everywhere.
    if ((LISTED[c | 0] & this.bit) === 0) return undefined;
    return this.lists.get(c);
  }
}

/** True when `word` is in `text` at i (i >= 0), like text.startsWith(word, i) but without the call's overhead. */
function hasAt(text: string, i: number, word: string): boolean {
  const n = word.length;
  if (i + n > text.length) return false;
  for (let k = 0; k < n; k++) if (text.charCodeAt(i + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** Words that start at a position, looked up by their first code unit, longest first. */
class WordsAt<V> {
  private readonly byFirst = new ByUnit<[string, V]>();
  constructor(words: readonly (readonly [string, V])[]) {
    for (const [w, v] of [...words].sort((a, b) => b[0].length - a[0].length)) this.byFirst.add(w.charCodeAt(0), [w, v]);
  }
  match(text: string, i: number): [string, V] | undefined {
    const list = this.byFirst.get(text.charCodeAt(i));
    if (list) for (const w of list) if (hasAt(text, i, w[0])) return w;
    return undefined;
  }
}

/** Words that end at a position, looked up by their last code unit, longest first. */
class WordsBefore<V> {
  private readonly byLast = new ByUnit<[string, V]>();
  constructor(words: readonly (readonly [string, V])[]) {
    for (const [w, v] of [...words].sort((a, b) => b[0].length - a[0].length)) this.byLast.add(w.charCodeAt(w.length - 1), [w, v]);
  }
  /** The longest word that ends at i and starts at or after `floor`. */
  match(text: string, i: number, floor = 0): [string, V] | undefined {
    if (i <= 0) return undefined;
    const list = this.byLast.get(text.charCodeAt(i - 1));
    if (list) {
      for (const w of list) {
        const s = i - w[0].length;
        if (s >= floor && hasAt(text, s, w[0])) return w;
      }
    }
    return undefined;
  }
}

const words = (list: string[]): [string, true][] => list.map((w) => [w, true]);

/**
 * Measure words by their first code unit, longest first. Copied into one shape (absent fields
 * undefined): the JSON objects have several, which slows down reading their fields.
 */
const MEASURE_WORDS = new ByUnit<MeasureWord>();
for (const w of [...DATA.measureWords].sort((a, b) => b.text.length - a.text.length)) {
  const word: MeasureWord = { text: w.text, kind: w.kind, unit: w.unit, chineseNumerals: w.chineseNumerals, notFollowedBy: w.notFollowedBy };
  MEASURE_WORDS.add(w.text.charCodeAt(0), word);
}

/** Slogans and names with numerals, by the first code unit of each numeral in them, with its index. */
const NOT_FIGURES = new ByUnit<{ phrase: string; at: number }>();
for (const phrase of DATA.notFigures) {
  for (let k = 0; k < phrase.length; k++) {
    const c = phrase.charCodeAt(k);
    if (!isNumeralChar(c) || (k > 0 && isNumeralChar(phrase.charCodeAt(k - 1)))) continue;
    NOT_FIGURES.add(c, { phrase, at: k });
  }
}

function isNumeralChar(c: number): boolean {
  return digitValue(c) >= 0 || isChineseNumeralChar(c);
}

const QUALIFIERS = new WordsBefore<Approximation>([
  ['不超过', 'at-most'],
  ['超过', 'more-than'],
  ['逾', 'more-than'],
  ['超', 'more-than'],
  ['将近', 'nearly'],
  ['接近', 'nearly'],
  ['近', 'nearly'],
  ['大约', 'about'],
  ['约', 'about'],
  ['大概', 'about'],
  ['不足', 'at-most'],
  ['不到', 'at-most'],
  ['至少', 'at-least'],
  ['最多', 'at-most'],
]);

/** Characters before a one-character qualifier that make it part of another word (附近, 签约, 赶超). */
const QUALIFIER_GUARD = new Map<string, string>([
  ['近', '附就邻靠最接将贴亲'],
  ['约', '签预节制履公契邀违特相条合婚赴大'],
  ['超', '赶高'],
]);

const SUFFIX_APPROX = new WordsAt<Approximation>([
  ['及以上', 'at-least'],
  ['以上', 'at-least'],
  ['以下', 'at-most'],
  ['以内', 'at-most'],
  ['左右', 'about'],
]);

const CHANGE_WORDS = new WordsBefore<'increase' | 'decrease'>([
  ['增长', 'increase'],
  ['增加', 'increase'],
  ['提升', 'increase'],
  ['提高', 'increase'],
  ['上升', 'increase'],
  ['上涨', 'increase'],
  ['升高', 'increase'],
  ['增幅', 'increase'],
  ['涨幅', 'increase'],
  ['增速', 'increase'],
  ['扩大', 'increase'],
  ['下降', 'decrease'],
  ['降低', 'decrease'],
  ['减少', 'decrease'],
  ['降幅', 'decrease'],
  ['减幅', 'decrease'],
  ['下滑', 'decrease'],
  ['回落', 'decrease'],
  ['缩减', 'decrease'],
  ['缩短', 'decrease'],
  ['压缩', 'decrease'],
]);

/** Words between a word of change and its figure: 增长了5%, 增幅为4.8%. */
const CHANGE_FILLERS = new WordsBefore(words(['了', '为', '达']));

const SCOPES = new WordsBefore(words(['全世界', '全系统', '全行业', '全国', '全省', '全市', '全区', '全县', '全州', '全球', '国内', '省内', '市内', '区内', '县内', '同级', '同类', '全军']));

/** Words between a scope and a rank: 全省位列第二. */
const RANK_VERBS = new WordsBefore(words(['跃升至', '上升至', '提升至', '上升到', '提升到', '位列', '位居', '名列', '排名', '排列', '排在', '位于', '跃居', '升至', '升到', '居', '列', '排']));

/** Words before a number of years that make a period: 近三年, 过去5年. */
const PERIOD_BEFORE = new WordsBefore(words(['近', '过去', '最近', '今后', '未来']));
/** Words after a number of years that make a period: 3年内, 5年来. */
const PERIOD_AFTER = new WordsAt(words(['以来', '来', '内', '间']));
/** Words after a five-year plan that make it one when it is not quoted: 十三五时期. */
const PLAN_CONTEXT = new WordsAt(words(['时期', '期间', '规划', '计划', '末', '初', '以来', '开局', '收官']));
/** What 每 counts per: 每10万人口, 每千人口. */
const PER_NOUNS = new WordsAt(words(['常住人口', '人口', '人', '户', '名']));

/** Characters before 前 that make a word (目前, 产前), so 前N名 there is not a rank. */
const BEFORE_TOP_GUARD = '目此之提当以事年月日术产婚孕学岗节会赛空生面眼跟向门';

/** Single characters that introduce a bare value: 达5.99, 为12. */
const VALUE_VERBS = '达为是至到有计共占';

/** Words before an amount written with 万/亿 and no unit that make it money: 投入1200万. */
const MONEY_CONTEXT = new WordsBefore(words(['投资额', '总投资', '投入', '投资', '拨付', '筹集', '筹措', '募集', '下达', '资金', '经费', '金额', '总额', '费用', '补助', '补贴', '奖补', '奖励', '收入', '产值', '营收', '支出']));

/** Dates written with separators: 2024-12-31, 2024/1/1, 2024.12.31. */
const ISO_DATE = /([12]\d{3})([-/.])(\d{1,2})\2(\d{1,2})(?![0-9])/y;

/** Denominators of rates written with a slash: 1/10万, 8.5/十万. */
const PER_NUMBER = /[/／](?:10万|十万|100000|万|10000|千|1000|百|100)(?:人口|人)?/y;

/** Denominators after a unit: 1000元/月, 6.5张/千人口. */
const PER_UNIT = /[/／](?:(?:10万|十万|万|千|百)?(?:人口|人次|人)|月|年|日|天|周|次|例|床|户|小时)/y;

// ------------------------------------------------------------------ characters

const ch = (s: string): number => s.charCodeAt(0);
const DI = ch('第');
const MEI = ch('每');
const QIAN_TOP = ch('前');
const NIAN = ch('年');
const YUE = ch('月');
const RI = ch('日');
const HAO = ch('号');
const DU = ch('度');
const WAN = ch('万');
const YI_SCALE = ch('亿');
const BAI = ch('百');
const QIAN = ch('千');
const YU = ch('余');
const DUO = ch('多');
const WEI = ch('位');
const MING = ch('名');
const BAN = ch('半');
const YI = ch('一');
const ER = ch('二');
const LIANG = ch('两');
const FEN = ch('分');
const SHOU = ch('首');
const ZHI_TO = ch('至');
const DAO = ch('到');
const GE = ch('个');
const JI_SOME = ch('几');
const SAN = ch('三');
const SI = ch('四');
const JI_SEASON = ch('季');
const WU = ch('五');
const SHANG = ch('上');
const XIA = ch('下');
const DUN = 0x3001; // 、
/** Characters before a Chinese numeral that make it indefinite: 数十人, 几百名, 若干. */
const INDEFINITE_BEFORE = new Set('数几若'.split('').map(ch));
/** Characters after 今年/去年/明年 that make another word: 如今年轻, 过去年代. */
const NOT_AFTER_YEAR_WORD = new Set('轻纪龄代'.split('').map(ch));

/** The longest Chinese numeral read (一千二百三十四万五千六百七十八 has 15 characters). */
const MAX_CHINESE_NUMERAL = 16;
/** How far a 每…人口 denominator looks for its count. */
const PER_REACH = 80;

/** Last characters of qualifiers: a lone 一 after one of them may be an amount (不到一个小时). */
const QUALIFIER_ENDS = new Uint8Array(0x10000);
for (const s of '过逾超近约概足到少多') QUALIFIER_ENDS[ch(s)] = 1;

/** What kind of place an anchor is, by code unit. */
const ANCHOR = new Uint8Array(0x10000);
const A_ARABIC = 1;
const A_CHINESE = 2;
const A_HALF = 3; // 上半年, 下半年
const A_YEAR_WORD = 4; // 今年, 去年, 明年
const A_FIRST = 5; // 首位
for (let c = 48; c <= 57; c++) ANCHOR[c] = A_ARABIC;
for (let c = 0xff10; c <= 0xff19; c++) ANCHOR[c] = A_ARABIC;
for (const s of '〇零一二两三四五六七八九十百千万亿') ANCHOR[ch(s)] = A_CHINESE;
for (const s of '上下') ANCHOR[ch(s)] = A_HALF;
for (const s of '今去明') ANCHOR[ch(s)] = A_YEAR_WORD;
ANCHOR[SHOU] = A_FIRST;

/** The first place at or after i where a figure may start, or the text's length. */
function nextAnchor(t: string, i: number): number {
  // A loop of its own: most characters start nothing, and this tight loop is what skips them.
  const n = t.length;
  while (i < n && ANCHOR[t.charCodeAt(i)] === 0) i++;
  return i;
}

/** Classes of code units for quoted formulas and per-denominators (the ASCII " both opens and closes). */
const CHAR_CLASS = new Uint8Array(0x10000);
const C_CLAUSE_END = 1;
const C_OPEN_QUOTE = 2;
const C_CLOSE_QUOTE = 4;
// 。 ，, ；; ！! ？? ：: and line breaks end a clause.
for (const c of [0x3002, 0xff0c, 44, 0xff1b, 59, 0xff01, 33, 0xff1f, 63, 0xff1a, 58, 10, 13]) CHAR_CLASS[c] |= C_CLAUSE_END;
// “ 「 『 ‘ " ＂
for (const c of [0x201c, 0x300c, 0x300e, 0x2018, 34, 0xff02]) CHAR_CLASS[c] |= C_OPEN_QUOTE;
// ” 」 』 ’ " ＂
for (const c of [0x201d, 0x300d, 0x300f, 0x2019, 34, 0xff02]) CHAR_CLASS[c] |= C_CLOSE_QUOTE;

// Outside the text c is NaN (or -1): c | 0 reads class 0 for NaN, as a typed array read at NaN would slow
// down the read everywhere.

/** Characters that end a clause, for quoted formulas and per-denominators. */
function isClauseEnd(c: number): boolean {
  return (CHAR_CLASS[c | 0] & C_CLAUSE_END) !== 0;
}

function isOpenQuote(c: number): boolean {
  return (CHAR_CLASS[c | 0] & C_OPEN_QUOTE) !== 0;
}

function isCloseQuote(c: number): boolean {
  return (CHAR_CLASS[c | 0] & C_CLOSE_QUOTE) !== 0;
}

function isLatin(c: number): boolean {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

function isMinus(c: number): boolean {
  return c === 45 || c === 0xff0d || c === 0x2212;
}

/** Range separators: 3-11岁, 2018—2020年度, 3至6岁. The separator's length at i, or 0. */
function rangeSeparator(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x2014 || c === 0x2013) return text.charCodeAt(i + 1) === c ? 2 : 1; // — – (doubled)
  if (c === 45 || c === 0xff0d || c === 126 || c === 0xff5e || c === 0x301c) return 1; // - ~ 〜
  if (c === ZHI_TO || c === DAO) return 1;
  return 0;
}

// ------------------------------------------------------------------ the scanner

/** A number as written. */
interface Num {
  start: number;
  end: number;
  arabic: boolean;
  /** ASCII digits with an optional ".", for exact scaling ('' for Chinese numerals: see numDigits). */
  digits: string;
  /** The value as written (NaN for a malformed Chinese numeral). */
  value: number;
}

/** The digits of a number for exact scaling; for a Chinese numeral its value's, made only when needed. */
function numDigits(num: Num): string {
  if (num.arabic) return num.digits;
  return Number.isNaN(num.value) ? '' : String(num.value);
}

/** The number × 10^exp, negated after a minus sign: exact, from the digits as written. */
function scaledValue(num: Num, negative: boolean, exp: number): number {
  // An Arabic number's value is already its digits read exactly (-0 after a minus sign, like "-0").
  if (exp === 0 && num.arabic) return negative ? -num.value : num.value;
  return shiftDecimal(negative ? '-' + numDigits(num) : numDigits(num), exp);
}

/** What follows a number: scale, 余/多, unit. */
interface Measure {
  end: number;
  /** Power of ten applied to the number (万 → 4, % → -2). */
  exp: number;
  kind: FigureKind;
  unit: string;
  unitText: string | undefined;
  approx: Approximation | undefined;
  /** Something after the number (a unit, %, 百分点…) makes it a figure. */
  hasUnit: boolean;
  measureWord: MeasureWord | undefined;
  /** 万/亿 as written after an Arabic number. */
  scaleText: string;
}

/**
 * What a figure says besides its range. A class, so that all of them have one shape (absent fields
 * are undefined) and emit() reads them quickly: object literals of a dozen shapes made those reads
 * megamorphic, the slowest kind of property access.
 */
class Fields {
  valueHigh: number | undefined = undefined;
  unitText: string | undefined = undefined;
  approx: Approximation | undefined = undefined;
  date: string | undefined = undefined;
  scope: string | undefined = undefined;
  change: 'increase' | 'decrease' | undefined = undefined;
  constructor(
    public figureKind: FigureKind,
    public value: number | null,
    public unit: string,
  ) {}
}

/** Fields with a date or period (ISO 8601). */
function dated(figureKind: FigureKind, value: number | null, unit: string, date: string): Fields {
  const f = new Fields(figureKind, value, unit);
  f.date = date;
  return f;
}

/** Fields of a rank, with its scope (全省, 全国…) if there is one. */
function rank(value: number, scope: string | undefined): Fields {
  const f = new Fields('rank', value, '');
  f.scope = scope;
  return f;
}

/** Finds the figures in a paragraph of report text. */
export function findFigures(text: string): FigureAnnotation[] {
  return SCANNER.run(text);
}

class FigureScanner {
  /** The paragraph being read. */
  private text = '';
  private out: FigureAnnotation[] = [];
  /** End of the last figure: nothing may start before it. */
  private floor = 0;
  /** A 每…人口 denominator waiting for its figure, until the end of its clause. */
  private per: { text: string; until: number } | undefined = undefined;

  /** The figures of a paragraph. The scanner is reset here, so one serves all calls (see SCANNER). */
  run(text: string): FigureAnnotation[] {
    const out: FigureAnnotation[] = [];
    this.text = text;
    this.out = out;
    this.floor = 0;
    this.per = undefined;
    const n = text.length;
    let i = nextAnchor(text, 0);
    while (i < n) {
      const next = this.at(i, ANCHOR[text.charCodeAt(i)]);
      i = nextAnchor(text, next > i ? next : i + 1);
    }
    // Keep neither the paragraph nor its figures alive.
    this.text = '';
    this.out = [];
    this.per = undefined;
    return out;
  }

  /** Reads what starts at p; returns where to look next. */
  private at(p: number, anchor: number): number {
    const t = this.text;
    if (anchor === A_HALF) return t.charCodeAt(p + 1) === BAN && t.charCodeAt(p + 2) === NIAN ? this.halfYear(p) : p + 1;
    if (anchor === A_YEAR_WORD) return t.charCodeAt(p + 1) === NIAN ? this.relativeYear(p) : p + 1;
    if (anchor === A_FIRST) return t.charCodeAt(p + 1) === WEI ? this.firstPlace(p) : p + 1;
    const prev = p > 0 ? t.charCodeAt(p - 1) : -1;
    let num: Num;
    if (anchor === A_CHINESE) {
      let e = p + 1;
      // ANCHOR marks exactly the characters of Chinese numerals A_CHINESE.
      while (e < t.length && ANCHOR[t.charCodeAt(e)] === A_CHINESE) e++;
      if (e === p + 1 && !this.loneNumeralMayCount(p, prev)) return e;
      // No numeral in a report is that long; skipping the whole run keeps the scan linear.
      if (e - p > MAX_CHINESE_NUMERAL) return e;
      num = this.chineseNum(p, e);
    } else {
      // 2024.12.31 would read as the decimal 2024.12.
      if (t.charCodeAt(p + 4) === 46) {
        const iso = this.isoDate(p);
        if (iso !== undefined) return iso;
      }
      const a = readArabic(t, p)!;
      num = { start: p, end: a.end, arabic: true, digits: a.digits, value: decimalValue(a.digits) };
    }
    if (t.charCodeAt(num.end) === FEN && t.startsWith('分之', num.end)) return this.fraction(num);
    if (isLatin(prev) || (isMinus(prev) && isLatin(t.charCodeAt(p - 2)))) return num.end; // COVID-19, PM2.5
    if (num.arabic && isLatin(t.charCodeAt(num.end)) && !this.measureWordAt(num.end)) return num.end; // 5G, 3D
    if (prev === DI) return this.ordinal(num);
    if (prev === MEI) return this.denominator(num);
    const year = this.yearValue(num);
    if (year !== undefined) {
      const r = this.isoDate(p) ?? this.yearRange(num, year) ?? this.yearDate(num, year);
      if (r !== undefined) return r;
    }
    if (!num.arabic && Number.isNaN(num.value)) return this.plan(num) ?? p + 1;
    const after = t.charCodeAt(num.end);
    if (after === YUE) return this.month(num);
    if (prev === YUE && num.arabic) {
      const d = this.day(num);
      if (d !== undefined) return d;
    }
    if (!num.arabic && after === WU) {
      const plan = this.plan(num);
      if (plan !== undefined) return plan;
    }
    return this.quantity(num);
  }

  /**
   * A single Chinese numeral character is rarely a figure: 一 and 二 live in words (统一, 一体化,
   * 二级), and 百/千/万/亿 alone are words (百姓, 千方百计) unless 余/多/分之 or 每 make them numbers.
   */
  private loneNumeralMayCount(p: number, prev: number): boolean {
    const t = this.text;
    const c = t.charCodeAt(p);
    const next = t.charCodeAt(p + 1);
    if (c === YI || c === ER) return prev === DI || prev === QIAN_TOP || next === FEN || QUALIFIER_ENDS[prev] === 1;
    if (unitExponent(c) >= 2) return next === YU || next === DUO || next === FEN || prev === MEI;
    return true;
  }

  private chineseNum(p: number, e: number): Num {
    const t = this.text;
    let value: number;
    const lead = unitExponent(t.charCodeAt(p));
    if (lead >= 2) {
      // 百余名, 千余人, 万余人次, 百分之: a scale alone stands for one of it.
      const after = t.charCodeAt(e);
      value = e === p + 1 && (after === YU || after === DUO || (after === FEN && t.startsWith('分之', e))) ? 10 ** lead : NaN;
    } else {
      value = parseChineseNumeral(t, p, e);
    }
    return { start: p, end: e, arabic: false, digits: '', value };
  }

  // ------------------------------------------------------------------ words without numerals

  /** 上半年, 下半年. */
  private halfYear(p: number): number {
    if (p > 0 && this.text[p - 1] === '以') return p + 1; // 以上半年…
    return this.emit(p, p + 3, new Fields('period', null, ''));
  }

  /** 今年, 去年, 明年 — not in 如今年轻, 过去年代, 说明年度. */
  private relativeYear(p: number): number {
    const t = this.text;
    const word = t[p];
    const prev = p > 0 ? t[p - 1] : '';
    const next = t.charCodeAt(p + 2);
    if (NOT_AFTER_YEAR_WORD.has(next)) return p + 1;
    if (word === '今' && prev === '如') return p + 1;
    if (word === '去' && prev !== '' && '过失'.includes(prev)) return p + 1;
    if (word === '明' && prev !== '' && '说证声表发阐标注查指写讲言申简鲜透文光分开英清高精聪不载彰'.includes(prev)) return p + 1;
    return this.emit(p, p + 2, new Fields('period', null, ''));
  }

  /** 全省首位, 居首位: rank 1. */
  private firstPlace(p: number): number {
    const scope = this.scopeBefore(p);
    if (!scope && !RANK_VERBS.match(this.text, p)) return p + 1;
    const start = scope && scope.adjacent ? scope.start : p;
    return this.emit(start, p + 2, rank(1, scope?.word));
  }

  // ------------------------------------------------------------------ measures

  /** Reads scale, 余/多 and unit after a number. */
  private measure(num: Num): Measure {
    const t = this.text;
    let i = num.end;
    let approx: Approximation | undefined;
    let c = t.charCodeAt(i);
    // 3000多万元: 余/多 before the scale.
    if ((c === YU || c === DUO) && num.arabic) {
      const n = t.charCodeAt(i + 1);
      if (n === WAN || n === YI_SCALE) {
        approx = 'more-than';
        c = t.charCodeAt(++i);
      }
    }
    let exp = 0;
    const scaleStart = i;
    if (num.arabic) {
      if ((c === BAI || c === QIAN) && !this.measureWordAt(i) && !t.startsWith('百分', i)) {
        const n = t.charCodeAt(i + 1);
        if (n === WAN || n === YI_SCALE || n === YU || n === DUO || this.measureWordAt(i + 1)) {
          exp += c === BAI ? 2 : 3;
          c = t.charCodeAt(++i);
        }
      }
      if (c === WAN) {
        exp += 4;
        c = t.charCodeAt(++i);
      }
      if (c === YI_SCALE) {
        exp += 8;
        c = t.charCodeAt(++i);
      }
    }
    const scaleText = i > scaleStart ? t.slice(scaleStart, i) : '';
    if (c === YU) {
      approx = 'more-than';
      c = t.charCodeAt(++i);
    } else if (c === DUO && (this.measureWordAt(i + 1) || t.charCodeAt(i + 1) === NIAN)) {
      approx = 'more-than';
      c = t.charCodeAt(++i);
    }
    const m: Measure = { end: i, exp, kind: 'quantity', unit: '', unitText: undefined, approx, hasUnit: true, measureWord: undefined, scaleText };
    if (c === 37 || c === 0xff05) return this.unit(m, 1, 'percent', '%', -2);
    if (c === 0x2030) return this.unit(m, 1, 'rate', '‰', -3);
    if (c === 0x2031) return this.unit(m, 1, 'rate', '‱', -4);
    if (c === GE && t.startsWith('个百分点', i)) return this.unit(m, 4, 'percentage-point', '个百分点', 0);
    if (c === BAI && t.startsWith('百分点', i)) {
      this.unit(m, 3, 'percentage-point', '个百分点', 0);
      m.unitText = '百分点';
      return m;
    }
    if (c === 47 || c === 0xff0f) {
      PER_NUMBER.lastIndex = i;
      const per = PER_NUMBER.exec(t);
      if (per) return this.unit(m, per[0].length, 'rate', '/' + per[0].slice(1), 0);
    }
    if (c === NIAN) {
      this.unit(m, 1, 'quantity', '年', 0);
      if (scaleText) m.unitText = scaleText + '年';
      return m;
    }
    const w = this.measureWordAt(i);
    if (w) {
      const unit = w.unit ?? w.text;
      this.unit(m, w.text.length, w.kind, unit, 0);
      const written = scaleText + w.text;
      if (written !== unit) m.unitText = written;
      m.measureWord = w;
      return m;
    }
    m.hasUnit = false;
    m.unitText = scaleText || undefined;
    return m;
  }

  private unit(m: Measure, length: number, kind: FigureKind, unit: string, exp: number): Measure {
    m.end += length;
    m.kind = kind;
    m.unit = unit;
    m.exp += exp;
    return m;
  }

  /** The measure word at i, if one starts there and is not part of a longer word. */
  private measureWordAt(i: number): MeasureWord | undefined {
    const list = MEASURE_WORDS.get(this.text.charCodeAt(i));
    if (!list) return undefined;
    const t = this.text;
    for (const w of list) {
      if (!hasAt(t, i, w.text)) continue;
      const after = i + w.text.length;
      let blocked = false;
      if (w.notFollowedBy) for (const s of w.notFollowedBy) if (hasAt(t, after, s)) blocked = true;
      if (!blocked) return w;
    }
    return undefined;
  }

  /** Counts, amounts, percentages, rates and ranges: a number with what follows and precedes it. */
  private quantity(num: Num): number {
    const t = this.text;
    // 前五名, 前3位 — a rank from the top.
    const next = t.charCodeAt(num.end);
    if (t.charCodeAt(num.start - 1) === QIAN_TOP && (next === MING || next === WEI)) {
      const r = this.top(num);
      if (r !== undefined) return r;
    }
    const m = this.measure(num);
    // Ranges: 3-11岁, 10%-20%, 3至6岁, 三至五年.
    const rangeAt = m.hasUnit ? m.end : num.end;
    const sep = m.approx ? 0 : rangeSeparator(t, rangeAt);
    if (sep) {
      const r = this.range(num, m, rangeAt + sep);
      if (r !== undefined) return r;
    }
    if (!m.hasUnit) return this.bare(num, m);
    if (!num.arabic && !this.chineseCountOk(num, m.measureWord)) return num.end;
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
    const pre = this.prefix(num);
    if (pre.approx) approx = pre.approx;
    // Years as a duration or a period: 连续4年, 20多年; 近三年, 3年内 are periods.
    if (unit === '年' && kind === 'quantity') {
      const period = this.yearsPeriod(num, pre.start, end, approx);
      if (period !== undefined) return period;
      // 三年行动计划 names a plan; 连续三年 is a duration.
      if (!num.arabic && !t.startsWith('连续', pre.start - 2)) return num.end;
    }
    const fields = new Fields(kind, scaledValue(num, pre.negative, m.exp), unit);
    if (unitText) fields.unitText = unitText;
    if (approx) fields.approx = approx;
    // 能力提升三条主线: a Chinese numeral after a word of change is rarely the change itself.
    if (pre.change && num.arabic) fields.change = pre.change;
    this.applyPer(pre.start, end, fields);
    if (this.excluded(num, pre.start, end)) return num.end;
    return this.emit(pre.start, end, fields);
  }

  /** Chinese numerals count only in plain cases; see the decisions at the top. */
  private chineseCountOk(num: Num, w: MeasureWord | undefined): boolean {
    // The numeral when it is one character (一, 二, 两), else -1.
    const single = num.end - num.start === 1 ? this.text.charCodeAt(num.start) : -1;
    // 数十人, 几百名, 十几个: indefinite.
    const before = this.text.charCodeAt(num.start - 1);
    if (INDEFINITE_BEFORE.has(before) || this.text.charCodeAt(num.end) === JI_SOME) return false;
    if (single === YI && !this.qualifierBefore(num.start)) return false;
    if (single === ER) return false;
    if (w?.chineseNumerals === false && single !== LIANG) return false;
    return true;
  }

  /** 前五名, 前3位. */
  private top(num: Num): number | undefined {
    const t = this.text;
    const before = num.start >= 2 ? t[num.start - 2] : '';
    if (before !== '' && BEFORE_TOP_GUARD.includes(before)) return undefined;
    if (!this.validRank(num) || num.start - 1 < this.floor) return undefined;
    if (this.excluded(num, num.start - 1, num.end + 1)) return undefined;
    const fields = rank(num.value, undefined);
    fields.approx = 'at-most';
    return this.emit(num.start - 1, num.end + 1, fields);
  }

  /** A number with no unit: an amount in 万/亿, a rank after a scope, or a value after 达/为. */
  private bare(num: Num, m: Measure): number {
    const t = this.text;
    const after = t.charCodeAt(m.end);
    // 全国一百二十四、 — a rank without 第. (Most numbers here are not ranks: the scope, which takes
    // longer to look for, is looked for last. The tests are free of side effects, so their order is free.)
    if (m.exp === 0 && !m.approx && this.validRank(num)) {
      const scope = this.scopeBefore(num.start);
      if (scope && scope.adjacent) {
        let end = num.end;
        const c = t.charCodeAt(end);
        if (c === WEI || c === MING) end++;
        if ((end > num.end || !isHan(t.charCodeAt(end))) && !this.excluded(num, scope.start, end)) {
          return this.emit(scope.start, end, rank(num.value, scope.word));
        }
      }
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
    const pre = this.prefix(num);
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
    this.applyPer(pre.start, m.end, fields);
    if (this.excluded(num, pre.start, m.end)) return num.end;
    return this.emit(pre.start, m.end, fields);
  }

  /** A range whose second number starts at j: 3-11岁, 10%-20%, 3至6岁. */
  private range(first: Num, m1: Measure, j: number): number | undefined {
    const t = this.text;
    const c = t.charCodeAt(j);
    let second: Num;
    if (first.arabic) {
      if (digitValue(c) < 0) return undefined;
      const a = readArabic(t, j)!;
      second = { start: j, end: a.end, arabic: true, digits: a.digits, value: decimalValue(a.digits) };
    } else {
      if (!isChineseNumeralChar(c)) return undefined;
      let e = j + 1;
      while (e < t.length && isChineseNumeralChar(t.charCodeAt(e))) e++;
      second = this.chineseNum(j, e);
    }
    if (Number.isNaN(second.value) || Number.isNaN(first.value)) return undefined;
    // Months: 1-6月.
    if (t.charCodeAt(second.end) === YUE && !m1.hasUnit && isMonth(first) && isMonth(second) && first.value < second.value) {
      const end = second.end + 1;
      if (this.excluded(first, first.start, end)) return undefined;
      const fields = dated('range', first.value, '月', `--${pad2(first.value)}/--${pad2(second.value)}`);
      fields.valueHigh = second.value;
      return this.emit(first.start, end, fields);
    }
    const m2 = this.measure(second);
    if (!m2.hasUnit) return undefined;
    if (m1.hasUnit && (m1.unit !== m2.unit || m1.kind !== m2.kind || m1.exp !== m2.exp)) return undefined;
    if (!first.arabic && !this.chineseCountOk(first, m2.measureWord)) return undefined;
    const exp1 = m1.hasUnit || m1.exp !== 0 ? m1.exp : m2.exp;
    let end = m2.end;
    let approx = m2.approx;
    const suffix = SUFFIX_APPROX.match(t, end);
    if (suffix) {
      approx = suffix[1];
      end += suffix[0].length;
    }
    const pre = this.prefix(first);
    const low = scaledValue(first, pre.negative, exp1);
    const high = shiftDecimal(numDigits(second), m2.exp);
    if (!(low <= high)) return undefined;
    const fields = new Fields('range', low, m2.unit);
    fields.valueHigh = high;
    if (m2.unitText) fields.unitText = m2.unitText;
    if (approx ?? pre.approx) fields.approx = approx ?? pre.approx;
    if (pre.change) fields.change = pre.change;
    if (this.excluded(first, pre.start, end) || this.excludedNumeral(second)) return undefined;
    return this.emit(pre.start, end, fields);
  }

  // ------------------------------------------------------------------ prefixes

  /**
   * Minus sign, qualifier and word of change before a number. The figure starts at the number or its
   * minus sign: qualifiers and words of change qualify it from outside (总投资约2.8亿元 → 2.8亿元, about).
   */
  private prefix(num: Num): { start: number; before: number; negative: boolean; approx?: Approximation; change?: 'increase' | 'decrease' } {
    const t = this.text;
    let s = num.start;
    let negative = false;
    if (num.arabic && s - 1 >= this.floor && isMinus(t.charCodeAt(s - 1))) {
      const b = t.charCodeAt(s - 2);
      if (!(digitValue(b) >= 0 || isLatin(b) || b === 41 || b === 0xff09)) {
        negative = true;
        s--;
      }
    }
    const start = s;
    let approx: Approximation | undefined;
    const q = this.qualifierBefore(s);
    if (q) {
      approx = q[1];
      s -= q[0].length;
    }
    const filler = CHANGE_FILLERS.match(t, s);
    const change = CHANGE_WORDS.match(t, filler ? s - filler[0].length : s);
    return { start, before: s, negative, approx, change: change?.[1] };
  }

  /** The qualifier (逾, 近, 约…) that ends at s, if it lies after the last figure. */
  private qualifierBefore(s: number): [string, Approximation] | undefined {
    const t = this.text;
    const q = QUALIFIERS.match(t, s, this.floor);
    if (!q) return undefined;
    const qs = s - q[0].length;
    const guard = QUALIFIER_GUARD.get(q[0]);
    if (guard && qs > 0 && guard.includes(t[qs - 1])) return undefined;
    return q;
  }

  /** A scope (全省, 全国…) before p, directly or through a rank verb (全省位列第二). */
  private scopeBefore(p: number): { word: string; start: number; adjacent: boolean } | undefined {
    const t = this.text;
    const direct = SCOPES.match(t, p);
    if (direct) {
      const start = p - direct[0].length;
      return { word: direct[0], start, adjacent: start >= this.floor };
    }
    const verb = RANK_VERBS.match(t, p);
    if (verb) {
      const scope = SCOPES.match(t, p - verb[0].length);
      if (scope) return { word: scope[0], start: p - verb[0].length - scope[0].length, adjacent: false };
    }
    return undefined;
  }

  private validRank(num: Num): boolean {
    return Number.isInteger(num.value) && num.value >= 1 && num.value < 100000;
  }

  // ------------------------------------------------------------------ ordinals, dates, periods

  /** 第N: a rank (第8, 第三十六位, 全省第一), a quarter (第一季度) or a label (第三批, 第一人民医院). */
  private ordinal(num: Num): number {
    const t = this.text;
    if (!this.validRank(num)) return num.end;
    let end = num.end;
    const c = t.charCodeAt(end);
    if (c === JI_SEASON && t.startsWith('季度', end)) {
      return this.emit(num.start - 1, end + 2, new Fields('period', num.value, '季度'));
    }
    if (c === WEI || c === MING) end++;
    else if (isHan(c) || isOpenQuote(c) || digitValue(c) >= 0) return num.end;
    const di = num.start - 1;
    if (di < this.floor) return num.end;
    // 第一，…；第二，… at the start of a clause enumerates points; a rank follows a word (位列第8).
    if (!isHan(t.charCodeAt(di - 1))) return num.end;
    const scope = this.scopeBefore(di);
    const start = scope && scope.adjacent ? scope.start : di;
    if (this.excluded(num, start, end)) return num.end;
    return this.emit(start, end, rank(num.value, scope?.word));
  }

  /** 每10万人口, 每千人口: remembers the denominator for the next count in the clause. */
  private denominator(num: Num): number {
    const t = this.text;
    let i = num.end;
    if (num.arabic && t.charCodeAt(i) === WAN) i++;
    const noun = PER_NOUNS.match(t, i);
    if (!noun) return num.end;
    const end = i + noun[0].length;
    let until = end;
    const limit = Math.min(t.length, end + PER_REACH);
    while (until < limit && !isClauseEnd(t.charCodeAt(until))) until++;
    this.per = { text: t.slice(num.start, end), until };
    return end;
  }

  /**
   * Gives a count the pending 每…人口 denominator of its clause: the last count of the clause, so that
   * in 每千人口拥有3岁以下婴幼儿托位数4.1个 the rate is 4.1个, not the age.
   */
  private applyPer(start: number, end: number, fields: Fields): void {
    const per = this.per;
    if (!per) return;
    if (start >= per.until) {
      this.per = undefined;
      return;
    }
    if (!(fields.figureKind === 'count' || (fields.figureKind === 'quantity' && fields.unit === ''))) return;
    const t = this.text;
    for (let k = end; k < per.until; k++) if (digitValue(t.charCodeAt(k)) >= 0) return;
    fields.figureKind = 'rate';
    fields.unit = fields.unit ? `${fields.unit}/${per.text}` : `/${per.text}`;
    if (fields.unitText) fields.unitText = `${fields.unitText}/${per.text}`;
    this.per = undefined;
  }

  /** The year a number stands for when it is written like one (2024, 二〇二四年), else undefined. */
  private yearValue(num: Num): number | undefined {
    if (num.arabic) {
      if (num.digits.length !== 4 || num.digits.charCodeAt(1) === 46) return undefined;
      const y = num.value;
      return y >= 1000 && y <= 2999 && Number.isInteger(y) ? y : undefined;
    }
    // 二〇二四年: digits read one by one, only before 年.
    if (num.end - num.start !== 4 || this.text.charCodeAt(num.end) !== NIAN) return undefined;
    const y = parseChineseDigits(this.text, num.start, num.end);
    return y >= 1000 && y <= 2999 ? y : undefined;
  }

  /** 2024-12-31, 2024/1/1. */
  private isoDate(p: number): number | undefined {
    const sep = this.text.charCodeAt(p + 4);
    if (sep !== 45 && sep !== 47 && sep !== 46) return undefined;
    ISO_DATE.lastIndex = p;
    const m = ISO_DATE.exec(this.text);
    if (!m) return undefined;
    const mo = Number(m[3]);
    const d = Number(m[4]);
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
    return this.emit(p, p + m[0].length, dated('date', null, '', `${m[1]}-${pad2(mo)}-${pad2(d)}`));
  }

  /** 2018—2020年度, 2024-2030, 2024年至2025年. */
  private yearRange(num: Num, y1: number): number | undefined {
    const t = this.text;
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
    if (this.excluded(num, num.start, end)) return undefined;
    const fields = dated('range', y1, '年', `${y1}/${y2}`);
    fields.valueHigh = y2;
    return this.emit(num.start, end, fields);
  }

  /** 2024年, 2024年度, 2024年12月底, 2024年1月1日, 2024年上半年, 2024年第一季度, 二〇二四年. */
  private yearDate(num: Num, year: number): number | undefined {
    const t = this.text;
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
        date += '-' + pad2(month.value);
        i = month.end + 1;
        const day = readSmall(t, i);
        if (day && day.value >= 1 && day.value <= 31 && (t.charCodeAt(day.end) === RI || t.charCodeAt(day.end) === HAO)) {
          date += '-' + pad2(day.value);
          i = day.end + 1;
        } else {
          i = partOfMonth(t, i);
        }
      } else {
        i = partOfYear(t, i);
      }
    }
    if (this.excluded(num, num.start, i)) return num.end;
    return this.emit(num.start, i, dated(kind, null, '', date));
  }

  /** 1月, 1月11日, 12月底 (without a year). */
  private month(num: Num): number {
    const t = this.text;
    if (!num.arabic || !isMonth(num)) return num.end;
    let i = num.end + 1;
    let date = '--' + pad2(num.value);
    const day = readSmall(t, i);
    if (day && day.value >= 1 && day.value <= 31 && (t.charCodeAt(day.end) === RI || t.charCodeAt(day.end) === HAO)) {
      date += '-' + pad2(day.value);
      i = day.end + 1;
    } else {
      i = partOfMonth(t, i);
    }
    if (this.excluded(num, num.start, i)) return num.end;
    return this.emit(num.start, i, dated('date', null, '', date));
  }

  /** 每月20日: a day of the month. */
  private day(num: Num): number | undefined {
    const t = this.text;
    const d = num.value;
    if (!Number.isInteger(d) || d < 1 || d > 31 || num.digits.length > 2) return undefined;
    const c = t.charCodeAt(num.end);
    if (c !== RI && c !== HAO) return undefined;
    if (this.excluded(num, num.start, num.end + 1)) return undefined;
    return this.emit(num.start, num.end + 1, dated('date', null, '', '---' + pad2(d)));
  }

  /** 近三年, 过去5年, 3年内, 5年来: periods counted in years. */
  private yearsPeriod(num: Num, start: number, end: number, approx: Approximation | undefined): number | undefined {
    const t = this.text;
    const before = PERIOD_BEFORE.match(t, num.start);
    const after = PERIOD_AFTER.match(t, end);
    if (!before && !after) return undefined;
    const s = before ? num.start - before[0].length : start;
    if (s < this.floor) return undefined;
    const e = after ? end + after[0].length : end;
    if (this.excluded(num, s, e)) return num.end;
    const fields = new Fields('period', num.value, '年');
    // 近 before a number of years is "the last", not "nearly".
    if (approx && !(before && approx === 'nearly')) fields.approx = approx;
    return this.emit(s, e, fields);
  }

  /** “十四五”, 十三五时期: a five-year plan period. */
  private plan(num: Num): number | undefined {
    const t = this.text;
    const len = num.end - num.start;
    if (len < 2 || t.charCodeAt(num.end - 1) !== WU) return undefined;
    const n = parseChineseNumeral(t, num.start, num.end - 1);
    if (!Number.isInteger(n) || n < 3 || n > 20) return undefined;
    const quoted = isOpenQuote(t.charCodeAt(num.start - 1)) && isCloseQuote(t.charCodeAt(num.end));
    const context = PLAN_CONTEXT.match(t, num.end);
    if (!quoted && !context) return undefined;
    const from = 1966 + 5 * (n - 3); // the third plan began in 1966; each lasts five years
    const end = !quoted && context && (context[0] === '时期' || context[0] === '期间') ? num.end + 2 : num.end;
    return this.emit(num.start, end, dated('period', null, '', `${from}/${from + 4}`));
  }

  /** 三分之一, 百分之八十, 千分之五. */
  private fraction(den: Num): number {
    const t = this.text;
    const j = den.end + 2;
    const c = t.charCodeAt(j);
    if (!(digitValue(c) >= 0 || isChineseNumeralChar(c))) return den.end;
    let numer: Num;
    if (digitValue(c) >= 0) {
      const a = readArabic(t, j)!;
      numer = { start: j, end: a.end, arabic: true, digits: a.digits, value: decimalValue(a.digits) };
    } else {
      let e = j + 1;
      while (e < t.length && isChineseNumeralChar(t.charCodeAt(e))) e++;
      numer = this.chineseNum(j, e);
    }
    if (Number.isNaN(numer.value) || Number.isNaN(den.value) || den.value === 0) return numer.end;
    let fields: Fields;
    if (den.value === 100) {
      fields = new Fields('percent', shiftDecimal(numDigits(numer), -2), '%');
      fields.unitText = '百分之';
    } else if (den.value === 1000) {
      fields = new Fields('rate', shiftDecimal(numDigits(numer), -3), '‰');
      fields.unitText = '千分之';
    } else if (den.value === 10000) {
      fields = new Fields('rate', shiftDecimal(numDigits(numer), -4), '‱');
      fields.unitText = '万分之';
    } else {
      fields = new Fields('percent', numer.value / den.value, '%');
    }
    let end = numer.end;
    const suffix = SUFFIX_APPROX.match(t, end);
    if (suffix) {
      fields.approx = suffix[1];
      end += suffix[0].length;
    }
    const pre = this.prefix(den);
    if (pre.approx) fields.approx = pre.approx;
    if (pre.change) fields.change = pre.change;
    if (this.excluded(den, pre.start, end)) return end;
    return this.emit(pre.start, end, fields);
  }

  // ------------------------------------------------------------------ output

  /** True when the figure is inside a quoted formula or a slogan. */
  private excluded(num: Num, start: number, end: number): boolean {
    return this.excludedNumeral(num) || this.insideFormula(start, end);
  }

  private excludedNumeral(num: Num): boolean {
    const list = NOT_FIGURES.get(this.text.charCodeAt(num.start));
    if (!list) return false;
    for (const { phrase, at } of list) {
      if (num.start - at >= 0 && hasAt(this.text, num.start - at, phrase)) return true;
    }
    return false;
  }

  /** True when [start, end) lies inside a short quotation without clause punctuation: a formula. */
  private insideFormula(start: number, end: number): boolean {
    const t = this.text;
    const LIMIT = 30;
    let open = -1;
    for (let k = start - 1; k >= 0 && k >= start - LIMIT; k--) {
      const cls = CHAR_CLASS[t.charCodeAt(k)];
      if (cls === 0) continue;
      if (cls & C_OPEN_QUOTE) {
        open = k;
        break;
      }
      return false; // a closing quote or the end of a clause
    }
    if (open < 0) return false;
    for (let k = end; k < t.length && k < end + LIMIT; k++) {
      const cls = CHAR_CLASS[t.charCodeAt(k)];
      if (cls === 0) continue;
      // A closing quote; an opening one or the end of a clause first: not a formula.
      return (cls & C_CLOSE_QUOTE) !== 0;
    }
    return false;
  }

  private emit(start: number, end: number, fields: Fields): number {
    if (start < this.floor || end <= start) return Math.max(end, start + 1);
    const f: FigureAnnotation = {
      kind: 'figure',
      start,
      end,
      text: this.text.slice(start, end),
      figureKind: fields.figureKind,
      value: fields.value,
      unit: fields.unit,
    };
    if (fields.valueHigh !== undefined) f.valueHigh = fields.valueHigh;
    if (fields.unitText !== undefined) f.unitText = fields.unitText;
    if (fields.approx !== undefined) f.approx = fields.approx;
    if (fields.date !== undefined) f.date = fields.date;
    if (fields.scope !== undefined) f.scope = fields.scope;
    if (fields.change !== undefined) f.change = fields.change;
    this.out.push(f);
    this.floor = end;
    return end;
  }
}

/**
 * The one scanner, reset by each call (a call never starts inside another: nothing the scanner calls
 * calls findFigures). Besides saving an object per paragraph, this matters to V8: optimised code
 * refers weakly to the hidden classes ("maps") of the objects it handles, and when each call had a
 * scanner of its own, a full garbage collection between calls found no scanner alive, freed its map
 * and threw away all the optimised code of this file, which then ran slowly until compiled again.
 */
const SCANNER = new FigureScanner();

// ------------------------------------------------------------------ helpers

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function isMonth(num: Num): boolean {
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
