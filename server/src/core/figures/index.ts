/**
 * Figures in report text: amounts of money, counts with their measure word, percentages and
 * percentage points, rates, dates and periods, ranges and ranks.
 *
 * One pass: a lookup table finds where a number can start, and a small hand-written reader looks
 * around that place — qualifiers and scope before it, 万/亿, 余/多, the unit and 以上/以下 after it. No
 * backtracking, no allocation for characters that start nothing. A figure has a numeral: 今年, 上半年,
 * 首位 and the five-year plans (十四五, a name) are not figures (ANNOTATION_GUIDELINES.md, FIG).
 *
 * PDF extraction leaves blanks between a number and its unit (2023 年, 30 元, 94.03 %, 0.308 mSv): blanks
 * between a digit and a Han character, a percent sign or a unit in Latin letters (not a section's number
 * before its name: 2.2 日常管理机构) are taken out before the scan and put back in the
 * figures' offsets, so the figure's text keeps them. Few paragraphs have such blanks: the scan notes
 * a blank beside a number it reads, and only then is the paragraph joined and read again. (Line
 * breaks inside a paragraph are taken out before, by textView.ts; a hard paragraph break ends the
 * text this function sees.)
 *
 * Where things are (each file's header lists the decisions it makes where reports are ambiguous):
 * - this file: where a figure may start, and which family reads what starts there;
 * - scanner.ts: the one scanner's state, its anchor table, and what all families share (numbers as
 *   written, the words before a number, slogans and quoted formulas that are no figures);
 * - units.ts: what follows a number (万/亿, 余/多, a unit or measure word);
 * - amounts.ts: money, counts and other amounts; percents.ts: percentages, percentage points and
 *   rates; dates.ts: dates and periods; ranges.ts: ranges; ranks.ts: ranks;
 * - chars.ts, wordLists.ts: the characters and word lists the readers look up;
 * - the numerals themselves (一千二百, 1,234.5) are read by ../numerals.ts;
 * - the words are data: measure words, slogans with numerals, qualifiers, words of change, scopes,
 *   money and period words are in server/data/units.json (schema: units.schema.json), read by data.ts.
 */
import type { FigureAnnotation } from '../types';
import { digitValue, isCapitalNumeral, isChineseNumeralChar, isYearAt, isZeroLike, parseChineseNumeral, unitExponent } from '../numerals';
import { isLineBreak } from '../textView';
import { BAI, CHU, CI, DI, DIAN, DUN, DUO, ER, FEN, JIE, LING_AGE, MEI, NIAN, QIAN, QIAN_TOP, RI, SHANG, SHI, SHI_HOUR, SUI_AGE, WAN, WU, ZHOU, XIA, YI, YU, YUAN, YUE, ch, digitsStart, endsItem, isHan, isLatin, isMinus, isNumeralChar, listSeparatorAt, makesWordOfOne, rangeSeparator } from './chars';
import { quantity } from './amounts';
import { bracketedNewsDay, century, day, dayFirstDate, dayOfMonth, decade, decadeRange, digitRunDate, digitRunYears, eraDate, isoDate, listedMonth, listedYear, month, pad2, quarter, quarterAhead, revisionYear, rocDate, shortYearDate, yearDate, yearRange, yearSince, yearValue, yearsPeriod } from './dates';
import { lunarAfterMonth, lunarAtChu } from './lunar';
import { denominator, fraction, halfShare, perTenThousands, ratio, slashFraction } from './percents';
import { numeralPair } from './ranges';
import { ordinal, rankEndingAt } from './ranks';
import { ANCHOR, A_CHINESE, A_HALF, BLANK, FigureScanner, ageBoundAt, approxAfter, arabicNum, hundredsCounted, chineseNum, dated, Fields, nextAnchor, scaleQualified, type Num } from './scanner';
import { clock, clockRange, dayPartBefore, frequency, frequencyBefore, halfOfTime, isClockColon, periodOfCountAt } from './times';
import { boundAfterOne, boundNear, geSplitWordAt, halfAge, halfYear, measureWordAt, scoringUnit, yearAsLength } from './units';
import { WordsAt, words } from './wordLists';

/** 期, an issue of a journal after its year (2022年3期). */
const QI_ISSUE = ch('期');

/** The longest Chinese numeral read (一千二百三十四万五千六百七十八 has 15 characters). */
const MAX_CHINESE_NUMERAL = 16;

/** Last characters of qualifiers: a lone 一 after one of them may be an amount (不到一个小时). */
const QUALIFIER_ENDS = new Uint8Array(0x10000);
for (const s of '过逾超近约概足到少多') QUALIFIER_ENDS[ch(s)] = 1;

/**
 * The one scanner, reset by each call (a call never starts inside another: nothing the scanner calls
 * calls findFigures). Besides saving an object per paragraph, this matters to V8: optimised code
 * refers weakly to the hidden classes ("maps") of the objects it handles, and when each call had a
 * scanner of its own, a full garbage collection between calls found no scanner alive, freed its map
 * and threw away all the optimised code of the figure reader, which then ran slowly until compiled again.
 */
const SCANNER = new FigureScanner();

/** Finds the figures in a paragraph of report text. */
export function findFigures(text: string): FigureAnnotation[] {
  const first = scan(text);
  if (!SCANNER.blankBesideNumber) return first;
  const joined = joinBlanks(text);
  if (joined === undefined) return first;
  const found = scan(joined.text);
  placeInText(found, joined.cuts, text);
  return found;
}

function scan(text: string): FigureAnnotation[] {
  const s = SCANNER;
  s.start(text);
  const n = text.length;
  let i = nextAnchor(text, 0);
  while (i < n) {
    const next = readAt(s, i, ANCHOR[text.charCodeAt(i)]);
    i = nextAnchor(text, next > i ? next : i + 1);
  }
  return s.finish();
}

// ------------------------------------------------------------------ blanks inside figures

