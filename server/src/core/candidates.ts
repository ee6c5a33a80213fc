/**
 * Candidate terms: names that a report uses as policy terms but that no glossary defines. They are
 * quoted formulas (“312”工作法, “六亮”行动, “1+N”) and quoted names of campaigns and brands (“人才蚌埠行”
 * 等活动, 党建品牌“药健康”); see ANNOTATION_GUIDELINES.md, TERM. Quotes also mark emphasis, quotations,
 * honours, mottos and periods, so a quoted phrase counts only with one of these signs:
 * - a numeral that numbers its parts (“六亮”, “两在两同”, “1+N”, “急救一张网”, “多码合一”);
 * - a head noun after it, directly (“六亮”行动) or after a short modifier (“初心守护”健康品牌), also
 *   after a list of quoted names (“名医进社区”“专家下基层”等活动), or inside it (“头雁工程”);
 * - 品牌 right before it (党建品牌“药健康”).
 * Never: a period (“十四五”, “三伏”, “三九天”), a hospital grade (“三甲”), a festival date (“五一”), an honour (“三八红旗手”
 * 称号), a meeting (“两会”, “十九大”), a disease or a vaccine (“甲型H1N1流感”), a theme (以“…”为主题).
 *
 * A candidate includes its quotes and a head noun that follows directly, because that is the name a user
 * would add to the glossary; the items of a quoted list of formulas (“一条主线、两个抓手”) are candidates
 * one by one, without the quotes.
 */
import type { TermAnnotation } from './types';
import { isHan } from './script';
import { digitValue } from './numerals';
import { findFigures } from './figures';

/** Opening quote → its closing quote. */
const CLOSERS: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '"': '"' };
/** The same by code unit: the closing quote's code unit for an opening quote, 0 for anything else. */
const CLOSER_OF = new Uint16Array(0x10000);
for (const [o, c] of Object.entries(CLOSERS)) CLOSER_OF[o.charCodeAt(0)] = c.charCodeAt(0);
const DOUBLE_QUOTE = 0x22;
const RIGHT_DOUBLE = 0x201d; // ”
const LEFT_SINGLE = 0x2018; // ‘
const RIGHT_SINGLE = 0x2019; // ’
/** Longest inner text of a candidate, in code points: a formula is short; a campaign's name with a head noun after it can be longer. */
const MAX_INNER = 12;
const MAX_HEADED_INNER = 16;
/** Formulas found by their numerals alone are shorter still. */
const MAX_NUMERAL_INNER = 8;
/** Nouns that make a quoted phrase a named formula when they follow it (longest first where one extends another). */
const HEAD_NOUNS = ['工作法', '工作机制', '工作制度', '工作体系', '工作模式', '工作要求', '工作思路', '发展思路', '专项行动', '专项整治', '行动', '工程', '模式', '机制', '制度', '品牌', '战略', '计划', '活动', '政策', '体系', '项目', '举措', '救助', '小程序', '大模型', '智能体'];
/**
 * Kinds of products named right before a quoted name (品牌“药健康”, 智能体“杭小育”, 数字健康人“安诊儿”, 大模型“…”): the
 * quote is the product's name, as a brand's is.
 */
const PRODUCT_KINDS = ['品牌', '智能体', '数字人', '健康人', '机器人', '大模型', '小程序'];
/** Idioms with a numeral, quoted as metaphors (“一盘棋”工作机制, “一条龙”服务): no formula. */
const IDIOMS = new Set(['一盘棋', '一条龙', '一条心', '一刀切', '一把手', '一张蓝图', '一把尺子']);
/** The head nouns by their first code unit, longest first as in HEAD_NOUNS: where none starts, nothing is compared. */
const HEADS_BY_FIRST = new Map<number, string[]>();
for (const h of HEAD_NOUNS) HEADS_BY_FIRST.set(h.charCodeAt(0), [...(HEADS_BY_FIRST.get(h.charCodeAt(0)) ?? []), h]);
const HEAD_FIRSTS = new Uint8Array(0x10000);
for (const h of HEAD_NOUNS) HEAD_FIRSTS[h.charCodeAt(0)] = 1;
/** Longest modifier between a quote and its head noun, in characters (“…”健康品牌, “…”主题义诊活动, “…”等活动). */
const MAX_MODIFIER = 4;
/** Head nouns that name a programme also after a modifier; the others (体系, 机制, 模式…) describe anything after one (“彻底改革”国际金融体系). */
const NAMING_HEADS = new Set(['专项行动', '专项整治', '行动', '工程', '品牌', '计划', '活动', '项目', '思路', '工作思路']);
/**
 * Words that start a modifier which is no modifier: a predicate (以“…”为主题的活动, “…”的活动), a
 * conjunction, the making of an honour (“最美护士”评选活动, “星级支部”创建活动), or a technology (“试管婴儿”技术项目).
 */
