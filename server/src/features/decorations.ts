/** The decorations request: ranges per kind, for the VS Code client to paint. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/types';
import { inRange } from '../core/query';
import type { DecorationKind, DecorationsParams, DecorationsResult, WireRange } from '../../../shared/protocol';
import type { ReportLensSettings } from '../../../shared/settings';
import { toWireRange } from './positions';

/** Without visible lines, a huge document gets at most this many ranges per kind. */
export const MAX_RANGES_PER_KIND = 20_000;

export function getDecorations(
  doc: TextDocument,
  version: number,
  analysis: Analysis,
  settings: ReportLensSettings,
  visibleLines?: DecorationsParams['visibleLines'],
): DecorationsResult {
  const d = settings.decorations;
  const sources: [DecorationKind, boolean, { start: number; end: number }[]][] = [
    ['term', d.terms, analysis.terms.filter((a) => !a.candidate)],
    ['candidate', d.candidates, analysis.terms.filter((a) => a.candidate)],
    ['figure', d.figures, analysis.figures],
    ['org', d.orgs, analysis.orgs],
  ];
  // Offsets of the visible windows, so only what is on screen is converted and sent.
  const windows = visibleLines?.map((w) => ({
    start: doc.offsetAt({ line: Math.max(0, w.start), character: 0 }),
    end: doc.offsetAt({ line: w.end + 1, character: 0 }),
  }));
  let partial = !!windows;
  const ranges: DecorationsResult['ranges'] = {};
  for (const [kind, on, items] of sources) {
    if (!on) continue;
    let chosen = windows ? windows.flatMap((w) => inRange(items, w.start, w.end)) : items;
    if (chosen.length > MAX_RANGES_PER_KIND) {
      chosen = chosen.slice(0, MAX_RANGES_PER_KIND);
      partial = true;
    }
    const wire: WireRange[] = [];
    let last = -1;
    for (const a of chosen) {
      if (a.start < last) continue; // overlapping windows may repeat an item
      last = a.end;
      wire.push(toWireRange(doc, a.start, a.end));
    }
    ranges[kind] = wire;
  }
  return partial ? { version, ranges, partial } : { version, ranges };
}