/** Runs of blanks: space, tab, no-break space, ideographic space (as BLANK in scanner.ts). */
const BLANKS = /[ \t\u00a0\u3000]+/g;
/** A longer run of blanks separates columns of a table rather than a number from its unit. */
const MAX_JOINED_BLANKS = 3;
/** μ, as units in Latin letters may start (μSv, μg/L). */
const MICRO = 0x3bc;
/** Signs that follow a number as its unit: % ％ ﹪ ‰ ‱ ℃ ㎡. */
const SIGN_AFTER = new Set([37, 0xff05, 0xfe6a, 0x2030, 0x2031, 0x2103, 0x33a1]);

/**
 * Whether a unit in Latin letters (mSv, μSv/h, dB(A), mg/L, kg) is written whole at i, as measurement reports
 * print them after a blank (0.308 mSv, 85 dB(A)) in the SI style: a measure word (measureWordAt, which
 * never takes the start of a word: 5 min, 3 months) that starts with a Latin letter or μ.
 */
function latinUnitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (isLatin(c) || c === MICRO) && measureWordAt(text, i) !== undefined;
}

/**
 * Whether the blanks text[a, b) lie inside a figure: a digit on one side, a Han character on the other, or
 * after the digit a unit sign (94.03 %) or a unit in Latin letters (0.308 mSv); or between a number's unit
 * sign and the words that bound or round it (65% 以上, 10% 以内, 3% 左右).
 */
function joins(text: string, a: number, b: number): boolean {
  const before = text.charCodeAt(a - 1);
  const after = text.charCodeAt(b);
  if (SIGN_AFTER.has(before) && digitValue(text.charCodeAt(a - 2)) >= 0) return approxAfter(text, b) !== undefined;
  // (Not after seven digits or more: 陆超娣 22121624 张敏, a telephone number in a list of contacts; amounts so large are
  // written with 万 or with separators.)
  if (digitValue(before) >= 0) return (isHan(after) && !WORDS_AFTER_BLANK.some((w) => text.startsWith(w, b)) && !longDigitRunBefore(text, a)) || SIGN_AFTER.has(after) || latinUnitAt(text, b);
  return digitValue(after) >= 0 && isHan(before);
}

/** Fewest digits of a run that is a telephone or an identifier's number, not an amount (22121624). */
const LONG_DIGIT_RUN = 7;

/** Whether LONG_DIGIT_RUN digits or more, with no dot, end at `a`. */
function longDigitRunBefore(text: string, a: number): boolean {
  return a - digitsStart(text, a, LONG_DIGIT_RUN) >= LONG_DIGIT_RUN;
}

/** First characters of the periods a list of ordinals may name (第1、2季度, 第3、4周). */
const PERIOD_AFTER_ORDINALS = '季周';

/** Longest look back over a list of numbers to the 第 that opens it (第3、18、31). */
const MAX_ORDINAL_LIST = 24;

/** Whether c goes on a list of numbers: a digit, a Chinese numeral or a 、. */
function inNumberList(c: number): boolean {
  return digitValue(c) >= 0 || isNumeralChar(c) || c === DUN;
}

/** Whether the 、 at `dun` goes on a list of numbers opened by 第 (第3、18|, 第十二、|). */
function ordinalListBefore(t: string, dun: number): boolean {
  let k = dun;
  while (k > 0 && dun - k < MAX_ORDINAL_LIST) {
    const c = t.charCodeAt(k - 1);
    if (inNumberList(c)) k--;
    else return c === DI && k < dun;
  }
  return false;
}

/** The end of the list of numbers that goes on after the one ending at `i` (、31): the list's numbers share 第. */
function listEnd(t: string, i: number): number {
  let k = i;
  while (k < t.length && k - i < MAX_ORDINAL_LIST && inNumberList(t.charCodeAt(k))) k++;
  return k;
}

/**
 * Whether `num`, at the start of a line, is an item's number run into a clock time or an age: one or two digits, a dot,
 * one or two digits, then 时 (not 小时) or 周岁.
 */
function itemBeforeTime(t: string, num: Num): boolean {
  const dot = num.digits.indexOf('.');
  if (dot < 1 || dot > 2 || num.digits.length - dot - 1 > 2 || num.digits.length - dot - 1 < 1) return false;
  if (num.start > 0 && !isLineBreak(t.charCodeAt(num.start - 1))) return false;
  const c = t.charCodeAt(num.end);
  return c === SHI_HOUR || (c === ZHOU && t.charCodeAt(num.end + 1) === 0x5c81 /* 岁 */);
}

/**
 * Whether `num`, at the start of a line, is a section's number (one or two digits, a dot, one or two digits) before a
 * heading whose first word opens with a measure word: no figure (2.3日常管理机构 was 2.3 days).
 */
function sectionBeforeWord(t: string, num: Num): boolean {
  const dot = num.digits.indexOf('.');
  if (dot < 1 || dot > 2 || num.digits.length - dot - 1 > 2) return false;
  if (num.start > 0 && !isLineBreak(t.charCodeAt(num.start - 1))) return false;
  return SECTION_WORDS.some((w) => t.startsWith(w, num.end));
}

/** Rooms and sides of a floor after 层: 三层会议室, 一层大厅, 2层东侧 (a floor, no count of storeys). */
const ROOMS_ON_FLOOR = new WordsAt(words(['会议室', '报告厅', '大厅', '会议厅', '多功能厅', '学术厅', '礼堂', '病区', '办公室', '候诊区', '东侧', '西侧', '南侧', '北侧']));

/** Longest range of floors after the first floor's number (11-13层: "-13"). */
const MAX_FLOOR_RANGE = 4;

/** The end of 层 after a floor's number ending at `i`, or after a range of floors up to another (-13层, 至15层); 0 if none. */
function floorsEnd(t: string, i: number): number {
  let k = i;
  const sep = rangeSeparator(t, k);
  if (sep > 0) {
    k += sep;
    while (k < t.length && k - i <= MAX_FLOOR_RANGE && digitValue(t.charCodeAt(k)) >= 0) k++;
  }
  return t.charCodeAt(k) === 0x5c42 /* 层 */ ? k + 1 : 0;
}

