/**
 * Heading markers: the signs a numbered heading starts with, and how far its head runs.
 *
 * Families, outer to inner (tree.ts ranks them): 第X编 / 第X部分, 第X章, 第X节, 第X条 (an article of a
 * regulation), 一、 (also Ⅰ、 and I), 亮点一：, （一）, 1., （1）, ①, and the run-in 一是 that opens a
 * paragraph. Every half- and full-width form of a marker is the same marker: (一) （一） 〔一〕 ㈠; 1. 1、 1． １．
 * ⒈; (1) （1） ⑴. A marker carries its number (第十二条 → 12), which sequence.ts uses to tell headings from
 * numbers that happen to start a line.
 *
 * A head is the heading's own text after the marker: up to the first 。 (a run-in head: "1.加强党建。全年…"),
 * or up to the next heading run into the same line ("一、工作总结（一）主要指标…"), or the whole line.
 */
import {
  CHINESE_NUMERALS,
  HEAD_END,
  is,
  isCloseParen,
  isDigit,
  isHan,
  isLatinLetter,
  isOpenParen,
  isRomanNumeral,
  isSpace,
  readChineseNumber,
  readDigits,
  readEnd,
  SECTION_LABELS,
  skipSpaces,
} from './chars';
import type { MarkerFamily } from '../types';
import { isYearAt, parseChineseNumeral } from '../numerals';

/** A marker found in the text. */
export interface Marker {
  family: MarkerFamily;
  /** Its number: 12 for 第十二条, 3 for （三）, 1 for ①. */
  number: number;
  start: number;
  /** End of the marker itself (第十二条, （一）, 1.), before any space. */
  markerEnd: number;
  /** Where the heading's own text starts. */
  textStart: number;
}

/** Longest run-in head that still counts as short (a heading, not a numbered paragraph). */
export const MAX_HEAD = 40;
/** Longest marked line that is a heading as a whole, with no 。 in it. */
export const MAX_MARKED_LINE = 40;
/** Longest label that ends a head at its colon. */
const MAX_LABEL = 12;
/** How far a head is looked at for its end. */
const HEAD_SCAN = 120;

/** Characters that, right after 第X条 with no space, show a reference ("第十二条规定的…", "第二十条第（一）项") or a sentence about a document's parts ("第一部分是形势分析。"), not an article. */
const AFTER_REFERENCE = new Set([...'的中所之和或及至与规第是、，,。；;：:）)》”'].map((c) => c.charCodeAt(0)));

/**
 * 第一章规划背景: a 规 that starts a heading's word (规划, 规范), not 规定 ("第十二条规定的…", a reference); 第二条中华医学会是…,
 * 第一条中国医院协会…: a 中 that starts the name of China's bodies (中华, 中国), not "in" ("第十二条中的…").
 */
function startsHeadingWord(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  if (c === 0x4e2d /* 中 */) return next === 0x534e /* 华 */ || next === 0x56fd /* 国 */;
  return c === 0x89c4 /* 规 */ && next !== 0x5b9a /* 定 */;
}

/** The units of 第X… markers and their families. */
function ordinalUnit(text: string, j: number): { family: MarkerFamily; end: number } | null {
  // Traditional forms too (條, 節, 編): laws are reposted from sites that use them.
  const c = text.charCodeAt(j);
  if (c === 0x6761 /* 条 */ || c === 0x689d /* 條 */) return { family: 'article', end: j + 1 };
  if (c === 0x7ae0 /* 章 */) return { family: 'chapter', end: j + 1 };
  // (第三节课: a lesson of a school's day, no section.)
  if (c === 0x8282 /* 节 */ || c === 0x7bc0 /* 節 */) return text.charCodeAt(j + 1) === 0x8bfe /* 课 */ ? null : { family: 'section', end: j + 1 };
  if (c === 0x7f16 /* 编 */ || c === 0x7de8 /* 編 */) return { family: 'part', end: j + 1 };
  if (c === 0x90e8 /* 部 */ && text.charCodeAt(j + 1) === 0x5206 /* 分 */) return { family: 'part', end: j + 2 };
  return null;
}

/**
 * Whether the text at k goes on a reference to an article ("…第十二条" over "规定的…", "的规定"): what follows
 * 第X条 there is no article's text.
 */
export function continuesReference(text: string, k: number): boolean {
  return AFTER_REFERENCE.has(text.charCodeAt(k)) && !startsHeadingWord(text, k);
}

/**
 * 第X条 standing alone on [p, e), as legal databases print an article over its text; or null. (markerAt
 * reads no marker there: alone on its line, 第X条 is as often a reference broken over lines.)
 */
export function articleAlone(text: string, p: number, e: number): Marker | null {
  if (text.charCodeAt(p) !== 0x7b2c /* 第 */) return null;
  const unit = ordinalAt(text, p, e);
  if (!unit || unit.family !== 'article' || skipSpaces(text, unit.end, e) < e) return null;
  return { family: 'article', number: unit.number, start: p, markerEnd: unit.end, textStart: e };
}

