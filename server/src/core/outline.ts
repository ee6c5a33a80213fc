/**
 * The outline detector: finds the section headings of a report and nests them into a tree.
 *
 * Two kinds of heading are recognised.
 *
 * Marked headings carry their own sign at the start of a line: 一、 （一） (一) 1. 1、 1． （1） ①
 * 亮点一： `## ` and `**bold**` run-in heads. A marked line is a heading when it is short as a whole,
 * or when its head ends at the first 。 within a few dozen characters ("1.突出政治建设强化思想引领。深入…"
 * gives "1.突出政治建设强化思想引领"). "1.5亿元" and "2024年" are not markers: a marker is followed by text.
 *
 * Unmarked headings are found from the layout of newspaper pages: a headline is a block of one or two
 * short lines standing alone between blank lines, without sentence punctuation, commas or unbalanced
 * quotes, that is not a byline, and that is followed by body text (bylines in between are skipped).
 * Several such blocks in a row ("医院动态" then a headline) make the earlier ones group headings over
 * the later. A block ending in ：joins the next one ("河北省保定市第一中心医院：" + "党建铸魂 …").
 * Lines broken in the middle of a sentence are told apart by the line before (a long line that stops
 * mid-sentence) and the line after (a clause of one to three characters before a comma: "才原则,…").
 *
 * The title is the first line(s) of the document when they look like a heading: an organisation line
 * standing alone above it (a masthead such as "蚌埠市卫生健康委") is skipped, and a second standalone
 * line under it is a subtitle joined to it, unless a news lead (本报讯…) follows, which makes that line
 * the first article's headline.
 *
 * Levels follow the markers as they appear: a heading whose kind is already open closes everything
 * opened after it; a new kind nests under the open heading unless the canonical order says otherwise
 * (title > 一、 > （一） > 1. > （1） > ①, fewer # over more, bold run-in heads always innermost).
 *
 * The scan is linear: lines are cut once, and every test looks at a bounded number of characters.
 */
import type { HeadingStyle, OutlineNode } from './types';
import { finish, type Steps } from './steps';

/** Longest line of a headline, in UTF-16 code units. */
const MAX_HEADLINE_LINE = 32;
/** Longest headline over two lines. */
const MAX_HEADLINE = 48;
/** Longest title line. */
const MAX_TITLE_LINE = 40;
/** Longest marked line that is a heading as a whole (no 。 in it). */
const MAX_MARKED_LINE = 40;
/** Longest run-in head after a marker, up to its 。. */
const MAX_HEAD = 40;
/** Longest bold run-in head. */
const MAX_BOLD = 60;
/** Longest byline. */
const MAX_BYLINE = 40;
/** A headline block may have photo-credit lines above it, in all this many lines. */
const MAX_HEADLINE_BLOCK = 4;

/**
 * Character classes, tested by UTF-16 code (the scanner looks at every character of short lines;
 * one-character strings and Set lookups there cost more than the rest of the scan).
 */
const CLASS = new Uint8Array(0x10000);
function charClass(chars: string): number {
  const bit = charClass.next;
  charClass.next <<= 1;
  for (const ch of chars) CLASS[ch.charCodeAt(0)] |= bit;
  return bit;
}
charClass.next = 1;
/** Whether the character at `i` of `text` is in `cls` (false past the end). */
function is(text: string, i: number, cls: number): boolean {
  return (CLASS[text.charCodeAt(i)] & cls) !== 0;
}