/** The end of a copyright's years after the first ends at `i` (© 2019-2024). */
function copyrightEnd(t: string, i: number): number {
  const sep = rangeSeparator(t, i);
  let k = i + sep;
  if (sep > 0) while (k < t.length && k - i <= 5 && digitValue(t.charCodeAt(k)) >= 0) k++;
  return sep > 0 && k > i + sep ? k : i;
}

/**
 * Words that open with a measure word but are none, after a blank that ends a table's cell or a line (25.00
 * 项目资金…, 0 项目 10 项, 3 人员经费, a document site's 页数:4 大小:…): the number stands alone.
 */
const WORDS_AFTER_BLANK = ['项目', '人员', '人数', '次数', '个人', '大小', '日期', '时间', '来源'];

/** Words that open with a measure word, after a section's number at a line's start (2.3日常管理机构, 8.1名词术语, 6.1人力资源). */
const SECTION_WORDS = [...WORDS_AFTER_BLANK, '日常', '名词', '名称', '人力', '人才', '年度'];

/** Labels whose number a caption or an attachment opens with (图1 市疾控中心…, 附件1 县卫健局…): no figure's. */
const NUMBER_LABELS = ['附件', '附表', '图', '表'];

/** Whether a label's number ends at `a` (图1, 附件2): the blank after it parts the label from its text. */
function labelNumberBefore(text: string, a: number): boolean {
  let d = a;
  while (d > 0 && a - d < 3 && digitValue(text.charCodeAt(d - 1)) >= 0) d--;
  return d < a && NUMBER_LABELS.some((l) => text.startsWith(l, d - l.length));
}

/**
 * Whether the dot at `dot` ends the second part or a later one of a dotted number (1.2. in 1.2.3): digits before
 * it, and a dot and a digit before those. (1.2023年, an item's number before a year, has one part before its dot.)
 */
function dottedBefore(t: string, dot: number): boolean {
  const k = digitsStart(t, dot, 3);
  return k < dot && k > 1 && t.charCodeAt(k - 1) === 46 && digitValue(t.charCodeAt(k - 2)) >= 0;
}

/** Longest section number read before a blank (2.1.1, 10.2.3). */
const MAX_SECTION_NUMBER = 12;

/**
 * Whether a section's number with a dot opens the line and ends at `a` (2.2 日常管理机构, 8.1 名词术语): the
 * blank after it parts the number from the section's name, no unit.
 */
function sectionNumberBefore(text: string, a: number, b: number): boolean {
  let d = a;
  let dots = 0;
  let partDigits = 0;
  while (d > 0 && a - d < MAX_SECTION_NUMBER) {
    const c = text.charCodeAt(d - 1);
    if (c === 46 /* . */) {
      dots++;
      partDigits = 0;
    } else if (digitValue(c) < 0) break;
    // A section's numbers have one or two digits each (2.1.1, 10.2); 2279.048 万元 is an amount.
    else if (++partDigits > 2) return false;
    d--;
  }
  // (A section's number starts with a digit: ".1 万元" is an amount whose 0 was left out.)
  if (dots === 0 || d === a || text.charCodeAt(d) === 46) return false;
  const before = d > 0 ? text.charCodeAt(d - 1) : 10;
  if (before !== 10 && before !== 13) return false;
  // The section's name follows: two Chinese characters at least (87.68 分 is a score in a table's cell).
  return isHan(text.charCodeAt(b)) && isHan(text.charCodeAt(b + 1));
}

/** Most groups of three digits a number grouped by blanks has on either side of a gap (bounds the look). */
const MAX_GROUPS = 5;
/** Most digits after the decimal point of a number grouped by blanks (bounds the look). */
const MAX_DECIMALS = 4;

/** Whether code unit c is a single blank that may group thousands: a space or a no-break space. */
const isGroupBlank = (c: number) => c === 32 || c === 0xa0;

/** Whether text[i, i + 3) are three digits. */
function threeDigits(text: string, i: number): boolean {
  return digitValue(text.charCodeAt(i)) >= 0 && digitValue(text.charCodeAt(i + 1)) >= 0 && digitValue(text.charCodeAt(i + 2)) >= 0;
}

/**
 * Whether the blank text[a, b) groups the thousands of one number, as journals and CDC bulletins print
 * them (法定传染病706 361例, 死亡12 345 678人次): the number's first group of one to three digits follows a
 * word, or a word and one blank (not a number and a blank: "1 1 150次" are a table's cells), every further
 * group has three digits after one blank, and a measure word follows the last (10 100% are two cells). A year
 * (2023 年) has four digits.
 */
