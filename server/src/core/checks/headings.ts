/**
 * Heading numbering as GB/T 9704-2012 and the 党政机关公文格式 conventions have it: 一、 > （一） > 1. > （1）
 * > ①, each level numbered 1, 2, 3 … under its parent. A level may be skipped going down (1. directly
 * under 一、), never climbed back up inside a section ((一) after 1. in the same 一、).
 *
 * The headings are the outline's (core/outline.ts); their markers are read here from the text at the start
 * of each heading's line, so this file depends only on where the outline says headings are. Where the
 * outline may have missed a numbered line (a long paragraph starting (2) …), the lines in between are read
 * too before a number is called missing.
 */
import type { OutlineNode } from '../types';
import { flattenOutline } from '../outline';
import { StepSizer, type Steps } from '../steps';
import { chineseNumber, isBlank, lineEndOf, lineStartOf, parseChineseNumber } from './chars';
import type { BlockInput } from './input';
import type { CheckEdit, Finding } from './types';

// ---------------------------------------------------------------- (一) at the start of a paragraph

const BRACKET_MARKER = /^[ \t\u3000]*([(（])([一二三四五六七八九十]{1,3}|\d{1,3})([)）])/;

/** A numbering marker at the start of a paragraph with a half-width bracket: (一) → （一）. */
export function checkHeadingBrackets(block: BlockInput, out: Finding[]): void {
  if (!/^[ \t\u3000]*[(（]/.test(block.text)) return;
  const m = BRACKET_MARKER.exec(block.text);
  if (!m || (m[1] === '（' && m[3] === '）')) return;
  const open = m[0].length - m[2].length - 2;
  const close = m[0].length - 1;
  const fix: CheckEdit[] = [];
  if (m[1] === '(') fix.push({ start: open, end: open + 1, text: '（' });
  if (m[3] === ')') fix.push({ start: close, end: close + 1, text: '）' });
  out.push({ code: 'headingBracket', start: open, end: close + 1, data: { marker: m[1] + m[2] + m[3], replacement: `（${m[2]}）` }, fix });
}

// ---------------------------------------------------------------- markers

/** Marker families, from the outermost in. */
type Family = 'bian' | 'zhang' | 'jie' | 'tiao' | 'highlight' | 'chinese' | 'parenChinese' | 'arabic' | 'parenArabic' | 'circled';

/** The canonical order of the families: a smaller rank is an outer level. */
const RANK: Record<Family, number> = { bian: -4, zhang: -3, jie: -2, tiao: -1, highlight: 1, chinese: 1, parenChinese: 2, arabic: 3, parenArabic: 4, circled: 5 };

interface Marker {
  family: Family;
  number: number;
  /** Document offsets of the whole marker (（一）, 1.) and of its number (一, 1). */
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
  /** The separator of 一、 and 1. / 1、. */
  sep: string;
}

const CN = '[一二三四五六七八九十]{1,3}';
const MARKERS: [Family, RegExp][] = [
  ['bian', new RegExp(`^第(${CN})编`)],
  ['zhang', new RegExp(`^第(${CN})章`)],
  ['jie', new RegExp(`^第(${CN})节`)],
  ['tiao', new RegExp(`^第(${CN})条`)],
  ['highlight', new RegExp(`^亮点(${CN})`)],
  ['chinese', new RegExp(`^(${CN})(、)`)],
  ['parenChinese', new RegExp(`^[（(](${CN})[）)]`)],
  ['arabic', /^(\d{1,3})([.．、])(?![\d.．])/],
  ['parenArabic', /^[（(](\d{1,3})[）)]/],
  ['circled', /^([①-⑳])/],
];

/** The numbering marker at the start of the line holding `at`, if any. */
function markerOfLine(text: string, at: number): Marker | undefined {
  return markerAt(text, lineStartOf(text, at));
}

/** The numbering marker at `s` (after blanks), if any: a heading's own, also inside a line (第一章 总则 第一条 …). */
function markerAt(text: string, s: number): Marker | undefined {
  while (s < text.length && isBlank(text.charCodeAt(s))) s++;
  const head = text.slice(s, s + 8);
  for (const [family, re] of MARKERS) {
    const m = re.exec(head);
    if (!m) continue;
    const num = m[1];
    const numStart = s + m[0].indexOf(num);
    const number = family === 'circled' ? num.charCodeAt(0) - 0x245f : /\d/.test(num) ? Number(num) : parseChineseNumber(num);
    if (!(number > 0)) return undefined;
    return { family, number, start: s, end: s + m[0].length, numStart, numEnd: numStart + num.length, sep: m[2] ?? '' };
  }
  return undefined;
}

/** How a family writes the number n. */
function numeral(family: Family, n: number): string {
  if (family === 'arabic' || family === 'parenArabic') return String(n);
  if (family === 'circled') return n <= 20 ? String.fromCharCode(0x245f + n) : String(n);
  return chineseNumber(n);
}

/** A whole marker of a family for the number n: 三、 （三） 3. （3） ③. */
function markerText(family: Family, n: number): string {
  const num = numeral(family, n);
  switch (family) {
    case 'chinese':
      return `${num}、`;
    case 'parenChinese':
    case 'parenArabic':
      return `（${num}）`;
    case 'arabic':
      return `${num}.`;
    case 'highlight':
      return `亮点${num}`;
    case 'bian':
      return `第${num}编`;
    case 'zhang':
      return `第${num}章`;
    case 'jie':
      return `第${num}节`;
    case 'tiao':
      return `第${num}条`;
    default:
      return num;
  }
}

// ---------------------------------------------------------------- numbering over the outline

/** A numbered heading as the check sees it: its marker, and where it sits among the others. */
interface Item extends Marker {
  /** The level it counts at (the family's rank, or its parent's when its marker was of the wrong family). */
  rank: number;
  /** The family whose numbering it continues. */
  counts: Family;
  parent?: Item;
  /** The first heading of its run of siblings; the run is renumbered together. */
  first: Item;
  siblings: Item[];
  /** Lines the outline did not count as headings lie between it and its predecessor with markers that explain it. */
  lineEnd: number;
}

/** Styles that start a new part of a document (a newspaper article, a title): numbering starts afresh. */
const RESETS = new Set(['title', 'headline', 'markdown']);

/** Headings to read between two yields of `checkHeadingsSteps` at most (StepSizer: fewer while the code is not compiled). */
const HEADINGS_PER_STEP = 4096;

/** Heading numbering over the outline: skipped, repeated or restarted numbers, levels out of order, mixed families, 1、 among 1. */
export function* checkHeadingsSteps(text: string, outline: OutlineNode[]): Steps<Finding[]> {
  const out: Finding[] = [];
  const nodes = flattenOutline(outline);
  let stack: Item[] = [];
  let lastArticle: Item | undefined;
  const arabic: Item[] = [];
  // Runs whose numbering is wrong, renumbered once all their members are known.
  const broken: { finding: Finding; run: Item }[] = [];
  const sizer = new StepSizer(256, HEADINGS_PER_STEP);
  for (let k = 0; k < nodes.length; k++) {
    if (sizer.tick()) yield;
    const node = nodes[k];
    if (RESETS.has(node.style)) {
      stack = [];
      lastArticle = undefined;
      continue;
    }
    const marker = markerAt(text, node.start);
    if (!marker) continue;
    const item = newItem(text, marker);
    if (marker.family === 'tiao') {
      // Articles are numbered through the whole text, across its chapters and sections (第五条, 第二章, 第六条).
      const expected = lastArticle ? lastArticle.number + 1 : 1;
      if (item.number !== expected && !(lastArticle && articleBetween(text, lastArticle, item))) {
        const data = { marker: text.slice(item.start, item.end), expected: markerText('tiao', expected), previous: lastArticle ? text.slice(lastArticle.start, lastArticle.end) : '' };
        out.push({ code: 'headingSequence', start: item.start, end: item.end, data });
      }
      lastArticle = item;
      while (stack.length && stack[stack.length - 1].rank >= item.rank) stack.pop();
      item.parent = stack[stack.length - 1];
      item.first = item;
      item.siblings = [item];
      stack.push(item);
      continue;
    }
    if (marker.family === 'arabic') arabic.push(item);
    const popped: Item[] = [];
    while (stack.length && stack[stack.length - 1].rank > item.rank) popped.push(stack.pop()!);
    let prev = stack.length && stack[stack.length - 1].rank === item.rank ? stack.pop() : undefined;
    let parent = stack[stack.length - 1];
    if (!prev && parent && item.number > 1 && continuesParent(item, parent, nodes, k, text)) {
      // 一、二、3.、四、: the 3. is a third 一、-level heading written with the wrong marker.
      out.push({ code: 'headingMixedMarkers', start: item.start, end: item.end, data: { marker: text.slice(item.start, item.end), replacement: markerText(parent.family, item.number) }, fix: [{ start: item.start, end: item.end, text: markerText(parent.family, item.number) }] });
      item.rank = parent.rank;
      item.counts = parent.family;
      prev = stack.pop();
      parent = stack[stack.length - 1];
    }
    item.parent = parent;
    if (prev && prev.counts === item.counts) {
      item.first = prev.first;
      item.first.siblings.push(item);
      const expected = prev.number + 1;
      const stray = item.number === expected + 1 ? strayMarker(text, prev, item, expected) : undefined;
      if (stray) {
        // 一、二、3.、四、 where the outline did not take the 3. for a heading (it starts no list of its own).
        const replacement = markerText(item.counts, expected);
        out.push({ code: 'headingMixedMarkers', start: stray.start, end: stray.end, data: { marker: text.slice(stray.start, stray.end), replacement }, fix: [{ start: stray.start, end: stray.end, text: replacement }] });
      } else if (item.number !== expected && !explained(text, prev, item)) {
        const code = 'headingSequence';
        const data = { marker: text.slice(item.start, item.end), expected: markerText(item.counts, expected), previous: text.slice(prev.start, prev.end) };
        broken.push({ finding: { code, start: item.start, end: item.end, data }, run: item.first });
      }
    } else {
      item.first = item;
      item.siblings = [item];
      // A level climbed back up: (一) after 1. inside the same 一、.
      const outer = popped[popped.length - 1];
      if (outer && outer.parent === parent && !prev) {
        out.push({ code: 'headingLevel', start: item.start, end: item.end, data: { marker: text.slice(item.start, item.end), after: text.slice(outer.start, outer.end) } });
      } else if (parent && !prev && item.number !== 1 && !explained(text, parent, item)) {
        const data = { marker: text.slice(item.start, item.end), expected: markerText(item.counts, 1), previous: '' };
        broken.push({ finding: { code: 'headingSequence', start: item.start, end: item.end, data }, run: item });
      }
    }
    stack.push(item);
  }
  for (const { finding, run } of broken) {
    const fix = renumber(run);
    out.push(fix.length ? { ...finding, fix } : finding);
  }
  arabicSeparators(text, arabic, out);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * An item with every field it will have, in one order (its run, `first` and `siblings`, is given where it is
 * placed). Made by spreading the marker and given those fields afterwards, items took on new hidden classes
 * as the fields came, and the stores into them were most of this rule's time: on the 10 MB bench report
 * 43–62 ms a run against 8–10 ms now (medians of 12 runs), after every pause in typing.
 */
function newItem(text: string, m: Marker): Item {
  return {
    family: m.family,
    number: m.number,
    start: m.start,
    end: m.end,
    numStart: m.numStart,
    numEnd: m.numEnd,
    sep: m.sep,
    rank: RANK[m.family],
    counts: m.family,
    parent: undefined,
    first: undefined as unknown as Item,
    siblings: undefined as unknown as Item[],
    lineEnd: lineEndOf(text, m.start),
  };
}

/** How many headings on `continuesParent` looks for the parent's next sibling (it is usually a few away). */
const LOOK_AHEAD = 200;

/**
 * Whether a heading that opens a new level under `parent` with a number above 1 is really the next of the
 * parent's siblings written with another family's marker: the parent is number n − 1, and the next heading
 * at the parent's level is n + 1 in the parent's family (without it, the heading is a list that starts at
 * the wrong number, which headingSequence reports).
 */
function continuesParent(item: Item, parent: Item, nodes: OutlineNode[], k: number, text: string): boolean {
  if (parent.number !== item.number - 1 || parent.counts === item.family) return false;
  for (let j = k + 1; j < Math.min(nodes.length, k + LOOK_AHEAD); j++) {
    if (RESETS.has(nodes[j].style)) return false;
    const next = markerOfLine(text, nodes[j].start);
    if (!next || RANK[next.family] > parent.rank) continue;
    return next.family === parent.counts && next.number === item.number + 1;
  }
  return false;
}

/**
 * Whether the lines between `before` and `item` (which the outline did not take for headings) explain item's
 * number: they hold the missing numbers of its family, or an outer level the outline missed; or, when the
 * numbering starts again, a short line standing alone between blank lines (the headline of another article).
 */
function explained(text: string, before: Item, item: Item): boolean {
  const restart = before.family === item.family && item.number <= before.number;
  for (let at = before.lineEnd + 1; at < item.start; at = lineEndOf(text, at) + 1) {
    const m = markerOfLine(text, at);
    if (m) {
      if (RANK[m.family] < item.rank) return true;
      if (m.family === item.family && m.number < item.number && m.number > (before.family === item.family ? before.number : 0)) return true;
    } else if (restart && standsAlone(text, at)) return true;
  }
  return false;
}

/** Whether a line between two articles holds one numbered between them (the outline did not take it for a heading). */
function articleBetween(text: string, before: Item, item: Item): boolean {
  for (let at = before.lineEnd + 1; at < item.start; at = lineEndOf(text, at) + 1) {
    const m = markerOfLine(text, at);
    if (m && m.family === 'tiao' && m.number > before.number && m.number < item.number) return true;
  }
  return false;
}

/**
 * The line between siblings `before` and `item` that is the missing one written with another family's
 * marker (3.下一步打算 between 二、 and 四、): number `expected`, a short head without sentence punctuation.
 */
function strayMarker(text: string, before: Item, item: Item, expected: number): Marker | undefined {
  for (let at = before.lineEnd + 1; at < item.start; at = lineEndOf(text, at) + 1) {
    const m = markerOfLine(text, at);
    if (!m || m.family === item.counts || m.number !== expected) continue;
    const line = text.slice(m.end, lineEndOf(text, at)).trim();
    return headLike(line) ? m : undefined;
  }
  return undefined;
}

/** A line short enough for a heading (1 to 40 characters) and without sentence punctuation. */
function headLike(line: string): boolean {
  return line.length > 0 && line.length <= 40 && !/[。，；,;]/.test(line);
}

/** A line of at most 40 characters without sentence punctuation, with blank lines above and below it. */
function standsAlone(text: string, at: number): boolean {
  const end = lineEndOf(text, at);
  const line = text.slice(at, end).trim();
  if (!headLike(line)) return false;
  const blankBefore = at >= 2 && /\n\s*\n$|\r\s*\r$/.test(text.slice(Math.max(0, at - 4), at));
  const blankAfter = /^\r?\n\s*\r?\n|^\r\s*\r/.test(text.slice(end, end + 4));
  return blankBefore && blankAfter;
}

/** Edits that number a run of siblings 1, 2, 3 … (from its first number when it has no parent). */
function renumber(first: Item): CheckEdit[] {
  const base = first.parent ? 1 : first.number;
  const edits: CheckEdit[] = [];
  first.siblings.forEach((item, i) => {
    const n = base + i;
    if (item.number === n) return;
    if (item.counts !== item.family) edits.push({ start: item.start, end: item.end, text: markerText(item.counts, n) });
    else edits.push({ start: item.numStart, end: item.numEnd, text: numeral(item.family, n) });
  });
  return edits;
}

/** 1、 where the document numbers with 1. elsewhere. */
function arabicSeparators(text: string, arabic: Item[], out: Finding[]): void {
  if (!arabic.some((a) => a.sep !== '、')) return;
  for (const a of arabic) {
    if (a.sep !== '、') continue;
    const at = a.numEnd;
    out.push({ code: 'headingArabicComma', start: a.start, end: a.end, data: { marker: text.slice(a.start, a.end), replacement: `${a.number}.` }, fix: [{ start: at, end: at + 1, text: '.' }] });
  }
}
