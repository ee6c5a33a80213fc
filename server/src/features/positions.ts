/**
 * The one place where UTF-16 offsets of the core become LSP positions and back.
 * TextDocument counts lines for \n, \r\n and \r alike and columns in UTF-16 code units,
 * which is what LSP means by a character offset.
 */
import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { WireRange } from '../../../shared/protocol';

export function toRange(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function toOffset(doc: TextDocument, position: Position): number {
  return doc.offsetAt(position);
}

/** A range in the compact form used by the decorations request. */
export function toWireRange(doc: TextDocument, start: number, end: number): WireRange {
  const s = doc.positionAt(start);
  const e = doc.positionAt(end);
  return [s.line, s.character, e.line, e.character];
}
