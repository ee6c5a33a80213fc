/**
 * The one place where UTF-16 offsets of the core become LSP positions and back.
 * TextDocument counts lines for \n, \r\n and \r alike and columns in UTF-16 code units,
 * which is what LSP means by a character offset.
 */
import { pathToFileURL } from 'node:url';
import type { Location, Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { WireRange } from '../../../../shared/protocol';
import { lineAndColumn } from '../../core/lines';

export function toRange(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function toOffset(doc: TextDocument, position: Position): number {
  return doc.offsetAt(position);
}

/** A range as four numbers (WireRange), the form of the decorations and tagging requests. */
export function toWireRange(doc: TextDocument, start: number, end: number): WireRange {
  const s = doc.positionAt(start);
  const e = doc.positionAt(end);
  return [s.line, s.character, e.line, e.character];
}

/** A position in a text that is not an open document (an indexed report, a glossary file), from its line starts (core/lines.ts). */
export function positionIn(lineStarts: ArrayLike<number>, offset: number): Position {
  const { line, column } = lineAndColumn(lineStarts, offset);
  return { line, character: column };
}

/** The location of [start, end) in a file that is not an open document, from its line starts. */
export function locationIn(file: string, lineStarts: ArrayLike<number>, start: number, end: number): Location {
  return { uri: pathToFileURL(file).toString(), range: { start: positionIn(lineStarts, start), end: positionIn(lineStarts, end) } };
}
