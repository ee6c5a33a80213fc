/**
 * What PDF extraction and web pages leave in a report: spaces inside Chinese text and between a number and
 * its unit (30 元, 2023 年), lines broken in the middle of a word or sentence, letter-spaced titles
 * (工 作 总 结), page numbers and the running headers around them.
 *
 * Spaces that official writing uses are left alone: in headlines and bylines (lines without sentence
 * punctuation), inside quotes and brackets (“永远跟党走 开启新征程”), after 第一条 and 本报讯.
 */
import { isBlank, isChinesePunct, isDigit, isHan, isLineBreak, lineEndOf } from './chars';
import type { BlockInput } from './input';
import type { CheckEdit, Finding } from './types';

/** Per-paragraph debris rules. */
export function checkDebris(block: BlockInput, out: Finding[]): void {
  const { text } = block;
  // Most paragraphs have neither spaces nor line breaks: the scans below are for those that do.
  if (/[ \t\u3000\u00a0]/.test(text)) spaces(block, letterSpacing(text, out), out);
  const breaks = text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
  if (breaks) brokenLines(block, out);
  if (breaks || text.length <= MAX_PAGE_LINE) pageNumbers(block, out);
}

const LETTER_SPACED = /(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:[ \u3000]{1,3}[\u4e00-\u9fff]){2,}(?![\u4e00-\u9fff])/g;
const BLANK_RUN = /[ \t\u3000\u00a0]+/g;

/** 政 府 工 作 报 告: three or more Han characters each standing alone between spaces. Returns the ranges found. */
function letterSpacing(text: string, out: Finding[]): [number, number][] {
  const found: [number, number][] = [];
  LETTER_SPACED.lastIndex = 0;
  for (let m = LETTER_SPACED.exec(text); m; m = LETTER_SPACED.exec(text)) {
    const s = m.index;
    const fix: CheckEdit[] = [];
    BLANK_RUN.lastIndex = 0;
    for (let b = BLANK_RUN.exec(m[0]); b; b = BLANK_RUN.exec(m[0])) fix.push({ start: s + b.index, end: s + b.index + b[0].length, text: '' });
    out.push({ code: 'letterSpacing', start: s, end: s + m[0].length, data: { text: m[0], joined: m[0].replace(/[ \u3000]/g, '') }, fix });
    found.push([s, s + m[0].length]);
  }
  return found;
}

/** Sentence punctuation: a line with none is a headline, a byline or a list of names, where spaces are layout. */
const PROSE = /[，。；,;]/;
const OPENERS = new Set('（(“《【「『');
const CLOSERS = new Set('）)”》】」』');
/** Words after which a space is usual: 第一条 为了…, 本报讯 记者…. */
const SPACE_AFTER = /(?:第[一二三四五六七八九十百零〇\d]+[编章节条款项]|本报讯|讯)$/;
const BYLINE = /记者|通讯员|摄影|编辑|供图|作者|来源/;
/**
 * Units that stand for nothing else after a number: the space before them is debris even in a title or a
 * table (2024 年). Other measure words start other words too (16 所 but 00117 分类), and count only in a sentence.
 */
const UNIT_START = new Set('年月日岁例万亿倍');

/**
 * Blank runs inside a line that official writing would not have: between a number and its unit (30 元,
 * 2023 年), and, in a line of sentences and outside quotes and brackets, between Chinese words or before
 * a number.
 */
function spaces(block: BlockInput, spaced: [number, number][], out: Finding[]): void {
  const { text } = block;
  let depth = 0;
  let scanned = 0;
  let lineEnd = -1;
  let prose = false;
  BLANK_RUN.lastIndex = 0;
  for (let m = BLANK_RUN.exec(text); m; m = BLANK_RUN.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    for (; scanned < s; scanned++) {
      const ch = text[scanned];
      if (OPENERS.has(ch)) depth++;
      else if (CLOSERS.has(ch) && depth > 0) depth--;
    }
    if (s >= lineEnd) {
      // The run's line, found once per line: the scan stays linear.
      let lineStart = s;
      while (lineStart > lineEnd + 1 && !isLineBreak(text.charCodeAt(lineStart - 1))) lineStart--;
      lineEnd = lineEndOf(text, s);
      prose = PROSE.test(text.slice(lineStart, lineEnd));
    }
    if (s === 0 || e >= text.length) continue;
    const l = text.charCodeAt(s - 1);
    const r = text.charCodeAt(e);
    if (isLineBreak(l) || isLineBreak(r) || spaced.some(([a, b]) => a < s && e < b)) continue;
    let kind: string;
    if ((isDigit(l) || l === 0x25) && isHan(r)) {
      if (!UNIT_START.has(text[e]) && !prose) continue;
      kind = 'unit';
    } else {
      if (!prose || depth > 0) continue;
      const chineseLeft = isHan(l) || (isChinesePunct(l) && !OPENERS.has(text[s - 1]));
      const chineseRight = isHan(r) || (isChinesePunct(r) && !CLOSERS.has(text[e]));
      if (!chineseLeft || !(chineseRight || isDigit(r))) continue;
      // One character alone between spaces belongs to a letter-spaced title (总 则), not to a sentence.
      if (s < 2 || isBlank(text.charCodeAt(s - 2)) || isLineBreak(text.charCodeAt(s - 2))) continue;
      const head = text.slice(Math.max(0, s - 12), s);
      if (SPACE_AFTER.test(head) || BYLINE.test(head)) continue;
      kind = isDigit(r) ? 'number' : 'text';
    }
    out.push({ code: 'spaceInText', start: s, end: e, data: { kind, before: text[s - 1], after: text[e] }, fix: [{ start: s, end: e, text: '' }] });
  }
}

