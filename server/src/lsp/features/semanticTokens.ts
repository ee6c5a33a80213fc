/**
 * Semantic tokens, for LSP clients other than VS Code (Neovim, Helix, …) that colour by token type.
 * VS Code's client draws decorations instead and does not ask for these.
 */
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../../core/types';
import type { ReportLensSettings } from '../../../../shared/settings';

/** Standard token types, so every theme has a colour for them. */
export const TOKEN_LEGEND: SemanticTokensLegend = {
  tokenTypes: ['keyword', 'number', 'class'],
  tokenModifiers: ['declaration'],
};
const TERM = 0;
const FIGURE = 1;
const ORG = 2;
const CANDIDATE = 1 << 0;

interface Token { start: number; end: number; type: number; mods: number }

export function getSemanticTokens(doc: TextDocument, analysis: Analysis, settings: ReportLensSettings): SemanticTokens {
  const tokens: Token[] = [];
  const d = settings.decorations;
  if (d.terms || d.candidates) {
    for (const a of analysis.terms) {
      if (a.candidate ? d.candidates : d.terms) tokens.push({ start: a.start, end: a.end, type: TERM, mods: a.candidate ? CANDIDATE : 0 });
    }
  }
  if (d.figures) for (const a of analysis.figures) tokens.push({ start: a.start, end: a.end, type: FIGURE, mods: 0 });
  if (d.orgs) for (const a of analysis.orgs) tokens.push({ start: a.start, end: a.end, type: ORG, mods: 0 });
  tokens.sort((a, b) => a.start - b.start || b.end - a.end);

  const builder = new SemanticTokensBuilder();
  let covered = 0; // tokens may not overlap: a figure inside an organisation name is left to the name
  for (const tok of tokens) {
    if (tok.start < covered) continue;
    covered = tok.end;
    // Tokens cannot span lines: a name broken across lines becomes one token per line.
    const s = doc.positionAt(tok.start);
    const e = doc.positionAt(tok.end);
    for (let line = s.line; line <= e.line; line++) {
      const from = line === s.line ? s.character : 0;
      const to = line === e.line ? e.character : lineLength(doc, line);
      if (to > from) builder.push(line, from, to - from, tok.type, tok.mods);
    }
  }
  return builder.build();
}

function lineLength(doc: TextDocument, line: number): number {
  const start = doc.offsetAt({ line, character: 0 });
  const next = doc.offsetAt({ line: line + 1, character: 0 });
  const text = doc.getText({ start: doc.positionAt(start), end: doc.positionAt(next) });
  return text.replace(/\r?\n$|\r$/, '').length;
}
