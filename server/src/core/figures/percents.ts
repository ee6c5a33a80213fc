/**
 * Percentages, percentage points and rates: the signs after a number (86.43%, 3‰, 14.7个百分点,
 * 1/10万), fractions in words (百分之八十, 三分之一, 千分之五), and rates per population (每千人口床位6.5张).
 *
 * Decisions (where reports are ambiguous):
 * - 每10万人口 / 每千人口 is a denominator, not a figure: the last count of the same clause becomes a
 *   rate with the denominator in its unit (每千人口床位6.5张 → 6.5, "张/千人口").
 * - Two numbers joined by a colon are a ratio when a 比 or 按 stands shortly before them (医护比达到1:1.21,
 *   性别比为1.38:1, 按1:1配套) or 比例 right after them (1∶1比例): its value is a/b, its unit ":", and
 *   `ratio` keeps both terms. Without one, H:MM is a time of day (times.ts). Three or four are one ratio, a
 *   structure, when they add up to 100 or 结构, 按 or 比例 says so (三次产业结构19.5:34.6:45.9).
 */
import type { FigureKind } from '../types';
import { digitValue, isChineseNumeralChar, shiftDecimal } from '../numerals';
import { BAI, CHENG, DIAN, GE, WAN, isClauseEnd } from './chars';
import { Fields, approxAfter, arabicNum, chineseNumFrom, numDigits, type FigureScanner, type Num } from './scanner';
import { WordsAt, words } from './wordLists';

/** How far before a:b the 比 or 按 that makes it a ratio may stand (医护比|不低于|1:1.2, 开考比例|不低于|3:1). */
const RATIO_REACH = 6;

/** Whether the code unit is a colon between the terms of a ratio: : ： ∶ (U+2236, the ratio sign), ︰ and ︓ (presentation forms). */
function isRatioColon(c: number): boolean {
  return c === 58 || c === 0xff1a || c === 0x2236 || c === 0xfe30 || c === 0xfe13;
}

/** Whether a 比 or 按 stands within RATIO_REACH before p, in the same clause: two numbers joined by a colon after it are a ratio. */
export function ratioCueBefore(t: string, p: number): boolean {
  for (let k = p - 1; k >= 0 && k >= p - RATIO_REACH; k--) {
    const c = t.charCodeAt(k);
    if (c === 0x6bd4 /* 比 */ || c === 0x6309 /* 按 */) return true;
    if (isClauseEnd(c)) return false;
  }
  return false;
}

/**
 * 医护比为1:1.25, 床护比1∶0.62, 男女性别比为1.38:1, 按1:1比例: a ratio of the Arabic number `a` to the one
 * after the colon, when a 比 or 按 stands shortly before it or 比例 right after it.
 */
export function ratio(s: FigureScanner, a: Num): number | undefined {
  const t = s.text;
  if (!isRatioColon(t.charCodeAt(a.end)) || digitValue(t.charCodeAt(a.end + 1)) < 0) return undefined;
  const b = arabicNum(t, a.end + 1);
  if (!(a.value > 0 && b.value > 0) || digitValue(t.charCodeAt(a.start - 1)) >= 0) return undefined;
  if (isRatioColon(t.charCodeAt(b.end))) return structure(s, a, b);
  // 10:08.5 is no ratio (医护比达到1:1.4. ends a sentence with an ASCII full stop, and is).
  if (t.charCodeAt(b.end) === 46 && digitValue(t.charCodeAt(b.end + 1)) >= 0) return undefined;
  if (!ratioCueBefore(t, a.start) && !ratioCueAfter(t, b.end)) return undefined;
  return emitTerms(s, a, b.end, [a.value, b.value]);
}

/** Whether 比例 follows a ratio's last term at i (按1:1比例, 3:3:4的比例). */
function ratioCueAfter(t: string, i: number): boolean {
  return t.startsWith('比例', i) || t.startsWith('的比例', i);
}

/** Most terms of a structure read as one ratio (三次产业结构19.5:34.6:45.9). */
const MAX_STRUCTURE_TERMS = 4;

/**
 * 三次产业结构为6.0:46.9:47.1, 按3:3:4比例: three or four shares joined by colons, `a` and `b` the first two. They are one
 * ratio when they add up to 100 (the shares of a whole in per cent, as a structure is given) or when 结构 or 按 stands
 * shortly before them or 比例 after them; 10:08:30 (a time) is neither. `value` is the first two's quotient.
 */
