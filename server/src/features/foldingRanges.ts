/** Folding ranges: each section folds from its heading to its last line. */
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { OutlineNode } from '../core/types';
import { flattenOutline } from '../core/outline';

export function getFoldingRanges(outline: OutlineNode[]): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const n of flattenOutline(outline)) {
    if (n.sectionEndLine > n.endLine) ranges.push({ startLine: n.line, endLine: n.sectionEndLine, kind: FoldingRangeKind.Region });
  }
  return ranges;
}
