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
  'paren-arabic': 17,
  circled: 18,
  'run-in': 19,
  bold: 20,
};

/** Ranks from this one on are numbered headings. */
export const FIRST_NUMBERED_RANK = 10;

/** The rank of a heading of this style (markdown: its number of #, 1-6). */
export function rankOf(style: HeadingStyle | 'headline-group', hashes = 1): number {
  return style === 'markdown' ? hashes : RANK[style]!;
}

/** An open section: its node, its rank, and whether it is numbered (sequence.ts asks). */
export interface Placed {
  node: OutlineNode;
  rank: number;
  numbered: boolean;
  /** For headlines: 'headline' or 'headline-group'. */
  key?: string;
}

/** The outline as it is built: its roots and the sections still open, outer first. */
export class OutlineTree {
  readonly roots: OutlineNode[] = [];
  readonly open: Placed[] = [];

  constructor(private readonly lines: LineTable) {}

  /** The innermost open section, if any. */
  top(): Placed | undefined {
    return this.open[this.open.length - 1];
  }

  /**
   * Places a heading of rank `rank` that starts at offset `at` on line `atLine` (`inline` when the heading
   * starts inside that line): closes the sections of its rank or deeper, nests it under the nearest outer one.
   */
  place(node: OutlineNode, rank: number, atLine: number, inline: boolean): void {
    let depth = this.open.length;
    while (depth > 0 && this.open[depth - 1].rank >= rank) depth--;
    this.attach(node, depth, rank, atLine, inline, undefined);
  }

  /** Places a headline ('headline', or 'headline-group' over headlines) by the layout rules of the module comment. */
  placeHeadline(node: OutlineNode, key: 'headline' | 'headline-group', atLine: number): number {
    const open = this.open;
    let depth = open.length;
    while (depth > 0 && open[depth - 1].key !== key) depth--;
    if (depth > 0) depth--;
    else {
      depth = open.length;
      if (key === 'headline-group') while (depth > 0 && open[depth - 1].key === 'headline') depth--;
    }
    const rank = depth > 0 ? open[depth - 1].rank + 0.5 : rankOf(key);
    this.attach(node, depth, rank, atLine, false, key);
    return rank;
  }

  private attach(node: OutlineNode, depth: number, rank: number, atLine: number, inline: boolean, key: string | undefined): void {
    this.close(depth, node.start, atLine, inline);
    node.level = depth + 1;
    (depth === 0 ? this.roots : this.open[depth - 1].node.children).push(node);
    this.open.push({ node, rank, numbered: node.number !== undefined, key });
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
    while (this.open.length > depth) {
      const { node } = this.open.pop()!;
      if (end >= node.end) {
        node.sectionEnd = end;
        node.sectionEndLine = endLine;
      }
    }
  }
}
