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
 *   (达, 为, 至…) or an indicator's name that takes bare values (指数, CMI), and before punctuation:
 *   千人口托位数达5.99，, 费用消耗指数0.98，; or where a change starts (由1.02提升至1.10). Numbers glued to Latin letters (5G,
 *   COVID-19) and numbers ending in a name (12345热线, 健康180) are not figures.
 * - An amount in 万 or 亿 without a unit is money (in 元) after a word of money: 投入1200万.
 * - Some nouns are counted without a measure word (三县, 7市, 五部门: units.json marks them `noun`), as
 *   whole numbers up to MAX_NOUN_COUNT. N大 + noun counts (三大中心, 7大核心能力) for N from 2 to 10
 *   (二十大 is a party congress). N级 counts levels only after two levels or more (市县两级, 县乡村三级);
 *   alone it is a grade (三级医院).
 * - A number written with thousands separators (299,000) is a figure without a unit.
 */
import { digitValue, isChineseNumeralChar } from '../numerals';
import { DA, DUN, HOU_BOTTOM, JI_LEVEL, MAX_LISTED_NUMBERS, QIAN_TOP, WAN, YI_SCALE, isClauseEnd, isCloseQuote, isHan, isLatin, isMinus, isNumeralChar, isOpenQuote, listAfterWord, listSeparatorAt, listedMinusBefore, rangeSeparator } from './chars';
import { UNITS } from './data';
import { isCloseParen, isOpenParen } from '../outline/chars';
import { yearsPeriod } from './dates';
import { applyPer } from './percents';
import { range } from './ranges';
import { rankAfterScope, rankAfterVerb, rankListed, top } from './ranks';
import { Fields, approxAfter, arabicNum, dated, readSmall, scaledValue, type FigureScanner, type Num } from './scanner';
import { chineseCountOk, measure, measureWordAt, sumsUp, yearAsLength, type Measure } from './units';
import { WordsAt, WordsBefore, words } from './wordLists';

/** Single characters that introduce a bare value: 达5.99, 为12. */
const VALUE_VERBS = UNITS.valueVerbs.join('');

/** Names of indicators whose values are bare numbers, right before a value: 时间消耗指数0.95，, CMI 1.12. */
const INDICATORS = new WordsBefore(words(UNITS.indicatorWords));

/** Words of change, looked for after a bare number: 由1.02提升至1.10. */
const CHANGE_AT = new WordsAt(words(UNITS.changeWords.map((w) => w.text)));

/**
 * Whether the bare number [s, e) is where a change starts: 由 or 从 before it, a word of change and 至, 到
 * or 为 after it (CMI值由1.02提升至1.10, 性别比由97.45下降为96.2: the value it changed from); or 的 before it and a
 * word of change with its size after it (上次普查的107.84下降0.5).
 */
function changeFrom(t: string, s: number, e: number): boolean {
  const b = t.charCodeAt(s - 1);
  const w = CHANGE_AT.match(t, e);
  if (!w) return false;
  const c = t.charCodeAt(e + w[0].length);
  // (与上次普查的107.84下降0.5: a value compared, after 的, with the size of the change after its word.)
  if (b === 0x7684 /* 的 */) return digitValue(c) >= 0;
  if (b !== 0x7531 /* 由 */ && b !== 0x4ece /* 从 */) return false;
  // (由97.45下降为96.2: 为 for 至.)
  return c === 0x81f3 /* 至 */ || c === 0x5230 /* 到 */ || c === 0x4e3a /* 为 */;
}

/** Whether an indicator's name ends right before p: a blank between them at most (CMI 1.12), or the name's abbreviation in brackets (病例组合指数（CMI）1.12). */
function indicatorBefore(t: string, p: number): boolean {
  const c = t.charCodeAt(p - 1);
  return INDICATORS.match(t, c === 32 || c === 0xff09 || c === 41 ? p - 1 : p) !== undefined;
}

/** Words before an amount written with 万/亿 and no unit that make it money: 投入1200万. */
const MONEY_CONTEXT = new WordsBefore(words(UNITS.moneyWords));

/** The largest count of a noun counted without a measure word: a county has fewer towns than that, and 12345市民热线 is a hotline. */
const MAX_NOUN_COUNT = 1000;

/** Words after N大 that name a selection or an honour (十大典型案例, 十大杰出青年), or a unit's brigade (网警支队三大队), not a count. */
const HONOURS_AFTER_BIG = new WordsAt(words(['典型', '优秀', '杰出', '最美', '精品', '新闻', '人物', '年度', '品牌', '名医', '标兵', '队']));

/** How far after N大 a numeral or a Latin letter makes the words a formula (一中心一平台六大库N应用, 三大中心两大平台). */
const FORMULA_REACH = 4;

/** Levels written before 两级, 三级…: 市县两级, 省、市、县三级. */
const LEVELS = new WordsBefore(words(UNITS.levelWords));

