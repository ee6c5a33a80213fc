/**
 * What follows a number: 万/亿, 余/多, and its unit — a percent sign or 个百分点 (percents.ts), 年, or a
 * measure word from server/data/units.json, which says whether it counts money, things or a measure.
 *
 * Decisions (where reports are ambiguous):
 * - A lone 一 before a measure word is the indefinite article (一名患者, 一个支部, 一次性), not a count,
 *   unless a qualifier says it is an amount (不到一个小时). A lone 二 before a measure word is an
 *   ordinal (二期工程); Chinese counts two with 两 (两个中心, 两期).
 * - After a Chinese numeral, a measure word marked `chineseNumerals: false` in units.json names rather
 *   than counts (二期工程, 三类疫苗), except after 两 (两期, 两类) and after a word that sums up a list
 *   (…等四类人员, 分为三类).
 */
import type { Approximation, FigureKind } from '../types';
import { BAI, BAN, CHU, CI, DUO, ER, GE, JI_SOME, LAI, LIANG, NIAN, QIAN, SHI, SUI_AGE, WAN, YI, YI_SCALE, YU, ZAI, ZHOU, ch, endsItem, isHan, isLatin, makesWordOfOne } from './chars';
import { UNITS, type MeasureWord } from './data';
import { SIGN_STARTS, percentSignAt } from './percents';
import { approxAfter, type FigureScanner, type Num } from './scanner';
import { ByUnit, WordsAt, WordsBefore, hasAt, words } from './wordLists';
import { digitValue, parseChineseNumeral } from '../numerals';

/** A class of projects or firms by their size in 亿 after 个 (97个|亿元以上项目, 5个亿元级企业): the number counts them. */
const PROJECT_SIZE = /^元?(?:以上|级)(?:的)?(?:重大)?(?:项目|企业|工程|产业)/;
/** How far PROJECT_SIZE reads. */
const MAX_PROJECT_SIZE = 10;

/** What follows a number: scale, 余/多, unit. */
export interface Measure {
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
  /** A half after the number (10个半月, 两个半小时): the value is half a unit more. */
  half?: boolean;
}

/**
 * Measure words by their first code unit, longest first. Copied into one shape (absent fields
 * undefined): the JSON objects have several, which slows down reading their fields.
 */
const MEASURE_WORDS = new ByUnit<MeasureWord>();
/** The same words by their text. */
const MEASURE_BY_TEXT = new Map<string, MeasureWord>();
for (const w of [...UNITS.measureWords].sort((a, b) => b.text.length - a.text.length)) {
  const word: MeasureWord = { text: w.text, kind: w.kind, unit: w.unit, chineseNumerals: w.chineseNumerals, notFollowedBy: w.notFollowedBy, onlyBefore: w.onlyBefore, noun: w.noun };
  MEASURE_WORDS.add(w.text.charCodeAt(0), word);
  MEASURE_BY_TEXT.set(w.text, word);
}

/** Whether (次) or （次） is written at i. */
function timesInBrackets(t: string, i: number): boolean {
  const open = t.charCodeAt(i);
  const close = t.charCodeAt(i + 2);
  return (open === 40 || open === 0xff08) && t.charCodeAt(i + 1) === CI && (close === 41 || close === 0xff09);
}

/**
 * 为期一年, 试用期一年, 一年多来, 一年来, 为期一周: a length of time, not "a year" or "a week". (过去一年, 今后一年 point to a time as 去年 and 明年 do, and are
 * no figures; 过去5年 counts years.)
 */
export function yearAsLength(t: string, start: number, end: number): boolean {
  if (t.charCodeAt(end) === NIAN) {
    // 一年来 as 三年来 and 近一年来: the year up to now.
    const after = t.charCodeAt(end + 1);
    // 一年内, 一年以内: years counted within (not 同一年内, the same year); 一年期: a term of so many years.
    const within = (WITHIN.match(t, end + 1) !== undefined || after === 0x671f /* 期 */) && !makesWordOfOne(t, start - 1);
    return LENGTH_BEFORE.match(t, start) !== undefined || TERM_BEFORE.match(t, start) !== undefined || SHIFT_VERBS.some((w) => t.startsWith(w, start - 2)) || after === LAI || within || (after === DUO && YEARS_MORE_AFTER.includes(t[end + 2] ?? '。'));
  }
  // 为期一周, 历时一个月, 为期一天: the other units of a length of time, after a word that says one follows; 一个月后,
  // 一周之后, 一天内: or before one that counts from it.
  const unit = LENGTH_UNITS.find((u) => t.startsWith(u, end));
  return unit !== undefined && (LENGTH_BEFORE.match(t, start) !== undefined || FROM_LENGTH.match(t, end + unit.length) !== undefined);
}