/** The number and the unit of 第X编, 第X部分, 第X章, 第X节, 第X条 at `p` (第 there), or null. */
function ordinalAt(text: string, p: number, e: number): { family: MarkerFamily; number: number; end: number } | null {
  let n = readChineseNumber(text, p + 1, e);
  if (n < 0) n = readDigits(text, p + 1, e, 3);
  if (n < 0) return null;
  const unit = ordinalUnit(text, readEnd);
  return unit ? { family: unit.family, number: n, end: unit.end } : null;
}

/** 第X编, 第X部分, 第X章, 第X节, 第X条 at `p`. */
function ordinalMarker(text: string, p: number, e: number): Marker | null {
  const unit = ordinalAt(text, p, e);
  if (!unit) return null;
  const n = unit.number;
  // 第五条?推行…: a question mark where a page's blank could not be encoded (no sentence asks right after an
  // article's number) is a blank.
  const garbled = text.charCodeAt(unit.end) === 0x3f /* ? */ && isHan(text.charCodeAt(unit.end + 1)) ? 1 : 0;
  const textStart = skipSpaces(text, unit.end + garbled, e);
  if (textStart >= e) return unit.family === 'article' ? null : { family: unit.family, number: n, start: p, markerEnd: unit.end, textStart };
  if (textStart === unit.end && continuesReference(text, textStart)) {
    // 第一部分：概况, 第三部分、名词解释: a part's name after a colon or a 、, as budgets and final accounts print
    // theirs (a reference to parts lists them before 部分: 第一、二部分).
    if (unit.family !== 'part' || !PART_NAME_MARKS.has(text.charCodeAt(textStart))) return null;
    const named = skipSpaces(text, textStart + 1, e);
    if (named >= e || text.charCodeAt(named) === 0x7b2c /* 第 */) return null;
    return { family: unit.family, number: n, start: p, markerEnd: textStart + 1, textStart: named };
  }
  return { family: unit.family, number: n, start: p, markerEnd: unit.end, textStart };
}

/** What may stand between 第X部分 and the part's name: a colon or a 、. */
const PART_NAME_MARKS = new Set([...'：:、'].map((c) => c.charCodeAt(0)));

/**
 * A marker with its number in brackets: （一） (1) ( 一 ), and 〔一〕 or 【一】 as some notices write it (only with a
 * Chinese numeral: 〔2023〕 opens a document number, 【1】 a reference).
 */
function parenMarker(text: string, p: number, e: number): Marker | null {
  const open = text.charCodeAt(p);
  const tortoise = open === 0x3014 /* 〔 */ || open === 0x3010; /* 【 */
  const closer = open === 0x3010 ? 0x3011 /* 】 */ : 0x3015; /* 〕 */
  const inner = skipSpaces(text, p + 1, e);
  let family: MarkerFamily = 'paren-chinese';
  let n = readChineseNumber(text, inner, e, 4);
  if (n < 0) {
    if (tortoise) return null;
    family = 'paren-arabic';
    n = readDigits(text, inner, e);
  }
  if (n < 0) return null;
  const close = skipSpaces(text, readEnd, e);
  if (tortoise ? text.charCodeAt(close) !== closer : !isCloseParen(text.charCodeAt(close))) return null;
  return { family, number: n, start: p, markerEnd: close + 1, textStart: skipSpaces(text, close + 1, e) };
}

/**
 * Characters after a decimal number that make it a number, not a section (1.5亿元, 2.3倍, 3.5万人次). Other
 * measure words start words too (1.2 人员保障, 1.3 分级标准): there the numbers around it decide (sequence.ts).
 */
const AFTER_NUMBER = new Set([...'亿万千百元%％‰倍岁'].map((c) => c.charCodeAt(0)));
/** Characters after a whole number that make it a rough count (10几个城市, 20余家, 30多人), no section's number. */
const ROUGH_AFTER_WHOLE = new Set([...'几余多'].map((c) => c.charCodeAt(0)));
/** After a numeral listed with 、 (二、三级, 一、二类, 四、五月份): another numeral, a 、 or a measure or grade word. */
const LISTED_AFTER = new Set([...'、级类等批期次个项名家种档年月日号届甲乙丙'].map((c) => c.charCodeAt(0)));

/** Whether the character at i (after 二、三) goes on a list of numerals rather than a heading's text. */
function listedAfter(text: string, i: number): boolean {
  return is(text, i, CHINESE_NUMERALS) || LISTED_AFTER.has(text.charCodeAt(i));
}

/** Characters after 要 that make a word of it (要素, 要求, 要点, 要件, 要害, 要事, 要闻, 要务): no run-in head 一要. */
const NOT_AFTER_YAO = new Set([...'素求点件害事闻务'].map((c) => c.charCodeAt(0)));