/** Spans of time a count may be given per (43.09次/年, 3次/周): a frequency, a rate. */
const PER_TIME = new Set(['年', '月', '周', '日', '天', '小时']);
/**
 * Denominators after a unit: 1000元/月, 6.5张/千人口, 0.85元/分 (a point's value in DRG and DIP payment), 30万元/项, a price
 * per item (3元/只, 0.5元/帖, a drug's price per injection or course, 3.3万元/针, 2万元/疗程), and the densities of vector monitoring (5.2只/笼, 1.2只/人工小时, 0.8只/(灯·夜)); per person and
 * year as insurance funding writes it (380元/人·年, 80元/ 人·年).
 */
const PER_UNIT = /[/／] ?(?:人工小时|(?:10万|十万|万|千|百)?(?:人口|人次|人天|人年|人[·•・](?:年|月|日|天)|人份|人)|生|餐|针|疗程|股|月|年|日|天|周|次|例|床日|床|户|家|所|名|位|个|包|箱|粒|颗|辆|小时|分|点|项|张|只|帖|剂|盒|支|片|瓶|袋|份|件|台|套|笼|间|亩|[(（][\u4e00-\u9fff]{1,3}[·•][\u4e00-\u9fff]{1,3}[)）]|(?:kg|L|d|h|ml|mL|m³|m3)(?![A-Za-z0-9])|千克|公斤|升|立方米|平方公里|平方千米|平方米|㎡|km²)/y;

/** Words of a plan or a kind of school after its years (三年行动计划, 十五年规划, 十二年一贯制): the years name it. */
const PLAN_AFTER = /行动|计划|规划|攻坚|纲要|方案|工程|目标|专项|一贯制|制/y;

/** Words before a year that say a body was founded in it (始建于1987, 成立于1958): the year is a date even without 年. */
const FOUNDED_IN = new WordsBefore(words(['建于', '始建于', '创建于', '创办于', '成立于', '组建于', '建院于', '始于']));

/**
 * Words after a few years in Chinese numerals that make them a length of time, not a plan's span: 两年后, 五年时间, 十年共增加,
 * 三年累计投入; 的 (七年的努力, 三年的学习, 两年的临床培训: a plan's name joins its span to its noun without 的); and the
 * end of a clause (在坦工作两年，, 有效期为三年。), where no plan's name goes on.
 */
const LENGTH_AFTER = new WordsAt(words(['后', '之后', '时间', '之久', '的', '共', '累计', '，', '。', '；', ',', ';']));

function planAfter(t: string, i: number): boolean {
  PLAN_AFTER.lastIndex = i;
  return PLAN_AFTER.test(t);
}

/**
 * Lengths of time written in a unit and the next smaller one (4分37秒, 2个小时30分钟, 1小时15分, 三年六个月,
 * 一年零三个月): the larger unit as the measure reads it, the smaller ones, how many of them make one of the
 * larger, and the figure's unit. Minutes before seconds only in digits (三分 is a score too).
 */
const COMPOUND_LENGTHS: readonly { big: string; small: readonly string[]; factor: number; unit: string; unitText: string; digitsOnly: boolean }[] = [
  { big: '分', small: ['秒'], factor: 60, unit: '秒', unitText: '分秒', digitsOnly: true },
  { big: '小时', small: ['分钟', '分'], factor: 60, unit: '分钟', unitText: '小时分钟', digitsOnly: false },
  { big: '年', small: ['个月'], factor: 12, unit: '月', unitText: '年月', digitsOnly: false },
];

/** A length of time in two units at `num` (its measure `m`), emitted as one figure in the smaller unit; or undefined. */
function compoundLength(s: FigureScanner, num: Num, m: Measure): number | undefined {
  const t = s.text;
  const big = m.measureWord?.text === '分' ? '分' : m.unit;
  const kind = COMPOUND_LENGTHS.find((k) => k.big === big);
  // (A year in digits, 2024年3个月, is a date; lengths run under a hundred years.)
  if (!kind || (kind.digitsOnly && !num.arabic) || !Number.isInteger(num.value) || m.approx || (kind.big === '年' && num.value >= 100)) return undefined;
  // 一年零三个月, 两年又六个月: 零 or 又 may join the two.
  const joined = t.charCodeAt(m.end) === 0x96f6 /* 零 */ || t.charCodeAt(m.end) === 0x53c8 /* 又 */ ? m.end + 1 : m.end;
  const rest = readSmall(t, joined);
  if (!rest || !Number.isInteger(rest.value) || rest.value >= kind.factor) return undefined;
  const small = kind.small.find((w) => t.startsWith(w, rest.end));
  if (small === undefined) return undefined;
  let end = rest.end + small.length;
  const pre = s.prefix(num);
  const fields = new Fields('quantity', num.value * kind.factor + rest.value, kind.unit);
  fields.unitText = kind.unitText;
  // 三年六个月以上: a bound after the smaller unit bounds the whole length.
  const bound = approxAfter(t, end);
  if (bound) end += bound.length;
  if (s.excluded(num, pre.start, end)) return end;
  fields.approx = pre.approx ?? bound?.approx;
  return s.emit(pre.start, end, fields);
}