/** Clause punctuation: a line holding it is a sentence, not a title the analysis joined to the next line. */
const CLAUSE = /[，、；,;]/;
/** One character and then punctuation: the start of the next line finishes a sentence. */
const FINISHES = /^[^\s，。、；,;][，。、；,;]/;
/** A line that starts with a heading marker. */
const HEADING_START = /^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[.．、](?!\d)|[①-⑳])/;

/**
 * Line breaks the analysis joined (a block holds no other): a word or name broken in two (县域\n医共体), or a
 * sentence broken mid-way: the line before is a sentence (clause punctuation, mostly Han characters, no
 * table bars) that stops on a character, and the next goes on with one; or the next line's first character
 * finishes a word ("…工作重\n点，现将"). A heading or headline and the paragraph the analysis joined to it
 * are left alone.
 * The fix joins the lines.
 */
function brokenLines(block: BlockInput, out: Finding[]): void {
  const { text, spans } = block;
  const firstLine = text.slice(0, lineEndOf(text, 0));
  const underHeading = HEADING_START.test(firstLine) && firstLine.indexOf('。') < 0;
  let lineStart = 0;
  const breaks = lineBreaks(text);
  for (let i = breaks(0); i < text.length; i = breaks(i)) {
    let s = i;
    while (s > lineStart && isBlank(text.charCodeAt(s - 1))) s--;
    let e = i;
    while (e < text.length && (isLineBreak(text.charCodeAt(e)) || isBlank(text.charCodeAt(e)))) e++;
    const word = spans.find((a) => a.start < s && a.end > e);
    if (word) {
      const broken = text.slice(word.start, s) + text.slice(e, word.end);
      out.push({ code: 'brokenLine', start: s, end: e, data: { kind: 'word', word: broken }, fix: [{ start: s, end: e, text: '' }] });
    } else if (!underHeading && sentenceGoesOn(text.slice(lineStart, s), lineStart === 0, text, e)) {
      out.push({ code: 'brokenLine', start: s, end: e, data: { kind: 'sentence', word: '' }, fix: [{ start: s, end: e, text: '' }] });
    }
    lineStart = e;
    i = e;
  }
}

/**
 * A function giving the first line break at or after `from` (called with growing `from`), or the text's
 * length. The next \n and \r are each found once, so a paragraph of many lines is read once.
 */
function lineBreaks(text: string): (from: number) => number {
  let lf = -2;
  let cr = -2;
  return (from) => {
    if (lf !== -1 && lf < from) lf = text.indexOf('\n', from);
    if (cr !== -1 && cr < from) cr = text.indexOf('\r', from);
    return Math.min(lf < 0 ? text.length : lf, cr < 0 ? text.length : cr);
  };
}

/** The longest headline (see core/outline.ts). */
const MAX_HEADLINE = 40;

/** Whether a sentence goes on from `line` to the line starting at `next` (see brokenLines). */
function sentenceGoesOn(line: string, opensBlock: boolean, text: string, next: number): boolean {
  if (!line || HEADING_START.test(line) || line.indexOf('|') >= 0) return false;
  // A short first line without a full stop is a headline over its article, whatever its commas.
  if (opensBlock && line.length <= MAX_HEADLINE && line.indexOf('。') < 0) return false;
  const last = line.charCodeAt(line.length - 1);
  const nextChar = text.charCodeAt(next);
  if (isHan(last) && FINISHES.test(text.slice(next, next + 4))) return true;
  if (!CLAUSE.test(line) || !(isHan(nextChar) || isDigit(nextChar))) return false;
  if (!(isHan(last) || isDigit(last) || '，,、'.includes(line[line.length - 1]))) return false;
  let han = 0;
  for (let k = 0; k < line.length; k++) if (isHan(line.charCodeAt(k))) han++;
  return han >= line.length / 2;
}