/** Words after a length of time that count within it (一年内, 一天以内). */
const WITHIN_WORDS = ['之内', '以内', '内'];
/** Words after a number of years that count within them (一年内, 一年以内). */
const WITHIN = new WordsAt(words(WITHIN_WORDS));

/** Words after a length of time that count from it or within it (一个月后, 一周之后, 一天内). */
const FROM_LENGTH = new WordsAt(words(['后', '之后', '以后', ...WITHIN_WORDS]));

/** Units of a length of time besides 年. */
const LENGTH_UNITS = ['周', '天', '日', '个月', '个星期', '星期'];

/** Words that make the years after them a length of time (为期一年, 试用期一年, 满五年): units.json lengthBefore. */
const LENGTH_BEFORE = new WordsBefore(words(UNITS.lengthBefore));
/**
 * Verbs that move a time by the years after them (提前一年申请, 推迟两年退休, 缩短三年): a length, which stays out of the
 * figure's span (a length of so many years, not a period named by the verb as 为期三年 is). All of two characters.
 */
const SHIFT_VERBS = ['提前', '推迟', '延迟', '延长', '缩短'];
/**
 * Words of a sentence or a contract before its length in years (有期徒刑|十年, 缓刑|一年, 期限为|五年): a length
 * too, but the words stay out of the figure (dates.ts reads lengthBefore's into a period's span).
 */
const TERM_BEFORE = new WordsBefore(words(['有期徒刑', '徒刑', '缓刑', '期限为', '刑期为', '期限']));

/** Whether an age with a half follows at i (一岁半, 14周岁半). */
export function halfAge(t: string, i: number): boolean {
  const k = t.charCodeAt(i) === ZHOU ? i + 1 : i;
  return t.charCodeAt(k) === SUI_AGE && t.charCodeAt(k + 1) === BAN;
}

/** Characters before a Chinese numeral that make it indefinite: 数十人, 几百名, 若干. */
const INDEFINITE_BEFORE = new Set('数几若'.split('').map(ch));

/**
 * Words after which a Chinese numeral sums up what was listed or divided (…等四类人员, 共三期, 分为三类) or counts
 * editions in a row (连续四届, 已举办五届) or a household's members (一家五口): a count even before a measure word that names
 * elsewhere (三类疫苗, 十四届人大).
 */
const SUMMING_WORDS = new WordsBefore(words(['等', '共', '共有', '共计', '分为', '分成', '包括', '连续', '举办', '一家', '全家']));

/** Whether a word that sums up (SUMMING_WORDS) ends right before `start`. */
export function sumsUp(t: string, start: number, floor: number): boolean {
  return SUMMING_WORDS.match(t, start, floor) !== undefined;
}

const QUE = ch('缺');
const SHAO = ch('少');
const ZHI = ch('至');
const ZUI = ch('最');
/** How far after a measure word a scoring rule's 扣 or 加 is looked for (每少一项原始登记扣1分). */
const SCORE_REACH = 10;

/**
 * Whether the 一 at `p`, before a measure word ending at `end`, is the unit a scoring rule counts per: after 缺 or 少
 * (缺一项, 每少一例), or before a score deducted or added within its clause (每开展一项加2分, 一次扣1分).
 */
export function scoringUnit(t: string, p: number, end: number): boolean {
  const before = t.charCodeAt(p - 1);
  // (至少, 最少 say "at least", no shortfall: 至少|一方为阳性.)
  const short = before === SHAO && t.charCodeAt(p - 2) !== ZHI && t.charCodeAt(p - 2) !== ZUI;
  return before === QUE || short || scoredAfter(t, end);
}

