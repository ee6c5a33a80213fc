/**
 * Nesting: a heading's level comes from its kind, the same way across the whole document.
 *
 * Marked kinds are ranked, outer first: the title; markdown # to ######; then the marker families
 * (第X编 > 第X章 > 第X节 > 第X条 > 一、 > （一） > 1. > （1） > ① > 一是), bold run-in heads innermost. A heading
 * closes every open section of its rank or deeper and nests under the nearest open one of an outer rank, so
 * a document that starts at （一） still gets a sensible tree: its （一） sections are top-level (or under the
 * title) and their 1. items under them.
 *
 * Headlines carry no marker: a newspaper page's headline is an article, over whatever numbered sections it
 * has, and an unnumbered subhead inside a numbered section is under that section. So a headline nests under
 * whatever is open, and closes back to the headline before it; a group heading closes the headlines under
 * the group before it.
 */
import type { HeadingStyle, OutlineNode } from '../types';
import type { LineTable } from './lines';
import { trimEnd } from './chars';

/** Rank of each kind of heading; markdown ranks by its number of #. */
const RANK: Partial<Record<HeadingStyle | 'headline-group', number>> = {
  title: 0,
  'headline-group': 7,
  headline: 8,
  part: 10,
  chapter: 11,
  section: 12,
  article: 13,
  'chinese-numeral': 14,
  roman: 14,
  highlight: 14,
  'paren-chinese': 15,
  arabic: 16,
  // 1.1, 1.1.1 and 1.1.1.1 under 1 (or 1.), above （1）: emergency plans (应急预案) and review standards
  // (评审标准) are numbered so.
  'decimal-2': 16.4,
  'decimal-3': 16.6,
  'decimal-4': 16.8,
  'paren-arabic': 17,
  circled: 18,
  'run-in': 19,
  bold: 20,
};

/**
 * The level official writing gives a heading by its kind, whatever headings stand above it in the document:
 * GB/T 9704-2012 (党政机关公文格式) numbers the levels of a document 一、, （一）, 1., （1）, under its title.
 * A part, a chapter, 亮点一 and a newspaper's headline stand with 一、; a section and an article (第X条) with
 * （一）; a run-in 一是 and a bold head with 1.; 1.1 with （1）, and 1.1.1 and ① below it, and 1.1.1.1 below those.
 */
const FORMAL_LEVEL: Partial<Record<HeadingStyle, number>> = {
  title: 1,
  headline: 2,
  part: 2,
  chapter: 2,
  'chinese-numeral': 2,
  roman: 2,
  highlight: 2,
  section: 3,
  article: 3,
  'paren-chinese': 3,
  arabic: 4,
  'run-in': 4,
  bold: 4,
  'decimal-2': 5,
  'paren-arabic': 5,
  'decimal-3': 6,
  circled: 6,
  'decimal-4': 7,
};

/** The formal level of a heading of this style (see FORMAL_LEVEL; markdown: its number of #). */
export function formalLevelOf(style: HeadingStyle, hashes = 1): number {
  return style === 'markdown' ? hashes : FORMAL_LEVEL[style]!;
}

/** Ranks from this one on are numbered headings. */
export const FIRST_NUMBERED_RANK = 10;

/** The rank of a heading of this style (markdown: its number of #, 1-6). */
export function rankOf(style: HeadingStyle | 'headline-group', hashes = 1): number {
  return style === 'markdown' ? hashes : RANK[style]!;
}

/** Headline keys of open sections (see `placeHeadline`): none, 'headline', 'headline-group'. */
const NO_KEY = 0;
const KEYS = { headline: 1, 'headline-group': 2 } as const;

/** The outline as it is built: its roots and the sections still open, outer first. */
export class OutlineTree {
  readonly roots: OutlineNode[] = [];
  /**
   * The open sections as parallel arrays (node, rank, headline key) rather than an object each, which lived
   * as long as its section (13,000 of them on the 10 MB bench input). A section is numbered when its node
   * has a number.
   */
  private readonly openNodes: OutlineNode[] = [];
  private readonly openRanks: number[] = [];
  private readonly openKeys: number[] = [];

  constructor(private readonly lines: LineTable) {}

  /** How many sections are open. */
  get depth(): number {
    return this.openNodes.length;
  }

  /** The node of the open section at depth d (0 the outermost). */
  nodeAt(d: number): OutlineNode {
    return this.openNodes[d];
  }

  /** The rank of the open section at depth d. */
  rankAt(d: number): number {
    return this.openRanks[d];
  }

  /** The node of the innermost open section, if any. */
  top(): OutlineNode | undefined {
    return this.openNodes[this.openNodes.length - 1];
  }

  /**
   * Places a heading of rank `rank` that starts at offset `at` on line `atLine` (`inline` when the heading
   * starts inside that line): closes the sections of its rank or deeper, nests it under the nearest outer one.
   */
  place(node: OutlineNode, rank: number, atLine: number, inline: boolean): void {
    let depth = this.openNodes.length;
    while (depth > 0 && this.openRanks[depth - 1] >= rank) depth--;
    this.attach(node, depth, rank, atLine, inline, NO_KEY);
  }

  /** Places a headline ('headline', or 'headline-group' over headlines) by the layout rules of the module comment. */
  placeHeadline(node: OutlineNode, key: 'headline' | 'headline-group', atLine: number): number {
    const keys = this.openKeys;
    const code = KEYS[key];
    let depth = keys.length;
    while (depth > 0 && keys[depth - 1] !== code) depth--;
    if (depth > 0) depth--;
    else {
      depth = keys.length;
      if (key === 'headline-group') while (depth > 0 && keys[depth - 1] === KEYS.headline) depth--;
    }
    const rank = depth > 0 ? this.openRanks[depth - 1] + 0.5 : rankOf(key);
    this.attach(node, depth, rank, atLine, false, code);
    return rank;
  }

  private attach(node: OutlineNode, depth: number, rank: number, atLine: number, inline: boolean, key: number): void {
    this.close(depth, node.start, atLine, inline);
    node.level = depth + 1;
    (depth === 0 ? this.roots : this.openNodes[depth - 1].children).push(node);
    this.openNodes.push(node);
    this.openRanks.push(rank);
    this.openKeys.push(key);
  }

  /**
   * Closes the open sections deeper than `depth`: they end before the heading at offset `at` on line
   * `atLine`, at the end of the last non-blank line before it, or, for a heading inside a line, just
   * before it on that line.
   */
  close(depth: number, at: number, atLine: number, inline: boolean): void {
    const { lines } = this;
    let end: number;
    let endLine: number;
    if (inline) {
      end = trimEnd(lines.text, lines.ls[atLine], at);
      endLine = atLine;
    } else {
      endLine = lines.prevNonBlank(atLine);
      end = endLine >= 0 ? lines.te[endLine] : 0;
    }
    while (this.openNodes.length > depth) {
      const node = this.openNodes.pop()!;
      this.openRanks.pop();
      this.openKeys.pop();
      if (end >= node.end) {
        node.sectionEnd = end;
        node.sectionEndLine = endLine;
      }
    }
  }
}
