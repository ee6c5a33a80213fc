/**
 * Ranks: 第8, 第三十六位, 全省第一, 全国一百二十四 (without 第), 全省位列第二, 前五名, 全省第五家. The
 * scopes (全省, 全国…) and the verbs between a scope and its rank (位列, 居…) are data: units.json.
 *
 * Decisions (where reports are ambiguous):
 * - 全国第33个爱国卫生月 is an edition of a yearly event (like 第三届), not a rank; 全省第3个通过验收的县 is one.
 * - 第N followed by a character is a label, not a rank: 第三批, 第五届, 第四次复审, 第一议题,
 *   第一人民医院. 第N alone, 第N位/名, 全省第N, 全省第N家 and 全国N (without 第) are ranks; 第一，…
 *   at the start of a clause enumerates points.
 * - Ordinals listed with 、 share the head of the last one: 第一、第二、第三医院 are three hospitals'
 *   names (labels, as 第三医院 is), 第三、四季度 two quarters.
 * - 首位 has no numeral: not a figure (ANNOTATION_GUIDELINES.md, FIG).
 * - Ranks from the bottom (倒数第三, 排名后三位, 最后五名是…) have the place counted from the end, and say so
 *   (`fromEnd`); 最后66位优秀护士 and 最后一位 before a noun count people.
 */
import type { FigureAnnotation } from '../types';
import { digitValue } from '../numerals';
import { DE, DI, DUN, HOU_BOTTOM, JI_SEASON, MING, QIANG, WEI, ZHOU, endsItem, isHan, isNumeralChar, isOpenQuote, listSeparatorAt, rangeSeparator } from './chars';
import { weeksAt } from './dates';
import { UNITS } from './data';
import { Fields, arabicNum, type FigureScanner, type Num } from './scanner';
import { WordsBefore, words } from './wordLists';

const SCOPES = new WordsBefore(words(UNITS.scopes));

/** Words between a scope and a rank: 全省位列第二. */
const RANK_VERBS = new WordsBefore(words(UNITS.rankVerbs));

/** Measure words after 全省第N that keep it a rank: 全省第五家, 全市第3个. */
const RANKED_THINGS = '家个所座位名支';
/** Second characters of words that start with 名 (名称, 名字, 名义, 名额, 名单, 名片, 名录, 名誉, 名牌, 名医, 名师, 名校). */
const MING_WORDS = '称字义额单片录誉牌医师校';

/** How far after 第N个 the name of a yearly event is looked for. */
const EVENT_REACH = 16;
/**
 * A yearly event named after 第N个 (爱国卫生月, 世界卫生日, 宣传周, 中国医师节, 《职业病防治法》宣传周, a law's week
 * named with its title), up to the clause's end.
 */