/** Whether a score deducted or added (扣0.5分, 加 2分) follows `end` within its clause. */
function scoredAfter(t: string, end: number): boolean {
  const limit = Math.min(t.length - 1, end + SCORE_REACH);
  for (let k = end; k < limit; k++) {
    const c = t.charCodeAt(k);
    if (endsItem(c)) return false;
    if (c !== 0x6263 /* 扣 */ && c !== 0x52a0 /* 加 */) continue;
    let d = k + 1;
    if (t.charCodeAt(d) === 0x20) d++;
    return digitValue(t.charCodeAt(d)) >= 0;
  }
  return false;
}

/** Whether a Chinese numeral ends in a place value (十, 百, 千) that 余 or 多 may follow before its scale. */
function endsInPlace(c: number): boolean {
  return c === SHI || c === BAI || c === QIAN;
}

/** Whether the number before 来 at i is a round one, as 来 rounds (十, 二十, 百; 30, 200; not 35, 3.5 or a year's 2020). */
function roundBeforeLai(t: string, num: Num, i: number): boolean {
  if (!num.arabic) return t.charCodeAt(i - 1) === SHI || t.charCodeAt(i - 1) === BAI;
  return i === num.end && (num.digits.length === 2 || num.digits.length === 3) && num.digits.endsWith('0') && !num.digits.includes('.');
}

