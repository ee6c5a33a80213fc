/**
 * The outline detector: finds the section headings of a report and nests them into a tree.
 *
 * Where things are:
 * - markers.ts: heading markers (第X章, 第X条, 一、, （一）, 1., （1）, ①, 一是, 亮点一：) in every half- and
 *   full-width form, their numbers, and how far a head runs;
 * - sequence.ts: which numbered lines are headings, from the numbers around them, and lists of clauses;
 * - titles.ts: title lines (…的通知, …实施方案, two-line titles);
 * - debris.ts: site debris, metadata and footers, never titles or sections;
 * - headlines.ts: newspaper headlines found from the page's layout;
 * - tree.ts: levels from the kind of heading, and where sections end;
 * - scanner.ts: the phases that run the above over a text, in slices;
 * - names.ts: the names symbols carry (第十二条 also found by typing 12).
 */
import type { OutlineNode } from '../types';
import { finish, type Steps } from '../steps';
import { OutlineScanner } from './scanner';

export { symbolName } from './names';

/** The report's sections as a tree. Works on the document text as it is (CRLF, BOM-less, unjoined lines). */
export function findOutline(text: string): OutlineNode[] {
  return finish(findOutlineSteps(text));
}

/** `findOutline` in steps: the generator yields every few thousand lines, so a caller can pause. */
export function findOutlineSteps(text: string): Steps<OutlineNode[]> {
  return new OutlineScanner(text).run();
}

/**
 * One scanner that lives as long as the module. Scanners are short-lived; when a full GC finds none
 * alive, V8 drops their hidden class and with it the optimised code of every method, which then
 * runs slowly until optimised again. Keeping one alive keeps the class.
 */
const KEEP_SCANNER_SHAPE = new OutlineScanner('');
void KEEP_SCANNER_SHAPE;

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
