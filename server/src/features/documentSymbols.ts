/** Document symbols: the report's sections for the Outline view, breadcrumbs and Go to Symbol. */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { OutlineNode } from '../core/types';
import { toRange } from './positions';

export function getDocumentSymbols(doc: TextDocument, outline: readonly OutlineNode[]): DocumentSymbol[] {
  const convert = (n: OutlineNode): DocumentSymbol => ({
    name: n.name.trim() || '…',
    kind: n.style === 'title' ? SymbolKind.File : SymbolKind.String,
    range: toRange(doc, n.start, Math.max(n.end, n.sectionEnd)),
    selectionRange: toRange(doc, n.start, n.end),
    children: n.children.map(convert),
  });
  return outline.map(convert);
}