/** Reads scale, 余/多 and unit after a number. */
export function measure(s: FigureScanner, num: Num): Measure {
  const t = s.text;
  let i = num.end;
  let approx: Approximation | undefined;
  let c = t.charCodeAt(i);
  // 3000多万元: 余/多 before the scale; so in Chinese numerals after their tens, hundreds or thousands
  // (十余万人, 三千多万元), where the scale is no longer part of the numeral.
  let scaleAfterApprox = false;
  /** Whether the 万 after 多 is already in the numeral's value (一亿六千多万). */
  let wanInValue = false;
  if ((c === YU || c === DUO) && (num.arabic || endsInPlace(t.charCodeAt(num.end - 1)))) {
    const n = t.charCodeAt(i + 1);
    if (n === WAN || n === YI_SCALE) {
      approx = 'more-than';
      c = t.charCodeAt(++i);
      scaleAfterApprox = true;
      // 一亿六千多万: the 万 scales the part after 亿 only (1亿 and 6000多万, not 1亿6000 times 万).
      if (n === WAN && !num.arabic) {
        const yi = t.lastIndexOf('亿', num.end - 1);
        if (yi > num.start) {
          num.value = parseChineseNumeral(t, num.start, yi + 1) + parseChineseNumeral(t, yi + 1, num.end) * 1e4;
          wanInValue = true;
        }
      }
    }
  }
  let exp = 0;
  const scaleStart = i;
  if (num.arabic || scaleAfterApprox) {
    if (num.arabic && (c === BAI || c === QIAN) && !measureWordAt(t, i) && !t.startsWith('百分', i)) {
      const n = t.charCodeAt(i + 1);
      if (n === WAN || n === YI_SCALE || n === YU || n === DUO || measureWordAt(t, i + 1)) {
        exp += c === BAI ? 2 : 3;
        c = t.charCodeAt(++i);
        // 6千余万元, 5百多万: 余 or 多 between two scales, more than so many tens of millions.
        const next = t.charCodeAt(i + 1);
        if ((c === YU || c === DUO) && (next === WAN || next === YI_SCALE)) {
          approx = 'more-than';
          c = t.charCodeAt(++i);
        }
      }
    }
    if (c === WAN) {
      if (!wanInValue) exp += 4;
      c = t.charCodeAt(++i);
    }
    if (c === YI_SCALE) {
      exp += 8;
      c = t.charCodeAt(++i);
    }
  }
  // 1个亿, 两个亿: spoken Chinese puts 个 before the scale. (Not before a class of projects by their size: 97个|亿元以上
  // 项目, 12个亿元级项目 count the projects.)
  if (c === GE && exp === 0 && t.charCodeAt(i + 1) === YI_SCALE && !PROJECT_SIZE.test(t.slice(i + 2, i + 2 + MAX_PROJECT_SIZE))) {
    exp = 8;
    i += 2;
    c = t.charCodeAt(i);
  }
  const scaleText = i > scaleStart ? t.slice(scaleStart, i) : '';
  // 3个多小时, 两个多月: 多 inside a measure word that starts with 个; 10个半月, 两个半小时: a half.
  if (c === GE && approx === undefined) {
    const w = geSplitWordAt(t, i);
    if (w) {
      const half = t.charCodeAt(i + 1) === BAN;
      const m: Measure = { end: i, exp, kind: 'quantity', unit: '', unitText: w.text, approx: half ? undefined : 'more-than', hasUnit: true, measureWord: w, scaleText };
      if (half) m.half = true;
      return setUnit(m, w.text.length + 1, w.kind, w.unit ?? w.text, 0);
    }
  }
  if (c === YU) {
    approx = 'more-than';
    c = t.charCodeAt(++i);
  } else if (c === DUO && (exp > 0 || measureWordAt(t, i + 1) || t.charCodeAt(i + 1) === NIAN)) {
    // 3000多名, 10多年, and after a scale whatever follows (2万多农民).
    approx = 'more-than';
    c = t.charCodeAt(++i);
  } else if (c === JI_SOME && !num.arabic && t.charCodeAt(i - 1) === SHI && measureWordAt(t, i + 1)) {
    // 十几次, 二十几个: some more than ten, as 十余次 says.
    approx = 'more-than';
    c = t.charCodeAt(++i);
  } else if ((c === 0x6765 /* 来 */ || c === 0x4f86 /* 來 */) && roundBeforeLai(t, num, i) && (measureWordAt(t, i + 1) || t.charCodeAt(i + 1) === NIAN)) {
    // 十来分钟, 二十来岁, 百来人, 30来年, 20來人: about that many.
    approx = 'about';
    c = t.charCodeAt(++i);
  }
  const m: Measure = { end: i, exp, kind: 'quantity', unit: '', unitText: undefined, approx, hasUnit: true, measureWord: undefined, scaleText };
  // Most numbers have no sign after them: a table read keeps the call off their path (it cost 2-3%).
  const sign = SIGN_STARTS[c | 0] === 1 ? percentSignAt(t, i, c) : undefined;
  if (sign) {
    // 10001000100%: a table's cells run together (budget, spent, rate), no percentage of seven digits or more.
    if (sign.kind === 'percent' && num.arabic && num.end - num.start === num.digits.length && !num.digits.slice(0, 7).includes('.') && num.digits.length > 6) {
      m.hasUnit = false;
      return m;
    }
    setUnit(m, sign.length, sign.kind, sign.unit, sign.exp);
    if (sign.unitText !== undefined) m.unitText = sign.unitText;
    return m;
  }
  // 二至四年级, 三年级: a school's grades, no years.
  if (c === NIAN && t.charCodeAt(i + 1) === 0x7ea7 /* 级 */) {
    m.hasUnit = false;
    m.unitText = scaleText || undefined;
    return m;
  }
  if (c === NIAN) {
    setUnit(m, 1, 'quantity', '年', 0);
    if (scaleText) m.unitText = scaleText + '年';
    // 两年多来, 3年多的时间: more than that many years (三年多次获评 is three years and many times); 2年余 too.
    if (!takesMoreAfter(t, m) && t.charCodeAt(m.end) === YU && m.approx === undefined && !isHan(t.charCodeAt(m.end + 1))) {
      // (2年余额 is no 2年余.)
      m.end++;
      m.approx = 'more-than';
    }
    // 一年半, 3年半: half a year more (一年半载 is an idiom, "a year or so").
    if (halfYear(t, m.end - 1)) {
      m.end++;
      m.half = true;
      m.unitText = (m.unitText ?? '年') + '半';
    }
    return m;
  }
  const w = measureWordAt(t, i);
  if (w) {
    // 655人(次), 452万人（次）: a count in 人次 with 次 in brackets (so 例(次), 户(次)).
    const times = timesInBrackets(t, i + w.text.length) ? MEASURE_BY_TEXT.get(w.text + '次') : undefined;
    const counted = times ?? w;
    const unit = counted.unit ?? counted.text;
    setUnit(m, w.text.length + (times ? 3 : 0), counted.kind, unit, 0);
    let written = scaleText + t.slice(i, m.end);
    // 两岁半, 14周岁半: half a year of age more; 一天半, 1天半: half a day more (十天半月, 三天半个月 are "ten days or half a month").
    if ((unit === '岁' && t.charCodeAt(m.end) === BAN) || (unit === '天' && halfDay(t, m.end))) {
      m.end++;
      m.half = true;
      written += '半';
    }
    // 增长了3倍多, 两倍多的: more than that many times, as 两年多 is more than two years.
    if (unit === '倍') takesMoreAfter(t, m);
    if (written !== unit) m.unitText = written;
    m.measureWord = counted;
    return m;
  }
  m.hasUnit = false;
  m.unitText = scaleText || undefined;
  return m;
}