function structure(s: FigureScanner, a: Num, b: Num): number | undefined {
  const t = s.text;
  const terms = [a.value, b.value];
  let end = b.end;
  while (isRatioColon(t.charCodeAt(end)) && digitValue(t.charCodeAt(end + 1)) >= 0) {
    if (terms.length === MAX_STRUCTURE_TERMS) return undefined;
    const n = arabicNum(t, end + 1);
    if (!(n.value > 0)) return undefined;
    terms.push(n.value);
    end = n.end;
  }
  if (isRatioColon(t.charCodeAt(end)) || (t.charCodeAt(end) === 46 && digitValue(t.charCodeAt(end + 1)) >= 0) || digitValue(t.charCodeAt(end)) >= 0) return undefined;
  // 08:56:36 (which adds up to 100) is a time: whole hours, then minutes and seconds of two digits each.
  if (terms.length === 3 && Number.isInteger(a.value) && a.value <= 24 && end - b.start === 5 && Number.isInteger(b.value) && Number.isInteger(terms[2])) return undefined;
  let sum = 0;
  for (const v of terms) sum += v;
  const before = t.slice(Math.max(0, a.start - RATIO_REACH), a.start);
  if (Math.abs(sum - 100) > 0.5 && !before.includes('结构') && !before.includes('按') && !ratioCueAfter(t, end)) return undefined;
  return emitTerms(s, a, end, terms);
}

/** Emits the ratio of `terms` from `a` (with a qualifier before it) to `end`. */
function emitTerms(s: FigureScanner, a: Num, end: number, terms: number[]): number | undefined {
  const fields = new Fields('rate', terms[0] / terms[1], ':');
  fields.ratio = terms;
  const pre = s.prefix(a);
  if (pre.approx) fields.approx = pre.approx;
  if (s.excluded(a, pre.start, end)) return end;
  return s.emit(pre.start, end, fields);
}

/** What 每 counts per: 每10万人口, 每千人口. */
const PER_NOUNS = new WordsAt(words(['常住人口', '户籍人口', '农业人口', '服务人口', '人口', '人', '户', '名']));

/** How far a 每…人口 denominator looks for its count. */
const PER_REACH = 80;

/** Denominators of rates written with a slash: 1/10万, 8.5/十万, and per doses of vaccine (12.5/10万剂, 2.3/100万剂次). */
const PER_NUMBER = /[/／](?:10万|十万|100000|100万|百万|万|10000|千|1000|百|100)(?:人口|人年|人|剂次|剂)?/y;

/** A sign or word after a number that makes it a percentage, a percentage point or a rate. */
export class Sign {
  constructor(
    /** Its length in code units. */
    readonly length: number,
    readonly kind: FigureKind,
    readonly unit: string,
    /** The power of ten it applies to the number (% → -2). */
    readonly exp: number,
    /** How it is written, when that is not `unit`. */
    readonly unitText: string | undefined = undefined,
  ) {}
}

const PERCENT = new Sign(1, 'percent', '%', -2);
const PER_MILLE = new Sign(1, 'rate', '‰', -3);
const PER_TEN_THOUSAND = new Sign(1, 'rate', '‱', -4);
const POINTS = new Sign(4, 'percentage-point', '个百分点', 0);
const POINTS_WITHOUT_GE = new Sign(3, 'percentage-point', '个百分点', 0, '百分点');
/** 下降0.21个千分点: a change of a rate per mille (births, deaths), in points of it. */
const PER_MILLE_POINTS = new Sign(4, 'rate', '个千分点', 0);
/** 三成, 近八成: tenths, a percentage written with 成. */
const TENTHS = new Sign(1, 'percent', '%', -1, '成');
/** Characters after 成 that make a word of it (成立, 成果, 成员, 成本 …), not tenths. */
const AFTER_CHENG = new Set([...'立功果效为本员长都绩交就熟型年人品套批分色像文稿家才材'].map((c) => c.charCodeAt(0)));

/** 1 for the code units that start a sign of percentSignAt: % ％ ﹪ ‰ ‱ 个 百 / ／. */
export const SIGN_STARTS = new Uint8Array(0x10000);
for (const c of [37, 0xff05, 0xfe6a, 0x2030, 0x2031, GE, BAI, 47, 0xff0f, CHENG]) SIGN_STARTS[c] = 1;