const NOT_MODIFIERS = ['为', '的', '是', '和', '与', '及', '在', '创建', '创评', '争创', '评选', '评比', '申报', '技术'];
const NOT_MODIFIER_FIRSTS = new Uint8Array(0x10000);
for (const w of NOT_MODIFIERS) NOT_MODIFIER_FIRSTS[w.charCodeAt(0)] = 1;
/** After a head noun, a day or week of events (“…”集中活动日): an event, not a programme. */
const isEventDay = (c: number) => c === 0x65e5 || c === 0x5468; // 日, 周
/**
 * Heads that make a quoted phrase a formula when it ends with them (“头雁工程”, “驻蚌模式”, a place's way of doing a thing:
 * “宁波解法”, “泰安经验”; a campaign's month, “艾滋病检测月”正式启动); 品牌, 体系… are too often descriptive (“红色品牌”).
 */
const INNER_HEADS = ['工程', '行动', '计划', '工作法', '模式', '解法', '经验', '宣传月', '活动月', '服务月', '检测月', '咨询月'];
const INNER_HEAD_LASTS = new Uint8Array(0x10000);
for (const h of INNER_HEADS) INNER_HEAD_LASTS[h.charCodeAt(h.length - 1)] = 1;
/**
 * The shape of a quoted text, from its characters read by table (CHAR_SHAPE): NO_FORMULA when it has
 * sentence punctuation, a bracket or a quote; LIST_OR_HALVES when it has an enumeration comma or a space
 * (a list of formulas, a brand in two halves); PLAIN otherwise.
 */
const PLAIN = 0;
const LIST_OR_HALVES = 1;
const NO_FORMULA = 2;
type Shape = typeof PLAIN | typeof LIST_OR_HALVES | typeof NO_FORMULA;
const CHAR_SHAPE = new Uint8Array(0x10000);
for (const c of '\t\n\r\v\f，,。！!？?；;：:…—–《》〈〉()（）[]【】“”‘’「」『』"\'') CHAR_SHAPE[c.charCodeAt(0)] = NO_FORMULA;
for (const c of '、 \u3000\u00a0') CHAR_SHAPE[c.charCodeAt(0)] = LIST_OR_HALVES;
/** A single space between two Chinese characters: a brand of two halves (“仁心向党 服务百姓”). */
const HALVES = /^([\u3400-\u9fff]+) ([\u3400-\u9fff]+)$/;
/** Numerals that make a short quoted phrase a numbered formula (“六亮”, “两在两同”, “双控”): 1 by code unit. */
const STRONG_NUMERALS = new Uint8Array(0x10000);
for (const c of '二三四五六七八九十百千两双') STRONG_NUMERALS[c.charCodeAt(0)] = 1;
/**
 * 一 and 万 are too common in ordinary words (“一站式”, “一体化”, “一卡通”) to count alone; 一 before a measure word
 * (一个, 一张, 一条), before the network, window or matter that government-service formulas make one (“一网统管”,
 * “一窗受理”, “一件事联办”), and 合一 count as strong.
 */
const YI = 0x4e00; // 一
const WAN = 0x4e07; // 万
const HE = 0x5408; // 合
const SHOU = 0x624b; // 手
const SHU = 0x6570; // 数 (数九)
const MEASURE_AFTER_YI = new Uint8Array(0x10000);
for (const c of '个张条网窗件') MEASURE_AFTER_YI[c.charCodeAt(0)] = 1;
/**
 * A five-year plan period (“十四五”), or the hot and cold periods of the solar calendar with what is done in
 * them (“三伏”, “三伏贴”, “三伏天灸”, “三九天”, “数九寒天”): a period, not a formula.
 */
