/**
 * The analysis as the user corrected it: detections marked wrong are taken out, so hovers,
 * decorations, the outline of organisations and everything else stop showing them.
 */
import { DocumentAnalysis } from './analyze';
import type { EntityKind } from './types';
import { suppressor, type Tag } from './tags';

/**
 * A DocumentAnalysis without the detections the user marked wrong (the same object when there are
 * none). Organisations are resolved again without the wrong mentions, so they no longer count.
 */
export function withCorrections(analysis: DocumentAnalysis, tags: readonly Tag[]): DocumentAnalysis {
  if (!tags.some((t) => t.verdict === 'wrong')) return analysis;
  const hidden = suppressor(tags, analysis.text);
  let changed = false;
  const results = analysis.results.map((r, b) => {
    const shift = analysis.shifts[b];
    const keep = <T extends { start: number; end: number }>(kind: EntityKind, items: T[]): T[] => {
      const out = items.filter((a) => !hidden(kind, a.start + shift, a.end + shift));
      if (out.length === items.length) return items;
      changed = true;
      return out;
    };
    const terms = keep('term', r.terms);
    const figures = keep('figure', r.figures);
    const mentions = keep('org', r.mentions);
    return terms === r.terms && figures === r.figures && mentions === r.mentions ? r : { terms, figures, mentions };
  });
  return changed ? new DocumentAnalysis(analysis.source, analysis.starts, analysis.ends, analysis.shifts, results, analysis.limit, analysis.notices) : analysis;
}