/** The longest line a page number takes (第 12 页 共 120 页, with spaces). */
const MAX_PAGE_LINE = 24;
/** - 3 -, — 3 —, 第3页, 第3页 共11页, ·3·: a line that is only a page number. */
const PAGE_NUMBER = /^[ \t\u3000]*(?:[-—–－]{1,2}[ \t\u3000]*\d{1,4}[ \t\u3000]*[-—–－]{1,2}|第[ \t\u3000]*\d{1,4}[ \t\u3000]*页(?:[ \t\u3000]*[,，/]?[ \t\u3000]*共[ \t\u3000]*\d{1,4}[ \t\u3000]*页)?|·[ \t\u3000]*\d{1,4}[ \t\u3000]*·)[ \t\u3000]*$/;

/**
 * Page numbers left between the lines of the text. The fix removes the line; when it interrupted a sentence
 * (the analysis joined the lines around it), the sentence is joined again.
 */
function pageNumbers(block: BlockInput, out: Finding[]): void {
  const { text } = block;
  for (let start = 0; start < text.length; ) {
    const end = lineEndOf(text, start);
    let next = end;
    while (next < text.length && (isLineBreak(text.charCodeAt(next)) || isBlank(text.charCodeAt(next)))) next++;
    if (end - start <= MAX_PAGE_LINE && PAGE_NUMBER.test(text.slice(start, end))) {
      let from = start;
      while (from > 0 && (isLineBreak(text.charCodeAt(from - 1)) || isBlank(text.charCodeAt(from - 1)))) from--;
      // The last line of its block: the break after it goes too (it ends the block, so it is in the gap).
      let to = next < text.length ? next : text.length + block.gap.length;
      // A page number alone between two blocks that make one sentence: the fix joins them again.
      if (start === 0 && next >= text.length && block.after && goesOn(block.before, block.after)) from = -block.gapBefore.length;
      out.push({ code: 'pageDebris', start, end, data: { kind: 'page', line: text.slice(start, end).trim() }, fix: [{ start: from, end: to, text: '' }] });
    }
    start = next > end ? next : end + 1;
  }
}

/** Whether the text before a page break stops mid-sentence and the text after it goes on. */
function goesOn(before: string, after: string): boolean {
  const last = before.trimEnd();
  const l = last.charCodeAt(last.length - 1);
  const r = after.charCodeAt(0);
  return last.length >= 1 && (isHan(l) || isDigit(l) || '，,、'.includes(last[last.length - 1])) && (isHan(r) || isDigit(r) || '，,。、；'.includes(after[0]));
}

/**
 * Running headers: a short line found next to two page numbers or more (the report's title or its issuer,
 * printed at the top of every page; its first appearance, at the top of the report, is not next to a page
 * number and stays). `pages` are the page-number findings, in document offsets.
 */
export function checkRunningHeaders(text: string, pages: readonly Finding[]): Finding[] {
  if (pages.length < 2) return [];
  const lines = new Map<string, { start: number; end: number }[]>();
  // A line's start gives its text, so one set serves all keys (a list searched per page was quadratic).
  const taken = new Set<number>();
  for (const p of pages) {
    for (const side of [-1, 1]) {
      const at = neighbourLine(text, p.start, p.end, side);
      if (!at) continue;
      const key = text.slice(at.start, at.end).trim();
      if (key.length < 4 || key.length > 40 || /[。！？]$/.test(key)) continue;
      if (taken.has(at.start)) continue;
      taken.add(at.start);
      const list = lines.get(key);
      if (list) list.push(at);
      else lines.set(key, [at]);
    }
  }
  const out: Finding[] = [];
  for (const [key, list] of lines) {
    if (list.length < 2) continue;
    for (const l of list) out.push({ code: 'pageDebris', start: l.start, end: l.end, data: { kind: 'header', line: key }, fix: [{ start: l.start, end: lineAfter(text, l.end), text: '' }] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The non-blank line before (side -1) or after (side 1) the line [start, end). */
function neighbourLine(text: string, start: number, end: number, side: number): { start: number; end: number } | undefined {
  let i = side < 0 ? start - 1 : end;
  while (i >= 0 && i < text.length && (isLineBreak(text.charCodeAt(i)) || isBlank(text.charCodeAt(i)))) i += side;
  if (i < 0 || i >= text.length) return undefined;
  let s = i;
  while (s > 0 && !isLineBreak(text.charCodeAt(s - 1))) s--;
  return { start: s, end: lineEndOf(text, i) };
}

/** The offset after the line break that ends at `end` (\n, \r\n or \r). */
function lineAfter(text: string, end: number): number {
  if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) return end + 2;
  return isLineBreak(text.charCodeAt(end)) ? end + 1 : end;
}
