/** Document symbols: the report's sections for the Outline view, breadcrumbs and Go to Symbol. */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { HeadingStyle, OutlineNode } from '../../core/types';
import { levelsWithin, symbolName } from '../../core/outline';
import { toRange } from './positions';

/**
 * At most this many symbols go to the client. A huge report's outline keeps its outer levels whole
 * and leaves out the inner ones (a 50 MB report has some 80,000 sections, 19 MB of JSON that would
 * hold up the server and the editor while it is sent, for a list nobody can scroll).
 */
export const MAX_SYMBOLS = 10_000;

/**
 * The kind, and so the icon, of each heading. Articles of a regulation (第X条) are fields of their
 * chapter: a reader who wants the Outline to show chapters only can turn them off there alone
 * ("outline.showFields": false), and they stay in breadcrumbs and Go to Symbol.
 */
function kindOf(style: HeadingStyle): SymbolKind {
  if (style === 'title') return SymbolKind.File;
  if (style === 'article') return SymbolKind.Field;
  return SymbolKind.String;
}

/**
 * Symbols already converted, per outline: an outline belongs to one analysis of one version of the
 * text, so its symbols stay right for as long as it lives, and the Outline view, breadcrumbs and
 * Go to Symbol asking for the same version cost nothing.
 */
const converted = new WeakMap<readonly OutlineNode[], DocumentSymbol[]>();

/** The outline as document symbols (cached per outline). */
export function getDocumentSymbols(doc: TextDocument, outline: readonly OutlineNode[]): DocumentSymbol[] {
  let symbols = converted.get(outline);
  if (!symbols) {
    symbols = convertOutline(doc, outline);
    converted.set(outline, symbols);
  }
  return symbols;
}

function convertOutline(doc: TextDocument, outline: readonly OutlineNode[]): DocumentSymbol[] {
  const levels = levelsWithin(outline, MAX_SYMBOLS);
  const convert = (n: OutlineNode, depth: number): DocumentSymbol => ({
    name: symbolName(n),
    kind: kindOf(n.style),
    range: toRange(doc, n.start, Math.max(n.end, n.sectionEnd)),
    selectionRange: toRange(doc, n.start, n.end),
    children: depth + 1 < levels ? n.children.map((c) => convert(c, depth + 1)) : [],
  });
  // Even the top level too long: its first MAX_SYMBOLS sections.
  return (levels === 0 ? outline.slice(0, MAX_SYMBOLS) : outline).map((n) => convert(n, 0));
}
