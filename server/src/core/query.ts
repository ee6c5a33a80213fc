/** Look-ups over an analysis: what is at an offset, what lies in a range. */
import type { Analysis, Annotation, OutlineNode } from './types';

/** Index of the first item whose end is after `offset` (items sorted by start, non-overlapping). */
function firstEndingAfter(items: readonly { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The annotation of one kind that contains `offset` (end inclusive, so a cursor right after a word still hovers it). */
function containing<T extends { start: number; end: number }>(items: readonly T[], offset: number): T | undefined {
  const i = firstEndingAfter(items, offset - 1);
  const it = items[i];
  return it && it.start <= offset && offset <= it.end ? it : undefined;
}

/**
 * The annotations at `offset`, most specific first: an organisation or term before a figure inside it
 * (kinds may overlap each other; within a kind they never do).
 */
export function annotationsAt(analysis: Analysis, offset: number): Annotation[] {
  const found: Annotation[] = [];
  for (const items of [analysis.orgs, analysis.terms, analysis.figures] as Annotation[][]) {
    const a = containing(items, offset);
    if (a) found.push(a);
  }
  // Prefer a span that strictly contains the offset over one that merely ends at it.
  return found.sort((a, b) => Number(a.end === offset) - Number(b.end === offset) || (a.end - a.start) - (b.end - b.start));
}

/** Items of a sorted, non-overlapping list that intersect [start, end). */
export function inRange<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstEndingAfter(items, start); i < items.length && items[i].start < end; i++) out.push(items[i]);
  return out;
}

/** Visits outline nodes in document order (pre-order). */
export function* walkOutline(nodes: readonly OutlineNode[]): Generator<OutlineNode> {
  for (const n of nodes) {
    yield n;
    yield* walkOutline(n.children);
  }
}