/** Sentence-final and clause punctuation: a headline neither ends with nor contains these. */
const CLAUSE_PUNCT = charClass('。．！？!?；;，,…⋯');
/** A line ending in one of these (after closing quotes) ends its sentence. */
const SENTENCE_END = charClass('。．.！？!?；;：:…⋯');
/** Terminators of a run-in head after a marker. */
const HEAD_END = charClass('。．！？!?');
/** Closing quotes and brackets, skipped when looking for a line's last real character. */
const CLOSERS = charClass('”’」』）)》〉】]"\'');
/** Punctuation that, one to three characters into the next line, shows a sentence broken over lines. */
const CUE_PUNCT = charClass('，,。．、；;”’）)》！!？?');
/** Short clauses that open a paragraph after a headline ("近日，…"): not a sign of a broken line. */
const OPENERS = new Set(['其中', '为此', '对此', '另外', '然而', '但是', '因此', '随后', '首先', '其次', '最后', '会上', '如今']);
/** Time words end in these ("前不久，", "近年来，"), and other openers start with these ("据悉，", "此外，"). */
const OPENER_ENDS = new Set('前后来初底末时间日天年月');
const OPENER_STARTS = new Set('据近今去此同当前');
/** Endings of an organisation name standing alone above a title (a masthead). */
const ORG_SUFFIXES = ['委', '委员会', '局', '厅', '院', '中心', '办公室', '政府', '署', '所', '站'];
/** Words that make a short line a byline, and the characters they start with. */
const BYLINE_WORDS = /记者|通讯员|摄影|本版文图|文图|撰文|供图|实习生|责任编辑/;
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
const CHINESE_NUMERALS = charClass('一二三四五六七八九十百零〇');
/** Characters a line must start with to be a marked heading (the tests in `marked` decide). */
const MARKER_START = charClass('#*（(0123456789０１２３４５６７８９①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳亮一二三四五六七八九十百零〇');
/** First characters of the BYLINE_WORDS (the eighth and last class a byte holds). */
const BYLINE_FIRST = charClass('记通摄本文撰供实责');

/** The report's sections as a tree. Works on the document text as it is (CRLF, BOM-less, unjoined lines). */
export function findOutline(text: string): OutlineNode[] {
  return finish(findOutlineSteps(text));
}

/** `findOutline` in steps: the generator yields every few thousand lines, so a caller can pause. */
export function findOutlineSteps(text: string): Steps<OutlineNode[]> {
  return new OutlineScanner(text).run();
}

/** Lines to scan between two yields of `findOutlineSteps`. */
const LINES_PER_STEP = 4096;

/**
 * How many levels of the outline fit in `max` nodes: the outer levels are kept whole, the inner ones
 * dropped (0 when even the top level has more than `max` nodes; Infinity when everything fits).
 * Editors cap what they show (VS Code folds at most 5,000 regions), and a 50 MB report has some
 * 80,000 sections: its outer sections are what a reader can use.
 */
export function levelsWithin(nodes: readonly OutlineNode[], max: number): number {
  const perLevel: number[] = [];
  const visit = (list: readonly OutlineNode[], depth: number) => {
    for (const n of list) {
      perLevel[depth] = (perLevel[depth] ?? 0) + 1;
      visit(n.children, depth + 1);
    }
  };
  visit(nodes, 0);
  let total = 0;
  for (let depth = 0; depth < perLevel.length; depth++) {
    total += perLevel[depth];
    if (total > max) return depth;
  }
  return Infinity;
}

/** All nodes of an outline in document order (pre-order), or those of its first `levels` levels. */
export function flattenOutline(nodes: OutlineNode[], levels = Infinity): OutlineNode[] {
  const out: OutlineNode[] = [];
  const visit = (list: OutlineNode[], depth: number) => {
    if (depth >= levels) return;
    for (const n of list) {
      out.push(n);
      visit(n.children, depth + 1);
    }
  };
  visit(nodes, 0);
  return out;
}

// ---------------------------------------------------------------- internals

/** A heading found, before levels are known. `key` tells kinds apart for nesting. */
interface Found {
  style: HeadingStyle;
  key: string;
  name: string;
  start: number;
  end: number;
  line: number;
  endLine: number;
}

/** A marked heading; `standalone` when the whole line is the head (a run-in head is followed by body). */
interface Marked extends Found {
  standalone: boolean;
}

/** A standalone block of one or two short lines that may be a headline. */
interface Candidate {
  kind: 'candidate';
  name: string;
  start: number;
  end: number;
  line: number;
  endLine: number;
  /** Ends in ：, so it leads into the next block. */
  colon: boolean;
  /** A lone organisation name. */
  org: boolean;
}