/** Digits of a year written in Chinese (二〇〇八年), with ○ or 0 typed for 〇. */
const YEAR_DIGITS = new Set([...'〇零一二三四五六七八九○0Ｏ'].map((c) => c.charCodeAt(0)));

/** Whether a year in Chinese digits starts at i: four digits, then 年. */
function chineseYearAt(text: string, i: number): boolean {
  for (let k = i; k < i + 4; k++) if (!YEAR_DIGITS.has(text.charCodeAt(k))) return false;
  return text.charCodeAt(i + 4) === 0x5e74 /* 年 */;
}

/** Whether a five-year plan's period (十四五, 十五五) starts at i, and no numeral or measure word goes on after it (期间 may). */
function planPeriodAt(text: string, i: number): boolean {
  return text.charCodeAt(i) === 0x5341 /* 十 */ && is(text, i + 1, CHINESE_NUMERALS) && text.charCodeAt(i + 2) === 0x4e94 /* 五 */ && (!listedAfter(text, i + 3) || text.startsWith('期间', i + 3));
}

/** Measure words right after a number (3人死亡, 5家医院): a count, not "1总则". */
const MEASURES = new Set([...'人个名次家例项件种所张床位年月日天周岁元倍批期条类组处'].map((c) => c.charCodeAt(0)));
/** Words that open with a measure's character (2组织体系与职责, 4批准程序): a section's name, no count of 组 or 批. */
const WORDS_FROM_MEASURES = ['组织', '批准', '处置', '处理', '条件'];

/** Whether a word that opens with a measure's character starts at i (2|组织体系). */
function wordAfterNumber(text: string, i: number): boolean {
  for (const w of WORDS_FROM_MEASURES) if (text.startsWith(w, i)) return true;
  return false;
}
/** Units of time a number may be followed by, with or without a blank, whose first character is none of MEASURES'. */
const TIME_AFTER_NUMBER = ['小时', '分钟', '工作日', '个工作日', '个月'];
/** Longest title of a plan's top section written "1 总则", without a full stop after the number. */
const MAX_SPACED_TITLE = 20;
/** Most characters of a title spaced out one at a time (总 则, 附 则, 总 体 要 求). */
const MAX_SPACED_OUT = 4;

/** The families of 1.1, 1.1.1 and 1.1.1.1, by their number of parts less two. */
const DECIMAL_FAMILIES: MarkerFamily[] = ['decimal-2', 'decimal-3', 'decimal-4'];

/**
 * The number of a section numbered as standards are (1.1, 1.1.1, 1.1.1.1) at `p`, its first number read up
 * to `end`: its parts (2 to 4), its last part's value and where it ends (after a full stop or 、 closing it);
 * or null. A review standard's articles go four deep (3.11.1.1); a fifth part is a version number.
 */
function decimalNumber(text: string, p: number, end: number, e: number): { parts: number; n: number; end: number } | null {
  let k = end;
  let parts = 1;
  let n = -1;
  while (parts < 4 && (text.charCodeAt(k) === 0x2e || text.charCodeAt(k) === 0xff0e) && isDigit(text.charCodeAt(k + 1))) {
    n = readDigits(text, k + 1, e, 2);
    if (n < 0) return null;
    k = readEnd;
    parts++;
  }
  if (parts < 2 || isDigit(text.charCodeAt(k))) return null;
  const sep = text.charCodeAt(k);
  if (sep === 0x2e || sep === 0xff0e || sep === 0x3001) {
    if (isDigit(text.charCodeAt(k + 1))) return null;
    k++;
  }
  return { parts, n, end: k };
}

/**
 * 1.1, 1.1.1 and 1.1.1.1 at `p` (its first number read up to `end`): the sections of a plan numbered as
 * standards are (1 总则 / 1.1 编制目的 / 1.1.1 …). Its number is the last part; the part before it is its parent's.
 */
function decimalMarker(text: string, p: number, end: number, e: number): Marker | null {
  const d = decimalNumber(text, p, end, e);
  if (!d) return null;
  const markerEnd = d.end;
  const textStart = skipSpaces(text, markerEnd, e);
  const first = text.charCodeAt(textStart);
  // (An emergency plan's responses open with their grade: 4.1 Ⅳ级响应行动.)
  if (textStart >= e || !(isHan(first) || first === 0x201c || isRomanNumeral(first)) || AFTER_NUMBER.has(first)) return null;
  return { family: DECIMAL_FAMILIES[d.parts - 2], number: d.n, start: p, markerEnd, textStart };
}

/**
 * 1.1.1 or 1.1.1.1 standing alone on [p, e), as review standards printed from a PDF put an article's number
 * over its text (3.11.1.1 / 机构和相关人员…); or null. (1.1 alone is as often a table's number.)
 */
export function decimalAlone(text: string, p: number, e: number): Marker | null {
  if (!isDigit(text.charCodeAt(p))) return null;
  const first = readDigits(text, p, e, 2);
  if (first < 0) return null;
  const d = decimalNumber(text, p, readEnd, e);
  if (!d || d.parts < 3 || skipSpaces(text, d.end, e) < e) return null;
  return { family: DECIMAL_FAMILIES[d.parts - 2], number: d.n, start: p, markerEnd: d.end, textStart: e };
}