/** The percent sign, per-mille sign, 个百分点 or /10万 at i (c is the code unit there), if one is there. */
export function percentSignAt(t: string, i: number, c: number): Sign | undefined {
  // (﹪, the small form, as some pages set it: 7.3﹪.)
  if (c === 37 || c === 0xff05 || c === 0xfe6a) return PERCENT;
  if (c === 0x2030) return PER_MILLE;
  if (c === 0x2031) return PER_TEN_THOUSAND;
  if (c === GE && t.startsWith('个百分点', i)) return POINTS;
  if (c === GE && t.startsWith('个千分点', i)) return PER_MILLE_POINTS;
  if (c === BAI && t.startsWith('百分点', i)) return POINTS_WITHOUT_GE;
  if (c === CHENG) return AFTER_CHENG.has(t.charCodeAt(i + 1)) ? undefined : TENTHS;
  if (c === 47 || c === 0xff0f) {
    PER_NUMBER.lastIndex = i;
    const per = PER_NUMBER.exec(t);
    if (per) return new Sign(per[0].length, 'rate', '/' + per[0].slice(1), 0);
  }
  return undefined;
}

/**
 * Emits a ratio written denominator first (百分之八十, 10万分之16.1) from `den` to `numer`, with a qualifier
 * after it (以上) or before it (约, 下降), as the figure's approximation and change.
 */
function emitRatio(s: FigureScanner, den: Num, numer: Num, fields: Fields): number {
  let end = numer.end;
  const suffix = approxAfter(s.text, end);
  if (suffix) {
    fields.approx = suffix.approx;
    end += suffix.length;
  }
  const pre = s.prefix(den);
  if (pre.approx) fields.approx = pre.approx;
  if (pre.change) fields.change = pre.change;
  if (s.excluded(den, pre.start, end)) return end;
  return s.emit(pre.start, end, fields);
}

/** The largest denominator of a fraction written with a slash (1/3, 3/4): larger ones are rates (25.6/10万) or dates. */
const MAX_SLASH_DENOMINATOR = 10;

/**
 * 超1/3, 约3/4的 (`numer` is the number before the slash): a proper fraction of whole numbers with a small
 * denominator, as a share (33.3%). Not a date (1/3/2024, 2023/2/9) nor a rate per population (25.6/10万).
 */
export function slashFraction(s: FigureScanner, numer: Num): number | undefined {
  const t = s.text;
  const slash = t.charCodeAt(numer.end);
  if (slash !== 47 && slash !== 0xff0f) return undefined;
  const before = t.charCodeAt(numer.start - 1);
  if (before === 47 || before === 0xff0f || before === 46 || digitValue(before) >= 0) return undefined;
  if (digitValue(t.charCodeAt(numer.end + 1)) < 0) return undefined;
  const den = arabicNum(t, numer.end + 1);
  const after = t.charCodeAt(den.end);
  if (after === 47 || after === 0xff0f || after === 46 || after === 58 || isChineseNumeralChar(after) || /[A-Za-z%‰]/.test(t[den.end] ?? '')) return undefined;
  if (!Number.isInteger(numer.value) || !Number.isInteger(den.value) || numer.value < 1 || den.value <= numer.value || den.value > MAX_SLASH_DENOMINATOR) return undefined;
  // (1/3), （图2/5）: a gallery's counter of its photos, alone in its brackets, no share.
  if ((before === 0x28 || before === 0xff08 || before === 0x56fe /* 图 */) && (after === 0x29 || after === 0xff09)) return den.end;
  return emitShare(s, numer, den.end, numer.value / den.value);
}

/**
 * Emits a share (a percentage's value) from the number `first` to `end`, with a qualifier after it (以上) or before it
 * (超过, 约) as its approximation.
 */
function emitShare(s: FigureScanner, first: Num, end: number, value: number): number {
  const fields = new Fields('percent', value, '%');
  const suffix = approxAfter(s.text, end);
  if (suffix) {
    fields.approx = suffix.approx;
    end += suffix.length;
  }
  const pre = s.prefix(first);
  if (pre.approx) fields.approx = pre.approx;
  if (s.excluded(first, pre.start, end)) return end;
  return s.emit(pre.start, end, fields);
}

/** What may follow 一半 when it is a share: a bound, 的 and a noun, or the clause's end (一半以上的医院, 超过一半，). */
const AFTER_HALF = new Set('以左多的，,。、；;）)'.split('').map((c) => c.charCodeAt(0)));