/** Counts, amounts, percentages, rates and ranges: a number with what follows and precedes it. */
export function quantity(s: FigureScanner, num: Num): number {
  const t = s.text;
  // 1-1部门收支总体情况表: a table's number at the start of its line in a budget's list of tables, no range.
  const code = num.arabic ? tableNumberEnd(t, num.start) : -1;
  if (code > 0) return code;
  // 202305-00126 组配分类, 编号007: digits after two zeros are a code's, no amount.
  if (num.arabic && num.digits.startsWith('00')) return num.end;
  // 前五名, 前3位 — a rank from the top; 后五名 one from the bottom.
  const next = t.charCodeAt(num.end);
  const word = t.charCodeAt(num.start - 1);
  if (word === QIAN_TOP || word === HOU_BOTTOM) {
    const r = top(s, num);
    if (r !== undefined) return r;
  }
  if (next === DA || next === JI_LEVEL) {
    const r = next === DA ? bigCount(s, num) : levelCount(s, num);
    if (r !== undefined) return r;
  }
  const m = measure(s, num);
  // 21亿1308.3万剂次, 1亿2000万元: 亿 and the rest of the number in 万, the unit after it; 11万5697家,
  // 7万0300家: 万 and the rest in units (at most four digits, a whole number); 8万4千人, 3万5千元: 万 and one
  // digit of thousands or hundreds, as the number is said.
  if (num.arabic && (m.exp === 8 || m.exp === 4) && !m.hasUnit && !m.approx && digitValue(t.charCodeAt(m.end)) >= 0) {
    const rest = arabicNum(t, m.end);
    const m2 = measure(s, rest);
    const fits =
      m.exp === 8
        ? m2.exp >= 4 && m2.exp < 8
        : m2.hasUnit && Number.isInteger(num.value) && (m2.exp === 0 ? rest.digits.length <= 4 && rest.digits.indexOf('.') < 0 : (m2.exp === 3 || m2.exp === 2) && rest.digits.length === 1);
    if (fits) {
      // (The words before it qualify the whole: 逾8万4千人, 约1亿2000万元, 增加1万3千人.)
      const pre = s.prefix(num);
      const value = scaledValue(num, false, m.exp) + scaledValue(rest, false, m2.exp);
      const fields = new Fields(m2.hasUnit ? m2.kind : 'quantity', pre.negative ? -value : value, m2.hasUnit ? m2.unit : '');
      if (m2.unitText) fields.unitText = m2.unitText;
      const approx = m2.approx ?? pre.approx;
      if (approx) fields.approx = approx;
      if (pre.change) fields.change = pre.change;
      if (s.excluded(num, pre.start, m2.end)) return num.end;
      return s.emit(pre.start, m2.end, fields);
    }
  }
  // Ranges: 3-11岁, 10%-20%, 3至6岁, 三至五年.
  // (After a scale too: 0.8万-1万元, 5万至10万元.)
  const rangeAt = m.hasUnit || m.exp !== 0 ? m.end : num.end;
  const sep = m.approx ? 0 : rangeSeparator(t, rangeAt);
  if (sep) {
    const r = range(s, num, m, rangeAt + sep);
    if (r !== undefined) return r;
  }
  if (!m.hasUnit) {
    // 分别为300、200万元, 3、5、7岁: numbers listed before the last one's unit share it.
    const shared = m.exp === 0 && !m.approx && num.arabic ? sharedUnit(s, num) : undefined;
    return shared ?? bare(s, num, m);
  }
  // 2022项目绩效自评报告, 2024单位预算: a year without 年 before 项目 or a budget, no 2022 items or 2024 units
  // (5项目标 are five goals).
  if (((m.measureWord?.text === '项' && t.startsWith('目', m.end)) || (m.measureWord?.text === '单位' && (t.startsWith('预算', m.end) || t.startsWith('决算', m.end)))) && num.digits.length === 4 && /^(?:19|20)\d\d$/.test(num.digits)) return m.end;
  // 2024届毕业生: a year's class, no count of editions; 20届 without 连续 or 举办 before it is a congress's term, unless it
  // ends its clause (已经连续成功开展了4届。): a term names the congress after it.
  if (m.measureWord?.text === '届' && (num.digits.length === 4 || !(sumsUp(t, num.start, s.floor) || isClauseEnd(t.charCodeAt(m.end))))) return m.end;
  // 1.2年度总体目标: a section's number before 年度 (a year has no fraction), no 1.2 years.
  if (m.unit === '年' && !Number.isInteger(num.value) && t.charCodeAt(m.end) === 0x5ea6 /* 度 */) return m.end + 1;
  // 全国排名48名: a rank after a verb of ranking, not 48 people.
  if ((m.measureWord?.text === '名' || m.measureWord?.text === '位') && !m.approx) {
    const r = rankListed(s, num, m.end) ?? rankAfterVerb(s, num, m.end);
    if (r !== undefined) return r;
  }
  if (!num.arabic && !chineseCountOk(s, num, m.measureWord, m.end)) return num.end;
  // 一区二区三区, 一楼二楼: numbered labels run together, each right after the one before, count nothing.
  if (!num.arabic && m.measureWord !== undefined && labelRunBefore(t, num.start, m.measureWord.text)) return m.end;
  // 产科五区, 内科3区: a ward numbered after its department's name, no count of areas.
  if (m.measureWord?.text === '区' && t.charCodeAt(num.start - 1) === 0x79d1 /* 科 */) return m.end;
  if (m.measureWord?.noun && !nounCountOk(t, num, m)) return m.end;
  // 11时30分, 9点30分: minutes of a time the clock did not read (2.11时30分: an item's number ran into
  // the hour), not a score.
  if (m.measureWord?.text === '分' && isClockBefore(t.charCodeAt(num.start - 1)) && !TIME_TAKEN.some((w) => t.startsWith(w, num.start - 2))) return m.end;
  // 4分37秒, 2个小时30分钟, 三年六个月: a length of time in two units, one figure in the smaller.
  const compound = compoundLength(s, num, m);
  if (compound !== undefined) return compound;
  // 花果村8组: a village's group is its number in an address, not a count.
  if (m.measureWord?.text === '组' && t.charCodeAt(num.start - 1) === 0x6751 /* 村 */) return m.end;
  let end = m.end;
  let unit = m.unit;
  let kind = m.kind;
  let unitText = m.unitText;
  // 分别下降了1.36个和3.51个百分点: a number of 个 right before a list's last number of points shares the points (it was
  // 1.36 个).
  if (m.measureWord?.text === '个' && sharedPointsAfter(t, m.end)) {
    kind = 'percentage-point';
    unit = '个百分点';
    unitText = undefined;
  }
  if (kind === 'money' || kind === 'count' || kind === 'quantity') {
    // 65元/人/年: a rate may be per two things.
    for (let pers = 0; pers < 2; pers++) {
      const c = t.charCodeAt(end);
      if (c !== 47 && c !== 0xff0f) break;
      PER_UNIT.lastIndex = end;
      const per = PER_UNIT.exec(t);
      if (!per) break;
      // (The unit leaves out a blank after the slash, 80元/ 人·年 → 元/人·年.)
      const denominator = per[0].slice(per[0].charCodeAt(1) === 32 ? 2 : 1);
      unit += '/' + denominator;
      if (unitText) unitText += '/' + denominator;
      // (Per 10万 people, and per area: 326人/平方公里 is a density.)
      // (And a count per a span of time, 43.09次/年, as 每年3次 is.)
      if (kind !== 'money' && (/[万千百]|平方|㎡|km²/.test(denominator) || (kind === 'count' && PER_TIME.has(denominator)))) kind = 'rate';
      end += per[0].length;
    }
  }
  let approx = m.approx;
  const suffix = approxAfter(t, end);
  if (suffix) {
    approx = suffix.approx;
    end += suffix.length;
  }
  const pre = s.prefix(num);
  if (pre.approx) approx = pre.approx;
  // Years as a duration or a period: 连续4年, 20多年; 近三年, 3年内 are periods. So are the last days up to now (近14天内,
  // 近30天来, as 近15日内 is): 近 there is "the last", not "nearly".
  const lastDays = unit === '天' && kind === 'quantity' && approx === 'nearly' && t.charCodeAt(num.start - 1) === 0x8fd1 /* 近 */ && (t.charCodeAt(end) === 0x5185 /* 内 */ || t.charCodeAt(end) === 0x6765 /* 来 */);
  if ((unit === '年' && kind === 'quantity') || lastDays) {
    const period = yearsPeriod(s, num, pre.start, end, approx, unit, m.half ? num.value + 0.5 : num.value);
    if (period !== undefined) return period;
  }
  if (unit === '年' && kind === 'quantity') {
    // 三年行动计划 names a plan; 连续三年, 两年半 and 两年多 are durations, and so are more than ten years
    // (工作二十八年, 改革开放三十年): plans run for a few. So are a few years before 后 or 时间 (两年后, 五年时间).
    // (A bound after them, 三年以下, or a word before them that says a length follows, 有期徒刑|十年, 缓刑|二年, makes a duration too.)
    if (!num.arabic && !m.half && approx === undefined && !t.startsWith('连续', pre.start - 2) && !t.startsWith('持续', pre.start - 2) && !(num.value > 10 && !planAfter(t, end)) && end < t.length && !LENGTH_AFTER.match(t, end) && !yearAsLength(t, pre.start, num.end)) return num.end;
  }
  // 范文-10篇, 专题-3期: a dash right after a word joins a label to its count; a count below zero follows a word of
  // value or change (净增-3人, 为-2家).
  const dashed = pre.negative && kind === 'count' && isHan(t.charCodeAt(pre.start - 1)) && !VALUE_BEFORE_SIGN.has(t.charCodeAt(pre.start - 1));
  const start = dashed ? pre.start + 1 : pre.start;
  const value = scaledValue(num, pre.negative && !dashed, m.exp);
  const fields = new Fields(kind, m.half ? value + 0.5 : value, unit);
  if (unitText) fields.unitText = unitText;
  if (approx) fields.approx = approx;
  // 能力提升三条主线: a Chinese numeral after a word of change is rarely the change itself.
  if (pre.change && num.arabic) fields.change = pre.change;
  applyPer(s, start, end, fields);
  if (s.excluded(num, start, end)) return num.end;
  return s.emit(start, end, fields);
}

