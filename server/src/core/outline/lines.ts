/**
 * The lines of the text, cut once: where each starts and ends, and where its content starts and ends with
 * the white space trimmed. Lines end at \n, \r\n and a lone \r, as LSP counts them.
 */
import { isDigit, isHan, isOpenParen, isSpace } from './chars';

/** A typed array twice as long as `a`, starting with its elements (tables that grow as a text is cut). */
export function doubled<T extends Int32Array | Uint8Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

/** Most question marks read as a garbled indent at the start of a line. */
const MAX_GARBLED_INDENT = 4;

export class LineTable {
  /** Line count, and per line: start, end of content (before the break), trimmed start and end. */
  n = 0;
  ls: Int32Array;
  le: Int32Array;
  ts: Int32Array;
  te: Int32Array;

  /** Where the next line starts, and the next \n and \r found (-2: not looked for yet, -1: none). */
  private lineAt = 0;
  private nextLF = -2;
  private nextCR = -2;

  constructor(readonly text: string) {
    const cap = (text.length >> 5) + 16;
    this.ls = new Int32Array(cap);
    this.le = new Int32Array(cap);
    this.ts = new Int32Array(cap);
    this.te = new Int32Array(cap);
  }

  /** Cuts up to `max` more lines; false once the last line is cut. */
  cut(max: number): boolean {
    const text = this.text;
    let { nextLF, nextCR } = this;
    let s = this.lineAt;
    for (let step = 0; step < max; step++) {
      if (nextLF !== -1 && nextLF < s) nextLF = text.indexOf('\n', s);
      if (nextCR !== -1 && nextCR < s) nextCR = text.indexOf('\r', s);
      const brk = Math.min(nextLF < 0 ? Infinity : nextLF, nextCR < 0 ? Infinity : nextCR);
      if (brk === Infinity) {
        this.add(s, text.length);
        return false;
      }
      this.add(s, brk);
      s = text.charCodeAt(brk) === 13 && text.charCodeAt(brk + 1) === 10 ? brk + 2 : brk + 1;
    }
    this.lineAt = s;
    this.nextLF = nextLF;
    this.nextCR = nextCR;
    return true;
  }

  private add(start: number, end: number): void {
    if (this.n === this.ls.length) {
      this.ls = doubled(this.ls);
      this.le = doubled(this.le);
      this.ts = doubled(this.ts);
      this.te = doubled(this.te);
    }
    const text = this.text;
    let s = start;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    // ??? 一、總體要求: question marks where a page's indent of full-width blanks could not be encoded, a blank after
    // them, are the indent; so are they run into the line's first word (??第一條為建立…), where no sentence asks.
    if (text.charCodeAt(s) === 0x3f /* ? */) {
      let q = s;
      while (q < end && q - s < MAX_GARBLED_INDENT && text.charCodeAt(q) === 0x3f) q++;
      if (q < end && isSpace(text.charCodeAt(q))) {
        s = q;
        while (s < end && isSpace(text.charCodeAt(s))) s++;
      } else if (q < end && (isHan(text.charCodeAt(q)) || isDigit(text.charCodeAt(q)) || isOpenParen(text.charCodeAt(q)))) {
        s = q;
      }
    }
    let e = end;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    const i = this.n++;
    this.ls[i] = start;
    this.le[i] = end;
    this.ts[i] = s;
    this.te[i] = e;
  }

  blank(i: number): boolean {
    return this.ts[i] === this.te[i];
  }

  /** Length of line i's content, trimmed. */
  len(i: number): number {
    return this.te[i] - this.ts[i];
  }

  /** Line i's content, trimmed. */
  content(i: number): string {
    return this.text.slice(this.ts[i], this.te[i]);
  }

  prevNonBlank(i: number): number {
    let k = i - 1;
    while (k >= 0 && this.blank(k)) k--;
    return k;
  }

  /** The next non-blank line after i, or -1. */
  nextNonBlank(i: number): number {
    let k = i + 1;
    while (k < this.n && this.blank(k)) k++;
    return k < this.n ? k : -1;
  }

  /** The line holding offset `at` (at or after line `from`). */
  lineOf(at: number, from: number): number {
    let i = from;
    while (i + 1 < this.n && this.ls[i + 1] <= at) i++;
    return i;
  }
}
