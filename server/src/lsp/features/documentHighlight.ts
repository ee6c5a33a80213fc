/**
 * Document Highlight: the other mentions of the organisation, term or user tag under the cursor.
 * An organisation's defining mention (its first under the full name) is marked as the declaration.
 */
import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { entityAt, type Lookup } from '../../core/mentions';
import type { Tag } from '../../core/tags';
import { toRange } from './positions';

export function getDocumentHighlights(doc: TextDocument, analysis: Lookup, position: Position, tags: readonly Tag[] = []): DocumentHighlight[] {
  const found = entityAt(analysis, doc.offsetAt(position), tags);
  if (!found) return [];
  const declaration = found.kind === 'tag' ? -1 : found.definition.start;
  return found.mentions.map((m) => ({
    range: toRange(doc, m.start, m.end),
    kind: m.start === declaration && found.kind === 'org' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}