function thousandsGap(text: string, a: number, b: number): boolean {
  if (b - a !== 1 || !isGroupBlank(text.charCodeAt(a))) return false;
  // Leftwards: groups of three after a blank, then the first group.
  let k = a;
  for (let g = 0; ; g++) {
    let d = k;
    while (d > 0 && k - d < 4 && digitValue(text.charCodeAt(d - 1)) >= 0) d--;
    const digits = k - d;
    if (digits === 0 || digits > 3 || d === 0) return false;
    const before = text.charCodeAt(d - 1);
    if (isGroupBlank(before) && digits === 3 && g < MAX_GROUPS) {
      k = d - 1;
      continue;
    }
    if (before === 46 /* . */ || digitValue(before) >= 0) return false;
    // (A blank may part the number from its word too, 基金支出 10 081.15亿元, but not from another number: "1 1 150次".)
    if (BLANK[before] === 1 && !(d >= 2 && isHan(text.charCodeAt(d - 2)))) return false;
    break;
  }
  // Rightwards: groups of three after a blank, then the measure word or a rate's slash, after a decimal part if
  // there is one (2 898.7万元, 4 493.93/10万), or a unit in Latin letters after a blank (7 350 m2, 2 394.9 mGy).
  let e = b;
  for (let g = 0; g < MAX_GROUPS; g++) {
    if (!threeDigits(text, e)) return false;
    let c = text.charCodeAt(e + 3);
    if (c === 46 /* . */) {
      let d = e + 4;
      while (d - e < 4 + MAX_DECIMALS && digitValue(text.charCodeAt(d)) >= 0) d++;
      if (d === e + 4) return false;
      c = text.charCodeAt(d);
      // (2 394.9 mGy·cm: a unit in Latin letters after a blank, as after the groups below.)
      return isHan(c) || SIGN_AFTER.has(c) || rateSlash(text, d) || latinUnitAt(text, d) || (isGroupBlank(c) && latinUnitAt(text, d + 1));
    }
    // (Or a unit in Latin letters right after the last group: 3 068km2.)
    if (isHan(c) || rateSlash(text, e + 3) || rangeToNumber(text, e + 3) || latinUnitAt(text, e + 3)) return true;
    if (!isGroupBlank(c)) return false;
    // (1 010 个, 12 345 例: a blank before the measure word too, as journals set them.)
    if (latinUnitAt(text, e + 4) || isHan(text.charCodeAt(e + 4))) return true;
    e += 4;
  }
  return false;
}

/** Whether a range's separator and a number follow at i (1 500~2 000人: the low end's groups, the high end's are read on their own). */
function rangeToNumber(text: string, i: number): boolean {
  const sep = rangeSeparator(text, i);
  return sep > 0 && digitValue(text.charCodeAt(i + sep)) >= 0;
}

/** Whether a rate's slash and its base follow at i (4 493.93/10万, 34 832/10万). */
function rateSlash(text: string, i: number): boolean {
  return text.charCodeAt(i) === 0x2f /* / */ && digitValue(text.charCodeAt(i + 1)) >= 0;
}

/**
 * The text without the blanks that sit inside figures, and where they were: pairs [offset in the
 * joined text, length removed]; undefined when there are none (most paragraphs).
 */
function joinBlanks(text: string): { text: string; cuts: number[] } | undefined {
  BLANKS.lastIndex = 0;
  let m = BLANKS.exec(text);
  if (m === null) return undefined;
  let out = '';
  let from = 0;
  let removed = 0;
  const cuts: number[] = [];
  for (; m !== null; m = BLANKS.exec(text)) {
    const a = m.index;
    const b = a + m[0].length;
    // (A tab separates a table's columns: 1<tab>张伟 is a row's number and a name, no 1张.)
    if (m[0].includes('\t')) continue;
    if (b - a > MAX_JOINED_BLANKS || !(joins(text, a, b) || thousandsGap(text, a, b)) || labelNumberBefore(text, a) || sectionNumberBefore(text, a, b)) continue;
    out += text.slice(from, a);
    cuts.push(a - removed, b - a);
    removed += b - a;
    from = b;
  }
  if (cuts.length === 0) return undefined;
  return { text: out + text.slice(from), cuts };
}

/**
 * Moves figures found in the joined text to offsets in `text`, in one walk (figures are in order and
 * disjoint). A figure starts after blanks removed where it starts and ends before those where it
 * ends, so 2023 年 keeps its blank and a figure never takes the blanks around it.
 */
function placeInText(found: FigureAnnotation[], cuts: number[], text: string): void {
  let k = 0; // cuts at or before the current start
  let shift = 0;
  let kEnd = 0; // cuts strictly before the current end
  let shiftEnd = 0;
  for (const f of found) {
    while (k < cuts.length && cuts[k] <= f.start) (shift += cuts[k + 1]), (k += 2);
    if (kEnd < k) (kEnd = k), (shiftEnd = shift);
    while (kEnd < cuts.length && cuts[kEnd] < f.end) (shiftEnd += cuts[kEnd + 1]), (kEnd += 2);
    f.start += shift;
    f.end += shiftEnd;
    f.text = text.slice(f.start, f.end);
  }
}

// ------------------------------------------------------------------ what starts at an anchor

/** A telephone number with its area code: 0, two or three digits, a dash, seven or eight digits. */
const PHONE = /0[0-9]{2,3}[-－—][0-9]{7,8}(?![0-9])/y;

/** Longest fraction read after a decimal point typed as 。 (2。5个百分点). */
const MAX_TYPED_FRACTION = 3;

/**
 * `num` with its fraction, where a full stop stands for its decimal point before a percentage's sign (2。5个百分点,
 * 0。6%): no sentence starts with a percentage's digits. Undefined for anything else.
 */
function typedPointDecimal(t: string, num: Num): Num | undefined {
  if (t.charCodeAt(num.end) !== 0x3002 /* 。 */ || num.digits.includes('.') || num.end - num.start > 3) return undefined;
  let k = num.end + 1;
  while (k < t.length && k - num.end - 1 < MAX_TYPED_FRACTION && digitValue(t.charCodeAt(k)) >= 0) k++;
  if (k === num.end + 1 || digitValue(t.charCodeAt(k)) >= 0) return undefined;
  const c = t.charCodeAt(k);
  if (!(c === 37 || c === 0xff05 || t.startsWith('个百分点', k) || t.startsWith('百分点', k))) return undefined;
  const digits = `${num.digits}.${t.slice(num.end + 1, k)}`;
  return { start: num.start, end: k, arabic: true, digits, value: Number(digits) };
}

/** A month and a day joined by a dot, as readArabic reads them (2.20, 12.5). */
const DOTTED_MONTH_DAY = /^[0-9]{1,2}\.[0-9]{2}$/;
/** The numerals of the days of the week after 周 (周一 … 周六; 周日 and 周天 have none). */
const WEEKDAY_NUMERALS = '一二三四五六';