const PERIOD = /^十[一二三四五六七八九]五$|^[初中末三]伏|^[一二三四五六七八数]九/;
/** A disease, a virus or a vaccine named in quotes (“甲型H1N1流感”, “H7N9禽流感”, “新冠肺炎”): no formula, whatever its digits. */
const DISEASE = /(?:流感|肺炎|病毒|疫苗)$/;
/** A meeting named by its number (“两会”, “十九大”, “二十大”, “十八届三中全会”) or games by theirs or their scope (“十运会”, “全运会”, “省运会”): an event, not a formula. */
const MEETING = /^两会$|^(?:十[一二三四五六七八九]|二十)(?:大|届[一二三四五六七]中全会)$|^[一二三四五六七八九十全省市亚奥残]{1,3}运会$/;
/** A formula has a Chinese character or a digit. */
const HAN_OR_DIGIT = /[\u3400-\u9fff0-9]/;
/** 1 for the characters periods, grades and dates start with (a numeral): others need no look at those patterns. */
const NUMERAL_FIRSTS = new Uint8Array(0x10000);
for (const c of '一二三四五六七八九十') NUMERAL_FIRSTS[c.charCodeAt(0)] = 1;
/** A hospital grade (“三甲”, “三级甲等综合医院”, “二乙”, “三级医院”, “二级综合医院”). */
const GRADE = /^[一二三]级?[甲乙丙]|^[一二三]级[\u4e00-\u9fff]{0,4}医院$/;
/** Two numerals alone: a festival date (“五一”, “三八”, “十一”); 十分 is an adverb (very), not ten. */
const DATE = /^[一二三四五六七八九十]{2}$|^十分/;
/** How quoted honours end (“三八红旗手”, “十佳护士”, “五四青年奖章”), or what follows them (“…”称号, 荣誉, 奖). */
const HONOUR_ENDS = ['奖章', '红旗手', '标兵', '模范', '先进', '集体', '个人', '单位', '之星', '医生', '医师', '村医', '药师', '护士', '名医', '青年', '奖'];
/** Three or more short numbers joined by dashes (“20-20-20”, “1-3-5”). */
const DASHED_NUMBERS = /^[0-9]{1,3}(?:[-－][0-9]{1,3}){2,}$/;
/** How quoted honours start: the best ten, the best hundred (“十佳医师”, “百佳村医”, “十佳”青年). */
const HONOUR_START = /^[十百千]佳/;
/** A ranking's list quoted as an honour (“中国肿瘤营养基层500强”, “全国百强”): its places end it. */
const RANKING_HONOUR = /(?:[0-9]+|[十百千])强$/;
/** A streak of grades won (“两连A”, “三连A+”, “五连冠”): an honour's description, no formula. */
const GRADE_STREAK = /^[一二两三四五六七八九十0-9]+连(?:[A-Da-d][+＋]*|冠|胜|优)$/;
const HONOUR_LASTS = new Uint8Array(0x10000);
for (const w of HONOUR_ENDS) HONOUR_LASTS[w.charCodeAt(w.length - 1)] = 1;
const HONOUR_AFTER = ['称号', '荣誉', '奖'];
const HONOUR_FIRSTS = new Uint8Array(0x10000);
for (const w of HONOUR_AFTER) HONOUR_FIRSTS[w.charCodeAt(0)] = 1;
/** A blank at the edge of a quoted text: a space, an ideographic space or a no-break space. */
const isEdgeBlank = (c: number) => c === 32 || c === 0x3000 || c === 0xa0;
/** What a “+” formula numbers its parts with (“1+N”, “一院+多点”). */
const PLUS_NUMERAL = /[0-9一二三四五六七八九十两双百千万NnXx]/;
/** Separators between the quoted names of a list (“…”“…”, “…”、“…”, “…”和“…”). */
const CHAIN_SEPARATORS = codeSet('、和与及');
/** A head noun that makes a quoted phrase a name (品牌, 行动…), or undefined. */
type Head = string | undefined;
/** Longest list of quoted names followed by one head noun. */
const MAX_CHAIN = 8;

/** What starts a look-up in the one scan over a paragraph, by code unit: an opening quote, 年 (a campaign year), 动 of 行动 or 划 of 计划. */
const QUOTE = 1;
const YEAR = 2;
const PROGRAMME = 3;
const TRIGGER = new Uint8Array(0x10000);
for (const o of Object.keys(CLOSERS)) TRIGGER[o.charCodeAt(0)] = QUOTE;
TRIGGER['年'.charCodeAt(0)] = YEAR;
TRIGGER['动'.charCodeAt(0)] = PROGRAMME;
TRIGGER['划'.charCodeAt(0)] = PROGRAMME;

/**
 * Formulas and names that no glossary defines, as candidate terms (candidate: true): quoted formulas and
 * names (canonical = the formula with its quotes and the head noun that follows, e.g. “六亮”行动), and
 * campaigns named without quotes (医疗质量提升年, 学科登峰计划). `known` are the glossary matches of the
 * same text, to skip. One scan over the text finds both.
 */
export function findCandidateTerms(text: string, known: TermAnnotation[]): TermAnnotation[] {
  let scan: Scan | undefined;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const t = TRIGGER[text.charCodeAt(i)];
    if (t === 0) {
      i++;
      continue;
    }
    // Most paragraphs have no trigger: the scan's state is made at the first.
    scan ??= new Scan(text, known);
    if (t === QUOTE) {
      i = quotedAt(text, i, scan);
      continue;
    }
    // A campaign's name reads leftwards from its task word and stops at a quote: it never overlaps a quoted candidate.
    if (t === YEAR) {
      if (i >= 2 && YEAR_TASK_LAST[text.charCodeAt(i - 1)] === 1 && endsWithWord(text, i, YEAR_TASKS) && yearEndsName(text, i + 1)) campaignAt(text, i - 2, i + 1, scan);
    } else if (i >= 3 && text.charCodeAt(i - 1) === (text.charCodeAt(i) === DONG ? XING : JI) && endsWithWord(text, i - 1, PROGRAMME_TASKS)) {
      campaignAt(text, i - 3, i + 1, scan);
    }
    i++;
  }
  return scan ? scan.out : [];
}

/** The state of one scan over a paragraph: the candidates so far, the glossary terms to skip, the list of quoted names it is in. */
class Scan {
  readonly out: TermAnnotation[] = [];
  /** The glossary terms, sorted when the first candidate is found, and the first that may overlap the next candidate. */
  private sorted: TermAnnotation[] | undefined;
  private k = 0;
  /** The closing quote up to which quoted names are the items of a list with a head noun after it, and that noun. */
  chainUntil = -1;
  chainHead: Head = undefined;

