/**
 * Sequences: whether a numbered line is a heading is decided by the numbers around it, not by the line alone.
 *
 * - A family's numbers go on by one at each level: a heading continues its family (2 after 1), or starts it
 *   afresh at 1 under a new parent. A "2." and a "3." with no "1." under a heading are not headings (a
 *   footer's numbered clauses, a list cut from its start); at the very start of a text, before any outer
 *   heading, a family may start anywhere, since an excerpt may begin in the middle of one.
 * - A short heading with a number out of turn (1. 2. 4.) is kept: the numbering is wrong, and a reader
 *   (or a check) wants to see it. A numbered paragraph (a long first sentence) is kept only in turn.
 * - 第X条 numbers run through the whole document, across chapters; 第十二条 at the start of a line after
 *   第十五条 is a reference that a line break put there.
 * - A run of items one of which ends with ；or ，is a list of clauses (the items of one sentence), not
 *   headings; so is a list after 附件：. But a run whose items end with ；right under a heading of an outer
 *   rank, or under a short unnumbered subhead with no punctuation (结直肠癌的高危人群), with no text between
 *   (二、报名条件 over （一）具有中华人民共和国国籍；（二）…), is that heading's sections (notices of recruitment and
 *   calls for applications list their conditions so), unless it is an article (第X条), whose items are the
 *   clauses of its sentence. Nor is a run one of whose items labels lines of text under it (3、中医儿科 over its
 *   schedule): those are sections, whatever clauses the other items are.
 * - Inside a line (headings run together by PDF extraction) only a number that must come next is a heading:
 *   the next of an open family after a 。, or the first of a deeper one right in a heading's line.
 */
import type { MarkerFamily } from '../types';
import type { LineTable } from './lines';
import type { Head, Marker } from './markers';
import { CLAUSE_PUNCT, SENTENCE_END, is, isHan } from './chars';
import { FIRST_NUMBERED_RANK, rankOf } from './tree';

const FAMILIES: MarkerFamily[] = [
  'part', 'chapter', 'section', 'article', 'chinese-numeral', 'roman', 'highlight', 'paren-chinese', 'arabic', 'decimal-2', 'decimal-3', 'decimal-4', 'paren-arabic', 'circled', 'run-in',
];
const INDEX = new Map(FAMILIES.map((f, i) => [f, i]));
const RANKS = FAMILIES.map((f) => rankOf(f));

/** The index of a family in the tables here. */
export function familySlot(family: MarkerFamily): number {
  return INDEX.get(family)!;
}

/** The last number of each family at the current place in the document, and which families were met. */
export class Numbering {
  private readonly last = new Int32Array(FAMILIES.length);
  private readonly seen = new Uint8Array(FAMILIES.length);
  /** The last number of each family under the heading before the one that restarted it (0: none). */
  private readonly carried = new Int32Array(FAMILIES.length);
  /** The rank of the heading that restarted each family last (-1: none yet). */
  private readonly restartedBy = new Int8Array(FAMILIES.length).fill(-1);
  /** The first number of each family since it was restarted last (0: none yet). */
  private readonly first = new Int32Array(FAMILIES.length);

  lastOf(family: MarkerFamily): number {
    return this.last[INDEX.get(family)!];
  }

  /**
   * The number a family had reached before the heading over it restarted it: a document may number on across its
   * chapters (四、 and 五、 under 第二章 after 一、 to 三、 under 第一章).
   */
  carriedOf(family: MarkerFamily): number {
    return this.carried[INDEX.get(family)!];
  }

  seenBefore(family: MarkerFamily): boolean {
    return this.seen[INDEX.get(family)!] === 1;
  }

  /** Records a heading of `family` numbered `n`. */
  note(family: MarkerFamily, n: number): void {
    const i = INDEX.get(family)!;
    if (this.first[i] === 0) this.first[i] = n;
    this.last[i] = n;
    this.seen[i] = 1;
  }