/**
 * A section's number standing alone on [p, e) (blanks after it at most), as WeChat articles print their badges
 * over a head: 1, 01, 二 (up to 十九); the family of 1. or 一、, or for a number padded with a zero (01, 02) that
 * of 亮点一： — the post's sections, over the 1. 2. of their steps. Or null.
 */
export function badgeAlone(text: string, p: number, e: number): Marker | null {
  const c = text.charCodeAt(p);
  const digits = isDigit(c);
  const n = digits ? readDigits(text, p, e, 2) : is(text, p, CHINESE_NUMERALS) ? readChineseNumber(text, p, e, 2) : -1;
  if (n < 1 || n > 19 || skipSpaces(text, readEnd, e) < e) return null;
  const padded = digits && (c === 0x30 || c === 0xff10) && readEnd - p === 2;
  return { family: padded ? 'highlight' : digits ? 'arabic' : 'chinese-numeral', number: n, start: p, markerEnd: readEnd, textStart: e };
}

/**
 * Whether text[k, e) is a few Chinese characters and nothing else: a plan's "1 总则" (not a site's name: 51范文网),
 * also with 、 between its words (3 监测、评估和预警), or spaced out one character at a time (1 总 则, 8 附　则).
 */
function spacedTitle(text: string, k: number, e: number): boolean {
  if (e - k > MAX_SPACED_TITLE || e - k < 2 || AFTER_NUMBER.has(text.charCodeAt(k)) || ROUGH_AFTER_WHOLE.has(text.charCodeAt(k)) || text.charCodeAt(e - 1) === 0x7f51 /* 网 */) return false;
  let han = 0;
  let spaced = false;
  for (let i = k; i < e; i++) {
    const c = text.charCodeAt(i);
    if (isHan(c)) han++;
    else if (c === 0x3001 /* 、 */ && isHan(text.charCodeAt(i - 1)) && isHan(text.charCodeAt(i + 1))) continue;
    else if (isSpace(c) && isHan(text.charCodeAt(i - 1))) {
      // Spaced out: one character, then blanks, then one character (总 则), never words (张三 男: a table's row).
      if (i - 2 >= k && isHan(text.charCodeAt(i - 2))) return false;
      while (i + 1 < e && isSpace(text.charCodeAt(i + 1))) i++;
      if (i + 2 < e && isHan(text.charCodeAt(i + 2))) return false;
      spaced = true;
    } else return false;
  }
  return han >= 2 && (!spaced || han <= MAX_SPACED_OUT);
}

/**
 * What follows the second of two numbers joined by 、 when they are listed, not an item and its text: a month,
 * day, grade, class or batch they share (3、4月份, 3、4级), another number or a joint (1、2、3, 3、4和5).
 */
const LISTED_AFTER_NUMBER = new Set([...'月日号级类期批届次、，,和及与或至到-—.．%％'].map((c) => c.charCodeAt(0)));

/** What may follow a date's day: 日, 号, or the end of a range or list read on (1月31~2月2日, 1月24、25日). */
const AFTER_DAY = new Set([...'日号~～-—–至到、'].map((c) => c.charCodeAt(0)));

/** Whether a month (1–12) and its day (1–31) start at i: 1月31日, 12月1号, 1月31~2月2日. */
export function monthDayAt(text: string, i: number, e: number): boolean {
  const month = readDigits(text, i, e);
  if (readEnd - i > 2 || month < 1 || month > 12 || text.charCodeAt(readEnd) !== 0x6708 /* 月 */) return false;
  const dayStart = readEnd + 1;
  if (!isDigit(text.charCodeAt(dayStart))) return false;
  const day = readDigits(text, dayStart, e);
  return readEnd - dayStart <= 2 && day >= 1 && day <= 31 && AFTER_DAY.has(text.charCodeAt(readEnd));
}

/** The longest number an item's text may open with (2、12320的性质…), in digits. */
const MAX_OPENING_DIGITS = 8;

/** What follows a holiday named by its month and day (五.一|节, 十.一|期间, 五.四|青年节, 六.一|儿童节, “八.一|”). */
const HOLIDAY_AFTER = new Set('节期前后假劳儿国建妇青，,、。 ”"」\n\r'.split('').map((c) => c.charCodeAt(0)));

/** Whether a holiday's words follow its day's numeral, which ends right before `k` (see HOLIDAY_AFTER). */
function holidayAfter(text: string, k: number): boolean {
  while (k < text.length && is(text, k, CHINESE_NUMERALS)) k++;
  return k >= text.length || HOLIDAY_AFTER.has(text.charCodeAt(k));
}

