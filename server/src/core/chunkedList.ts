/**
 * A read-only list kept in chunks, so that a list with a few items replaced shares the chunks the
 * replacement does not reach. The analysis of a keystroke replaces the results of a few blocks among some
 * 50,000 (a 10 MB report): as one array, every keystroke copied all of them into an array past V8's
 * large-object size (about 32,000 elements), and allocating that took 2–3 ms on our benchmark machine,
 * more than the rest of the analysis. Chunks of 4,096 are ordinary young objects.
 */

const BITS = 12;
const SIZE = 1 << BITS;
const MASK = SIZE - 1;

export class ChunkedList<T> {
  private constructor(
    private readonly chunks: readonly (readonly T[])[],
    readonly length: number,
  ) {}

  /** The items of an array, in a list of their own. */
  static from<T>(items: readonly T[]): ChunkedList<T> {
    const chunks: T[][] = [];
    for (let lo = 0; lo < items.length; lo += SIZE) chunks.push(items.slice(lo, lo + SIZE));
    return new ChunkedList(chunks, items.length);
  }

  /** The item at `i` (0 ≤ i < length). */
  at(i: number): T {
    return this.chunks[i >> BITS][i & MASK];
  }

  /**
   * This list with its items [from, to) replaced by `items`. Chunks wholly before `from` are shared, and so
   * are those wholly after the new items when the length stays the same (a keystroke inside a paragraph).
   */
  splice(from: number, to: number, items: readonly T[]): ChunkedList<T> {
    const n = this.length - (to - from) + items.length;
    const moved = items.length - (to - from);
    const chunks: (readonly T[])[] = [];
    for (let lo = 0; lo < n; lo += SIZE) {
      const hi = Math.min(n, lo + SIZE);
      const old = this.chunks[lo >> BITS];
      if (old && old.length === hi - lo && (hi <= from || (moved === 0 && lo >= from + items.length))) {
        chunks.push(old);
        continue;
      }
      const chunk: T[] = new Array(hi - lo);
      for (let i = lo; i < hi; i++) chunk[i - lo] = i < from ? this.at(i) : i < from + items.length ? items[i - from] : this.at(i - moved);
      chunks.push(chunk);
    }
    return new ChunkedList(chunks, n);
  }

  /** The list of `fn` of each item; the same list when `fn` returns every item itself. */
  map(fn: (item: T, i: number) => T): ChunkedList<T> {
    let changed = false;
    const chunks = this.chunks.map((chunk, c) => {
      const out = chunk.map((item, k) => fn(item, (c << BITS) + k));
      if (out.some((item, k) => item !== chunk[k])) {
        changed = true;
        return out;
      }
      return chunk;
    });
    return changed ? new ChunkedList(chunks, this.length) : this;
  }

  *[Symbol.iterator](): Generator<T, void, void> {
    for (const chunk of this.chunks) yield* chunk;
  }
}