/**
 * 一半以上的三级医院, 超过一半的患者, 床位费的一半， (`num` is the 一 before 半): half of them, as a share (50%). Not 一半一半,
 * 一大半, or 一半 before a noun of its own (一半时间: no 的 between).
 */
export function halfShare(s: FigureScanner, num: Num): number | undefined {
  const t = s.text;
  if (num.end - num.start !== 1 || t.charCodeAt(num.start) !== 0x4e00 /* 一 */ || t.charCodeAt(num.end) !== 0x534a /* 半 */) return undefined;
  const after = t.charCodeAt(num.end + 1);
  if (!(num.end + 1 >= t.length || AFTER_HALF.has(after))) return undefined;
  // (一半一半, 一半对一半: an idiom's halves, no share; 一半以上 is.)
  if (t.charCodeAt(num.start - 1) === 0x534a /* 半 */ || t.charCodeAt(num.start - 1) === 0x4e00) return undefined;
  return emitShare(s, num, num.end + 1, 0.5);
}

/** The Chinese digits of a decimal part, each one digit (八十八点四六: 四六 is .46). */
const DECIMAL_DIGITS = '零〇一二三四五六七八九';

/**
 * A Chinese numeral with its decimal part after 点 (百分之八十八点四六 is 88.46%, not 88%): the digits after 点 are
 * read one by one. Without one, the numeral as it is.
 */
function withChineseDecimals(t: string, num: Num): Num {
  if (Number.isNaN(num.value) || !Number.isInteger(num.value) || t.charCodeAt(num.end) !== DIAN) return num;
  let e = num.end + 1;
  let decimals = '';
  while (e < t.length && DECIMAL_DIGITS.includes(t[e])) decimals += String(Math.max(0, DECIMAL_DIGITS.indexOf(t[e++]) - 1));
  if (decimals === '') return num;
  const digits = `${num.value}.${decimals}`;
  return { start: num.start, end: e, arabic: false, digits, value: Number(digits) };
}

/** 三分之一, 百分之八十, 千分之五: `den` is the number before 分之. */
export function fraction(s: FigureScanner, den: Num): number {
  const t = s.text;
  const j = den.end + 2;
  const c = t.charCodeAt(j);
  if (!(digitValue(c) >= 0 || isChineseNumeralChar(c))) return den.end;
  const numer = digitValue(c) >= 0 ? arabicNum(t, j) : withChineseDecimals(t, chineseNumFrom(t, j));
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
  return emitRatio(s, den, numer, fields);
}

/**
 * 10万分之16.1 (`den` is the 10 before 万分之): a rate per 10万, as 16.1/10万 writes it. Maternal and infant
 * mortality are reported so.
 */
export function perTenThousands(s: FigureScanner, den: Num): number {
  const t = s.text;
  const j = den.end + 3;
  if (digitValue(t.charCodeAt(j)) < 0 || !Number.isInteger(den.value) || den.value <= 0) return den.end;
  const numer = arabicNum(t, j);
  if (Number.isNaN(numer.value)) return numer.end;
  const fields = new Fields('rate', numer.value, `/${den.digits}万`);
  fields.unitText = `${den.digits}万分之`;
  return emitRatio(s, den, numer, fields);
}

/** 每10万人口, 每千人口 (`num` follows 每): remembers the denominator for the next count in the clause. */
export function denominator(s: FigureScanner, num: Num): number {
  const t = s.text;
  let i = num.end;
  if (num.arabic && t.charCodeAt(i) === WAN) i++;
  const noun = PER_NOUNS.match(t, i);
  if (!noun) return num.end;
  const end = i + noun[0].length;
  let until = end;
  const limit = Math.min(t.length, end + PER_REACH);
  while (until < limit && !isClauseEnd(t.charCodeAt(until))) until++;
  s.per = { text: t.slice(num.start, end), from: end, until };
  return end;
}

/**
 * Gives a count the pending 每…人口 denominator of its clause: the last count of the clause, so that
 * in 每千人口拥有3岁以下婴幼儿托位数4.1个 the rate is 4.1个, not the age.
 */
