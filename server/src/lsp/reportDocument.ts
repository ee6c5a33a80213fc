/**
 * The server's open documents: LSP's TextDocument (text, version, line/character ↔ offset), kept
 * up to date by incremental edits. Line starts are found as far as a request needs (the rest in slices,
 * indexLines) and then updated around each edit only, and each edit is reported as the offsets it
 * replaced (the analysis follows edits by offset).
 *
 * The text is a PieceText: a keystroke in a 10 MB report copies the piece it falls in, not the
 * report (`before + inserted + after` makes a rope that V8 copies whole, some 4-7 ms for 10 MB here,
 * at the next read). The whole text as one string is made when someone asks for it (getText()).
 * (Writing the text through a buffer instead was tried: its strings live outside the heap, and that
 * much outside memory per keystroke made V8 collect the whole heap at almost every edit.)
 */
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { isLineBreak } from '../core/textView';
import { endsLine, indexAfter, pushLineStarts } from '../core/lines';
import { PieceText } from '../core/pieceText';
import type { Steps } from '../core/steps';

/**
 * Characters searched for line breaks at a time (about half a millisecond). Finding every line start of a
 * 50 MB report at once held the event loop 60-150 ms (measured 2026-12-03): they are found as far as a
 * request needs, and the rest in slices (indexLines) while the report is analysed.
 */
const LINE_CHUNK = 64 * 1024;

/** An edit as offsets: text[start, end) of the text before it was replaced by `length` code units. */
export interface AppliedEdit {
  start: number;
  end: number;
  length: number;
}

/**
 * Offsets in an Int32Array that grows by doubling. A number[] grown one push at a time to the half million
 * line starts of a 50 MB report held the event loop 50-140 ms at some of its growths (measured 2026-12-03).
 */
class OffsetList {
  private buf = new Int32Array(256);
  length = 0;

  push(x: number): void {
    if (this.length === this.buf.length) {
      const bigger = new Int32Array(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    this.buf[this.length++] = x;
  }

  /** Keeps the first `n` offsets. */
  truncate(n: number): void {
    this.length = Math.min(this.length, n);
  }

  /** The offsets, as a view that edits write through (valid until the next push or truncate). */
  view(): Int32Array {
    return this.buf.subarray(0, this.length);
  }
}

/** A list holding the first line start, 0. */
function firstLine(): OffsetList {
  const list = new OffsetList();
  list.push(0);
  return list;
}

export class ReportDocument implements TextDocument {
  /** The offsets where lines start, as far as they are known: all those up to `scanned`. */
  private starts = firstLine();
  /** Whether a line ends after q is known for every q < scanned; all is known once scanned reaches the text's length. */
  private scanned = 0;
  /**
   * Counts the updates this document received: unlike the client's version, which a client may send
   * again or backwards (1, 2, 1, 2, 3), each revision names one text. Caches of analyses are keyed by it.
   */
  private rev = 0;

  private constructor(
    readonly uri: string,
    readonly languageId: string,
    private ver: number,
    private text: PieceText,
    /** Characters searched for line breaks at a time (tests make it small). */
    private readonly lineChunk: number,
  ) {}

  static create(uri: string, languageId: string, version: number, content: string, lineChunk = LINE_CHUNK): ReportDocument {
    // What a client sends is not checked before it gets here: a text that is not a string is taken as empty.
    return new ReportDocument(uri, languageId, version, PieceText.of(typeof content === 'string' ? content : ''), Math.max(1, lineChunk));
  }

  /** The text of this version, which later edits leave as it is. */
  snapshot(): PieceText {
    return this.text;
  }

  get version(): number {
    return this.ver;
  }

  /** The number of updates so far (see `rev`): it only ever grows, and each value stands for one text. */
  get revision(): number {
    return this.rev;
  }

  get lineCount(): number {
    return this.linesThrough(Infinity).length;
  }

  getText(range?: Range): string {
    if (!range) return this.text.toString();
    // As substring: a range with its ends swapped still names the text between them.
    const a = this.offsetAt(range.start);
    const b = this.offsetAt(range.end);
    return this.text.slice(Math.min(a, b), Math.max(a, b));
  }

  offsetAt(position: Position): number {
    const starts = this.linesThrough(position.line + 1);
    if (position.line >= starts.length) return this.text.length;
    if (position.line < 0) return 0;
    const lineStart = starts[position.line];
    if (position.character <= 0) return lineStart;
    const next = position.line + 1 < starts.length ? starts[position.line + 1] : this.text.length;
    return this.beforeBreak(Math.min(lineStart + position.character, next), lineStart);
  }

  positionAt(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.linesUpTo(at);
    const line = indexAfter(starts, at) - 1;
    return { line, character: this.beforeBreak(at, starts[line]) - starts[line] };
  }

  getLineRange(line: number): Range {
    const starts = this.linesThrough(line + 1);
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    // Past the end: the last line.
    line = Math.min(line, starts.length - 1);
    const next = line + 1 < starts.length ? starts[line + 1] : this.text.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeBreak(next, starts[line]) - starts[line] } };
  }