type Unit =
  | Candidate
  | { kind: 'heading'; heading: Marked }
  | { kind: 'title'; heading: Found }
  | { kind: 'byline' }
  | { kind: 'body'; line: number };

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 0xfeff || c === 11 || c === 12 || (c >= 0x2000 && c <= 0x200b);
}

function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** Letters that make a line worth a heading: Han (BMP or astral) or Latin. */
function isWordChar(c: number): boolean {
  return isHan(c) || (c >= 0xd800 && c <= 0xdbff) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** End of up to three Chinese numerals from `from`. */
function numeralsEnd(text: string, from: number, e: number): number {
  let j = from;
  while (j < e && j - from < 3 && is(text, j, CHINESE_NUMERALS)) j++;
  return j;
}

/** End of up to two digits from `from`. */
function digitsEnd(text: string, from: number, e: number): number {
  let j = from;
  while (j < e && j - from < 2 && isDigit(text.charCodeAt(j))) j++;
  return j;
}

function isOpener(clause: string): boolean {
  return OPENERS.has(clause) || OPENER_ENDS.has(clause[clause.length - 1]) || OPENER_STARTS.has(clause[0]);
}

const pairCounts = new Int32Array(PAIRS.length);

function balanced(s: string): boolean {
  let straight = 0;
  const counts = pairCounts;
  counts.fill(0);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) straight++;
    for (let p = 0; p < PAIRS.length; p++) {
      if (c === PAIRS[p][0]) counts[p]++;
      else if (c === PAIRS[p][1] && --counts[p] < 0) return false;
    }
  }
  for (let p = 0; p < PAIRS.length; p++) if (counts[p] !== 0) return false;
  return straight % 2 === 0;
}

class OutlineScanner {
  /** Line count, and per line: start, end of content (before the break), trimmed start and end. */
  private n = 0;
  private ls: Int32Array;
  private le: Int32Array;
  private ts: Int32Array;
  private te: Int32Array;
  private units: Unit[] = [];
  private found: Found[] = [];

  constructor(private readonly text: string) {
    const cap = (text.length >> 5) + 16;
    this.ls = new Int32Array(cap);
    this.le = new Int32Array(cap);
    this.ts = new Int32Array(cap);
    this.te = new Int32Array(cap);
  }

  *run(): Steps<OutlineNode[]> {
    // The scanning itself is in plain methods, which the engine optimises better than generators.
    while (this.cutLines(LINES_PER_STEP * 4)) yield;
    for (let i = 0; i < this.n; ) {
      i = this.cutUnits(i, LINES_PER_STEP);
      yield;
    }
    while (this.resolveUnits(LINES_PER_STEP)) yield;
    while (this.buildTree(LINES_PER_STEP)) yield;
    return this.roots;
  }

  // ------------------------------------------------------------ lines

  /** Where the next line starts, and the next \n and \r found (-2: not looked for yet, -1: none). */
  private lineAt = 0;
  private nextLF = -2;
  private nextCR = -2;

  /**
   * Cuts up to `max` more lines of the text at \n, \r\n and lone \r (as LSP does); false once the
   * last line is cut.
   */
  private cutLines(max: number): boolean {
    const text = this.text;
    let { nextLF, nextCR } = this;
    let s = this.lineAt;
    for (let step = 0; step < max; step++) {
      if (nextLF !== -1 && nextLF < s) nextLF = text.indexOf('\n', s);
      if (nextCR !== -1 && nextCR < s) nextCR = text.indexOf('\r', s);
      const brk = Math.min(nextLF < 0 ? Infinity : nextLF, nextCR < 0 ? Infinity : nextCR);
      if (brk === Infinity) {
        this.addLine(s, text.length);
        return false;
      }
      this.addLine(s, brk);
      s = text.charCodeAt(brk) === 13 && text.charCodeAt(brk + 1) === 10 ? brk + 2 : brk + 1;
    }
    this.lineAt = s;
    this.nextLF = nextLF;
    this.nextCR = nextCR;
    return true;
  }

