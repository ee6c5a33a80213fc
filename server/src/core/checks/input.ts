/** What a per-paragraph rule reads: one block of the analysis, with its neighbours. */
import type { FigureAnnotation } from '../types';

/**
 * One block (paragraph) of the document. Offsets in `figures` and `spans`, and in the findings a rule
 * reports, are relative to the block's start. Everything but `text` may be made when first read: a rule
 * reads what it needs.
 *
 * A rule may read the blocks on either side (a quotation broken over two paragraphs is not unbalanced):
 * the analysis of an edit analyses the blocks around it again, one on each side, so a block whose
 * neighbour changed is checked again too (core/analyze.ts, `analyzeSteps`).
 */
export interface BlockInput {
  /** The block's text as it stands in the document, with the line breaks the analysis joined. */
  text: string;
  /** The figures of the block. */
  figures: readonly FigureAnnotation[];
  /** Terms, figures and organisation names of the block, for words broken by a line break. */
  spans: readonly { start: number; end: number }[];
  /** The text of the block before ('' for the first). */
  before: string;
  /** The text of the block after ('' for the last). */
  after: string;
  /** The line breaks and blank lines between the block before and this one. */
  gapBefore: string;
  /** The line breaks and blank lines between this block and the next. */
  gap: string;
}