/** Last characters of the words of value or change after which a minus sign is one (净增-3人, 为-2家, 减少-1例). */
const VALUE_BEFORE_SIGN = new Set([...'为是增减长降达至计值少多加'].map((c) => c.charCodeAt(0)));

/**
 * An Arabic number with no unit of its own, listed before other numbers the last of which has a unit (分别为300、
 * 200万元, 3、5、7岁, 0.361、0.397和0.308 mSv): official writing gives the unit once, at the end of the list, and
 * every number of the list is an amount in it (300万元). The number must follow a word (at the start of a line,
 * 1、 is an item's marker), and only numbers and separators may stand between it and the unit.
 */
function sharedUnit(s: FigureScanner, num: Num): number | undefined {
  const t = s.text;
  if (!listAfterWord(t, num.start)) return undefined;
  let k = num.end;
  for (let items = 0; items < MAX_LISTED_NUMBERS; items++) {
    const sep = listSeparatorAt(t, k);
    // (A member may carry its minus sign: 0.15、-5.64、1.34个百分点.)
    const at = sep !== 0 && isMinus(t.charCodeAt(k + sep)) ? k + sep + 1 : k + sep;
    if (sep === 0 || digitValue(t.charCodeAt(at)) < 0) return undefined;
    const next = arabicNum(t, at);
    const m = measure(s, next);
    if (m.hasUnit) {
      // A year's unit is a date's (2021、2022年: listedYear); a noun counted (三县) is no unit to share; 1、2、3、4类国家
      // are classes, named by their numbers (no count).
      if (m.unit === '年' || m.measureWord?.noun || m.measureWord?.text === '类' || m.approx || m.half) return undefined;
      const negative = listedMinusBefore(t, num.start);
      const start = negative ? num.start - 1 : num.start;
      if (s.excluded(num, start, num.end)) return num.end;
      return s.emit(start, num.end, new Fields(m.kind, scaledValue(num, negative, m.exp), m.unit));
    }
    if (m.exp !== 0 || m.approx) return undefined;
    k = next.end;
  }
  return undefined;
}

