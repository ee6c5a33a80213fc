/**
 * Newspaper layout: headlines found from how a page is laid out, not from markers.
 *
 * A headline is a block of one or two short lines standing alone between blank lines, without sentence
 * punctuation, commas or unbalanced quotes, that is not a byline, and that is followed by body text (bylines
 * in between are skipped). A block ending in ：joins the next one ("河北省保定市第一中心医院：" + "党建铸魂 …").
 * Lines broken in the middle of a sentence are told apart by the line before (a long line that stops
 * mid-sentence) and the line after (a clause of one to three characters before a comma: "才原则,…").
 */
import { CLAUSE_PUNCT, CLOSERS, CUE_PUNCT, BYLINE_FIRST, HEADLINE_CLAUSES, NOT_HEADLINE_START, SENTENCE_END, is, isBar, isCloseParen, isDigit, isHan, isOpenParen, isSpace, isWordChar } from './chars';
import type { LineTable } from './lines';
import { isContentsEntry } from './markers';
import { isOrgLine } from './debris';

/** Longest line of a headline, in UTF-16 code units. */
export const MAX_HEADLINE_LINE = 40;
/** Longest headline over two lines. */
export const MAX_HEADLINE = 48;
/** Shortest headline, in characters other than spaces: shorter standalone lines are labels ("编者按", "医院动态"). */
export const MIN_HEADLINE = 8;
/** Longest title line. */
export const MAX_TITLE_LINE = 48;
/** Longest byline. */
const MAX_BYLINE = 40;

/** Short clauses that open a paragraph after a headline ("近日，…"): not a sign of a broken line. */
const OPENERS = new Set(['其中', '为此', '对此', '另外', '然而', '但是', '因此', '随后', '首先', '其次', '最后', '会上', '如今']);
/** Time words end in these ("前不久，", "近年来，"), and other openers start with these ("据悉，", "此外，"). */
const OPENER_ENDS = new Set('前后来初底末时间日天年月');
const OPENER_STARTS = new Set('据近今去此同当前');
/** Words that end a time named before them and so open no sentence (第34个“世界艾滋病日” / 前后,…; 国庆节 / 以来,…). */
const TIME_TAILS = new Set(['前后', '以来', '之际', '左右']);
/** Words that make a short line a byline. */
const BYLINE_WORDS = /记者|通讯员|摄影|本版文图|文图|撰文|供图|实习生|责任编辑/;
/** 文 or 图 (or both) and a slash at a line's start: a credit, "文 / 云南省妇幼保健院", "文/图 张三". */
const BY_SLASH = /^[文图](?:\s*[/／]\s*[文图])?\s*[/／｜|]/;
/** Opening and closing pairs that must balance inside a headline. */
const PAIRS: [number, number][] = [
  [0x201c, 0x201d], // “ ”
  [0x2018, 0x2019], // ‘ ’
  [0x300c, 0x300d], // 「 」
  [0x300e, 0x300f], // 『 』
  [0x300a, 0x300b], // 《 》
  [0xff08, 0xff09], // （ ）
  [0x28, 0x29], // ( )
  [0x3010, 0x3011], // 【 】
];
/** By code: p + 1 for the opening character of PAIRS[p], -(p + 1) for its closing one, 0 for others (one lookup per character). */
const PAIR_OF = new Int8Array(0x10000);
PAIRS.forEach(([open, close], p) => {
  PAIR_OF[open] = p + 1;
  PAIR_OF[close] = -(p + 1);
});
const pairCounts = new Int32Array(PAIRS.length);

/** Whether quotes and brackets balance in `s`. */
export function balanced(s: string): boolean {
  let straight = 0;
  const counts = pairCounts;
  counts.fill(0);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) straight++;
    const p = PAIR_OF[c];
    if (p > 0) counts[p - 1]++;
    else if (p < 0 && --counts[-p - 1] < 0) return false;
  }
  for (let p = 0; p < PAIRS.length; p++) if (counts[p] !== 0) return false;
  return straight % 2 === 0;
}