/** A page's number before a viewer's 共N页 (第1页|共6页). */
const PAGE_OF_BEFORE = /第\s*\d+\s*页\s*[,，/]?\s*$/;

/** Units of distance after a number after 每 (每2.5公里, 每100米): a spacing, not a rate's base. */
const DISTANCE_AFTER = /^(?:公里|千米|米|km(?![A-Za-z])|m(?![A-Za-z]))/;

/** The last characters of diseases' names (尿毒症, 慢性肾脏病, 肺癌, 肿瘤), before whose number 期 is a stage. */
const DISEASE_ENDS = '症病癌瘤';

/** Words before a number of days that make it a length, not a date (住院日, 缩短, 为 …). */
const LENGTH_OF_DAYS_BEFORE = /(?:住院日|天数|日数|平均|缩短|减少|降低|延长|增加|下降|提高|为)$/;

/** Measure words of machines and devices counted after their kind's letters (CT20台, DR3套, DSA8台次). */
const MACHINE_MEASURES = /^(?:台次|台|套|部)/;
/** Most capital letters that name a kind of machine (CT, MRI, DSA, PET-CT is read from its CT). */
const MAX_MACHINE_LETTERS = 6;

/** Most digits of a count of machines (a longer number after letters is a model's: ISO9001). */
const MAX_MACHINE_DIGITS = 4;

/** Whether capitals before `num` name a kind of machine that it counts (CT20台, MRI18台). */
function machinesAfterLetters(t: string, num: Num): boolean {
  if (!num.arabic || num.digits.length > MAX_MACHINE_DIGITS || num.digits.includes('.') || !MACHINE_MEASURES.test(t.slice(num.end, num.end + 2))) return false;
  let k = num.start;
  while (k > 0 && num.start - k < MAX_MACHINE_LETTERS && isCapital(t.charCodeAt(k - 1))) k--;
  return num.start - k >= 2 && !isLatin(t.charCodeAt(k - 1));
}

function isCapital(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xff21 && c <= 0xff3a);
}