/** 一、 一． 一是 and 1. 1、 1． (and 1 总则, 1.1, 1.1.1) at `p`. */
function numeralMarker(text: string, p: number, e: number): Marker | null {
  const c = text.charCodeAt(p);
  if (isDigit(c)) {
    const n = readDigits(text, p, e);
    const end = readEnd;
    const sep = text.charCodeAt(end);
    if (end >= e) return null;
    if (isSpace(sep) || (isHan(sep) && (!MEASURES.has(sep) || wordAfterNumber(text, end)))) {
      // 1 总则, 1总则: the top section of a plan numbered 1 / 1.1, alone on its line (0 评论, 0 点赞: a page's counters).
      const textStart = skipSpaces(text, end, e);
      // (4小时前, 10分钟前: a post's age on a feed; 20 工作日: a service guide's time limit. A length of time, no section.)
      if (TIME_AFTER_NUMBER.some((w) => text.startsWith(w, textStart))) return null;
      return n > 0 && spacedTitle(text, textStart, e) ? { family: 'arabic', number: n, start: p, markerEnd: end, textStart } : null;
    }
    // 1·加强组织领导: a middle dot for the full stop, as some pages print it; 5·12 is a date, no marker.
    if (sep === 0xb7 || sep === 0x30fb) return isDigit(text.charCodeAt(end + 1)) ? null : { family: 'arabic', number: n, start: p, markerEnd: end + 1, textStart: skipSpaces(text, end + 1, e) };
    // 1）加强组织领导, 1)…: a number with its closing bracket only, as some notices print the inner items (and a
    // PDF's text may have lost the opening one).
    if (isCloseParen(sep)) return halfParen(text, 'paren-arabic', n, p, end, e);
    // 1。对发现…: an item's number with the Chinese full stop, as some pages type the dot (a sentence that ends in a
    // number, 共计1。, has no text right after it).
    if (sep === 0x3002 && end > p && isHan(text.charCodeAt(end + 1))) return { family: 'arabic', number: n, start: p, markerEnd: end + 1, textStart: end + 1 };
    if (sep !== 0x2e && sep !== 0x3001 && sep !== 0xff0e) return null;
    // 1.2023年9月起…: an item whose text opens with a year (four digits and 年), not the number 1.2023.
    if (sep !== 0x3001 && isYearAt(text, end + 1)) return { family: 'arabic', number: n, start: p, markerEnd: end + 1, textStart: end + 1 };
    // 1.1 编制目的; 1.5亿元, 3、4月份, 3、4级: a number, not a marker. But 4、7岁以下儿童…, 6、6个月…: an item
    // of a list of targets whose text opens with an age or a count.
    if (isDigit(text.charCodeAt(end + 1))) {
      // 1、1月31日全天停诊, 1.1月3日，召开…: an item whose text opens with a date (a month and its day), which no
      // list of months (3、4月份) and no decimal (1.1) is.
      if (monthDayAt(text, end + 1, e)) return { family: 'arabic', number: n, start: p, markerEnd: end + 1, textStart: end + 1 };
      if (sep !== 0x3001) return decimalMarker(text, p, end, e);
      // (The whole number: 2、12320的性质是什么? opens with a hotline's number.)
      readDigits(text, end + 1, e, MAX_OPENING_DIGITS);
      if (readEnd >= e || LISTED_AFTER_NUMBER.has(text.charCodeAt(readEnd))) return null;
      // The item names something after its number (7岁以下儿童…), not a count alone (2、9名，…).
      let k = readEnd;
      while (k < e && k - readEnd < 3 && isHan(text.charCodeAt(k))) k++;
      if (k - readEnd < 3) return null;
      return { family: 'arabic', number: n, start: p, markerEnd: end + 1, textStart: end + 1 };
    }
    return { family: 'arabic', number: n, start: p, markerEnd: end + 1, textStart: skipSpaces(text, end + 1, e) };
  }
  const n = readChineseNumber(text, p, e, 4);
  const end = readEnd;
  if (n < 0 || end >= e) return null;
  const sep = text.charCodeAt(end);
  if (sep === 0x662f /* 是 */ || sep === 0x8981 /* 要 */) {
    // 一是…二是…: the run-in heads of a paragraph; the next character starts their text. A speech says 一要…二要…
    // (not 一要素, 要求, 要点, 要害: words of 要).
    const next = text.charCodeAt(end + 1);
    if (!(isHan(next) || next === 0x201c) || next === 0x5426 /* 否 */ || next === 0x975e /* 非 */) return null;
    if (sep === 0x8981 && NOT_AFTER_YAO.has(next)) return null;
    return { family: 'run-in', number: n, start: p, markerEnd: end + 1, textStart: end + 1 };
  }
  if (isCloseParen(sep)) return halfParen(text, 'paren-chinese', n, p, end, e);
  // 一 诊疗人次: a copy that lost the 、 keeps a blank in its place, and the section's short title the rest of
  // the line, as 1 总则 is written (一 月 and 三 级 are no titles: a title has two characters at least).
  if (isSpace(sep)) {
    const textStart = skipSpaces(text, end, e);
    return !LISTED_AFTER.has(text.charCodeAt(textStart)) && spacedTitle(text, textStart, e) ? { family: 'chinese-numeral', number: n, start: p, markerEnd: end, textStart } : null;
  }
  // (一：注重科学安全取暖, 二:…: a colon typed for the enumeration comma, where the heading's text follows at once;
  // 三：一 is a score.)
  if ((sep === 0xff1a || sep === 0x3a) && isHan(text.charCodeAt(end + 1)) && !is(text, end + 1, CHINESE_NUMERALS)) {
    return { family: 'chinese-numeral', number: n, start: p, markerEnd: end + 1, textStart: end + 1 };
  }
  // (二，工作开展情况, 二,…: a comma typed for the enumeration comma, as some pages and their copies have it.)
  if (sep !== 0x3001 && sep !== 0xff0e && sep !== 0x2e && sep !== 0xff0c && sep !== 0x2c) return null;
  // (五.一节前, 十.一期间, 三.八妇女节: a holiday named by its month and day, no marker.)
  if ((sep === 0x2e || sep === 0xff0e) && n <= 12 && is(text, end + 1, CHINESE_NUMERALS) && holidayAfter(text, end + 2)) return null;
  // (一，二，三等奖: numerals listed with commas.)
  if ((sep === 0xff0c || sep === 0x2c) && is(text, end + 1, CHINESE_NUMERALS)) return null;
  // 二、三级医院, 一、二类: numerals listed, not a marker; but 三、一般公共预算… is a heading whose text starts
  // with a word that starts with a numeral.
  // (一、二〇〇八年主要工作回顾: a year in Chinese digits opens the heading's text.)
  // (A list goes up: 二、三等奖 lists two prizes, but 一、一等奖 and 三、三等奖 are the sections of an award's results. A
  // numeral with no value alone, 百 or 零, goes on a list: NaN is at most nothing.)
  // (二、十五五规划谋划, 三、十四五期间…: a five-year plan's period opens the heading's text.)
  if (is(text, end + 1, CHINESE_NUMERALS) && listedAfter(text, end + 2) && !chineseYearAt(text, end + 1) && !planPeriodAt(text, end + 1) && !(parseChineseNumeral(text, end + 1, end + 2) <= n)) return null;
  return { family: 'chinese-numeral', number: n, start: p, markerEnd: end + 1, textStart: skipSpaces(text, end + 1, e) };
}