  private addLine(start: number, end: number): void {
    if (this.n === this.ls.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.ls = grow(this.ls);
      this.le = grow(this.le);
      this.ts = grow(this.ts);
      this.te = grow(this.te);
    }
    const text = this.text;
    let s = start;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    const i = this.n++;
    this.ls[i] = start;
    this.le[i] = end;
    this.ts[i] = s;
    this.te[i] = e;
  }

  private blank(i: number): boolean {
    return this.ts[i] === this.te[i];
  }

  private prevNonBlank(i: number): number {
    let k = i - 1;
    while (k >= 0 && this.blank(k)) k--;
    return k;
  }

  private nextNonBlank(i: number): number {
    let k = i + 1;
    while (k < this.n && this.blank(k)) k++;
    return k < this.n ? k : -1;
  }

  // ------------------------------------------------------------ units

  /** Cuts the lines into blocks (runs of non-blank lines) and the blocks into units. */
  /** Whether the first block is still to come (it may hold the title). */
  private first = true;

  /** Cuts the blocks that start in lines [from, from + max) into units; returns where it stopped. */
  private cutUnits(from: number, max: number): number {
    const stop = Math.min(this.n, from + max);
    let i = from;
    while (i < stop) {
      if (this.blank(i)) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < this.n && !this.blank(j + 1)) j++;
      this.cutBlock(i, j, this.first);
      this.first = false;
      i = j + 1;
    }
    return i;
  }

  private cutBlock(b0: number, b1: number, first: boolean): void {
    if (b1 - b0 < MAX_HEADLINE_BLOCK) {
      const c = this.candidate(b0, b1);
      if (c) {
        this.units.push(c);
        return;
      }
      if (this.isByline(this.ts[b0], this.te[b0]) && !this.anyMarked(b0, b1)) {
        this.units.push({ kind: 'byline' });
        return;
      }
    }
    let l = b0;
    if (first) {
      const t = this.titleInBlock(b0, b1);
      if (t) {
        this.units.push({ kind: 'title', heading: t });
        l = t.endLine + 1;
      }
    }
    let inBody = false;
    for (; l <= b1; l++) {
      const m = this.marked(l);
      if (m) {
        this.units.push({ kind: 'heading', heading: m });
        inBody = false;
      } else if (!inBody) {
        this.units.push({ kind: 'body', line: l });
        inBody = true;
      }
    }
  }

  private anyMarked(b0: number, b1: number): boolean {
    for (let l = b0; l <= b1; l++) if (this.marked(l)) return true;
    return false;
  }

  /** A block of one or two headline lines (after photo-credit lines such as "XX摄影报道"), or null. */
  private candidate(b0: number, b1: number): Candidate | null {
    const { ts, te, le } = this;
    let c0 = b0;
    let start = ts[b0];
    if (b1 - b0 > 1 || this.isByline(ts[b0], te[b0])) {
      // Only "…摄影报道<headline>" may end a byline run inside a headline block.
      let k = b0;
      while (k <= b1 && this.photoCredit(k) < 0 && this.isByline(ts[k], te[k])) k++;
      if (k > b1) return null;
      const p = this.photoCredit(k);
      if (p < 0) return null;
      c0 = k;
      start = p;
    }
    if (b1 - c0 > 1) return null;
    const r1 = this.headlike(start, te[c0], MAX_HEADLINE_LINE);
    if (!r1 || this.marked(c0)) return null;
    let name = this.text.slice(start, te[c0]);
    let r: 0 | 1 | 2 = r1;
    if (b1 > c0) {
      r = this.headlike(ts[b1], te[b1], MAX_HEADLINE_LINE);
      if (!r || this.marked(b1)) return null;
      name += (le[c0] > te[c0] ? ' ' : '') + this.text.slice(ts[b1], te[b1]);
    }
    if (name.length > MAX_HEADLINE || !balanced(name)) return null;
    if (this.brokenBefore(b0) || this.brokenAfter(b1)) return null;
    return {
      kind: 'candidate',
      name,
      start,
      end: te[b1],
      line: c0,
      endLine: b1,
      colon: r === 2,
      org: b1 === c0 && this.isOrgLine(start, te[c0]),
    };
  }

  /** The title at the top of a block that goes on with body text (a report without blank lines). */
  private titleInBlock(b0: number, b1: number): Found | null {
    const { ts, te, le } = this;
    if (this.marked(b0) || this.headlike(ts[b0], te[b0], MAX_TITLE_LINE) !== 1) return null;
    let last = b0;
    let name = this.text.slice(ts[b0], te[b0]);
    if (b0 < b1 && !this.marked(b0 + 1) && this.headlike(ts[b0 + 1], te[b0 + 1], MAX_TITLE_LINE) === 1) {
      const two = name + (le[b0] > te[b0] ? ' ' : '') + this.text.slice(ts[b0 + 1], te[b0 + 1]);
      if (balanced(two)) {
        name = two;
        last = b0 + 1;
      }
    }
    if (!balanced(name) || this.brokenAfter(last)) return null;
    return { style: 'title', key: 'title', name, start: ts[b0], end: te[last], line: b0, endLine: last };
  }

  // ------------------------------------------------------------ line tests

  /**
   * Whether text[s, e) (trimmed) reads as a heading line: 0 no, 1 yes, 2 yes and it ends in a colon.
   */
  private headlike(s: number, e: number, max: number): 0 | 1 | 2 {
    const text = this.text;
    const len = e - s;
    if (len < 2 || len > max) return 0;
    const c0 = text.charCodeAt(s);
    // Labels, bracketed notes, signatures and markup start differently.
    if ('【[（(#*□■●◆▲'.includes(text[s])) return 0;
    const line = text.slice(s, e);
    // At least two characters: one astral character is two code units.
    if (len === 2 && c0 >= 0xd800 && c0 <= 0xdbff) return 0;
    if (line.startsWith('本报') || line.startsWith('新华社')) return 0;
    let last = len - 1;
    while (last > 0 && is(line, last, CLOSERS)) last--;
    const lastCode = line.charCodeAt(last);
    const colon = lastCode === 0xff1a /* ： */ || lastCode === 0x3a;
    let word = false;
    let dateOnly = isDigit(c0);
    for (let i = 0; i < len; i++) {
      const c = line.charCodeAt(i);
      if ((CLASS[c] & CLAUSE_PUNCT) !== 0 || (i === last && c === 0x2e /* . */)) return 0;
      if (isWordChar(c)) {
        word = true;
        if (c !== 0x5e74 /* 年 */ && c !== 0x6708 /* 月 */ && c !== 0x65e5 /* 日 */ && c !== 0x53f7 /* 号 */) dateOnly = false;
      }
    }
    if (!word || dateOnly || lastCode === 0x3001 /* 、 */) return 0;
    if (this.isByline(s, e)) return 0;
    return colon ? (len > 2 ? 2 : 0) : 1;
  }

  /** Bylines and signatures: "本版文图 融媒体记者 …", "通讯员 李锐", "□河北省…", "(庞建文)", "摄影报道". */
  private isByline(s: number, e: number): boolean {
    const len = e - s;
    if (len === 0 || len > MAX_BYLINE) return false;
    const text = this.text;
    const c0 = text.charCodeAt(s);
    if (c0 === 0x25a1 /* □ */ || c0 === 0x25a0 /* ■ */) return true;
    const cz = text.charCodeAt(e - 1);
    if ((c0 === 0x28 || c0 === 0xff08) && (cz === 0x29 || cz === 0xff09) && len <= 12) return true;
    // No sentence, and a character a byline word starts with, before the pattern is tried.
    let cue = false;
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x3002 /* 。 */) return false;
      if ((CLASS[c] & BYLINE_FIRST) !== 0) cue = true;
    }
    return cue && BYLINE_WORDS.test(text.slice(s, e));
  }

  /** Where a headline starts after a photo credit at the start of line i ("官笑涵摄影报道杭州…"), or -1. */
  private photoCredit(i: number): number {
    const s = this.ts[i];
    const e = this.te[i];
    const k = this.text.slice(s, Math.min(e, s + 12)).indexOf('摄影报道');
    if (k < 0) return -1;
    let p = s + k + 4;
    while (p < e && isSpace(this.text.charCodeAt(p))) p++;
    return p < e ? p : -1;
  }

  private isOrgLine(s: number, e: number): boolean {
    if (e - s > 16) return false;
    const line = this.text.slice(s, e);
    for (let i = 0; i < line.length; i++) if (isSpace(line.charCodeAt(i))) return false;
    return ORG_SUFFIXES.some((suffix) => line.endsWith(suffix));
  }

  /** A news lead: "本报讯（记者…）", "新华社…电". */
  private isNewsLead(i: number): boolean {
    const head = this.text.slice(this.ts[i], Math.min(this.te[i], this.ts[i] + 12));
    return head.startsWith('本报') || head.startsWith('新华社') || /[讯电][（(]/.test(head);
  }

  /** The line before block start b0 is a long line stopped in mid-sentence, so b0 goes on with it. */
  private brokenBefore(b0: number): boolean {
    const p = this.prevNonBlank(b0);
    if (p < 0 || this.te[p] - this.ts[p] <= MAX_HEADLINE_LINE) return false;
    let k = this.te[p] - 1;
    while (k > this.ts[p] && is(this.text, k, CLOSERS)) k--;
    return !is(this.text, k, SENTENCE_END);
  }

  /** The line after line b1 starts with a clause of one to three characters ("设,…"): b1 was broken. A heading ("一、…") starts afresh. */
  private brokenAfter(b1: number): boolean {
    const m = this.nextNonBlank(b1);
    if (m < 0 || this.marked(m)) return false;
    const s = this.ts[m];
    const e = this.te[m];
    for (let k = 0; k <= 3 && s + k < e; k++) {
      if (is(this.text, s + k, CUE_PUNCT)) return k <= 1 || !isOpener(this.text.slice(s, s + k));
      if (!isHan(this.text.charCodeAt(s + k))) return false;
    }
    return false;
  }

  /** A marked heading on line i, or null; each line is looked at once (several tests ask). */
  private marked(i: number): Marked | null {
    if (!is(this.text, this.ts[i], MARKER_START)) return null;
    let m = this.markedMemo.get(i);
    if (m === undefined) this.markedMemo.set(i, (m = this.markedLine(i)));
    return m;
  }

  private markedMemo = new Map<number, Marked | null>();

  private markedLine(i: number): Marked | null {
    const text = this.text;
    const s = this.ts[i];
    const e = this.te[i];
    if (e - s < 2) return null;
    const c = text.charCodeAt(s);

    if (c === 0x23 /* # */) {
      let k = s;
      while (k < e && text.charCodeAt(k) === 0x23) k++;
      const hashes = k - s;
      if (hashes > 6 || k >= e || !isSpace(text.charCodeAt(k))) return null;
      while (k < e && isSpace(text.charCodeAt(k))) k++;
      if (k >= e) return null;
      return { style: 'markdown', key: `markdown${hashes}`, name: text.slice(k, e), start: s, end: e, line: i, endLine: i, standalone: true };
    }

    if (c === 0x2a /* * */ && text.charCodeAt(s + 1) === 0x2a) {
      const close = text.slice(s + 2, Math.min(e, s + 2 + MAX_BOLD + 2)).indexOf('**');
      if (close < 0) return null;
      const end = s + 2 + close + 2;
      let name = text.slice(s + 2, end - 2).trim();
      while (name.length && '。．.：:'.includes(name[name.length - 1])) name = name.slice(0, -1).trimEnd();
      if (!name) return null;
      let k = end;
      while (k < e && isSpace(text.charCodeAt(k))) k++;
      return { style: 'bold', key: 'bold', name, start: s, end, line: i, endLine: i, standalone: k >= e };
    }

    // The marker: its style and where its text starts.
    let style: HeadingStyle | null = null;
    let k = s;
    if (is(text, s, CHINESE_NUMERALS)) {
      k = numeralsEnd(text, s, e);
      if (text[k] === '、') {
        style = 'chinese-numeral';
        k++;
      }
    } else if (c === 0xff08 || c === 0x28 /* （ ( */) {
      let j = numeralsEnd(text, s + 1, e);
      if (j > s + 1) {
        if (text[j] === '）' || text[j] === ')') {
          style = 'paren-chinese';
          k = j + 1;
        }
      } else {
        j = digitsEnd(text, s + 1, e);
        if (j > s + 1 && (text[j] === '）' || text[j] === ')')) {
          style = 'paren-arabic';
          k = j + 1;
        }
      }
    } else if (isDigit(c)) {
      const j = digitsEnd(text, s, e);
      const sep = text[j];
      if (j < e && (sep === '.' || sep === '、' || sep === '．') && !(j + 1 < e && isDigit(text.charCodeAt(j + 1)))) {
        style = 'arabic';
        k = j + 1;
      }
    } else if (c >= 0x2460 && c <= 0x2473 /* ①-⑳ */) {
      style = 'circled';
      k = s + 1;
    } else if (text.startsWith('亮点', s)) {
      let j = numeralsEnd(text, s + 2, e);
      if (j === s + 2) j = digitsEnd(text, s + 2, e);
      if (j > s + 2 && (text[j] === '：' || text[j] === ':')) {
        style = 'highlight';
        k = j + 1;
      }
    }
    if (!style) return null;
    while (k < e && isSpace(text.charCodeAt(k))) k++;
    if (k >= e || (style === 'arabic' && isDigit(text.charCodeAt(k)))) return null;
    if (is(text, k, HEAD_END | CLAUSE_PUNCT)) return null;

    // The head: up to the first 。 (a run-in head), or the whole line when it is short.
    const limit = Math.min(e, k + MAX_HEAD + 1);
    let p = k;
    while (p < limit && !is(text, p, HEAD_END)) p++;
    let end: number;
    if (p < limit) end = p;
    else if (e - s <= MAX_MARKED_LINE) end = e;
    else return null;
    let after = end;
    while (after < e && (is(text, after, HEAD_END) || isSpace(text.charCodeAt(after)))) after++;
    return { style, key: style, name: text.slice(s, end), start: s, end, line: i, endLine: i, standalone: after >= e };
  }

  // ------------------------------------------------------------ headings

  /** Turns units into headings: the title, marked headings and headline runs followed by body. */
  /** Where resolveUnits goes on from. */
  private unitAt = 0;

  /** Resolves the units from unitAt on, about `max` of them; returns false when all are done. */
  private resolveUnits(max: number): boolean {
    const units = this.units;
    let u = this.unitAt;
    const stop = u + max;
    const first = units[0];
    if (u > 0) {
      // Going on from an earlier call.
    } else if (first?.kind === 'title') {
      this.found.push(first.heading);
      u = 1;
    } else if (first?.kind === 'candidate') {
      let r = u;
      while (r < units.length && units[r].kind === 'candidate') r++;
      const run = joinColons(units.slice(u, r) as Candidate[]);
      const after = this.unitAfter(r);
      while (run.length > 1 && run[0].org) run.shift();
      const t = run.shift()!;
      const title: Found = { style: 'title', key: 'title', name: t.name, start: t.start, end: t.end, line: t.line, endLine: t.endLine };
      if (run.length === 1 && after?.kind === 'body' && !this.isNewsLead(after.line)) {
        const sub = run.shift()!;
        title.name += ' ' + sub.name;
        title.end = sub.end;
        title.endLine = sub.endLine;
      }
      this.found.push(title);
      this.headlines(run, after);
      u = r;
    }
    while (u < units.length && u < stop) {
      const x = units[u];
      if (x.kind === 'candidate') {
        let r = u;
        while (r < units.length && units[r].kind === 'candidate') r++;
        this.headlines(joinColons(units.slice(u, r) as Candidate[]), this.unitAfter(r));
        u = r;
        continue;
      }
      if (x.kind === 'heading' || x.kind === 'title') this.found.push(x.heading);
      u++;
    }
    // Past the first unit, so a later call does not take it for the first again.
    this.unitAt = Math.max(u, 1);
    return u < units.length;
  }

  /** The first unit from r on that is not a byline. */
  private unitAfter(r: number): Unit | undefined {
    while (r < this.units.length && this.units[r].kind === 'byline') r++;
    return this.units[r];
  }

  /** A run of headline blocks is headlines only when body text follows: the last an article's, the others groups. */
  private headlines(run: Candidate[], after: Unit | undefined): void {
    if (!run.length || !after) return;
    const body = after.kind === 'body' || (after.kind === 'heading' && !after.heading.standalone);
    if (!body || run[run.length - 1].colon) return;
    for (let k = 0; k < run.length; k++) {
      const c = run[k];
      const key = k === run.length - 1 ? 'headline' : 'headline-group';
      this.found.push({ style: 'headline', key, name: c.name, start: c.start, end: c.end, line: c.line, endLine: c.endLine });
    }
  }

  /** Nests the headings and sets where each section ends. */
  /** The tree as built so far: its roots, the open sections, and the next heading to place. */
  private roots: OutlineNode[] = [];
  private open: { key: string; node: OutlineNode }[] = [];
  private foundAt = 0;

  /** Closes the open sections deeper than `depth`, ending them before line `beforeLine`. */
  private close(depth: number, beforeLine: number): void {
    const stack = this.open;
    const last = this.prevNonBlank(beforeLine);
    while (stack.length > depth) {
      const { node } = stack.pop()!;
      const line = Math.max(last, node.endLine);
      node.sectionEndLine = line;
      node.sectionEnd = Math.max(this.te[line], node.end);
    }
  }

  /** Nests the next `max` headings; returns false when all are placed and every section is closed. */
  private buildTree(max: number): boolean {
    const { roots, open: stack } = this;
    const stop = Math.min(this.found.length, this.foundAt + max);
    for (; this.foundAt < stop; this.foundAt++) {
      const f = this.found[this.foundAt];
      let depth = stack.length - 1;
      while (depth >= 0 && stack[depth].key !== f.key) depth--;
      if (depth < 0) {
        depth = stack.length;
        while (depth > 0 && closesBefore(stack[depth - 1].key, f.key)) depth--;
      }
      this.close(depth, f.line);
      const node: OutlineNode = {
        name: f.name,
        level: depth + 1,
        style: f.style,
        start: f.start,
        end: f.end,
        line: f.line,
        endLine: f.endLine,
        sectionEnd: f.end,
        sectionEndLine: f.endLine,
        children: [],
      };
      (depth === 0 ? roots : stack[depth - 1].node.children).push(node);
      stack.push({ key: f.key, node });
    }
    if (this.foundAt < this.found.length) return true;
    this.close(0, this.n);
    return false;
  }
}