  /**
   * A heading of rank `rank` opened: the families it contains start afresh. Articles run on across
   * chapters; a title (rank 0, a new document) restarts everything.
   */
  restartBelow(rank: number): void {
    for (let i = 0; i < FAMILIES.length; i++) {
      if (RANKS[i] <= rank) continue;
      if (FAMILIES[i] === 'article' && rank > 0) continue;
      // (Carried over only from under a heading of the same rank: 第一章's 三、 to 第二章, not an item's number to the
      // chapter that a page's text runs into it. Or from an excerpt's start, where the family began past 1 with no
      // heading over it: 12. then （五） then 13., an opinion's items numbered through its sections.)
      const sameRank = this.restartedBy[i] === rank;
      const midway = this.restartedBy[i] < rank && this.first[i] > 1;
      this.carried[i] = rank > 0 && (sameRank || midway) ? this.last[i] : 0;
      this.restartedBy[i] = rank;
      this.last[i] = 0;
      this.first[i] = 0;
      if (rank === 0) this.seen[i] = 0;
    }
  }
}

/** What sequence.ts needs to know of a line-initial numbered heading. */
export interface NumberedLine {
  marker: Marker;
  /** Index of the marker's family in FAMILIES (see `familySlot`). */
  slot: number;
  /** Its head as the line alone gives it (before the sequence knows what may come next inside it). */
  head: Head;
  line: number;
  /** The heading runs to the end of its line, and the line ends with ；，、: an item of a sentence. */
  clause: boolean;
  /** Set by `markLists`: one of a run of list items, not a heading. */
  list: boolean;
}

/** What markLists needs of a heading proposed: its rank, its last line, and its marker when it is a numbered line. */
export interface Proposed {
  rank: number;
  endLine: number;
  numbered?: NumberedLine;
}

/**
 * Whether a run of rank `rank` whose first item comes after line `above` stands right under the heading `before`
 * (the heading proposed before it), of an outer rank. Not under an article (第三条…应当履行下列职责：): an article
 * is a sentence of the law, and its items (（一）…；) are the clauses of that sentence.
 */
function sectionsUnder(before: Proposed | undefined, rank: number, above: number): boolean {
  return before !== undefined && before.rank < rank && before.endLine === above && before.numbered?.marker.family !== 'article';
}

/** Longest line read as an unnumbered subhead over a run of items (结直肠癌的高危人群 over 1、…；2、…；). */
const MAX_SUBHEAD = 20;

/**
 * Whether line i is a short line of words with no punctuation of a sentence or a label (no 。，；：): an unnumbered
 * subhead, whose items the run under it are, not the clauses of a sentence leading into them.
 */
function subheadLine(lines: LineTable, i: number): boolean {
  if (lines.len(i) > MAX_SUBHEAD || lines.len(i) < 2) return false;
  return !punctuated(lines.text, lines.ts[i], lines.te[i]) && isHan(lines.text.charCodeAt(lines.ts[i]));
}

/** Whether text[from, to) holds the punctuation of a sentence or a clause (。，；：、 …). */
function punctuated(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (is(text, k, SENTENCE_END | CLAUSE_PUNCT)) return true;
  return false;
}

/** Whether line i ends with a semicolon (；or ;), blanks after it aside. */
function endsWithSemicolon(lines: LineTable, i: number): boolean {
  const c = lines.text.charCodeAt(lines.te[i] - 1);
  return c === 0xff1b || c === 0x3b;
}

/**
 * Whether a numbered item is a label over text of its own: a whole line with no punctuation (中医儿科), with
 * lines of text between it and the next item (which starts line `next`).
 */
function labelsText(lines: LineTable, item: NumberedLine, next: number): boolean {
  if (item.clause || item.head.end < lines.te[item.line] || !textUnder(lines, item, next)) return false;
  return !punctuated(lines.text, item.marker.textStart, lines.te[item.line]);
}

/** An attachment's label and its title on one line (附件 2 检查检验结果互认的好处有哪些, 附件：部分…结果): a title of four characters at least, no item. */
const TITLED_ATTACHMENT = /^附件\s*[0-9０-９一二三四五六七八九十]{0,2}\s*[：:]?\s*[\u4e00-\u9fff“《][^：:]{3,}$/;

