/**
 * Word lists looked up by a code unit: the words before and after a number are read around every
 * number of a report, so most look-ups must end at one typed-array read.
 */

/**
 * For each code unit, one bit per ByUnit table that has a list for it. Most look-ups find nothing and
 * end at this one table, shared by all lists so that it stays in the processor's cache; the Maps are
 * consulted only when there is a list.
 */
const LISTED = new Uint32Array(0x10000);
/** How many ByUnit tables there are: each takes one bit of LISTED. */
let listCount = 0;

/** Lists by a code unit, behind a bit of LISTED: these look-ups run around every number. */
export class ByUnit<T> {
  private readonly bit: number;
  private readonly lists = new Map<number, T[]>();
  constructor() {
    // The tables are the fixed ones of the figure reader, fewer than the bits of LISTED.
    if (listCount >= 32) throw new Error('figures: more word lists than LISTED has bits');
    this.bit = 1 << listCount++;
  }
  add(c: number, item: T): void {
    const list = this.lists.get(c);
    if (list) list.push(item);
    else this.lists.set(c, [item]);
    LISTED[c] |= this.bit;
  }
  /** The list of c, or undefined (also for NaN, the code unit outside a text). */
  get(c: number): T[] | undefined {
    // c | 0 turns NaN into 0, which no list has: a typed array read at NaN would slow down this read everywhere.
    if ((LISTED[c | 0] & this.bit) === 0) return undefined;
    return this.lists.get(c);
  }
}

/** True when `word` is in `text` at i (i >= 0), like text.startsWith(word, i) but without the call's overhead. */
export function hasAt(text: string, i: number, word: string): boolean {
  const n = word.length;
  if (i + n > text.length) return false;
  for (let k = 0; k < n; k++) if (text.charCodeAt(i + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** Words that start at a position, looked up by their first code unit, longest first. */
export class WordsAt<V> {
  private readonly byFirst = new ByUnit<[string, V]>();
  constructor(words: readonly (readonly [string, V])[]) {
    for (const [w, v] of [...words].sort((a, b) => b[0].length - a[0].length)) this.byFirst.add(w.charCodeAt(0), [w, v]);
  }
  match(text: string, i: number): [string, V] | undefined {
    const list = this.byFirst.get(text.charCodeAt(i));
    if (list) for (const w of list) if (hasAt(text, i, w[0])) return w;
    return undefined;
  }
}

/** Words that end at a position, looked up by their last code unit, longest first. */
export class WordsBefore<V> {
  private readonly byLast = new ByUnit<[string, V]>();
  constructor(words: readonly (readonly [string, V])[]) {
    for (const [w, v] of [...words].sort((a, b) => b[0].length - a[0].length)) this.byLast.add(w.charCodeAt(w.length - 1), [w, v]);
  }
  /** The longest word that ends at i and starts at or after `floor`. */
  match(text: string, i: number, floor = 0): [string, V] | undefined {
    if (i <= 0) return undefined;
    const list = this.byLast.get(text.charCodeAt(i - 1));
    if (list) {
      for (const w of list) {
        const s = i - w[0].length;
        if (s >= floor && hasAt(text, s, w[0])) return w;
      }
    }
    return undefined;
  }
}

/** A plain list of words as the entries of WordsAt or WordsBefore. */
export const words = (list: readonly string[]): [string, true][] => list.map((w) => [w, true]);