function setUnit(m: Measure, length: number, kind: FigureKind, unit: string, exp: number): Measure {
  m.end += length;
  m.kind = kind;
  m.unit = unit;
  m.exp += exp;
  return m;
}

/** Bounds set on a quantity a few words before it (至少建成一个, 最多组织一次): the 一 after them counts, no "a". */
const BOUNDS = ['至少', '最多', '最少', '不少于', '不超过', '不低于'];
/** Most characters of a verb between a bound and its quantity (建成, 开展, 组织一次). */
const MAX_VERB_AFTER_BOUND = 4;

/** Whether a bound (BOUNDS) ends a few Chinese characters before p, with only those characters between (a verb, no 的). */
export function boundNear(t: string, p: number): boolean {
  for (let k = p; k >= p - MAX_VERB_AFTER_BOUND && k > 1; k--) {
    for (const b of BOUNDS) if (t.startsWith(b, k - b.length)) return true;
    // (人数最多的一次培训: a superlative over a noun, no bound on the quantity.)
    const c = t.charCodeAt(k - 1);
    if (!isHan(c) || c === 0x7684 /* 的 */ || c === 0x4e4b /* 之 */) return false;
  }
  return false;
}

/** Whether a bound follows at i, after 一 and its measure word (一米|以上, 一年|之内, 一名|及以上; not 一年|左右, which is no amount). */
export function boundAfterOne(t: string, i: number): boolean {
  const a = approxAfter(t, i);
  return a !== undefined && a.approx !== 'about';
}

/** The measure words that start with 个 and go on (个小时, 个月): 多 or 半 may stand inside them. */
const GE_WORDS = MEASURE_WORDS.get(GE)?.filter((w) => w.text.length > 1) ?? [];

/** The measure word 个… written with 多 or 半 inside it at i (个多小时 → 个小时, 个半月 → 个月), if one is. */
export function geSplitWordAt(t: string, i: number): MeasureWord | undefined {
  if (t.charCodeAt(i) !== GE || (t.charCodeAt(i + 1) !== DUO && t.charCodeAt(i + 1) !== BAN)) return undefined;
  for (const w of GE_WORDS) if (t.startsWith(w.text.slice(1), i + 2)) return w;
  return undefined;
}

/** What may follow 年多 and 倍多 when 多 says "more than" (两年多来, 三年多的, 5年多时间, 两年多，, 3倍多。). */
const YEARS_MORE_AFTER = '来的时里前后以，。、；,;）)';

/**
 * 两年多来, 3倍多的: a 多 right after the unit `m` ends with, before what YEARS_MORE_AFTER lists, says more than the
 * number (三年多次获评 is three years and many times); takes it into `m`, unless `m` has a qualifier already. Whether it did.
 */
function takesMoreAfter(t: string, m: Measure): boolean {
  if (t.charCodeAt(m.end) !== DUO || !YEARS_MORE_AFTER.includes(t[m.end + 1] ?? '。') || m.approx !== undefined) return false;
  m.end++;
  m.approx = 'more-than';
  return true;
}

/** Whether 半 at i halves a day before it (一天半), not a month after it (十天半月, 十天半个月) or a night (三天半夜). */
function halfDay(t: string, i: number): boolean {
  if (t.charCodeAt(i) !== BAN) return false;
  const after = t[i + 1];
  return after !== '月' && after !== '个' && after !== '夜' && after !== '载' && after !== '天';
}