  constructor(
    private readonly text: string,
    private readonly known: TermAnnotation[],
  ) {}

  /** Adds a candidate [start, end) with its canonical form, unless a glossary term or the last candidate overlaps it. */
  add(start: number, end: number, canonical: string): void {
    const out = this.out;
    // A campaign's name, read leftwards, may reach into a quoted candidate's head noun (“惠民”工程建设提升行动).
    if (out.length > 0 && out[out.length - 1].end > start) return;
    const known = this.known;
    const sorted = (this.sorted ??= isSorted(known) ? known : [...known].sort((a, b) => a.start - b.start));
    let k = this.k;
    while (k < sorted.length && sorted[k].end <= start) k++;
    this.k = k;
    if (k < sorted.length && sorted[k].start < end) return;
    // Most candidates are written as their canonical form: then one string serves as both.
    const text = canonical.length === end - start && this.text.startsWith(canonical, start) ? canonical : this.text.slice(start, end);
    out.push({ kind: 'term', start, end, text, canonical, candidate: true });
  }
}

/** Whether a source field's label (来源:, 来源：, with blanks after it) ends right before `at`. */
function afterSourceLabel(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && isEdgeBlank(text.charCodeAt(k - 1))) k--;
  const colon = text.charCodeAt(k - 1);
  return (colon === 0x3a || colon === 0xff1a) && k >= 3 && text.startsWith('来源', k - 3);
}

/** Whether the quote [open, close] is an event's theme: 以“职业健康保护•我行动”为主题, 主题为“…”, 主题是“…”. */
function isTheme(text: string, open: number, close: number): boolean {
  return text.startsWith('为主题', close + 1) || text.startsWith('主题为', open - 3) || text.startsWith('主题是', open - 3);
}

/** Whether a blank, then 活动 or 行动, stands at `at` (“药学服务进社区” 活动). */
function eventAfterBlank(text: string, at: number): boolean {
  return isEdgeBlank(text.charCodeAt(at)) && (text.startsWith('活动', at + 1) || text.startsWith('行动', at + 1));
}

/** Handles the quote that opens at `open`: adds the candidates it holds; returns where the scan goes on. */
function quotedAt(text: string, open: number, scan: Scan): number {
  const closer = CLOSER_OF[text.charCodeAt(open)];
  const close = findClose(text, open + 1, closer);
  if (close < 0) return open + 1;
  // A closing ASCII quote could be taken for the next opening one: after a failed one, go on after it.
  const miss = closer === DOUBLE_QUOTE ? close + 1 : open + 1;
  // (A blank typed inside a quote's edge, “三支一扶 ”, is no part of the name.)
  let from = open + 1;
  let to = close;
  while (from < to && isEdgeBlank(text.charCodeAt(from))) from++;
  while (to > from && isEdgeBlank(text.charCodeAt(to - 1))) to--;
  // Most quoted texts are quotations or emphasis: those with sentence punctuation are left at once.
  const shape = quotedShape(text, from, to, closer === RIGHT_DOUBLE);
  if (shape === NO_FORMULA) {
    // “三个坚决,六个不允许”, “两个确保，三个不放松”: counted commitments set side by side, one formula (no figures).
    if (!numberedClauses(text.slice(from, to))) return miss;
    scan.add(open, close + 1, '“' + text.slice(from, to) + '”');
    return close + 1;
  }
  // 来源:“四方台发布”: a source field's value names its publisher (orgs/context.ts), no term; 以“…”为主题, 主题为“…”: a
  // theme is a motto.
  if (afterSourceLabel(text, open) || isTheme(text, open, close)) return close + 1;
  const inner = text.slice(from, to);
  // The head noun right after the quote (or 活动 or 行动 after one blank: “药学服务进社区” 活动), after a modifier, or after
  // the list of quoted names this one starts.
  let head = headAfter(text, close + 1) ?? (closer === RIGHT_DOUBLE && eventAfterBlank(text, close + 1) ? headAfter(text, close + 2) : undefined);
  const direct = head !== undefined && text.startsWith(head, close + 1);
  if (head === undefined && close <= scan.chainUntil) head = scan.chainHead;
  // The close of the last quoted name of the list this one starts, once read here (-1: not read).
  let last = -1;
  if (head === undefined && close + 1 < text.length) {
    last = chainEnd(text, close);
    if (last > close && (head = headAfter(text, last + 1)) !== undefined) {
      scan.chainUntil = last;
      scan.chainHead = head;
    }
  }
  if (head === undefined) {
    // (A product's name has three characters at least; two after it are a word quoted: 大模型“落户”.)
    head = PRODUCT_KINDS.find((k) => text.startsWith(k, open - k.length));
    if (head !== undefined && head !== '品牌' && codePoints(inner) < 3) head = undefined;
  }
  // 省委“1310”具体部署, 市委“138”工作安排: a party committee names its programme by a number.
  const byCommittee = text.charCodeAt(open - 1) === 0x59d4 /* 委 */;
  // “幸福家庭”、“文明家庭”等评选活动: names that a selection gives are honours, as before 称号.
  const honour = honourAfter(text, close + 1) || (head !== undefined && !direct && selectedAfter(text, last >= 0 ? last : chainEnd(text, close)));
  if (isFormula(inner, shape, head, honour, byCommittee)) {
    const end = close + 1 + (direct ? head!.length : 0);
    scan.add(open, end, '“' + inner + '”' + (direct ? head : ''));
    return end;
  }
  const items = shape === LIST_OR_HALVES ? listItems(inner, from) : [];
  for (const it of items) scan.add(it.start, it.end, it.canonical);
  if (items.length) return close + 1;
  // “一人、一针、一消毒”, “强基、稳二、控三”: a formula written as a list of short parallel parts, numbered as a whole.
  if (shape === LIST_OR_HALVES && numberedList(inner)) {
    scan.add(open, close + 1, '“' + inner + '”');
    return close + 1;
  }
  return miss;
}