/** The digits a Chinese amount in 万 or 亿 may open with (八千万, 两亿): not a scale, as 千万 and 十万 of idioms do. */
const AMOUNT_LEADS = '一二三四五六七八九两';

/**
 * Whether a Chinese numeral ending in 万 or 亿 with no unit (近八千万, 达五百万, 约三千万) is an amount, as 1200万 is: it opens
 * with a digit, not a scale (千万不要, 十万火急 are words), and a qualifier or a word of value stands before it.
 */
function countedInScale(s: FigureScanner, num: Num, m: Measure): boolean {
  const t = s.text;
  const last = t.charCodeAt((m.exp > 0 ? m.end : num.end) - 1);
  if ((last !== WAN && last !== YI_SCALE) || !AMOUNT_LEADS.includes(t[num.start])) return false;
  if (s.qualifierBefore(num.start) !== undefined) return true;
  return num.start > 0 && VALUE_VERBS.includes(t[num.start - 1]);
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
  // 千亿级产业, 突破百亿: a lone scale of 亿 (百亿, 千亿, 万亿) is an amount, as 500亿 is.
  if (!num.arabic && !(num.end - num.start === 2 && t.charCodeAt(num.end - 1) === YI_SCALE && m.exp === 0) && !countedInScale(s, num, m)) return num.end;
  // ¥66000.00, ￥:1200000.00: money by its sign before it, as procurement notices write amounts.
  const sign = yuanSignBefore(t, num.start);
  if (sign >= 0 && !isLatin(after)) {
    if (s.excluded(num, sign, m.end)) return num.end;
    return s.emit(sign, m.end, new Fields('money', scaledValue(num, false, m.exp), '元'));
  }
  // 预算金额(元):20999985, 最高限价（万元）：35.6: money whose unit the field's label gives, as procurement notices write it.
  const labelled = num.arabic && m.exp === 0 ? labelUnitBefore(t, num.start) : undefined;
  if (labelled !== undefined && !isLatin(after) && digitValue(after) < 0) {
    if (s.excluded(num, num.start, m.end)) return num.end;
    const money = new Fields('money', scaledValue(num, false, labelled.exp), '元');
    if (labelled.exp > 0) money.unitText = labelled.unit;
    return s.emit(num.start, m.end, money);
  }
  // (A scaled amount may end a quotation: “…年薪25万,到手只剩16万”; the quotation's length decides, as for units.)
  if (((isOpenQuote(after) || isCloseQuote(after)) && m.exp === 0) || isLatin(after)) return num.end;
  const grouped = m.exp === 0 && hasThousandsSeparator(t, num);
  const from = m.exp === 0 && changeFrom(t, num.start, m.end);
  if (m.exp <= 0 && !grouped && !from && num.arabic) {
    // 达5.99, — a plain value after a word that introduces it, before punctuation. (Tested before the
    // words in front are read: most bare numbers are not followed by punctuation.)
    // (Or a list of values goes on: 分别为78.57和82.57.)
    // (Or a note on it in brackets follows: 性别比为105.85(以女性为100).)
    // (Or its bound or rounding comes first: 系数为0.95左右, 达到0.8以上.)
    const bound = m.approx ? undefined : approxAfter(t, m.end);
    const e = bound ? m.end + bound.length : m.end;
    const next = t.charCodeAt(e);
    const ends = e >= t.length || next === DUN || next === 32 || (isClauseEnd(next) && next !== 58 && next !== 0xff1a) || (listSeparatorAt(t, e) === 1 && digitValue(t.charCodeAt(e + 1)) >= 0) || ((next === 0x28 || next === 0xff08) && isHan(t.charCodeAt(e + 1)));
    // 提高0。6个百分点: a full stop right before a digit is a decimal point that a scan or a typist turned into 。.
    if (!ends || (next === 0x3002 && digitValue(t.charCodeAt(e + 1)) >= 0)) return num.end; // 12345热线, 1.突出, 10:30
    if (num.digits.length === 4 && /^[12]\d{3}$/.test(num.digits)) {
      // 始建于1987, 创建于1958: a founding year written without 年 is a date; other years without 年 are none.
      if (!FOUNDED_IN.match(t, num.start, s.floor) || s.excluded(num, num.start, num.end)) return num.end;
      return s.emit(num.start, num.end, dated('date', null, '', num.digits));
    }
  }
  const pre = s.prefix(num);
  const fields = new Fields('quantity', null, '');
  if (m.exp > 0 || !num.arabic) {
    // 投入1200万: an amount in 万/亿; money when the words before say so.
    if (MONEY_CONTEXT.match(t, pre.before) || MONEY_CONTEXT.match(t, pre.start)) {
      fields.figureKind = 'money';
      fields.unit = '元';
    } else if (t.startsWith('人次', pre.before - 2) || t.startsWith('人次', pre.start - 2) || (VALUE_VERBS.includes(t[pre.before - 1]) && t.startsWith('人次', pre.before - 3))) {
      // 总诊疗人次95.5亿, 入院人次达30187.3万: statistics name the measure before the amount, which counts it.
      fields.figureKind = 'count';
      fields.unit = '人次';
    }
    if (m.exp > 0) fields.unitText = m.scaleText;
  } else if (!grouped && !from) {
    const b = pre.before > 0 ? t[pre.before - 1] : '';
    // 同比提高0.08。: the size of a change is a value too; so is the next of values listed (分别为78.57和82.57).
    if (!pre.approx && !pre.change && !(b !== '' && VALUE_VERBS.includes(b)) && !indicatorBefore(t, pre.before) && !listedAfterValue(s, num)) return num.end;
  }
  fields.value = scaledValue(num, pre.negative, m.exp);
  let end = m.end;
  let approx = m.approx ?? pre.approx;
  // 5800万左右: an amount in 万 with its qualifier after it; a plain value too (0.95左右).
  const suffix = m.exp > 0 || (num.arabic && !m.approx) ? approxAfter(t, end) : undefined;
  if (suffix) {
    approx = suffix.approx;
    end += suffix.length;
  }
  if (approx) fields.approx = approx;
  if (pre.change) fields.change = pre.change;
  applyPer(s, pre.start, end, fields);
  if (s.excluded(num, pre.start, end)) return num.end;
  return s.emit(pre.start, end, fields);
}