/** Reads what starts at p (an anchor of the given kind); returns where to look next. */
function readAt(s: FigureScanner, p: number, anchor: number): number {
  const t = s.text;
  const prev = p > 0 ? t.charCodeAt(p - 1) : -1;
  let num: Num;
  if (anchor === A_HALF) return halfOfTime(s, p);
  if (anchor === A_CHINESE) {
    let e = p + 1;
    // ANCHOR marks exactly the characters of Chinese numerals A_CHINESE; ○ and Ｏ typed for 〇 go on a
    // numeral (二○○七年) but never start one.
    // (Also last before 年: 二○一○年.)
    while (e < t.length && (ANCHOR[t.charCodeAt(e)] === A_CHINESE || (isZeroLike(t.charCodeAt(e)) && (ANCHOR[t.charCodeAt(e + 1)] === A_CHINESE || isZeroLike(t.charCodeAt(e + 1)) || (t.charCodeAt(e + 1) === NIAN && e - p >= 3))))) e++;
    // 初一至初七, 正月初八, 正月十五: days of the lunar calendar (lunar.ts).
    if (prev === CHU || prev === YUE) {
      const lunar = prev === CHU ? lunarAtChu(s, p - 1) : lunarAfterMonth(s, p);
      if (lunar >= 0) return lunar;
    }
    if (e === p + 1 && !loneNumeralMayCount(s, p, prev)) return e;
    // 周一 … 周六: a day of the week, no number (周六周日 was 六周, six weeks); after 每 or a number, 周 is a week
    // (每周六次, 两周三次).
    if (prev === ZHOU && e === p + 1 && WEEKDAY_NUMERALS.includes(t[p]) && t.charCodeAt(p - 2) !== MEI && !isNumeralChar(t.charCodeAt(p - 2))) return e;
    // A numeral right after another that no reading took is a name's (二七院区, 五一广场: 七院区 was 7 院区); 一 after
    // 单, 统, 唯, 同 is a word's (单一院区 was 1 院区).
    if (ANCHOR[prev] === A_CHINESE || (e === p + 1 && t.charCodeAt(p) === YI && prev !== DI && makesWordOfOne(t, p - 1))) return e;
    // No numeral in a report is that long; skipping the whole run keeps the scan linear.
    if (e - p > MAX_CHINESE_NUMERAL) return e;
    num = chineseNum(t, p, e);
  } else {
    // 2024.12.31 would read as the decimal 2024.12; 16.09.2021 (day first, as sites abroad stamp pages) as 16.09.
    if (t.charCodeAt(p + 4) === 46) {
      const iso = isoDate(s, p);
      if (iso !== undefined) return iso;
    } else if (t.charCodeAt(p + 2) === 46 || t.charCodeAt(p + 1) === 46) {
      const dmy = dayFirstDate(s, p);
      if (dmy !== undefined) return dmy;
    }
    // 0871-65720128, 010-87876186: a telephone number, its area code with the leading 0, no figure (a range to the
    // next line's first word took it: 0871-65720128 / 省疾控中心 was 871 to 65,720,128 省).
    if (t.charCodeAt(p) === 48 /* 0 */) {
      PHONE.lastIndex = p;
      if (PHONE.test(t)) return PHONE.lastIndex;
    }
    num = arabicNum(t, p);
    // 提高2。5个百分点: a decimal point that a scan or a typist turned into 。, before a percentage's sign.
    num = typedPointDecimal(t, num) ?? num;
    // 附件:1.2021年度…名单: an item's number run into the year after it; the year is read on its own.
    const itemEnd = itemBeforeYear(t, num);
    if (itemEnd > 0) return itemEnd;
    // 2023 年, 提高 30 元: the paragraph is read again without such blanks (see the header).
    // (And 65% 以上: a blank after the number's sign.)
    if (BLANK[t.charCodeAt(num.end) | 0] === 1 || BLANK[prev | 0] === 1 || (SIGN_AFTER.has(t.charCodeAt(num.end)) && BLANK[t.charCodeAt(num.end + 1) | 0] === 1)) s.blankBesideNumber = true;
  }
  // 2.20日发病, 2.21日: a month and its day written with a dot, the day in two digits (平均住院日缩短1.2日 and
  // 住院日8.25日 are lengths).
  if (num.arabic && t.charCodeAt(num.end) === RI && DOTTED_MONTH_DAY.test(num.digits) && !LENGTH_OF_DAYS_BEFORE.test(t.slice(Math.max(0, num.start - 4), num.start))) {
    const [mo, d] = num.digits.split('.').map(Number);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && !s.excluded(num, num.start, num.end + 1)) return s.emit(num.start, num.end + 1, dated('date', null, '', `--${pad2(mo)}-${pad2(d)}`));
  }
  if (t.charCodeAt(num.end) === FEN && t.startsWith('分之', num.end)) return fraction(s, num);
  if (!num.arabic && t.charCodeAt(num.end) === 0x534a /* 半 */) {
    const h = halfShare(s, num);
    if (h !== undefined) return h;
  }
  if (num.arabic && (t.charCodeAt(num.end) === 47 || t.charCodeAt(num.end) === 0xff0f)) {
    const f = slashFraction(s, num);
    if (f !== undefined) return f;
  }
  if (num.arabic && t.charCodeAt(num.end) === WAN && t.startsWith('分之', num.end + 1)) return perTenThousands(s, num);
  if (num.arabic) {
    const r = ratio(s, num);
    if (r !== undefined) return r;
  }
  // COVID-19, PM2.5: a name's number; but CT20台, MRI18台, DSA8台: so many machines of a kind named by its letters.
  // (A Chinese numeral after letters is read on: A、B、C、D四档 counts the grades listed.)
  if ((isLatin(prev) && num.arabic && !machinesAfterLetters(t, num)) || (isMinus(prev) && isLatin(t.charCodeAt(p - 2)))) return num.end;
  // 第3、18、31条, 第十二、十三条, 第一、二批: the later numbers of a list after 第 are ordinals too, no counts.
  // (Not before a period's word: 第1、2季度 are two quarters, read as periods.)
  if (prev === DUN && ordinalListBefore(t, p - 1)) {
    const e = listEnd(t, num.end);
    // (Nor before 位 or 名 right after a rank: 第一、二位 are two ranks, read by amounts.ts's rankListed.)
    if (!PERIOD_AFTER_ORDINALS.includes(t[e]) && !(e === num.end && (t[e] === '位' || t[e] === '名') && rankEndingAt(s, p - 1) !== undefined)) return e;
  }
  // ©2022 通辽日报, © 2019-2024: a copyright's years, on a page's footer line.
  if (prev === 0xa9 || (BLANK[prev | 0] === 1 && t.charCodeAt(p - 2) === 0xa9)) return copyrightEnd(t, num.end);
  if (num.arabic && isLatin(t.charCodeAt(num.end)) && !measureWordAt(t, num.end)) return num.end; // 5G, 3D
  if (prev === DI) return ordinal(s, num);
  // 第 三批: an ordinal with a blank after 第, as PDF text spaces it, is a label, no count (第 三季度 a quarter, read on).
  if (BLANK[prev | 0] === 1 && t.charCodeAt(p - 2) === DI && !t.startsWith('季度', num.end)) return num.end;
  // 见1.2.3节, 1.1.1人口老龄化, 版本2.0.1: the last part of a dotted number of three parts or more (a section's,
  // a version's; 1.2 was read before it, and stopped at the second dot), no figure.
  // (A year there is the section's text: 3.5.2022年工作安排.)
  if (num.arabic && prev === 46 /* . */ && dottedBefore(t, p - 1) && !isYearAt(t, p)) return num.end;
  // 门诊楼6层, 住院楼1层, A座11-13层: a floor of a building or floors, no count (the guidelines leave floor numbers out);
  // but 两栋三层的门诊大楼 counts a building's storeys (栋 and 座 after a numeral count buildings).
  // (Also after the building's name, 新闻大厦5层, 图书馆3层, 商场2层, a hospital's clinics, 门诊四层, or its
  // number, 26号5层.)
  if (prev === 0x697c /* 楼 */ || prev === 0x53a6 /* 厦 */ || prev === 0x9986 /* 馆 */ || prev === 0x573a /* 场 */ || prev === 0x8bca /* 诊 */ || ((prev === 0x5ea7 /* 座 */ || prev === 0x53f7 /* 号 */) && (isLatin(t.charCodeAt(p - 2)) || digitValue(t.charCodeAt(p - 2)) >= 0))) {
    const floors = floorsEnd(t, num.end);
    if (floors > 0) return floors;
  }
  // 第1页共6页, 第 2 页 共 5 页: a document viewer's page counter, no count of pages.
  if (prev === 0x5171 /* 共 */ && t.charCodeAt(num.end) === 0x9875 /* 页 */ && PAGE_OF_BEFORE.test(t.slice(Math.max(0, p - 12), p - 1))) return num.end + 1;
  // 负一层, 负2层: a floor below the ground, no storeys counted.
  if (prev === 0x8d1f /* 负 */ && t.charCodeAt(num.end) === 0x5c42 /* 层 */) return num.end + 1;
  // 三层会议室, 5层报告厅, 一层大厅: a floor before a room of it, no storeys counted.
  if (t.charCodeAt(num.end) === 0x5c42 /* 层 */ && ROOMS_ON_FLOOR.match(t, num.end + 1)) return num.end + 1;
  if (prev === MEI || (!num.arabic && perIndicator(t, num.start, num.end))) {
    const end = denominator(s, num);
    // 每3-4小时: no denominator but a range, read as one (an interval, not its upper end alone); 每2.5公里设医疗站,
    // 每100米一个观察点: a spacing, read as the distance it is.
    if (!(end === num.end && prev === MEI && (rangeSeparator(t, num.end) || DISTANCE_AFTER.test(t.slice(num.end, num.end + 3))))) return end;
  }
  // 尿毒症5期, 慢性肾脏病5期, 肺癌4期: a disease's stage, a grade (no count of 5 期).
  if (t.charCodeAt(num.end) === QI_ISSUE && DISEASE_ENDS.includes(t[p - 1])) return num.end + 1;
  // 1天1次, 3天1次: the length of a frequency's period, read with its count (times.ts's frequency).
  if (num.arabic && periodOfCountAt(t, num)) return num.end;
  // 2022年3期, 2013年28期: a journal's issue of its year (第 left out), no count.
  if (num.arabic && prev === NIAN && t.charCodeAt(num.end) === QI_ISSUE && p >= 5 && isYearAt(t, p - 5)) return num.end + 1;
  // 第十七届75次常务会议, 市五届人大四次会议, 县政协十届二次会议: the number of a session within a term is
  // an ordinal.
  if (prev === JIE || (t.charCodeAt(num.end) === CI && (t.startsWith('人大', p - 2) || t.startsWith('政协', p - 2)))) return num.end;
  // 2.11时30分报到, 4.14周岁以下: an item's number before a clock time or an age at the start of a line, no decimal (a
  // clock's hour and an age in years are not written with decimals so); the figure starts after the item's dot.
  if (num.arabic && itemBeforeTime(t, num)) return num.digits.indexOf('.') + num.start + 1;
  if (num.arabic && sectionBeforeWord(t, num)) return num.end;
  const roc = rocDate(s, num) ?? shortYearDate(s, num) ?? eraDate(s, num);
  if (roc !== undefined) return roc;
  const year = yearValue(s, num);
  if (year !== undefined) {
    const r = isoDate(s, p) ?? yearRange(s, num, year) ?? decade(s, num) ?? yearDate(s, num, year) ?? revisionYear(s, num, year) ?? listedYear(s, num, year) ?? yearSince(s, num, year);
    if (r !== undefined) return r;
  }
  // 50-60年代, 五六十年代, 五、六十年代: two decades as one period.
  if (num.arabic ? num.digits.length === 2 : Number.isNaN(num.value) || t.charCodeAt(num.end) === DUN) {
    const r = decadeRange(s, num);
    if (r !== undefined) return r;
  }
  if (!num.arabic && Number.isNaN(num.value)) {
    const pair = numeralPair(s, num);
    if (pair !== undefined) return pair;
    return planName(t, p, num.end) ? num.end : p + 1;
  }
  const after = t.charCodeAt(num.end);
  // 今(9)日, 昨(30)日: a news story's day.
  if (after === 0x29 || after === 0xff09) {
    const d = bracketedNewsDay(s, num);
    if (d !== undefined) return d;
  }
  // 21世纪, 二十一世纪末: a century.
  if (after === 0x4e16 /* 世 */) {
    const c = century(s, num);
    if (c !== undefined) return c;
  }
  if (after === NIAN && !num.arabic) {
    const d = decade(s, num);
    if (d !== undefined) return d;
  }
  if (after === NIAN && num.arabic) {
    const r = digitRunYears(s, num) ?? decade(s, num);
    if (r !== undefined) return r;
  }
  if (after === RI && num.arabic && num.digits.length >= 6) {
    const r = digitRunDate(s, num);
    if (r !== undefined) return r;
  }
  // 6月龄, 0-36月龄: an age in months (units.json), no month.
  if (after === YUE && t.charCodeAt(num.end + 1) !== LING_AGE && prev !== SUI_AGE) return month(s, num);
  // 1岁11月, 2岁0月: the months of an age after its years.
  if (after === YUE && prev === SUI_AGE && Number.isInteger(num.value) && num.value < 12) {
    if (s.excluded(num, num.start, num.end + 1)) return num.end + 1;
    return s.emit(num.start, num.end + 1, new Fields('quantity', num.value, '月'));
  }
  if (listSeparatorAt(t, num.end) === 1) {
    const m = listedMonth(s, num);
    if (m !== undefined) return m;
  }
  if (prev === YUE && num.arabic) {
    const d = day(s, num);
    if (d !== undefined) return d;
  }
  if (after === RI && num.arabic) {
    const d = dayOfMonth(s, num);
    if (d !== undefined) return d;
  }
  // 十五日内, 六十日内: a deadline in days written in Chinese numerals (a penalty decision's), a length of time.
  if (after === RI && !num.arabic && Number.isInteger(num.value) && num.value >= 2 && periodAfterDays(t, num.end + 1)) {
    const p2 = yearsPeriod(s, num, num.start, num.end + 1, undefined, '日');
    if (p2 !== undefined) return p2;
  }
  if (isClockColon(after) || after === SHI_HOUR || after === DIAN) {
    const c = clock(s, num);
    if (c !== undefined) return c;
  } else {
    // 晚9-10点: two hours of a part of the day with one 点.
    const c = clockRange(s, num);
    if (c !== undefined) return c;
  }
  if (after === CI) {
    const f = frequency(s, num);
    if (f !== undefined) return f;
  }
  const q = quarter(s, num);
  if (q !== undefined) return q;
  return quantity(s, num);
}

