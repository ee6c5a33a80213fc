/** The decorations request: ranges per kind, for the VS Code client to paint. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentAnalysis, BlockKind } from '../../core/analyze';
import type { DecorationKind, DecorationsParams, DecorationsResult, WireRange } from '../../../../shared/protocol';
import type { ReportLensSettings } from '../../../../shared/settings';
import { toWireRange } from './positions';

/** Without visible lines, a huge document gets at most this many ranges per kind. */
export const MAX_RANGES_PER_KIND = 20_000;

/** The offsets of a window of visible lines: from its first line's start to the start of the line after it. */
function windowOffsets(doc: TextDocument, w: { start: number; end: number }): { start: number; end: number } {
  return { start: doc.offsetAt({ line: Math.max(0, w.start), character: 0 }), end: doc.offsetAt({ line: w.end + 1, character: 0 }) };
}

/** Where the last of the visible windows ends: decorations for them need the document analysed that far. */
export function visibleEnd(doc: TextDocument, visibleLines: NonNullable<DecorationsParams['visibleLines']>): number {
  return Math.max(...visibleLines.map((w) => windowOffsets(doc, w).end));
}

export function getDecorations(
  doc: TextDocument,
  version: number,
  analysis: DocumentAnalysis,
  settings: ReportLensSettings,
  visibleLines?: DecorationsParams['visibleLines'],
): DecorationsResult {
  const d = settings.decorations;
  // Offsets of the visible windows, so only what is on screen is converted and sent.
  const windows = visibleLines?.length ? visibleLines.map((w) => windowOffsets(doc, w)) : [{ start: 0, end: analysis.length }];
  let partial = !!visibleLines?.length;
  const ranges: DecorationsResult['ranges'] = {};
  const kinds: [DecorationKind, boolean, BlockKind, ((a: { candidate?: boolean }) => boolean)?][] = [
    ['term', d.terms, 'terms', (a) => !a.candidate],
    ['candidate', d.candidates, 'terms', (a) => !!a.candidate],
    ['figure', d.figures, 'figures'],
    ['org', d.orgs, 'mentions'],
  ];
  for (const [kind, on, source, keep] of kinds) {
    if (!on) continue;
    const wire: WireRange[] = [];
    let last = -1;
    for (const w of windows) {
      for (const a of analysis.inRange(source, w.start, w.end, MAX_RANGES_PER_KIND + 1) as { start: number; end: number; candidate?: boolean }[]) {
        if (a.start < last || (keep && !keep(a))) continue; // overlapping windows may repeat an item
        last = a.end;
        wire.push(toWireRange(doc, a.start, a.end));
      }
    }
    if (wire.length > MAX_RANGES_PER_KIND) {
      wire.length = MAX_RANGES_PER_KIND;
      partial = true;
    }
    ranges[kind] = wire;
  }
  return partial ? { version, ranges, partial } : { version, ranges };
}