/** Most parts, and longest part in characters, of a formula written as a list (“一体两翼、一院五区、协同发展”): a formula abbreviates its parts to four characters at most; longer ones are a motto's phrases (“上下一盘棋、防控一张网”). */
const MAX_LIST_PARTS = 4;
const MAX_LIST_PART = 4;

/**
 * Whether a quoted list is one formula whose parts are numbered: two to four short parts of Chinese characters
 * (none an ordinal, 第一、第二), at least two of them with a numeral (一 counts here: 一人、一针 number the parts).
 */
function numberedList(inner: string): boolean {
  if (codePoints(inner) > MAX_HEADED_INNER) return false;
  const parts = inner.split('、');
  if (parts.length < 2 || parts.length > MAX_LIST_PARTS) return false;
  let numbered = 0;
  for (const p of parts) {
    if (p.length < 2 || p.length > MAX_LIST_PART || !/^[\u4e00-\u9fff]+$/.test(p) || p.charCodeAt(0) === 0x7b2c /* 第 */) return false;
    // Honours, grades, periods and festival dates listed (“一等奖、二等奖”, “三甲、二甲”) are no formula.
    if (HONOUR_ENDS.some((w) => p.endsWith(w)) || (NUMERAL_FIRSTS[p.charCodeAt(0)] === 1 && (PERIOD.test(p) || GRADE.test(p) || DATE.test(p)))) return false;
    let has = false;
    for (let j = 0; j < p.length && !has; j++) has = STRONG_NUMERALS[p.charCodeAt(j)] === 1 || p.charCodeAt(j) === YI;
    if (has) numbered++;
  }
  return numbered >= 2;
}

/** One counted commitment of a formula: a numeral, a measure word and what is counted (三个坚决, 六个不允许, 两个确保). */
const COUNTED_CLAUSE = /^[二三四五六七八九十两][个项条][\u4e00-\u9fff]{2,4}$/;

/** Whether a quoted text is two to four counted commitments set side by side with commas (“三个坚决,六个不允许”). */
function numberedClauses(inner: string): boolean {
  if (inner.length > 2 * MAX_HEADED_INNER) return false;
  const parts = inner.split(/[，,]/);
  if (parts.length < 2 || parts.length > MAX_LIST_PARTS) return false;
  return parts.every((p) => COUNTED_CLAUSE.test(p));
}

// ---------------------------------------------------------------- unquoted campaigns

/** Words that end the name of a year-long campaign before 年 (医疗质量提升年, 作风建设年, 医院管理年): a year given a task. */
const YEAR_TASKS = ['提升', '建设', '攻坚', '安全', '质量', '管理', '规范', '落实', '巩固', '效能', '突破', '服务'];
/** Words before 行动 or 计划 that make a programme's name say what it does (全民健康水平提升行动, 学科登峰计划). */
const PROGRAMME_TASKS = ['提升', '改善', '促进', '登峰', '攀登', '振兴', '护航', '守护', '强基', '筑基', '培优', '领航', '赋能', '惠民', '暖心', '倍增'];
/** What may follow the 年 of a campaign's name: anything but a Chinese character, or one of these (活动, 专项行动, 工作…); not 年度, 年均, 年底. */
const AFTER_CAMPAIGN_YEAR = codeSet('活行专工为的等和与及暨系中主攻');
/** Longest and shortest part of a campaign's name before its task word, in characters. */
const MAX_SUBJECT = 8;
const MIN_SUBJECT = 2;
/**
 * Where a campaign's name starts: after one of these verbs (开展医疗质量提升年, 以下简称健康促进行动) or function words (今年是…年),
 * punctuation, a quote or a digit. Words that a name does not start with (各项, 有关) make it no name.
 */
