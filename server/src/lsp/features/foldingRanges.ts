/** Folding ranges: each section folds from its heading to its last line, as the outline nests them. */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { OutlineNode } from '../../core/types';
import { flattenOutline, levelsWithin } from '../../core/outline';

/** VS Code folds at most 5,000 regions (editor.foldingMaximumRegions); more would only be dropped there. */
export const MAX_FOLDING_RANGES = 5000;

/** The sections' folding ranges, outer sections first when there are too many. */
export function getFoldingRanges(outline: OutlineNode[]): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  // Outer sections first: when a huge report has more, its inner sections are the ones left out.
  const levels = Math.max(1, levelsWithin(outline, MAX_FOLDING_RANGES));
  // Headings run together on one line start on the same line: a line folds once, as its outermost section.
  let lastStart = -1;
  for (const n of flattenOutline(outline, levels)) {
    if (ranges.length === MAX_FOLDING_RANGES) break;
    if (n.sectionEndLine > n.endLine && n.line !== lastStart) {
      ranges.push({ startLine: n.line, endLine: n.sectionEndLine, kind: FoldingRangeKind.Region });
      lastStart = n.line;
    }
  }
  return ranges;
}