/**
 * A number closed by a bracket that was never opened (一）, 1)): its family's marker, if a heading's text follows (or
 * opens with a year: 一)2025年收支总表, as 1.2023年9月起… does).
 */
function halfParen(text: string, family: MarkerFamily, n: number, p: number, close: number, e: number): Marker | null {
  const textStart = skipSpaces(text, close + 1, e);
  return textStart < e && (isHan(text.charCodeAt(textStart)) || isYearAt(text, textStart)) ? { family, number: n, start: p, markerEnd: close + 1, textStart } : null;
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, XI: 11, XII: 12 };

/** Words right after a Roman numeral that make it a class or a grade (Ⅰ类, Ⅲ级, Ⅱ度, Ⅳ期, Ⅱ型, Ⅰ号). */
const GRADE_AFTER_ROMAN = '类级度期型号';

/** Ⅰ、 Ⅱ. and, in English text, "II Title" or "II. Title" (a capital letter after the numeral). */
function romanMarker(text: string, p: number, e: number): Marker | null {
  const c = text.charCodeAt(p);
  if (isRomanNumeral(c)) {
    let k = p + 1;
    // Ⅰ类切口, Ⅲ级医院, Ⅱ度烧伤, Ⅳ期: a class or grade, not a section.
    if (GRADE_AFTER_ROMAN.includes(text[k] ?? '')) return null;
    if (text[k] === '、' || text[k] === '.' || text[k] === '．') k++;
    return { family: 'roman', number: c - 0x215f, start: p, markerEnd: k, textStart: skipSpaces(text, k, e) };
  }
  let j = p;
  while (j < e && j - p < 4 && (text[j] === 'I' || text[j] === 'V' || text[j] === 'X')) j++;
  const value = ROMAN[text.slice(p, j)];
  if (!value) return null;
  let k = j;
  if (text[k] === '.') k++;
  if (!isSpace(text.charCodeAt(k))) return null;
  const t = skipSpaces(text, k, e);
  const first = text.charCodeAt(t);
  if (!(first >= 65 && first <= 90)) return null;
  return { family: 'roman', number: value, start: p, markerEnd: k, textStart: t };
}

