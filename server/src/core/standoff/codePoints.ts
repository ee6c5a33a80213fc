/**
 * Conversion between the UTF-16 offsets used everywhere inside Report Lens and the Unicode
 * code-point offsets that brat, doccano and Python count in.
 *
 * A character outside the Basic Multilingual Plane (𠀀, 😀) is one code point but two UTF-16
 * code units, so every offset after it differs by one. Line breaks count as they stand: CRLF is two.
 */

/** A high surrogate followed by a low one: one astral character (a lone surrogate counts as one code point). */
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

/** Maps offsets of one text between UTF-16 code units and code points. */
export class CodePointIndex {
  /** UTF-16 offsets of the high surrogate of each astral character, ascending. */
  private readonly pairs: number[] = [];
  /** Length of the text in code points. */
  readonly length: number;

  constructor(readonly text: string) {
    // The regular-expression engine scans in compiled code: a loop over the characters runs in V8's
    // interpreter in a new process, some 30 ms for a report of 1.5 million characters before it is compiled.
    const pair = new RegExp(SURROGATE_PAIR.source, 'g');
    for (let m = pair.exec(text); m; m = pair.exec(text)) this.pairs.push(m.index);
    this.length = text.length - this.pairs.length;
  }

  /** True when the text has no astral characters, so both kinds of offset agree. */
  get trivial(): boolean {
    return this.pairs.length === 0;
  }

  /**
   * The code-point offset of a UTF-16 offset. An offset between the two halves of a surrogate pair
   * counts as the start of that character.
   */
  toCodePoint(utf16: number): number {
    // Pairs that start strictly before `utf16` each take one code unit more than they count.
    return utf16 - lowerBound(this.pairs, utf16);
  }

  /** The UTF-16 offset of a code-point offset; undefined beyond the end of the text or below 0. */
  toUtf16(codePoint: number): number | undefined {
    if (!Number.isInteger(codePoint) || codePoint < 0 || codePoint > this.length) return undefined;
    // The k-th pair (0-based) starts at code point pairs[k] - k; every pair starting before `codePoint` adds one.
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.pairs[mid] - mid < codePoint) lo = mid + 1;
      else hi = mid;
    }
    return codePoint + lo;
  }
}

/** Number of items of a sorted array smaller than `x`. */
function lowerBound(items: readonly number[], x: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Length of a string in code points. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