function titledAttachment(line: string): boolean {
  return TITLED_ATTACHMENT.test(line);
}

/** Whether a line of text stands between item `item` and the next item, which starts line `next`. */
function textUnder(lines: LineTable, item: NumberedLine, next: number): boolean {
  const below = lines.nextNonBlank(item.line);
  return below >= 0 && below < next;
}

/** A short label over attachments or notes: 附：, 注释：, 注：. */
const SHORT_LIST_LABEL = /^(?:附|注释?)\s*[：:]$/;

/**
 * Whether line `line` is the label over a list that is no outline: attachments (附件：1. … 2. …, 附：) and
 * the notes under a bulletin or a table (注释：1.本公报中数据均为初步统计数…).
 */
export function isListLabel(lines: LineTable, line: number): boolean {
  const c = lines.text.charCodeAt(lines.ts[line]);
  if (c !== 0x9644 /* 附 */ && c !== 0x6ce8 /* 注 */) return false;
  return lines.text.startsWith('附件', lines.ts[line]) || (lines.len(line) <= 4 && SHORT_LIST_LABEL.test(lines.content(line)));
}

/**
 * Marks the runs of line-initial numbered items that are lists (see the module comment). `items` are the
 * headings proposed, in document order; an unnumbered one of an outer rank (a title, a headline) ends
 * every run.
 */
export function markLists(items: readonly Proposed[], lines: LineTable): void {
  const runs: (NumberedLine[] | null)[] = FAMILIES.map(() => null);
  /** Per family, whether its run stands right under a heading of an outer rank. */
  const underHeading = new Uint8Array(FAMILIES.length);
  // The families with a run going, so that an item looks at those only.
  const active: number[] = [];
  const finish = (f: number) => {
    const run = runs[f];
    runs[f] = null;
    if (!run) return;
    const before = lines.prevNonBlank(run[0].line);
    let clause = before >= 0 && isListLabel(lines, before);
    // 附件 2 检查检验结果互认的好处有哪些 over 1.节约就医时间… / its text / 2. …: an attachment's label with its title, and items
    // that label text of their own under it, are the attachment's sections, no list of attachments.
    if (clause && titledAttachment(lines.content(before)) && run.some((x, k) => k + 1 < run.length && textUnder(lines, x, run[k + 1].line))) clause = false;
    const sections = underHeading[f] === 1;
    for (let k = 0; k < run.length && !clause; k++) clause = run[k].clause && !(sections && endsWithSemicolon(lines, run[k].line));
    // 3、中医儿科 over the lines of its schedule: an item that labels the text under it makes the run sections,
    // whatever clauses its other items are (1、2月15日…开设假日门诊；).
    if (clause && run.some((x, k) => k + 1 < run.length && labelsText(lines, x, run[k + 1].line))) clause = false;
    if (clause) for (const x of run) x.list = true;
  };
  let prev: Proposed | undefined;
  for (const item of items) {
    const before = prev;
    prev = item;
    const numbered = item.numbered;
    if (!numbered) {
      if (item.rank < FIRST_NUMBERED_RANK) {
        for (const f of active) finish(f);
        active.length = 0;
      }
      continue;
    }
    const { family, number } = numbered.marker;
    // Paragraphs opened by 一是 and the articles of a regulation are never items of a sentence.
    if (family === 'run-in' || family === 'article') continue;
    const f = numbered.slot;
    for (let a = active.length - 1; a >= 0; a--) {
      const g = active[a];
      if (RANKS[g] > RANKS[f]) {
        finish(g);
        active.splice(a, 1);
      }
    }
    const run = runs[f];
    if (run && number === run[run.length - 1].marker.number + 1) run.push(numbered);
    else {
      finish(f);
      runs[f] = [numbered];
      const above = lines.prevNonBlank(numbered.line);
      underHeading[f] = sectionsUnder(before, RANKS[f], above) || (above >= 0 && subheadLine(lines, above)) ? 1 : 0;
      if (!active.includes(f)) active.push(f);
    }
  }
  for (const f of active) finish(f);
}