/** The marker at `p` (before `e`), or null. Looks at a bounded number of characters. */
export function markerAt(text: string, p: number, e: number): Marker | null {
  if (p >= e) return null;
  const c = text.charCodeAt(p);
  if (c === 0x7b2c /* 第 */) return ordinalMarker(text, p, e);
  if (isOpenParen(c) || c === 0x3014 /* 〔 */ || c === 0x3010 /* 【 */) return parenMarker(text, p, e);
  if (isDigit(c) || is(text, p, CHINESE_NUMERALS)) return numeralMarker(text, p, e);
  // Enclosed forms: ① (circled), ⑴ (parenthesised digit), ⒈ (digit with full stop), ㈠ (parenthesised ideograph).
  const single = (family: MarkerFamily, number: number): Marker => ({ family, number, start: p, markerEnd: p + 1, textStart: skipSpaces(text, p + 1, e) });
  if (c >= 0x2460 && c <= 0x2473) return single('circled', c - 0x245f);
  if (c >= 0x2474 && c <= 0x2487) return single('paren-arabic', c - 0x2473);
  if (c >= 0x2488 && c <= 0x249b) return single('arabic', c - 0x2487);
  if (c >= 0x3220 && c <= 0x3229) return single('paren-chinese', c - 0x321f);
  if (isRomanNumeral(c) || c === 0x49 || c === 0x56 || c === 0x58) return romanMarker(text, p, e);
  if (LABELS.has(text.slice(p, p + 2))) return labelledMarker(text, p, e, false);
  // The cases of a notice of typical cases (典型案例通报): 案例一：, 案例2、 — sections as 亮点 are.
  if (c === 0x6848 /* 案 */ && text.charCodeAt(p + 1) === 0x4f8b /* 例 */) return labelledMarker(text, p, e, true);
  return null;
}

/**
 * The two-character labels that number a report's sections as 亮点一： does (方向一：, 任务二：, 举措三：, 经验一：):
 * each only with a colon after its number (labelledMarker), so that 任务一项 or 措施二是 starts no section.
 */
const LABELS = new Set(SECTION_LABELS);

/**
 * 亮点一：, 案例一： (a two-character label, a number and a colon; with `anyMark`, 案例2、 and 案例三 followed by
 * its title after a blank too), of the family 'highlight'.
 */
function labelledMarker(text: string, p: number, e: number, anyMark: boolean): Marker | null {
  let n = readChineseNumber(text, p + 2, e, 3);
  if (n < 0) n = readDigits(text, p + 2, e);
  const end = readEnd;
  if (n < 0) return null;
  const c = text.charCodeAt(end);
  if (c === 0xff1a || c === 0x3a || (anyMark && (c === 0x3001 /* 、 */ || c === 0x20 || c === 0x3000))) {
    return { family: 'highlight', number: n, start: p, markerEnd: end + 1, textStart: skipSpaces(text, end + 1, e) };
  }
  return null;
}

/** How a head ends: at a 。 ('stop'), where another heading starts ('marker'), or with its line ('eol'). */
export type HeadEnd = 'stop' | 'marker' | 'eol';

/** The head of a marked heading. */
export interface Head {
  /** End of the head (exclusive; the 。 is left out). */
  end: number;
  how: HeadEnd;
  /** Short enough to be a heading on its own evidence (see MAX_HEAD); a long one is a numbered paragraph. */
  short: boolean;
  /** The heading that starts where this head ends, when `how` is 'marker'. */
  next?: Marker;
  /** A character that may start a heading inside the head was passed (looked at again once sequences are known). */
  inner?: boolean;
  /** The line that holds the name of a 第X章 alone on its line (第一章 over 总则); the head ends with that line. */
  nameLine?: number;
}

/** A full stop after Latin text ("…our people. We…" or at the end of the line) ends an English head. */
function latinStop(text: string, k: number, e: number): boolean {
  return text.charCodeAt(k) === 0x2e && isLatinLetter(text.charCodeAt(k - 1)) && (k + 1 >= e || isSpace(text.charCodeAt(k + 1)));
}

/**
 * The head of the marker `m` in a line ending at `e`. `expects` says whether a marker met inside the head
 * starts the next heading (sequence.ts knows which numbers may come next); only markers that delimit
 * themselves are tried there (（一） (1) ① 第X条, and 1. after a blank), since "…总结1.规范…" may as well be a number.
 */