/** Characters other than white space in text[s, e). */
export function visibleLength(text: string, s: number, e: number): number {
  let n = 0;
  for (let i = s; i < e; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}

/** Length of the ellipsis text[s, e) ends in: … or ⋯ (one or more), or three ASCII dots or more; 0 if none. */
function trailingEllipsis(text: string, s: number, e: number): number {
  let k = e;
  while (k > s && (text.charCodeAt(k - 1) === 0x2026 || text.charCodeAt(k - 1) === 0x22ef)) k--;
  if (k < e) return e - k;
  while (k > s && text.charCodeAt(k - 1) === 0x2e) k--;
  return e - k >= 3 ? e - k : 0;
}

/**
 * Whether text[s, e) (trimmed) reads as a heading line: 0 no, 1 yes, 2 yes and it ends in a colon. With
 * `clauses`, it may hold a news headline's commas, exclamations and questions, but not end in a comma.
 */
export function headlike(text: string, s: number, e: number, max: number, clauses = false): 0 | 1 | 2 {
  // A news headline a repost cut short ends in an ellipsis (…省医院首次迈进前50..., …首次迈进…): the words before it are read.
  if (clauses) e -= trailingEllipsis(text, s, e);
  const len = e - s;
  if (len < 2 || len > max) return 0;
  const c0 = text.charCodeAt(s);
  // Labels, bracketed notes, signatures and markup start differently.
  if (is(text, s, NOT_HEADLINE_START)) return 0;
  // At least two characters: one astral character is two code units.
  if (len === 2 && c0 >= 0xd800 && c0 <= 0xdbff) return 0;
  if (text.startsWith('本报', s) || text.startsWith('新华社', s)) return 0;
  // A table of contents' entry ("第一部分 单位概况……3"): the section comes later.
  if (isContentsEntry(text, s, e)) return 0;
  let last = e - 1;
  while (last > s && is(text, last, CLOSERS)) last--;
  const lastCode = text.charCodeAt(last);
  // A table's row flattened to text ends in its bar ("2021年全年 |").
  if (isBar(lastCode)) return 0;
  const colon = lastCode === 0xff1a /* ： */ || lastCode === 0x3a;
  let word = false;
  let dateOnly = isDigit(c0);
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if ((is(text, i, CLAUSE_PUNCT) && !(clauses && is(text, i, HEADLINE_CLAUSES) && !(i === last && (c === 0xff0c || c === 0x2c)))) || (i === last && c === 0x2e /* . */)) return 0;
    if (isWordChar(c)) {
      word = true;
      if (c !== 0x5e74 /* 年 */ && c !== 0x6708 /* 月 */ && c !== 0x65e5 /* 日 */ && c !== 0x53f7 /* 号 */) dateOnly = false;
    }
  }
  if (!word || dateOnly || lastCode === 0x3001 /* 、 */) return 0;
  if (isByline(text, s, e) || isPeopleLine(text, s, e)) return 0;
  return colon ? (len > 2 ? 2 : 0) : 1;
}

/** Longest column label in 【】 before a headline ("【工作动态】", "【健康庆阳行动】"). */
const MAX_COLUMN_LABEL = 10;

/**
 * Where a headline starts on text[s, e) after a column's label in 【】 ("【工作动态】县卫健局召开…") or its source and a
 * bar ("新华社|…"), or s when the line has none (a label alone on its line stays a label).
 */
export function afterColumnLabel(text: string, s: number, e: number): number {
  const open = text.charCodeAt(s);
  // (Or a paper's name in square brackets, as portals print their sources: "[辽宁日报]我省对…".)
  const closer = open === 0x3010 /* 【 */ ? 0x3011 : open === 0x5b /* [ */ ? 0x5d : open === 0xff3b /* ［ */ ? 0xff3d : 0;
  if (closer === 0) return isHan(open) ? afterSourceBar(text, s, e) : s;
  // Looked for within the label's length only: a search to the text's end would be quadratic.
  let close = s + 1;
  while (close < e && close - s <= MAX_COLUMN_LABEL && text.charCodeAt(close) !== closer) {
    if (closer !== 0x3011 && !isHan(text.charCodeAt(close))) return s;
    close++;
  }
  if (close >= e || text.charCodeAt(close) !== closer || close === s + 1) return s;
  let k = close + 1;
  while (k < e && isSpace(text.charCodeAt(k))) k++;
  return k < e ? k : s;
}

/** Where a headline starts after its source and a bar, as feeds print them ("新华社|我国将设置…", "人民日报｜…"), or s. */
function afterSourceBar(text: string, s: number, e: number): number {
  let k = s;
  while (k < e && k - s <= MAX_COLUMN_LABEL && isHan(text.charCodeAt(k))) k++;
  const bar = text.charCodeAt(k);
  if (k - s < 2 || !isBar(bar)) return s;
  k++;
  while (k < e && isSpace(text.charCodeAt(k))) k++;
  return k < e ? k : s;
}