/** Whether a bare value was just read before `num`, a list's separator between them (分别为78.57和82.57, 为0.98、1.02). */
function listedAfterValue(s: FigureScanner, num: Num): boolean {
  const last = s.out.length ? s.out[s.out.length - 1] : undefined;
  return last !== undefined && last.figureKind === 'quantity' && last.unit === '' && last.end === num.start - 1 && listSeparatorAt(s.text, last.end) === 1;
}

/** Nouns that a lone 一 makes a word with (一方面, 一部分), not a count. */
const ONE_MAKES_A_WORD = new Set(['方面', '部分']);

/**
 * Whether a noun counted without a measure word (三县, 7市) is a count: a whole number up to
 * MAX_NOUN_COUNT, not followed by a Chinese numeral or a Latin letter, which make a formula (三区两高地).
 */
function nounCountOk(t: string, num: Num, m: Measure): boolean {
  if (!Number.isInteger(num.value) || num.value > MAX_NOUN_COUNT || m.exp !== 0 || num.digits.indexOf('.') >= 0) return false;
  // 一方面 (on the one hand), 一部分 (a part of): words, not counts; 两方面, 六部分 count.
  if (num.value === 1 && !num.arabic && ONE_MAKES_A_WORD.has(m.measureWord!.text)) return false;
  const after = t.charCodeAt(m.end);
  if (isLatin(after)) return false;
  // 一县一策, 三区两通道: a formula's halves; 三县两区, 三省八市 count both (places of a level after places of another).
  return !isChineseNumeralChar(after) || (num.value !== 1 && after !== 0x4e00 /* 一 */ && PLACE_NOUNS.has(t.charCodeAt(m.end + 1)));
}