const NAME_AFTER = ['简称', '称为', '开展', '实施', '推进', '推动', '启动', '深化', '深入', '持续', '扎实', '全面', '组织', '围绕', '结合', '作为', '落实', '印发', '制定', '出台', '完成', '参与', '参加', '加快', '继续', '争创', '加强', '做好', '抓好', '打造', '聚焦', '强化', '部署'];
const NAME_AFTER_ONE = codeSet('以在是为的和与及把将对从向于等了由按被让使给、');
/** 1 for the last character of a verb of NAME_AFTER: before others, the verbs are not compared. */
const NAME_AFTER_LASTS = codeSet(NAME_AFTER.map((w) => w.charAt(1)).join(''));
const NOT_NAME_START = /^(?:各项|各类|各|有关|相关|这|该|此|本|其|上述|一系列|系列|多项|两项|三项)/;

/** 1 for the last character of a year task (升 of 提升, 设 of 建设…): where none stands before 年, no look-up is made. */
const YEAR_TASK_LAST = new Uint8Array(0x10000);
for (const w of YEAR_TASKS) YEAR_TASK_LAST[w.charCodeAt(1)] = 1;
const DONG = 0x52a8; // 动 (行动)
const XING = 0x884c; // 行
const JI = 0x8ba1; // 计 (计划)
const NIAN = 0x5e74; // 年
const DU = 0x5ea6; // 度 (年度)

/** Adds the campaign whose task word starts at `taskStart` and whose name ends at `end`, if a name starts before the task. */
function campaignAt(text: string, taskStart: number, end: number, scan: Scan): void {
  const start = nameStart(text, taskStart);
  if (start >= 0) scan.add(start, end, text.slice(start, end));
}

/** Whether one of `words` (two characters each) ends right before `at`. */
function endsWithWord(text: string, at: number, words: readonly string[]): boolean {
  return at >= 2 && words.includes(text.slice(at - 2, at));
}

/** Whether what follows the 年 at `at - 1` lets it end a campaign's name (活动, 专项行动, punctuation), rather than start 年度, 年均… */
function yearEndsName(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const c = text.charCodeAt(at);
  return !isHan(c) || AFTER_CAMPAIGN_YEAR[c] === 1;
}

/** The start of a campaign's name whose task word starts at `taskStart`, read leftwards over Chinese characters; -1 when it is no name. */
function nameStart(text: string, taskStart: number): number {
  let s = taskStart;
  while (s > 0 && taskStart - s < MAX_SUBJECT && isHan(text.charCodeAt(s - 1))) {
    const c = text.charCodeAt(s - 1);
    if (NAME_AFTER_ONE[c] === 1 || (NAME_AFTER_LASTS[c] === 1 && NAME_AFTER.some((w) => text.startsWith(w, s - 2)))) break;
    s--;
  }
  // A name read over the longest subject without meeting its start is part of a longer phrase.
  if (taskStart - s >= MAX_SUBJECT && s > 0 && isHan(text.charCodeAt(s - 1))) return -1;
  // 2024年|老年痴呆防治促进行动, 2024年度|健康促进行动: the year a campaign is held in is no part of its name.
  if (s > 0 && digitValue(text.charCodeAt(s - 1)) >= 0 && text.charCodeAt(s) === NIAN) s += text.charCodeAt(s + 1) === DU ? 2 : 1;
  const subject = text.slice(s, taskStart);
  if (subject.length < MIN_SUBJECT || NOT_NAME_START.test(subject) || /[〇零一二三四五六七八九十百千万两]/.test(subject.charAt(0))) return -1;
  return s;
}

/** The items of a quoted list whose items are all numbered formulas (“一条主线、两个抓手”), each with its offsets; none otherwise. */
function listItems(inner: string, at: number): { start: number; end: number; canonical: string }[] {
  if (!inner.includes('、')) return [];
  const out: { start: number; end: number; canonical: string }[] = [];
  let start = at;
  for (const item of inner.split('、')) {
    if (/\s/.test(item) || !isNumbered(item) || !isFormula(item, PLAIN, undefined, false)) return [];
    out.push({ start, end: start + item.length, canonical: '“' + item + '”' });
    start += item.length + 1;
  }
  return out;
}

/** Whether an honour's word (称号, 荣誉, 奖) follows `at`. */
function honourAfter(text: string, at: number): boolean {
  return HONOUR_FIRSTS[text.charCodeAt(at) | 0] === 1 && HONOUR_AFTER.some((w) => text.startsWith(w, at));
}

/** A research project's or a topic's title (“农村卫生适宜技术推广示范研究”, “…新技术研究与应用”): no programme's name. */
const RESEARCH_TOPIC = /研究(?:与(?:应用|示范|开发|推广))?$/;

/** What a selection of honours is called after the names it gives (“文明家庭”等评选活动, “健康家庭”评比). */
const SELECTION_WORDS = ['评选', '评比', '表彰', '命名', '推选', '选树'];

/** Whether a selection's word follows the list of quoted names whose last quote closes at `last`, after 等 if any. */
function selectedAfter(text: string, last: number): boolean {
  let k = last + 1;
  if (text.charCodeAt(k) === 0x7b49 /* 等 */) k++;
  return SELECTION_WORDS.some((w) => text.startsWith(w, k));
}