/** Whether 内 or 以内 follows at i (十五日|内): days counted as a length of time. */
function periodAfterDays(t: string, i: number): boolean {
  return t.charCodeAt(i) === 0x5185 /* 内 */ || t.startsWith('以内', i);
}

/**
 * Where the year starts when the Arabic number `num` is an item's number run into a year before 年
 * (1.2021年度: the digits after the dot are a year of four), else 0.
 */
function itemBeforeYear(t: string, num: Num): number {
  // Most numbers have no 年 after them: that test first, on the scan's path.
  if (t.charCodeAt(num.end) !== NIAN) return 0;
  const dot = num.digits.indexOf('.');
  if (dot < 1 || dot > 2 || num.end - num.start !== num.digits.length) return 0;
  return isYearAt(t, num.start + dot + 1) ? num.start + dot + 1 : 0;
}

/**
 * Whether the Chinese numeral run [p, e), which is no number, names a five-year plan (十四五, 十三五):
 * such a name is skipped whole, so that its 五 is not read again on its own.
 */
function planName(t: string, p: number, e: number): boolean {
  if (e - p < 2 || t.charCodeAt(e - 1) !== WU) return false;
  const n = parseChineseNumeral(t, p, e - 1);
  return n >= 3 && n <= 20;
}


/**
 * Whether the Chinese numeral text[p, e) starts the name of an indicator per population without 每
 * (千人口床位数, 万人口全科医生数, 十万人口…): 千, 万 or 十万 before 人口 and the indicator's noun. Its
 * value is then a rate per that population (percents.ts, denominator).
 */