/** Bylines and signatures: "本版文图 融媒体记者 …", "通讯员 李锐", "□河北省…", "(庞建文)", "摄影报道". */
export function isByline(text: string, s: number, e: number): boolean {
  const len = e - s;
  if (len === 0 || len > MAX_BYLINE) return false;
  const c0 = text.charCodeAt(s);
  if (c0 === 0x25a1 /* □ */ || c0 === 0x25a0 /* ■ */) return true;
  // The authors under an article's title: names alone ("龚松柏 陈 兰"), or after their body ("金寨县卫生健康委员会 张明").
  if (len <= MAX_AUTHORS && isHan(c0) && isAuthorLine(text.slice(s, e))) return true;
  const cz = text.charCodeAt(e - 1);
  if (isOpenParen(c0) && isCloseParen(cz) && len <= 12) return true;
  // "文 / 云南省妇幼保健院", "图/张三": who wrote or took it, after 文 or 图 and a slash.
  if ((c0 === 0x6587 /* 文 */ || c0 === 0x56fe /* 图 */) && BY_SLASH.test(text.slice(s, Math.min(e, s + 6)))) return true;
  // No sentence, and a character a byline word starts with, before the pattern is tried.
  let cue = false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 /* 。 */) return false;
    if (is(text, i, BYLINE_FIRST)) cue = true;
  }
  if (!cue) return false;
  const line = text.slice(s, e);
  const m = BYLINE_WORDS.exec(line);
  if (!m) return false;
  // A byline's word comes first, after a separator ("文/记者", "张三 摄影") or after a newsroom
  // ("本报记者", "县融媒体中心记者"); in a headline a verb or a noun stands before it
  // ("我院召开媒体记者沟通会", "市卫健委慰问新闻记者", "我院举办摄影比赛").
  const before = line.slice(0, m.index);
  if (before === '' || BYLINE_SEPARATORS.includes(before[before.length - 1]) || NEWSROOM_ENDS.test(before)) return true;
  // A news app's reporter with the name after a blank ("极目新闻记者 孙婷婷"); a headline's 慰问新闻记者 names nobody.
  return before.endsWith('新闻') && REPORTER_NAMED.test(line.slice(m.index));
}

