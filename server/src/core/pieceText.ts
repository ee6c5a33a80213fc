/**
 * An immutable text kept in pieces of a few tens of thousands of characters. Replacing a range
 * gives a new text that shares every piece but the ones the range touches, so a keystroke in a
 * 10 MB report copies a few kilobytes, not the report: a JavaScript string built by concatenation
 * is copied whole (V8 "flattens" it, some 4-7 ms for 10 MB here) the first time a character of it
 * is read.
 *
 * The whole text as one string is made on demand and kept; whoever needs only a paragraph asks for
 * a slice.
 */

/** Pieces are cut at about this many UTF-16 code units. */
const PIECE = 32 * 1024;

export class PieceText {
  private flat?: string;

  private constructor(
    /** The pieces, none of them empty (but the only piece of an empty text). */
    private pieces: readonly string[],
    /** Where each piece ends in the text. */
    private readonly ends: Int32Array,
    readonly length: number,
    /** The usual length of a piece (tests make it small). */
    private readonly size: number,
  ) {}

  static of(text: string, pieceSize = PIECE): PieceText {
    const pieces: string[] = [];
    for (let i = 0; i < text.length; i += pieceSize) pieces.push(text.slice(i, i + pieceSize));
    if (pieces.length === 0) pieces.push('');
    const t = new PieceText(pieces, endsOf(pieces), text.length, pieceSize);
    t.flat = text;
    return t;
  }

  /** The whole text as one string (made once). */
  toString(): string {
    if (this.flat === undefined) {
      const flat = this.pieces.length === 1 ? this.pieces[0] : this.pieces.join('');
      // Pieces cut from the new string: V8 keeps a slice as a view of its string, so the strings
      // the old pieces were cut from can go.
      this.pieces = this.pieces.map((_, p) => flat.slice(p === 0 ? 0 : this.ends[p - 1], this.ends[p]));
      this.flat = flat;
    }
    return this.flat;
  }

  /** The code unit at `i`, or NaN outside the text, as String.prototype.charCodeAt. */
  charCodeAt(i: number): number {
    if (this.flat !== undefined) return this.flat.charCodeAt(i);
    if (i < 0 || i >= this.length) return NaN;
    const p = this.pieceAt(i);
    return this.pieces[p].charCodeAt(i - (p === 0 ? 0 : this.ends[p - 1]));
  }

  /** text[start, end), with start and end clamped to the text as String.prototype.slice clamps them (no negative offsets). */
  slice(start: number, end: number = this.length): string {
    start = Math.max(0, Math.min(start, this.length));
    end = Math.max(start, Math.min(end, this.length));
    if (this.flat !== undefined) return this.flat.slice(start, end);
    if (start === end) return '';
    let p = this.pieceAt(start);
    let out = '';
    for (let at = start; at < end; p++) {
      const pieceStart = p === 0 ? 0 : this.ends[p - 1];
      const upTo = Math.min(end, this.ends[p]);
      out += this.pieces[p].slice(at - pieceStart, upTo - pieceStart);
      at = upTo;
    }
    return out;
  }

  /** Whether the text has nothing but white space (looks at pieces until one has something else). */
  isBlank(): boolean {
    if (this.flat !== undefined) return this.flat.trim().length === 0;
    return this.pieces.every((p) => p.trim().length === 0);
  }

  /** The text with [start, end) replaced by `insert`; this text is unchanged. */
  replace(start: number, end: number, insert: string): PieceText {
    start = Math.max(0, Math.min(start, this.length));
    end = Math.max(start, Math.min(end, this.length));
    const length = this.length - (end - start) + insert.length;
    // The pieces the range touches (or, for an insertion, the one it falls in) are rebuilt.
    const first = start === 0 ? 0 : this.pieceAt(start - 1);
    const last = end === 0 ? 0 : this.pieceAt(end - 1);
    const firstStart = first === 0 ? 0 : this.ends[first - 1];
    const lastEnd = this.ends[last];
    const middle = this.pieces[first].slice(0, start - firstStart) + insert + this.slice(end, lastEnd);
    // A piece grown past twice the usual size is cut again; an emptied one goes away.
    const fresh: string[] = [];
    let i = 0;
    for (; middle.length - i > 2 * this.size; i += this.size) fresh.push(middle.slice(i, i + this.size));
    if (i < middle.length) fresh.push(middle.slice(i));
    const pieces = this.pieces.slice(0, first).concat(fresh, this.pieces.slice(last + 1));
    if (pieces.length === 0) pieces.push('');
    const ends = new Int32Array(pieces.length);
    ends.set(this.ends.subarray(0, first));
    let at = firstStart;
    for (let k = 0; k < fresh.length; k++) ends[first + k] = at += fresh[k].length;
    const delta = length - this.length;
    for (let p = last + 1, k = first + fresh.length; p < this.pieces.length; p++, k++) ends[k] = this.ends[p] + delta;
    return new PieceText(pieces, ends, length, this.size);
  }

  /** Index of the piece holding offset `i` (0 <= i < length). */
  private pieceAt(i: number): number {
    const ends = this.ends;
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ends[mid] <= i) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function endsOf(pieces: readonly string[]): Int32Array {
  const ends = new Int32Array(pieces.length);
  let at = 0;
  for (let p = 0; p < pieces.length; p++) ends[p] = at += pieces[p].length;
  return ends;
}