/** Places counted as nouns (三县两区, 三省八市, 两县五区): after a count of places, a count of them goes on the list. */
const PLACE_NOUNS = new Set([...'省市县区州盟旗乡镇村'].map((c) => c.charCodeAt(0)));

/** Where the run of blanks (spaces, ideographic spaces) that ends at p starts; p when none does. */
function blanksStart(t: string, p: number): number {
  let k = p;
  while (k > 0 && (t.charCodeAt(k - 1) === 32 || t.charCodeAt(k - 1) === 0x3000)) k--;
  return k;
}

/** A table's number (1-1, 2-3) at a line's start, and the Chinese character after it. */
const TABLE_NUMBER = /\d{1,2}[-－]\d{1,2}(?=[\u4e00-\u9fff])/y;
/** Longest table's name after its number, in code units. */
const MAX_TABLE_NAME = 40;

/** Where a table's number at `p` ends (1-1部门收支总体情况表: its line ends in 表), or -1. */
function tableNumberEnd(t: string, p: number): number {
  const k = blanksStart(t, p);
  if (k > 0 && t.charCodeAt(k - 1) !== 10) return -1;
  TABLE_NUMBER.lastIndex = p;
  if (!TABLE_NUMBER.test(t)) return -1;
  const end = TABLE_NUMBER.lastIndex;
  let e = end;
  while (e < t.length && e - end <= MAX_TABLE_NAME && t.charCodeAt(e) !== 10) e++;
  while (e > end && (t.charCodeAt(e - 1) === 32 || t.charCodeAt(e - 1) === 13)) e--;
  return e > end && e - end <= MAX_TABLE_NAME && t.charCodeAt(e - 1) === 0x8868 /* 表 */ ? end : -1;
}

/** A list's joint, then a number of percentage points (和3.51个百分点, 、2.1个百分点). */
const SHARED_POINTS = /[和与及、]\s*\d+(?:\.\d+)?\s*个?百分点/y;

/** Whether a list goes on at `at` to a number of percentage points, whose unit the numbers before it share. */
function sharedPointsAfter(t: string, at: number): boolean {
  SHARED_POINTS.lastIndex = at;
  return SHARED_POINTS.test(t);
}

/** The units of money a field's label gives in brackets (金额(元), 预算（万元）), with their powers of ten. */
const LABEL_UNITS: { unit: string; exp: number }[] = [
  { unit: '元', exp: 0 },
  { unit: '万元', exp: 4 },
  { unit: '亿元', exp: 8 },
];

/** The unit of money in brackets ending a field's label right before p, past its colon and blanks (预算金额(元): |20999985). */
function labelUnitBefore(t: string, p: number): { unit: string; exp: number } | undefined {
  let k = blanksStart(t, p);
  const colon = t.charCodeAt(k - 1);
  if (colon !== 58 && colon !== 0xff1a) return undefined;
  if (!isCloseParen(t.charCodeAt(k - 2))) return undefined;
  k -= 2;
  return LABEL_UNITS.find((u) => k > u.unit.length && t.startsWith(u.unit, k - u.unit.length) && isOpenParen(t.charCodeAt(k - u.unit.length - 1)));
}

/** Where a yuan sign (¥, ￥) stands before p, a colon or a blank between at most; -1 when none does. */
function yuanSignBefore(t: string, p: number): number {
  let k = p - 1;
  const c = t.charCodeAt(k);
  if (c === 58 || c === 0xff1a || c === 32) k--;
  const y = t.charCodeAt(k);
  return y === 0xa5 || y === 0xffe5 ? k : -1;
}

/** Words ending in 时 that say how long something took (用时4分37秒): no clock's hour before the minutes. */
const TIME_TAKEN = ['用时', '耗时', '历时', '费时', '计时', '限时'];

/** Whether c ends the hour of a time (时, 点, 點, :), so that a number of 分 after it is minutes. */
function isClockBefore(c: number): boolean {
  return c === 0x65f6 /* 时 */ || c === 0x70b9 /* 点 */ || c === 0x9ede /* 點 */ || c === 58 || c === 0xff1a;
}

/** Whether a Chinese numeral and the measure word `word` end right at `start` (二区|三区): labels in a run. */
function labelRunBefore(t: string, start: number, word: string): boolean {
  const k = start - word.length;
  return k > 0 && t.startsWith(word, k) && isNumeralChar(t.charCodeAt(k - 1));
}