function perIndicator(t: string, p: number, e: number): boolean {
  const n = e - p;
  if (n > 2 || !(t.charCodeAt(e - 1) === QIAN || t.charCodeAt(e - 1) === WAN) || (n === 2 && t.charCodeAt(p) !== SHI)) return false;
  return t.startsWith('人口', e) && isHan(t.charCodeAt(e + 2)) && !isNumeralChar(t.charCodeAt(p - 1));
}

/** Characters after which 一月 and 二月 name months: a year's 年, and the words of ranges and lists. */
const MONTH_BEFORE = '年至到和与及或、';

/**
 * A single Chinese numeral character is rarely a figure: 一 and 二 live in words (统一, 一体化,
 * 二级), and 百/千/万/亿 alone are words (百姓, 千方百计) unless 余/多/分之 or 每 make them numbers, or
 * 逾/近/超 before them and a measure word after them (逾千场次, 近万人).
 * 一 and 二 count as quarters (一季度), with a half (一年半, 一岁半), in frequencies (每月一次) and before a measure word that
 * ends a clause (项目一项，).
 */
function loneNumeralMayCount(s: FigureScanner, p: number, prev: number): boolean {
  const t = s.text;
  const c = t.charCodeAt(p);
  const next = t.charCodeAt(p + 1);
  // 伍元, but 陆家嘴, 队伍, 陆续: a capital form alone counts only before 元.
  if (isCapitalNumeral(c)) return next === YUAN;
  if (c === YI || c === ER) {
    // 上一篇, 下一条: the previous or next one, no count (a web page's links to its neighbours).
    if (c === YI && (prev === SHANG || prev === XIA)) return false;
    // 一月, 二月份 after a year or a list's joint (2024年一月, 至二月): a month's name (dates.ts tells it from
    // a count of months); 统一月报 is a word's 一.
    if (next === YUE) return !isHan(prev) || MONTH_BEFORE.includes(t[p - 1]);
    if (prev === DI || prev === QIAN_TOP || next === FEN || QUALIFIER_ENDS[prev] === 1) return true;
    if (quarterAhead(t, p + 1) || halfYear(t, p + 1) || halfAge(t, p + 1)) return true;
    // 二倍, 一倍: two times, once more (处一倍罚款).
    if (next === 0x500d /* 倍 */) return true;
    // 一半以上的医院, 有一半的: half of them (percents.ts tells the share from 一半一半 and 一大半).
    if (c === YI && next === 0x534a /* 半 */) return true;
    // 第一、二位: the next rank of a list (amounts.ts reads it with rankListed).
    if (prev === DUN && (next === 0x4f4d /* 位 */ || next === 0x540d /* 名 */) && rankEndingAt(s, p - 1) !== undefined) return true;
    // 下午一点, 下午二时, 凌晨二点: an hour after a part of the day.
    if ((next === DIAN || next === SHI_HOUR) && dayPartBefore(t, p)) return true;
    // 为期一年, 一年多来, 缓刑二年: a length of time.
    if (yearAsLength(t, p, p + 1)) return true;
    // 后二人…: the two of them (not 二人转, a folk art).
    if (c === ER && next === 0x4eba /* 人 */ && t.charCodeAt(p + 2) !== 0x8f6c /* 转 */) return true;
    // 一至二天, 二至三名: the low end of a range.
    const sep = rangeSeparator(t, p + 1);
    if (sep > 0 && isChineseNumeralChar(t.charCodeAt(p + 1 + sep))) return true;
    if (next === CI && frequencyBefore(s, p) !== undefined) return true;
    // 一个多小时, 一个半月: an amount (units.ts reads the measure word with its 多 or 半).
    if (c === YI && geSplitWordAt(t, p + 1) !== undefined) return true;
    const w = measureWordAt(t, p + 1);
    // 每个乡镇至少建成一个, 每县至少开展一次: a bound a verb before makes 一 a quantity.
    if (c === YI && w !== undefined && boundNear(t, p)) return true;
    // 一米以上, 一年以上, 一名及以上: a bound after it makes 一 a quantity too.
    if (c === YI && w !== undefined && boundAfterOne(t, p + 1 + w.text.length)) return true;
    // 缺一项扣0.5分, 每开展一项加2分: the unit a scoring rule counts per.
    if (c === YI && w !== undefined && scoringUnit(t, p, p + 1 + w.text.length)) return true;
    return w !== undefined && w.text !== '次' && endsItem(t.charCodeAt(p + 1 + w.text.length));
  }
  // (百岁以上, 百岁及以上: an age with its bound, as 100岁以上 is; scanner.ts gives 百 its value there.)
  if (c === BAI && next === 0x5c81 /* 岁 */ && ageBoundAt(t, p + 2)) return true;
  if (hundredsCounted(t, p)) return true;
  if (unitExponent(c) >= 2) return next === YU || next === DUO || next === FEN || prev === MEI || perIndicator(t, p, p + 1) || (scaleQualified(t, p) && measureWordAt(t, p + 1) !== undefined);
  return true;
}