/** 记者 and a name after a blank, the end of a byline ("…记者 孙婷婷"). */
const REPORTER_NAMED = /^记者\s+[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*$/;

/** Longest line of authors. */
const MAX_AUTHORS = 30;
/** One author's name: two or three characters, or two spaced apart as forms line names up ("陈 兰"). */
const NAME = '(?:[\\u4e00-\\u9fff]{2,3}|[\\u4e00-\\u9fff][ \\u3000][\\u4e00-\\u9fff])';
/** Two or more names apart, or a body's name and then names. */
const AUTHORS = new RegExp(`^(?:${NAME}(?:[ \\u3000]+${NAME})+|[\\u4e00-\\u9fff]{3,20}[ \\u3000]+${NAME}(?:[ \\u3000]+${NAME})*)$`);

/** A head's or an expert's title, as a list of guests or speakers ends a person's body with it. */
const PERSON_TITLES = '(?:副?主任医师|主治医师|副?研究员|副?教授|副?主任|副?院长|副?局长|副?司长|副?处长|副?所长|副?书记|新闻发言人|护士长|医师)';
/** One person with the body and title after the name (李 杰 中国中医科学院广安门医院主任医师), one or more to a line. */
const GUEST = `${NAME}[ \\u3000]+[\\u4e00-\\u9fff、]{2,30}?${PERSON_TITLES}`;
const GUESTS = new RegExp(`^${GUEST}(?:[ \\u3000]+${GUEST})*$`);
/** Longest line of guests or of an author and the body after the name. */
const MAX_PEOPLE_LINE = 64;

/**
 * Whether a line names people, no headline: a press conference's guests, each a name and then a body and a title
 * (安志杰 中国疾控中心研究员, 卢 永 中国健康教育中心健康促进部主任 严丽萍 …), or an author and then the body
 * (骆晓燚 雅安市名山区卫生健康局), the other way round from the authors after their body that isByline reads.
 */
function isPeopleLine(text: string, s: number, e: number): boolean {
  // (Most lines are ruled out before a copy is made: too long, not opening with a character, or with no blank.)
  if (e - s > MAX_PEOPLE_LINE || !isHan(text.charCodeAt(s))) return false;
  // (The first blank, found once: it is where the author's name ends.)
  let blank = -1;
  for (let k = s; k < e && blank < 0; k++) if (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0x3000) blank = k - s;
  if (blank < 0) return false;
  const line = text.slice(s, e);
  if (GUESTS.test(line)) return true;
  return blank >= 2 && blank <= 3 && line.indexOf(' ', blank + 1) < 0 && line.indexOf('\u3000', blank + 1) < 0 && isOrgLine(line.slice(blank + 1).trimStart());
}

/** Whether a line names an article's authors (see isByline). */
function isAuthorLine(line: string): boolean {
  const m = AUTHORS.exec(line);
  if (!m) return false;
  // After a body's name, that body ends as one does (委员会, 医院, 局 …): "仁心向党 服务百姓" is a slogan.
  const blank = line.search(/[ \u3000]/);
  return line.slice(0, blank).length <= 3 || isOrgLine(line.slice(0, blank));
}

/** Characters after which a byline's word may stand: blanks, slashes, brackets, colons, list marks. */
const BYLINE_SEPARATORS = ' \u3000\t/／、（(：:|·□■';
/** How the name of a newsroom ends, before 记者 or 通讯员 (本报, 新华社, 融媒体中心, 特约, 实习). */
const NEWSROOM_ENDS = /(?:报|台|社|网|刊|融媒体|全媒体|中心|站|特约|见习|首席|实习|驻.{1,4})$/;

/** Where a headline starts after a photo credit at the start of line i ("官笑涵摄影报道杭州…"), or -1. */
export function photoCredit(lines: LineTable, i: number): number {
  const s = lines.ts[i];
  const e = lines.te[i];
  // Looked for in the first twelve characters only, by position rather than in a slice (this runs on many lines).
  const limit = Math.min(e, s + 12) - 4;
  let k = s;
  while (k <= limit && !lines.text.startsWith('摄影报道', k)) k++;
  if (k > limit) return -1;
  let p = k + 4;
  while (p < e && isSpace(lines.text.charCodeAt(p))) p++;
  return p < e ? p : -1;
}

/** A news lead: "本报讯（记者…）", "新华社…电". */
export function isNewsLead(lines: LineTable, i: number): boolean {
  const text = lines.text;
  const s = lines.ts[i];
  const e = Math.min(lines.te[i], s + 12);
  if ((e - s >= 2 && text.startsWith('本报', s)) || (e - s >= 3 && text.startsWith('新华社', s))) return true;
  for (let k = s; k + 1 < e; k++) {
    const c = text.charCodeAt(k);
    const d = text.charCodeAt(k + 1);
    if ((c === 0x8baf /* 讯 */ || c === 0x7535 /* 电 */) && (d === 0xff08 || d === 0x28)) return true;
  }
  return false;
}

/** The shortest width of a PDF's lines that brokenAfter reads as a wrapped paragraph's: a headline is rarely as long as three lines of text are wide. */
const MIN_WRAP_WIDTH = 18;

/** The line before block start b0 is a long line stopped in mid-sentence, so b0 goes on with it. */
export function brokenBefore(lines: LineTable, b0: number): boolean {
  const p = lines.prevNonBlank(b0);
  if (p < 0 || lines.len(p) <= MAX_HEADLINE_LINE) return false;
  let k = lines.te[p] - 1;
  while (k > lines.ts[p] && is(lines.text, k, CLOSERS)) k--;
  return !is(lines.text, k, SENTENCE_END);
}

function isOpener(clause: string): boolean {
  if (TIME_TAILS.has(clause)) return false;
  return OPENERS.has(clause) || OPENER_ENDS.has(clause[clause.length - 1]) || OPENER_STARTS.has(clause[0]);
}

/**
 * The line after line b1 starts with a clause of one to three characters ("设,…"): b1 was broken. So was a line of
 * a PDF's width, not stopped, over two lines of that width (2023年全国卫生健康系统坚决贯彻习近平总书记重要 / 指示批示精神,
 * 认真落实… / 进健康中国建设,…): a paragraph wrapped at a page's edge. A heading (`marked`) starts afresh.
 */
export function brokenAfter(lines: LineTable, b1: number, marked: (i: number) => boolean): boolean {
  const m = lines.nextNonBlank(b1);
  if (m < 0 || marked(m)) return false;
  const s = lines.ts[m];
  const e = lines.te[m];
  const text = lines.text;
  const width = lines.len(b1);
  if (width >= MIN_WRAP_WIDTH && !is(text, lines.te[b1] - 1, SENTENCE_END) && Math.abs(lines.len(m) - width) <= 1) {
    const m2 = lines.nextNonBlank(m);
    if (m2 >= 0 && !marked(m2) && Math.abs(lines.len(m2) - width) <= 1) return true;
  }
  for (let k = 0; k <= 3 && s + k < e; k++) {
    if (is(text, s + k, CUE_PUNCT)) return k <= 1 || !isOpener(text.slice(s, s + k));
    if (!isHan(text.charCodeAt(s + k))) return false;
  }
  return false;
}