/**
 * The shape of the quoted text [from, to): the worst of its characters'. Inside double quotes, a pair of single
 * ones is part of a name (“枣庄卫生‘榴’住你”: a brand puns on a character it quotes; findClose pairs them).
 */
function quotedShape(text: string, from: number, to: number, singlesInside: boolean): Shape {
  let shape: Shape = PLAIN;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (singlesInside && (code === LEFT_SINGLE || code === RIGHT_SINGLE)) continue;
    const c = CHAR_SHAPE[code];
    if (c === NO_FORMULA) return NO_FORMULA;
    if (c === LIST_OR_HALVES) shape = LIST_OR_HALVES;
  }
  return shape;
}

/** The head noun (工程, 行动…) that starts at `at`, the first of HEAD_NOUNS that does. */
function headAt(text: string, at: number): string | undefined {
  // (At the end of the text charCodeAt is NaN; a typed array read at NaN would slow down this read everywhere.)
  if (at >= text.length || HEAD_FIRSTS[text.charCodeAt(at)] !== 1) return undefined;
  for (const h of HEADS_BY_FIRST.get(text.charCodeAt(at))!) if (text.startsWith(h, at)) return h;
  return undefined;
}

/** The head noun that follows `at`, directly or after a short modifier of Chinese characters, when it names a programme rather than an event day. */
function headAfter(text: string, at: number): Head {
  if (at >= text.length) return undefined;
  if (NOT_MODIFIER_FIRSTS[text.charCodeAt(at)] === 1) for (const w of NOT_MODIFIERS) if (text.startsWith(w, at)) return undefined;
  for (let g = 0; g <= MAX_MODIFIER; g++) {
    if (g > 0 && !isHan(text.charCodeAt(at + g - 1))) return undefined;
    const h = headAt(text, at + g);
    if (h !== undefined && (g === 0 || NAMING_HEADS.has(h))) return isEventDay(text.charCodeAt(at + g + h.length)) ? undefined : h;
  }
  return undefined;
}

/** The closing quote of the last quoted name of a list that starts with the quote closed at `close` (`close` itself when no other follows). */
function chainEnd(text: string, close: number): number {
  let last = close;
  for (let items = 1; items < MAX_CHAIN; items++) {
    let at = last + 1;
    if (at >= text.length) break;
    if (CHAIN_SEPARATORS[text.charCodeAt(at)] === 1) at++;
    if (at >= text.length) break;
    const closer = CLOSER_OF[text.charCodeAt(at)];
    if (closer === 0) break;
    const next = findClose(text, at + 1, closer, MAX_HEADED_INNER);
    if (next < 0) break;
    last = next;
  }
  return last;
}

/** Offset of the quote closing one opened just before `from`, or -1 when another opens first, a line ends or it is too far. */
function findClose(text: string, from: number, closer: number, maxInner = MAX_HEADED_INNER): number {
  const limit = Math.min(text.length, from + maxInner * 2 + 1);
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === closer) return i;
    // A pair of single quotes inside double ones (“枣庄卫生‘榴’住你”) is stepped over whole (looked for within the
    // limit only: a ‘ never closed must not send the look to the end of the text).
    if (c === LEFT_SINGLE && closer === RIGHT_DOUBLE) {
      let k = i + 1;
      while (k < limit && text.charCodeAt(k) !== RIGHT_SINGLE && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) k++;
      if (k < limit && k > i + 1 && text.charCodeAt(k) === RIGHT_SINGLE) {
        i = k;
        continue;
      }
    }
    if (c === 10 || c === 13 || CLOSER_OF[c] !== 0) return -1;
  }
  return -1;
}

/**
 * Whether a quotation holds one figure and nothing else, written in Arabic digits (“6小时”, “4.36元”, “5万”, “3个月”):
 * a figure quoted for emphasis, no formula (a formula names more: “15分钟健康服务圈”, “312工作法”). The figures'
 * detector decides, so every unit it knows counts.
 */
function isQuotedFigure(inner: string): boolean {
  const c = inner.charCodeAt(0);
  if (c < 0x30 || c > 0x39) return false;
  const found = findFigures(inner);
  return found.length === 1 && found[0].start === 0 && found[0].end === inner.length;
}

/** A price in a quotation (“3元拔牙”, “千元级别”, “三千元时代”, “万元一颗”): a slogan about what something costs, no formula. */
const QUOTED_PRICE = /[0-9零一二两三四五六七八九十百千万萬]元/;

/** An amount in 万 or 亿, or a percentage, as a target states it (15万个, 95%); a count of things (5张报表) may name a formula. */
const QUOTED_TARGET = /[0-9][0-9.]*(?:[万亿]|[%％])/;

/**
 * A budget's code before the subject it numbers: a fund's source (“01中央直达资金”, “09其他资金”, codes with a leading 0)
 * or a heading of the health expenditure class 210 (“210卫生健康支出”, “21004公共卫生”). “9073养老服务格局” is a formula.
 */
const BUDGET_CODE = /^(?:0[0-9]|210[0-9]*)[\u3400-\u9fff]{3,}$/;