/** Whether an Arabic number is written with thousands separators (10,084). */
function hasThousandsSeparator(t: string, num: Num): boolean {
  for (let k = num.start; k < num.end; k++) {
    const c = t.charCodeAt(k);
    if (c === 44 || c === 0xff0c) return true;
  }
  return false;
}

/** Words for parts that 大 may count (两大块, 五大方面, 三大板块). */
const PARTS_AFTER_BIG = ['方面', '板块', '部分', '块'];

/** 三大中心, 7大核心能力 (`num` comes before 大): a count of the things named after 大. */
function bigCount(s: FigureScanner, num: Num): number | undefined {
  const t = s.text;
  const n = num.value;
  if (!Number.isInteger(n) || n < 2 || n > 10 || !isHan(t.charCodeAt(num.end + 1))) return undefined;
  // 6大类, 10大项: a measure word that opens with 大 counts them (units.json).
  if (measureWordAt(t, num.end) !== undefined) return undefined;
  if (!num.arabic && !chineseCountOk(s, num, undefined, num.end + 1)) return undefined;
  if (t.startsWith('党的', num.start - 2) || t.startsWith('中共', num.start - 2)) return num.end; // 党的十大, 中共四大: a congress
  const end = num.end + 1;
  if (HONOURS_AFTER_BIG.match(t, end) || formulaFollows(t, end)) return end;
  if (s.excluded(num, num.start, end)) return num.end;
  // 两大块, 五大方面: parts after 大 are what it counts (not any measure word: 十大|单病种, 八大|支撑, 两大|瓶颈).
  const part = PARTS_AFTER_BIG.find((p) => t.startsWith(p, end));
  if (part !== undefined) {
    const fields = new Fields('count', n, part);
    fields.unitText = '大' + part;
    return s.emit(num.start, end + part.length, fields);
  }
  const fields = new Fields('count', n, '');
  fields.unitText = '大';
  return s.emit(num.start, end, fields);
}

/** Characters between levels: 省、市、县三级, 市(县)两级, 自治区及市两级, 国家和省两级. */
const LEVEL_SEPARATORS = '、()（）及和与';
/** What a hospital's grade (三级, 二级) comes before: 医院, 中医医院, 综合医院, 甲等. */
const GRADED_AFTER = new WordsAt(words(['医院', '中医', '综合', '专科', '甲等', '乙等', '公立医院', '妇幼']));

/**
 * Whether a numeral or a Latin letter follows within FORMULA_REACH characters of i, before punctuation: a formula.
 * Digits before a measure word are a count of their own (四大板块15项活动), no part of one.
 */
function formulaFollows(t: string, i: number): boolean {
  for (let k = i; k < i + FORMULA_REACH && k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (digitValue(c) >= 0) {
      let d = k;
      while (d < t.length && digitValue(t.charCodeAt(d)) >= 0) d++;
      if (measureWordAt(t, d) !== undefined) return false;
    }
    // (之一 is "one of" them: 三大评审之一 counts the three.)
    if ((isNumeralChar(c) || isLatin(c)) && !(c === 0x4e00 /* 一 */ && t.charCodeAt(k - 1) === 0x4e4b /* 之 */)) return true;
    if (!isHan(c)) return false;
  }
  return false;
}

/** 市县两级, 县乡村三级 (`num` comes before 级): a count of the levels listed before it. */
function levelCount(s: FigureScanner, num: Num): number | undefined {
  const t = s.text;
  const n = num.value;
  if (!Number.isInteger(n) || n < 2 || n > 6) return undefined;
  let levels = 0;
  let k = num.start;
  // 国家、省、市、县、乡的五级: the levels, then 的.
  if (t.charCodeAt(k - 1) === 0x7684 /* 的 */ && k - 1 > s.floor) k--;
  for (;;) {
    const w = LEVELS.match(t, k, s.floor);
    if (w) {
      levels++;
      k -= w[0].length;
    } else if (LEVEL_SEPARATORS.includes(t[k - 1]) && k - 1 > s.floor) {
      // 省、市、县三级; 市(县)两级.
      k--;
    } else {
      break;
    }
  }
  // (省市|三级中医医院: fewer levels than 三级 says, before a hospital, make no count of them: it is the hospitals' grade.)
  // (全盟两级审计机关, 全市两级: 全 and one level say the levels of the whole, from it down; with 两, as a grade is
  // never written: 全区三级医院, 全省三级疾控中心 are grades.)
  // (实行两级保障, 两级联动: 两级 alone counts levels too, for the same reason.)
  const whole = (levels === 1 && t.charCodeAt(num.start) === 0x4e24 /* 两 */ && t.charCodeAt(k - 1) === 0x5168 /* 全 */ && k - 1 >= s.floor) || (levels === 0 && t.charCodeAt(num.start) === 0x4e24 /* 两 */ && num.end === num.start + 1);
  if ((levels < 2 && !whole) || (levels < n && GRADED_AFTER.match(t, num.end + 1))) return undefined;
  const end = num.end + 1;
  if (s.excluded(num, num.start, end)) return num.end;
  return s.emit(num.start, end, new Fields('count', n, '级'));
}