/**
 * One scanner that lives as long as the module. Scanners are short-lived; when a full GC finds none
 * alive, V8 drops their hidden class and with it the optimised code of every method, which then
 * runs slowly until optimised again. Keeping one alive keeps the class.
 */
const KEEP_SCANNER_SHAPE = new OutlineScanner('');
void KEEP_SCANNER_SHAPE;

/** Canonical order of the numbered markers. */
const MARKER_RANK: Record<string, number> = {
  'chinese-numeral': 1,
  'paren-chinese': 2,
  arabic: 3,
  'paren-arabic': 4,
  circled: 5,
};

/** Whether an open heading of kind `open` must close before a heading of a kind not yet open. */
function closesBefore(open: string, next: string): boolean {
  if (open === 'bold') return true;
  if (open in MARKER_RANK && next in MARKER_RANK) return MARKER_RANK[open] > MARKER_RANK[next];
  if (open.startsWith('markdown') && next.startsWith('markdown')) return open > next;
  return open === 'headline' && next === 'headline-group';
}

/** Joins a block ending in ：to the block after it. */
function joinColons(run: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of run) {
    const prev = out[out.length - 1];
    if (prev?.colon) {
      out[out.length - 1] = { ...c, name: prev.name + c.name, start: prev.start, line: prev.line, org: false };
    } else out.push(c);
  }
  return out;
}