const EVENT_AFTER = /^[\u4e00-\u9fff“”"《》]{0,13}(?:月|日|周|节)(?:[^\u4e00-\u9fff]|活动|主题|期间|之际|宣传|来临|到来|$)/;

/** What mottos put first (安全第一, 患者第一): before 第一 they make no rank. */
const MOTTO_FIRST = new Set(['安全', '质量', '患者', '病人', '健康', '生命', '人民', '群众', '服务', '预防', '学生', '儿童', '友谊', '放在', '摆在', '置于']);

/** Characters before 前 that make a word (目前, 产前), so 前N名 there is not a rank. */
const BEFORE_TOP_GUARD = '目此之提当以事年月日术产婚孕学岗节会赛空生面眼跟向门';

/** Fields of a rank, with its scope (全省, 全国…) if there is one, counted from the end when `fromEnd`. */
function rank(value: number, scope: string | undefined, fromEnd = false): Fields {
  const f = new Fields('rank', value, '');
  f.scope = scope;
  if (fromEnd) f.fromEnd = true;
  return f;
}

/** Whether 倒数 ends at `p` (倒数第三: a rank from the bottom). */
function countedFromEnd(t: string, p: number): boolean {
  return t.charCodeAt(p - 1) === 0x6570 /* 数 */ && t.charCodeAt(p - 2) === 0x5012 /* 倒 */;
}

function validRank(num: Num): boolean {
  return Number.isInteger(num.value) && num.value >= 1 && num.value < 100000;
}

/** A scope (全省, 全国…) before p, directly or through a rank verb (全省位列第二). */
function scopeBefore(s: FigureScanner, p: number): { word: string; start: number; adjacent: boolean } | undefined {
  const t = s.text;
  const direct = SCOPES.match(t, p);
  if (direct) {
    const start = p - direct[0].length;
    return { word: direct[0], start, adjacent: start >= s.floor };
  }
  const verb = RANK_VERBS.match(t, p);
  if (verb) {
    const scope = SCOPES.match(t, p - verb[0].length);
    if (scope) return { word: scope[0], start: p - verb[0].length - scope[0].length, adjacent: false };
  }
  return undefined;
}

/** A range of days after 第N (-30天, ～60日) whose number ends at `end`: its last day and its end (after 天 or 日); or undefined. */
function daysAt(t: string, num: Num, end: number): { high: number; end: number } | undefined {
  const sep = rangeSeparator(t, end);
  if (sep === 0 || !num.arabic || digitValue(t.charCodeAt(end + sep)) < 0) return undefined;
  const high = arabicNum(t, end + sep);
  const c = t.charCodeAt(high.end);
  if ((c !== 0x5929 /* 天 */ && c !== 0x65e5 /* 日 */) || !(high.value > num.value)) return undefined;
  return { high: high.value, end: high.end + 1 };
}

/** Characters after 日 that make a word of it (日报, 日记, 日常, 日程, 日期, 日益, 日志, 日历): no day counted. */
const DAY_WORD_AFTER = '报记常程期益志历';

/**
 * 第N (`num` follows 第): a rank (第8, 第三十六位, 全省第一), a quarter (第一季度), weeks (第48周, 第1-4周), days (第1-30天) or a label
 * (第三批, 第一人民医院).
 */
export function ordinal(s: FigureScanner, num: Num): number {
  const t = s.text;
  if (!validRank(num)) return num.end;
  let end = num.end;
  const c = t.charCodeAt(end);
  if (c === JI_SEASON && t.startsWith('季度', end)) {
    return s.emit(num.start - 1, end + 2, new Fields('period', num.value, '季度'));
  }
  // 第48周, 第1-4周: weeks of the year (after a year: yearDate).
  const weeks = c === ZHOU || rangeSeparator(t, end) ? weeksAt(t, num.start - 1) : undefined;
  if (weeks) {
    if (s.excluded(num, num.start - 1, weeks.end)) return num.end;
    const fields = new Fields(weeks.last === weeks.first ? 'period' : 'range', weeks.first, '周');
    if (weeks.last !== weeks.first) fields.valueHigh = weeks.last;
    return s.emit(num.start - 1, weeks.end, fields);
  }
  // 第1-30天, 第31～60日: a range of days counted from a start (a stay's days, a period's), not a rank and a length.
  const days = daysAt(t, num, end);
  if (days !== undefined && num.start - 1 >= s.floor && !s.excluded(num, num.start - 1, days.end)) {
    const fields = new Fields('range', num.value, '天');
    fields.valueHigh = days.high;
    return s.emit(num.start - 1, days.end, fields);
  }
  // 术后第3天, 入院第四天, 第二天上午: a day counted from a start, as 第48周 is a week of the year (not 第3日报, 第二日常).
  // (倒数第三天, counted back from an end, is none.)
  if ((c === 0x5929 /* 天 */ || (c === 0x65e5 /* 日 */ && !DAY_WORD_AFTER.includes(t[end + 1]))) && num.start - 1 >= s.floor && !countedFromEnd(t, num.start - 1)) {
    if (s.excluded(num, num.start - 1, end + 1)) return num.end;
    return s.emit(num.start - 1, end + 1, new Fields('period', num.value, '天'));
  }
  const di = num.start - 1;
  if (di < s.floor) return num.end;
  // 第42-6号, 第3-12号提案: a number with a part after a dash, then a label's word, numbers a document or a motion.
  if (subNumberedLabel(t, end)) return num.end;
  // 第213例捐献者, 完成第100例手术: the case counted, as a donor or an operation is numbered in a run (第一例如下 is no case).
  if (c === 0x4f8b /* 例 */ && !'如会'.includes(t[end + 1] ?? '')) {
    if (s.excluded(num, di, end + 1)) return num.end;
    return s.emit(di, end + 1, rank(num.value, undefined, false));
  }
  // 倒数第三, 全省倒数第一: the rank counts from the end; a scope stands before 倒数.
  const fromEnd = countedFromEnd(t, di) && di - 2 >= s.floor;
  const head = fromEnd ? di - 2 : di;
  // 安全第一, 患者第一, 健康第一: a motto puts something first, no rank.
  if (num.value === 1 && MOTTO_FIRST.has(t.slice(di - 2, di))) return num.end;
  if (c === DUN) {
    const head = sharedHead(t, end);
    if (head === 'label') return num.end;
    if (head === 'quarter') return s.emit(di, end, new Fields('period', num.value, '季度'));
  }
  // 第一，…；第二，… at the start of a clause enumerates points; a rank follows a word (位列第8), or another
  // rank in a list (全省第一、第二), whose scope it shares.
  if (!isHan(t.charCodeAt(di - 1))) {
    const last = rankEndingAt(s, di - 1);
    if (t.charCodeAt(di - 1) !== DUN || last === undefined || (isHan(c) && c !== WEI && c !== MING)) return num.end;
    if (c === WEI || c === MING) end++;
    return s.emit(di, end, rank(num.value, last.scope, last.fromEnd));
  }
  // 第二名称, 第一名义: 名 starts a word there (名称, 名义, 名单 …), no rank.
  if (c === MING && MING_WORDS.includes(t[end + 1])) return num.end;
  // Most 第N are labels (第三批): the scope, which takes longer to look for, is looked for after them.
  const label = isHan(c) || isOpenQuote(c) || digitValue(c) >= 0;
  const ranked = label && RANKED_THINGS.includes(t[end]);
  // 全省第一的佳绩: 的 after a rank with its scope makes it describe what follows (without a scope, 第一的 may be a
  // label's: 第一的批次).
  const described = c === DE;
  if (label && !ranked && c !== WEI && c !== MING && !described) return num.end;
  const scope = scopeBefore(s, head);
  // (男性第二、女性第三的肿瘤: a rank listed right before it, with its own subject, says it is one; so does a verb of
  // ranking, 排名第二的是…, 位列第三的.)
  if (described && !scope && !rankListedBefore(s, head) && !RANK_VERBS.match(t, head)) return num.end;
  if (c === WEI || c === MING) end++;
  else if (ranked) {
    if (!scope?.adjacent) return num.end;
    // 全国第33个爱国卫生月, 全省第5个宣传周: the edition of a yearly event, no rank.
    if (t.charCodeAt(end) === 0x4e2a /* 个 */ && EVENT_AFTER.test(t.slice(end + 1, end + 1 + EVENT_REACH))) return num.end;
    end++;
  }
  const start = scope && scope.adjacent ? scope.start : head;
  if (s.excluded(num, start, end)) return num.end;
  return s.emit(start, end, rank(num.value, scope?.word, fromEnd));
}

/**
 * Whether a dash at `end` (after 第N) is followed by digits and a label's word (第42-6|号, 第3-12|号提案), not 位 or 名
 * (第1-3名 is a range of ranks) or nothing.
 */
function subNumberedLabel(t: string, end: number): boolean {
  const sep = rangeSeparator(t, end);
  if (sep === 0) return false;
  let k = end + sep;
  const digits = k;
  while (k < t.length && digitValue(t.charCodeAt(k)) >= 0 && k - digits < 4) k++;
  if (k === digits) return false;
  const c = t.charCodeAt(k);
  return isHan(c) && c !== WEI && c !== MING;
}

/** Most characters of the subject between two ranks listed (男性第二、|女性|第三). */
const MAX_LISTED_SUBJECT = 4;

/** Whether a rank ends right before a list's separator (、 和 及 与 或), then a short subject of its own, then `at` (男性第二、女性|第三). */
function rankListedBefore(s: FigureScanner, at: number): boolean {
  const last = s.out.length > 0 ? s.out[s.out.length - 1] : undefined;
  if (last === undefined || last.figureKind !== 'rank' || !listSeparatorAt(s.text, last.end)) return false;
  const from = last.end + 1;
  if (at - from < 1 || at - from > MAX_LISTED_SUBJECT) return false;
  for (let k = from; k < at; k++) if (!isHan(s.text.charCodeAt(k))) return false;
  return true;
}

/**
 * Characters before 前 after which 前N is a rank without 名 or 位 where a clause or an item ends
 * (排名前三，位居全省前五。发病数前五：进入前十的，死亡率前六的，跌出前3，迈进前50): 名 居 列 入 身 出 进, a scope's
 * level, 数, 率.
 */
const BEFORE_BARE_TOP = '名居列入身出进省市国区县州数率';
/** 甲 after 前N: the top so many (前三甲). */
const JIA_TOP = 0x7532;

/**
 * Characters before 后 after which 后N名 is a rank from the bottom (排名后三位, 全省后5名, 最后五名是…): a
 * ranking word, a scope's level, 最; after other characters 后 ends a word (然后, 随后, 其后, 术后).
 */
const BEFORE_BOTTOM = '名居列入排省市国区县州数最';

/** 前五名, 前3位, 前30强, and 排名前三， (`num` follows 前): a rank from the top; 后五名 (`num` follows 后): one from the bottom. */
export function top(s: FigureScanner, num: Num): number | undefined {
  const t = s.text;
  const before = num.start >= 2 ? t[num.start - 2] : '';
  const c = t.charCodeAt(num.end);
  let end: number;
  let start = num.start - 1;
  const fromEnd = t.charCodeAt(start) === HOU_BOTTOM;
  if (fromEnd) {
    // 排名后三位, 后五名为…: after a ranking word or at a clause's start, and before no noun (最后66位优秀护士 are people).
    if ((c !== WEI && c !== MING) || (before !== '' && isHan(before.charCodeAt(0)) && !BEFORE_BOTTOM.includes(before))) return undefined;
    const after = t.charCodeAt(num.end + 1);
    if (isHan(after) && after !== DE && after !== 0x4e3a /* 为 */ && after !== 0x662f /* 是 */) return undefined;
    end = num.end + 1;
    if (before === '最') start--;
  }
  // (前30强, 前十强: the top so many of a list, as 前五名.)
  else if (c === WEI || c === MING || c === QIANG) {
    if (before !== '' && BEFORE_TOP_GUARD.includes(before)) return undefined;
    end = num.end + 1;
  } else if (before !== '' && BEFORE_BARE_TOP.includes(before) && (endsItem(c) || c === DE || t.startsWith('分别', num.end))) {
    // (排名前三分别是…: the ranks' holders named after 分别.)
    end = num.end;
  } else if (c === JIA_TOP && before !== '' && BEFORE_BARE_TOP.includes(before)) {
    // 全省前三甲, 进入前三甲: the top three of a list, as 前三名 (after a ranking word or a scope; 三甲 alone is a hospital's grade).
    end = num.end + 1;
  } else {
    return undefined;
  }
  if (!validRank(num) || start < s.floor) return undefined;
  if (s.excluded(num, start, end)) return undefined;
  const fields = rank(num.value, undefined, fromEnd);
  fields.approx = 'at-most';
  return s.emit(start, end, fields);
}

/** Verbs of ranking that make N名 and N位 right after them a rank, not a count of people (全国排名48名, 位列12位). */
const RANKING_VERBS = new WordsBefore(words(['排名', '名列', '位列', '位居', '排在', '排位']));

/** 全国排名48名, 位列全省12位: a count in 名 or 位 right after a verb of ranking is a rank (its scope before the verb). */
export function rankAfterVerb(s: FigureScanner, num: Num, end: number): number | undefined {
  if (!validRank(num) || !RANKING_VERBS.match(s.text, num.start, s.floor)) return undefined;
  if (s.excluded(num, num.start, end)) return undefined;
  return s.emit(num.start, end, rank(num.value, scopeBefore(s, num.start)?.word));
}

/** The figure read last when it is a rank that ends at `i` (a list's next rank follows it), else undefined. */
export function rankEndingAt(s: FigureScanner, i: number): FigureAnnotation | undefined {
  const last = s.out.length ? s.out[s.out.length - 1] : undefined;
  return last?.figureKind === 'rank' && last.end === i ? last : undefined;
}

/**
 * 第一、二位, 全省第一、二名 (`num` before 位 or 名, which end at `end`): a number right after a rank and a list's separator
 * is the next rank of the list, with its scope; not a count of people.
 */
export function rankListed(s: FigureScanner, num: Num, end: number): number | undefined {
  const last = rankEndingAt(s, num.start - 1);
  if (last === undefined || listSeparatorAt(s.text, num.start - 1) !== 1 || !validRank(num)) return undefined;
  if (s.excluded(num, num.start, end)) return undefined;
  return s.emit(num.start, end, rank(num.value, last.scope, last.fromEnd));
}

/** 全国一百二十四, 全省3位: a number without unit right after a scope is a rank without 第. */
export function rankAfterScope(s: FigureScanner, num: Num): number | undefined {
  // Most numbers here are not ranks: the scope, which takes longer to look for, is looked for last.
  if (!validRank(num)) return undefined;
  const scope = scopeBefore(s, num.start);
  if (!scope || !scope.adjacent) return undefined;
  const t = s.text;
  let end = num.end;
  const c = t.charCodeAt(end);
  if (c === WEI || c === MING) end++;
  if ((end > num.end || !isHan(t.charCodeAt(end))) && !s.excluded(num, scope.start, end)) {
    return s.emit(scope.start, end, rank(num.value, scope.word));
  }
  return undefined;
}

/** Members of a list of ordinals looked at after the first: enough for any list, and linear in the text. */
const MAX_LISTED = 12;

/**
 * What the last of a list of ordinals names (`at` is the 、 after the first): 第一、第二、第三医院 and
 * 第三、四批 are labels, 第三、四季度 quarters; undefined when the list ends as ranks do (第一、第二位).
 */
function sharedHead(t: string, at: number): 'label' | 'quarter' | undefined {
  let p = at;
  for (let n = 0; n < MAX_LISTED && t.charCodeAt(p) === DUN; n++) {
    let q = p + 1;
    if (t.charCodeAt(q) === DI) q++;
    const digits = q;
    while (q < t.length && isNumeralChar(t.charCodeAt(q))) q++;
    if (q === digits) return undefined;
    p = q;
  }
  const c = t.charCodeAt(p);
  if (c === JI_SEASON && t.startsWith('季度', p)) return 'quarter';
  if (p === at || c === WEI || c === MING || c === DUN) return undefined;
  return isHan(c) || isOpenQuote(c) ? 'label' : undefined;
}
