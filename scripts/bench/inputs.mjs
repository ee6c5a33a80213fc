/**
 * Benchmark inputs built from the sample reports.
 *
 * The seeds are concatenated in rotating order (000, 001, …, 004, 000, …), each copy preceded by
 * its own title line ("（汇编第N篇）") and separated by blank lines. From the second round on, every
 * ASCII number of a copy has its last digit changed (by an amount derived from the copy and the
 * number's index), so paragraphs with a figure are not identical copies of each other: identical
 * blocks would flatter any cache keyed on block text. Paragraphs without digits do repeat.
 * The result is cut at a line break so it holds at most the requested number of UTF-8 bytes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const HOW = 'seeds concatenated in rotating order, one title line per copy, from the 2nd round on the last digit of every ASCII number changed per copy; cut at a line break to size (UTF-8 bytes; 1 MB = 2^20 bytes)';

/** The sample reports, in file-name order. */
export function readSeeds(dir) {
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  if (!names.length) throw new Error(`no .txt seed reports in ${dir}`);
  return names.map((n) => ({ name: n, text: fs.readFileSync(path.join(dir, n), 'utf8').replace(/^\uFEFF/, '') }));
}

/** A small integer hash of two numbers (deterministic, so runs are comparable). */
function mix(a, b) {
  let h = (Math.imul(a + 1, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca6b)) >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d) >>> 0;
  h ^= h >>> 12;
  return h >>> 0;
}

/** Changes the last digit of every ASCII digit run (never to itself); same length, same layout. */
export function perturbNumbers(text, copy) {
  let j = 0;
  return text.replace(/[0-9]+/g, (digits) => {
    const last = digits.charCodeAt(digits.length - 1) - 48;
    const next = (last + 1 + (mix(copy, j++) % 9)) % 10;
    return digits.slice(0, -1) + String(next);
  });
}

/** Builds a text of at most `bytes` UTF-8 bytes (and close to it) from the seeds. */
export function buildInput(seeds, bytes) {
  const parts = [];
  let size = 0;
  for (let copy = 0; ; copy++) {
    const seed = seeds[copy % seeds.length];
    const round = Math.floor(copy / seeds.length);
    const body = round === 0 ? seed.text : perturbNumbers(seed.text, copy);
    const piece = `${copy ? '\n\n' : ''}（汇编第${copy + 1}篇）\n\n${body.replace(/\s+$/, '')}`;
    const n = Buffer.byteLength(piece, 'utf8');
    if (size + n <= bytes) {
      parts.push(piece);
      size += n;
      continue;
    }
    // Take the longest prefix ending at a line break that still fits.
    const room = bytes - size;
    const buf = Buffer.from(piece, 'utf8').subarray(0, room);
    const cut = buf.lastIndexOf(0x0a);
    if (cut > 0) parts.push(buf.subarray(0, cut).toString('utf8'));
    break;
  }
  const text = parts.join('');
  return { text, bytes: Buffer.byteLength(text, 'utf8'), chars: text.length };
}