export function applyPer(s: FigureScanner, start: number, end: number, fields: Fields): void {
  if (s.per && start >= s.per.until) s.per = undefined;
  const per = s.per;
  if (!per) {
    // 千人均1.42人, 万人均3.2人: so many per thousand people on average, a rate written without 每.
    const head = fields.figureKind === 'count' ? perHeadBefore(s.text, start) : undefined;
    if (head !== undefined) {
      perRate(fields, head);
      s.lastPer = { text: head, until: sentenceEnd(s.text, end) };
      return;
    }
    perOfSentence(s, start, fields);
    return;
  }
  if (!(fields.figureKind === 'count' || (fields.figureKind === 'quantity' && fields.unit === ''))) return;
  const t = s.text;
  // 每千人口床位数6.12张、执业医生数2.31名、注册护士数2.66名: indicators listed under one 每千人口, each
  // named (…数) right before its value (or before 达, 为 and it: 注册护士数达4.24人), are each a rate; otherwise
  // only the clause's last number is.
  const listed = t.charCodeAt(start - 1) === 0x6570 /* 数 */ || (NAMED_VALUE_VERBS.includes(t[start - 1]) && t.charCodeAt(start - 2) === 0x6570);
  if (!listed) for (let k = end; k < per.until; k++) if (digitValue(t.charCodeAt(k)) >= 0) return;
  // The same measure word earlier in the clause is the same indicator (床位数从6.46张增加到7.23张).
  for (let k = s.out.length - 1; k >= 0 && s.out[k].start >= per.from; k--) {
    const f = s.out[k];
    if (f.figureKind === 'count' && f.unit !== '' && f.unit === fields.unit) {
      f.figureKind = 'rate';
      f.unit = `${f.unit}/${per.text}`;
      if (f.unitText) f.unitText = `${f.unitText}/${per.text}`;
    }
  }
  perRate(fields, per.text);
  s.lastPer = { text: per.text, until: sentenceEnd(t, end) };
  if (!listed) s.per = undefined;
}

/** A population's scale before 人均 (千人均, 万人均): the rate's denominator. */
const PER_HEAD = /(十万|万|千|百)人均$/;
/** Longest 人均 with its scale (十万人均). */
const PER_HEAD_LENGTH = 4;

/** The denominator (千人, 万人) of a rate written 千人均1.42人, whose number starts at `start`; undefined if none. */
function perHeadBefore(t: string, start: number): string | undefined {
  if (t.charCodeAt(start - 1) !== 0x5747 /* 均 */) return undefined;
  const m = PER_HEAD.exec(t.slice(Math.max(0, start - PER_HEAD_LENGTH), start));
  return m ? `${m[1]}人` : undefined;
}

/** Verbs between an indicator named …数 and its value (注册护士数达4.24人). */
const NAMED_VALUE_VERBS = '达为是';
/** Longest sentence after a rate over which its denominator is carried to counts without a whole value. */
const PER_SENTENCE_REACH = 120;
/** Measure words of things counted whole (2.48人 is no count of people): such a count with a fraction is a rate. */
const WHOLE_THINGS = new Set(['人', '名', '张', '个', '家', '所', '床', '位', '台']);

/** Makes a count a rate per `per` (张 → 张/千人口). */
function perRate(fields: Fields, per: string): void {
  fields.figureKind = 'rate';
  fields.unit = fields.unit ? `${fields.unit}/${per}` : `/${per}`;
  if (fields.unitText) fields.unitText = `${fields.unitText}/${per}`;
}

/** Where the sentence around `from` ends (。；！？ or a line's end), at most PER_SENTENCE_REACH on. */
function sentenceEnd(t: string, from: number): number {
  const limit = Math.min(t.length, from + PER_SENTENCE_REACH);
  let k = from;
  while (k < limit) {
    const c = t.charCodeAt(k);
    if (c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0xff1f || c === 10 || c === 13) break;
    k++;
  }
  return k;
}

/**
 * 每千常住人口拥有卫技人员6.47人,执业(助理)医师2.48人,注册护士2.49人: after a rate, a count of things counted whole
 * whose value is no whole number, in the same sentence, is a rate of the same denominator.
 */
function perOfSentence(s: FigureScanner, start: number, fields: Fields): void {
  const last = s.lastPer;
  if (!last) return;
  if (start >= last.until) {
    s.lastPer = undefined;
    return;
  }
  if (fields.figureKind === 'count' && fields.value !== null && !Number.isInteger(fields.value) && WHOLE_THINGS.has(fields.unit)) perRate(fields, last.text);
}