/** Whether a quoted text looks like a policy formula or a programme's name rather than a quotation, an emphasised word, a period, a grade or an honour. */
function isFormula(inner: string, shape: Shape, head: Head, honourAfter: boolean, byCommittee = false): boolean {
  const length = codePoints(inner);
  if (length < 2 || honourAfter || IDIOMS.has(inner)) return false;
  const endsWithHead = length >= 4 && INNER_HEAD_LASTS[inner.charCodeAt(inner.length - 1)] === 1 && INNER_HEADS.some((h) => inner.endsWith(h));
  if (length > (head || endsWithHead ? MAX_HEADED_INNER : MAX_INNER)) return false;
  if (shape === LIST_OR_HALVES) {
    // A phrase of two halves is a slogan: the name of a brand, but the motto or theme of anything else (“热血儿医 共享生命”献血活动).
    const halves = head === '品牌' ? HALVES.exec(inner) : null;
    if (!halves) return false;
  }
  if (!HAN_OR_DIGIT.test(inner)) return false;
  // A bare number right after a party committee is the name of its programme (省委“1310”具体部署), not a year.
  if (byCommittee && /^[0-9]{2,6}$/.test(inner)) return true;
  if ((NUMERAL_FIRSTS[inner.charCodeAt(0)] === 1 || inner.charCodeAt(0) === SHU) && (PERIOD.test(inner) || GRADE.test(inner) || DATE.test(inner))) return false;
  if (MEETING.test(inner) || DISEASE.test(inner) || RESEARCH_TOPIC.test(inner)) return false;
  if (HONOUR_LASTS[inner.charCodeAt(inner.length - 1)] === 1 && HONOUR_ENDS.some((w) => inner.endsWith(w))) return false;
  if (HONOUR_START.test(inner) || RANKING_HONOUR.test(inner) || GRADE_STREAK.test(inner)) return false;
  // A hospital by its short name (“北医三院”, “市二院”) is an organisation's name, no formula.
  if (inner.charCodeAt(inner.length - 1) === 0x9662 /* 院 */) return false;
  // An indicator quoted by its name (“学前3年毛入园率”, “5岁以下儿童死亡率”) is no formula; “三率” numbers rates, and is.
  if (length > 3 && inner.charCodeAt(inner.length - 1) === 0x7387 /* 率 */) return false;
  if (head || endsWithHead) return true;
  // A bare number is a phone line or a year more often than a formula (“12345”接诉即办).
  if (/^[0-9]+$/.test(inner)) return false;
  // “新增普惠托位15万个”: a target, a figure with words around it, is a quotation, no formula.
  if (length > 6 && QUOTED_TARGET.test(inner)) return false;
  // “01中央直达资金”, “21004公共卫生”: a budget's classification code before the subject it numbers; “18岁以上知晓血压”:
  // a day's theme that names an age. Quotations, no formulas.
  if (BUDGET_CODE.test(inner) || /[0-9]岁/.test(inner) || isQuotedFigure(inner) || QUOTED_PRICE.test(inner)) return false;
  if (/[0-9]/.test(inner) && /[+＋]|[0-9][\u3400-\u9fff]|[\u3400-\u9fff][0-9]/.test(inner)) return true;
  if (inner.includes('+')) return PLUS_NUMERAL.test(inner);
  // “20-20-20”法则, “1-3-5”: short numbers joined by dashes, three or more, are a rule's formula (no date, phone or range).
  if (DASHED_NUMBERS.test(inner)) return true;
  return length <= MAX_NUMERAL_INNER && isNumbered(inner);
}

/** Whether the numerals of a short text number its parts: one strong numeral (六, 两, 双), 一个/一张/一条/合一, or two weak ones (一, 万). */
function isNumbered(inner: string): boolean {
  let strong = 0;
  let weak = 0;
  for (let j = 0; j < inner.length; j++) {
    const c = inner.charCodeAt(j);
    // (二手, 三手: second-hand, a word of its own: “二手烟” is smoke, no formula.)
    if (STRONG_NUMERALS[c] === 1 && inner.charCodeAt(j + 1) !== SHOU) strong++;
    else if (c === YI || c === WAN) {
      weak++;
      if (c === YI && (MEASURE_AFTER_YI[inner.charCodeAt(j + 1) | 0] === 1 || inner.charCodeAt(j - 1) === HE)) strong++;
    }
  }
  return strong >= 1 || weak >= 2;
}

/** The number of code points in s, as [...s].length counts them (a lone surrogate is one). */
function codePoints(s: string): number {
  let n = s.length;
  for (let j = 0; j + 1 < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(j + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        j++;
      }
    }
  }
  return n;
}

/** 1 by code unit for each character of `chars`. */
function codeSet(chars: string): Uint8Array {
  const set = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i)] = 1;
  return set;
}

function isSorted(a: TermAnnotation[]): boolean {
  for (let i = 1; i < a.length; i++) if (a[i - 1].start > a[i].start) return false;
  return true;
}
