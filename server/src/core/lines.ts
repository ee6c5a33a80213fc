/**
 * Lines of a text as LSP and VS Code count them: a line ends at \n, \r\n or a lone \r. One place for the
 * server's documents, the workspace index, exports, glossary problems and the CLI's listing.
 */
import type { Steps } from './steps';

/** Whether a line ends right after position q: a \n, or a \r not followed by \n. */
export function endsLine(text: { charCodeAt(i: number): number }, q: number): boolean {
  const c = text.charCodeAt(q);
  return c === 10 || (c === 13 && text.charCodeAt(q + 1) !== 10);
}

/** Offsets where lines start: 0, and after each \n, \r\n and lone \r (found with indexOf; a 50 MB text took 60-150 ms, so the server finds them in slices: lsp/reportDocument.ts). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  pushLineStarts(text, text.length, 0, starts);
  return starts;
}

/** Characters searched for line breaks between two steps of lineStartsSteps. */
const LINE_CHUNK = 1 << 18;

/** lineStarts in steps of `chunk` characters, as an array of 32-bit offsets (the workspace index keeps them). */
export function* lineStartsSteps(text: string, chunk = LINE_CHUNK): Steps<Uint32Array> {
  const starts = [0];
  for (let base = 0; base < text.length; base += chunk) {
    const count = Math.min(chunk, text.length - base);
    // One character more, so that a \r at the chunk's end is seen with its \n.
    pushLineStarts(text.slice(base, base + count + 1), count, base, starts);
    yield;
  }
  return Uint32Array.from(starts);
}

/**
 * Appends `base + q + 1` to `out` for each q in [0, count) after which a line ends in `chunk`. The chunk
 * holds one character past `count` when the text goes on, so that a \r at count - 1 is seen with its \n.
 */
export function pushLineStarts(chunk: string, count: number, base: number, out: { push(offset: number): void }): void {
  let nextLF = chunk.indexOf('\n');
  let nextCR = chunk.indexOf('\r');
  for (;;) {
    // The next break, and where it ends (\r\n is one break).
    let q: number;
    if (nextCR >= 0 && (nextLF < 0 || nextCR < nextLF)) q = chunk.charCodeAt(nextCR + 1) === 10 ? nextCR + 1 : nextCR;
    else if (nextLF >= 0) q = nextLF;
    else return;
    if (q >= count) return;
    out.push(base + q + 1);
    if (nextLF >= 0 && nextLF <= q) nextLF = chunk.indexOf('\n', q + 1);
    if (nextCR >= 0 && nextCR <= q) nextCR = chunk.indexOf('\r', q + 1);
  }
}

/** First index of `starts` (sorted) whose value is greater than `offset`. */
export function indexAfter(starts: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The 0-based line of an offset and its column in UTF-16 code units, given the text's line starts. */
export function lineAndColumn(starts: ArrayLike<number>, offset: number): { line: number; column: number } {
  const line = Math.max(0, indexAfter(starts, offset) - 1);
  return { line, column: offset - starts[line] };
}