  getEOLCharacters(line: number): string {
    const starts = this.linesThrough(line + 1);
    if (line < 0 || line >= starts.length) return '';
    const next = line + 1 < starts.length ? starts[line + 1] : this.text.length;
    return this.text.slice(this.beforeBreak(next, starts[line]), next);
  }

  /**
   * Applies changes in order (each in the coordinates the previous one left) and sets the version.
   * Returns each change as the offsets it replaced and the length of its text.
   */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): AppliedEdit[] {
    const applied: AppliedEdit[] = [];
    for (const raw of Array.isArray(changes) ? changes : []) {
      // A change that is not an object, or whose text is not a string, changes nothing (a broken client).
      if (!raw || typeof raw !== 'object' || typeof raw.text !== 'string') continue;
      const change = raw;
      if (!('range' in change) || !change.range) {
        applied.push({ start: 0, end: this.text.length, length: change.text.length });
        this.text = PieceText.of(change.text);
        this.starts = firstLine();
        this.scanned = 0;
        continue;
      }
      // A range may come with its ends swapped; one whose ends are not positions changes nothing.
      if (!isPosition(change.range.start) || !isPosition(change.range.end)) continue;
      let { start, end } = change.range;
      if (start.line > end.line || (start.line === end.line && start.character > end.character)) [start, end] = [end, start];
      const edit = { start: this.offsetAt(start), end: this.offsetAt(end), length: change.text.length };
      applied.push(edit);
      this.replace(edit.start, edit.end, change.text);
    }
    this.ver = version;
    this.rev++;
    return applied;
  }

  /** Replaces [s, e) by `insert`, updating the line starts around it. */
  private replace(s: number, e: number, insert: string): void {
    const complete = this.scanned >= this.text.length;
    const text = (this.text = this.text.replace(s, e, insert));
    const list = this.starts;
    if (!complete) {
      // Whether a line ends after q changes for q >= s - 1 at most (see below): forget what was found from there.
      if (s - 1 < this.scanned) {
        this.scanned = Math.max(0, s - 1);
        list.truncate(indexAfter(list.view(), this.scanned));
      }
      return;
    }
    const starts = list.view();
    this.scanned = text.length;
    // Whether a line ends after position q depends on the characters at q and q + 1: the edit
    // changes that for q in [s - 1, s + insert.length) only. So the old line starts in [s, e]
    // (but never the first, 0) give way to those found there, and the later ones move.
    const delta = insert.length - (e - s);
    const from = indexAfter(starts, Math.max(s, 1) - 1);
    const to = indexAfter(starts, e);
    const found: number[] = [];
    for (let q = Math.max(0, s - 1); q < s + insert.length; q++) if (endsLine(text, q)) found.push(q + 1);
    const tail = starts.length - to;
    if (found.length !== to - from) {
      const moved = starts.slice(to);
      list.truncate(from);
      for (const x of found) list.push(x);
      for (const x of moved) list.push(x + delta);
    } else {
      for (let k = 0; k < found.length; k++) starts[from + k] = found[k];
      if (delta !== 0) for (let k = starts.length - tail; k < starts.length; k++) starts[k] += delta;
    }
  }

  /** `offset`, moved back out of a line break (positions point at characters, not between \r and \n). */
  private beforeBreak(offset: number, lineStart: number): number {
    while (offset > lineStart && isLineBreak(this.text.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  /** The line starts, known at least as far as `offset`. */
  private linesUpTo(offset: number): Int32Array {
    while (this.scanned < offset) this.scan();
    return this.starts.view();
  }

  /** The line starts, known at least as far as the start of `line` (all of them if it is past the last line). */
  private linesThrough(line: number): Int32Array {
    while (this.starts.length <= line && this.scanned < this.text.length) this.scan();
    return this.starts.view();
  }

  /** Finds the line starts of the next lineChunk characters. */
  private scan(): void {
    const from = this.scanned;
    const to = Math.min(this.text.length, from + this.lineChunk);
    // One character more, to see a \r at the end with its \n.
    pushLineStarts(this.text.slice(from, to + 1), to - from, from, this.starts);
    this.scanned = to;
  }

  /** Finds all the line starts, a slice at a time; the document may change between slices. */
  *indexLines(): Steps<void> {
    while (this.scanned < this.text.length) {
      this.scan();
      yield;
    }
  }
}

/** Whether a value from the client is a position: a line and a character that are finite numbers. */
function isPosition(p: unknown): p is Position {
  return !!p && typeof p === 'object' && Number.isFinite((p as Position).line) && Number.isFinite((p as Position).character);
}