/** Whether 年半 follows at i (一年半, 两年半): a number of years with a half, so an amount, not a plan's name. */
export function halfYear(t: string, i: number): boolean {
  return t.charCodeAt(i) === NIAN && t.charCodeAt(i + 1) === BAN && t.charCodeAt(i + 2) !== ZAI;
}

/** The measure word at i, if one starts there and is not part of a longer word (a Latin unit is not followed by a letter or digit: 3ms, 1023MB1646). */
export function measureWordAt(t: string, i: number): MeasureWord | undefined {
  const list = MEASURE_WORDS.get(t.charCodeAt(i));
  if (!list) return undefined;
  for (const w of list) {
    if (!hasAt(t, i, w.text)) continue;
    const after = i + w.text.length;
    if (isLatin(w.text.charCodeAt(w.text.length - 1)) && (isLatin(t.charCodeAt(after)) || digitValue(t.charCodeAt(after)) >= 0)) continue;
    let blocked = false;
    if (w.notFollowedBy) for (const s of w.notFollowedBy) if (hasAt(t, after, s)) blocked = true;
    if (w.onlyBefore && !w.onlyBefore.some((s) => hasAt(t, after, s))) blocked = true;
    if (!blocked) return w;
  }
  return undefined;
}

/**
 * Whether a Chinese numeral counts before measure word `w` (the figure ends at `end`): only in plain
 * cases (see the header). 一 and 二 count before a measure word that ends a clause (项目一项，), but
 * not before 次, which after a verb says "once" (轮换一次), nor before 批 (救治一批，: a batch).
 */
export function chineseCountOk(s: FigureScanner, num: Num, w: MeasureWord | undefined, end: number): boolean {
  const t = s.text;
  // The numeral when it is one character (一, 二, 两), else -1.
  const single = num.end - num.start === 1 ? t.charCodeAt(num.start) : -1;
  // 数十人, 几百名: indefinite (十几个 is more than ten: measure).
  const before = t.charCodeAt(num.start - 1);
  if (INDEFINITE_BEFORE.has(before) || (t.charCodeAt(num.end) === JI_SOME && t.charCodeAt(num.end - 1) !== SHI)) return false;
  // 缺一项扣0.5分, 每少一例扣1分, 每开展一项加2分: in a scoring rule the one item a score is counted per is a quantity.
  if (single === YI && w !== undefined && scoringUnit(t, num.start, end)) return true;
  if (w?.chineseNumerals === false && single !== LIANG && !sumsUp(t, num.start, s.floor)) return false;
  // 在一起, 和同事一起: together, no case (八起, 两起 are cases); 正月初八起: from a day of the lunar month on.
  if (w?.text === '起' && (single === YI || before === CHU)) return false;
  // (Nor in a formula 一X一Y: 一人一档, 一户一档, one of each per each.)
  if (single === YI && t.charCodeAt(num.start - 2) === YI && isHan(before)) return false;
  // (Nor before 批: 救治一批、兜底一批 name a batch each, a formula's parts.)
  if ((single === YI || single === ER) && w !== undefined && w.text !== '次' && w.text !== '批' && endsItem(t.charCodeAt(end))) return true;
  // 处一倍罚款: once more.
  if (single === YI && w?.text === '倍') return true;
  // 一个多小时, 一个半月, 一年半, 一岁半: 多 and 半 say it is an amount.
  // (一米以上, 一年以上: a bound after its measure word says it is an amount too.)
  if (single === YI && !s.qualifierBefore(num.start) && !boundNear(t, num.start) && !(w !== undefined && boundAfterOne(t, num.end + w.text.length)) && !(w !== undefined && geSplitWordAt(t, num.end) === w) && !halfYear(t, num.end) && !halfAge(t, num.end) && !(t.charCodeAt(num.end) === 0x5929 /* 天 */ && halfDay(t, num.end + 1)) && !yearAsLength(t, num.start, num.end)) return false;
  // 二倍 is two times (二 before 倍 is no ordinal); 缓刑二年 a length of time; 二人 "the two of them" (not 二人转, a folk art).
  if (single === ER) return w?.text === '倍' || yearAsLength(t, num.start, num.end) || (w?.text === '人' && t.charCodeAt(end) !== 0x8f6c /* 转 */);
  return true;
}