export function headOf(text: string, m: Marker, e: number, expects?: (next: Marker) => boolean): Head {
  const k = m.textStart;
  const limit = Math.min(e, k + HEAD_SCAN);
  let p = k;
  let inner = false;
  for (; p < limit; p++) {
    if (is(text, p, HEAD_END) || latinStop(text, p, e)) break;
    const c = text.charCodeAt(p);
    // "一、床位：住院床位不少于20张。": a short label before a colon is the head.
    if ((c === 0xff1a || c === 0x3a) && p - k <= MAX_LABEL && p - k >= 2 && skipSpaces(text, p + 1, e) < e) {
      return { end: trimBlanksBefore(text, k, p), how: 'stop', short: true, inner };
    }
    // "一、工作目标 通过开展…达到全覆盖。": a short label, a blank, then its paragraph: the label is the head.
    if (isSpace(c) && p - k >= 2 && p - k <= MAX_LABEL && isHan(text.charCodeAt(p - 1)) && e - p >= MIN_RUN_ON) {
      const q = skipSpaces(text, p, e);
      if (isHan(text.charCodeAt(q)) && !hasBlank(text, q, Math.min(e, q + MIN_RUN_ON))) return { end: p, how: 'stop', short: true, inner };
    }
    // "(一)健康学校 1.组织管理": after a blank, a number with its dot delimits itself too (no blank comes inside a number).
    if (p > k && expects && isSpace(c) && isDigit(text.charCodeAt(p + 1))) {
      const next = markerAt(text, p + 1, e);
      if (next && next.family !== 'run-in' && expects(next)) return { end: trimBlanksBefore(text, k, p), how: 'marker', short: p - m.start <= MAX_HEAD + 4, next, inner };
    }
    if (p > k && (isOpenParen(c) || c === 0x7b2c || (c >= 0x2460 && c <= 0x249b) || (c >= 0x3220 && c <= 0x3229))) {
      inner = true;
      if (!expects) continue;
      const next = markerAt(text, p, e);
      if (next && next.family !== 'run-in' && expects(next)) {
        let end = p;
        while (end > k && isSpace(text.charCodeAt(end - 1))) end--;
        return { end, how: 'marker', short: p - m.start <= MAX_HEAD + 4, next, inner };
      }
    }
  }
  // "⑴I 。": the blanks before the stop are no part of the head.
  if (p < limit) return { end: trimBlanksBefore(text, k, p), how: 'stop', short: p - k <= MAX_HEAD, inner };
  let end = e;
  while (end > k && isSpace(text.charCodeAt(end - 1))) end--;
  if (end - m.start <= MAX_MARKED_LINE) return { end, how: 'eol', short: true, inner };
  // A long numbered paragraph: its head is its first clause, within bounds.
  return { end: trimBlanksBefore(text, k, clauseEnd(text, k, end)), how: 'eol', short: false, inner };
}

/** Shortest paragraph after a label and a blank for the label alone to be the head ("一、工作目标 通过…"). */
const MIN_RUN_ON = 20;

/** Whether text[s, e) holds a blank (a head spaced out, 总 体 要 求, is no label before a paragraph). */
function hasBlank(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (isSpace(text.charCodeAt(i))) return true;
  return false;
}

/** `end` moved back over blanks, not before `k`. */
function trimBlanksBefore(text: string, k: number, end: number): number {
  while (end > k && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** End of the first clause from `k` (at ，；： or within a bound), for naming a long paragraph. */
function clauseEnd(text: string, k: number, e: number): number {
  const limit = Math.min(e, k + MAX_HEAD);
  for (let p = k; p < limit; p++) {
    const c = text.charCodeAt(p);
    if (c === 0xff0c /* ， */ || c === 0x2c || c === 0xff1b /* ； */ || c === 0x3b || c === 0xff1a /* ： */) return p;
  }
  return limit;
}

/** Leaders between a table of contents' entry and its page number: … ⋯ . · ． - */
const LEADERS = new Set([...'…⋯.·．-—'].map((c) => c.charCodeAt(0)));

/**
 * Whether line text[s, e) is an entry of a table of contents: leaders and a page number at its end
 * ("一、工作开展情况……………1"). The sections it lists come later in the text; the entry is no heading.
 */
export function isContentsEntry(text: string, s: number, e: number): boolean {
  let k = e;
  while (k > s && isSpace(text.charCodeAt(k - 1))) k--;
  const digitsEnd = k;
  while (k > s && digitsEnd - k < 4 && isDigit(text.charCodeAt(k - 1))) k--;
  if (k === digitsEnd) return false;
  // A table of contents converted from a word processor keeps its fields: "一、主要职责 PAGEREF _Toc32310 h 3".
  if (text.slice(s, e).includes('PAGEREF')) return true;
  while (k > s && isSpace(text.charCodeAt(k - 1))) k--;
  let leaders = 0;
  while (k > s && LEADERS.has(text.charCodeAt(k - 1))) {
    k--;
    leaders++;
  }
  return leaders >= 2;
}

/** Whether the line text[s, e) ends a clause rather than a sentence (an item of a list: "（一）…；"). */
export function endsClause(text: string, s: number, e: number): boolean {
  let k = e - 1;
  while (k > s && isSpace(text.charCodeAt(k))) k--;
  const c = text.charCodeAt(k);
  return c === 0xff1b /* ； */ || c === 0x3b || c === 0xff0c /* ， */ || c === 0x2c || c === 0x3001 /* 、 */;
}

/** Whether `c` can start a marker that delimits itself inside a line. */
export function startsInlineMarker(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  return isOpenParen(c) || c === 0x7b2c || isDigit(c) || is(text, p, CHINESE_NUMERALS) || (c >= 0x2460 && c <= 0x249b) || (c >= 0x3220 && c <= 0x3229);
}
