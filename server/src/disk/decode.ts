/**
 * The one decoder of report files, for the server, the workspace index and the CLI alike: UTF-8 (with or
 * without a BOM), UTF-16 with a BOM, else GB18030; binary files are recognised and not decoded.
 *
 * GB18030 is chosen only when the whole file is valid GB18030 and is not valid UTF-8 (nor UTF-8 with a
 * few bad bytes among many good sequences): one bad byte in a UTF-8 report must not turn it into
 * mojibake (GB18030 reads most UTF-8 bytes as some Chinese characters). A file valid in neither is
 * read in the one where it has far fewer bad sequences (UTF-8 when in doubt), with its bad bytes as
 * U+FFFD and the offset of the first in `invalidAt`.
 */
import { isUtf8 } from 'node:buffer';
import { looksBinary, stripBom } from '../core/inputCheck';
import type { Steps } from '../core/steps';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type Decoded =
  | {
      text: string;
      encoding: Encoding;
      /** Set when some bytes are not valid in `encoding` (they became U+FFFD): the offset of the first, in the file. */
      invalidAt?: number;
    }
  | { binary: true };

/**
 * A file with at least this many well-formed multi-byte UTF-8 sequences per broken one is UTF-8 with a
 * few bad bytes, whatever else it might be: GB18030 text read as UTF-8 is mostly broken sequences.
 */
const MOSTLY_UTF8 = 20;

/** How much of the start of a file is searched for NUL bytes. */
const NUL_CHECK = 8192;

/** Decodes a report's bytes; the BOM is removed, so offsets are those of the text the user sees. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  let text: string;
  let encoding: Encoding;
  let invalidAt: number | undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    encoding = 'utf-16be';
  } else {
    if (bytes.subarray(0, NUL_CHECK).includes(0)) return { binary: true };
    const asUtf8 = () => stripBom(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
    encoding = 'utf-8';
    // Node's check of well-formed UTF-8 (the common case) is native; the scan below, which also counts,
    // cost the CLI some 25 ms of CPU of its 150 ms reading a 10 MB report (median of 5 runs each, load 5).
    const scan = isUtf8(bytes) ? { invalid: 0, multiByte: 0, firstInvalid: -1 } : utf8Scan(bytes, false);
    if (scan.invalid === 0) text = asUtf8();
    else if (scan.invalid * MOSTLY_UTF8 <= scan.multiByte) {
      text = asUtf8();
      invalidAt = scan.firstInvalid;
    } else {
      const gb = gb18030Check(bytes);
      if (gb.valid) {
        text = gb.text;
        encoding = 'gb18030';
      } else {
        // Both broken: GB18030 only when it has far fewer bad sequences (a GB18030 file with a stray byte is
        // thousands of bad sequences as UTF-8); replacement characters in the file itself count for both.
        text = asUtf8();
        invalidAt = scan.firstInvalid;
        if ((replacements(gb.text) + 1) * 10 <= replacements(text)) {
          text = gb.text;
          encoding = 'gb18030';
          invalidAt = firstInvalidGb18030(bytes);
        }
      }
    }
  }
  if (looksBinary(text)) return { binary: true };
  return invalidAt === undefined ? { text, encoding } : { text, encoding, invalidAt };
}

/** Bytes decoded between two steps of decodeBytesSteps: 512 KB, about a millisecond once compiled. */
const PIECE_BYTES = 1 << 19;

/**
 * decodeBytes in steps, for what reads big files beside the server's other work (the workspace index): a
 * well-formed UTF-8 file (the common case) is decoded in pieces (utf8PiecesSteps) and joined; any other file
 * is decoded by decodeBytes at once. The same result either way: in one go, 4.5 MB of report held the server
 * 20-30 ms in a new process.
 */
export function* decodeBytesSteps(bytes: Uint8Array, pieceBytes = PIECE_BYTES): Steps<Decoded> {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16 || bytes.length <= pieceBytes || bytes.subarray(0, NUL_CHECK).includes(0)) return decodeBytes(bytes);
  const pieces = yield* utf8PiecesSteps(bytes, pieceBytes, 'char');
  if (pieces === undefined) return decodeBytes(bytes);
  const text = stripBom(pieces.join(''));
  return looksBinary(text) ? { binary: true } : { text, encoding: 'utf-8' };
}

/**
 * Bytes that are all well-formed UTF-8 decoded about `pieceBytes` at a time, a step each, so that a big file
 * is not decoded in one block of the server's event loop; undefined at the first piece that is not UTF-8
 * (pieces cut between characters are all well-formed exactly when the whole is). A piece ends at the last
 * character boundary within `pieceBytes` (`cut` 'char'; a whole character when it is longer), or after the first line feed from `pieceBytes` on
 * ('line', for a reader that parses whole lines; a line feed is never part of a multi-byte sequence). A BOM
 * stays in the first piece, as U+FEFF. No bytes, no pieces.
 */
export function* utf8PiecesSteps(bytes: Uint8Array, pieceBytes: number, cut: 'char' | 'line'): Steps<string[] | undefined> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const pieces: string[] = [];
  for (let from = 0; from < bytes.length; ) {
    const to = cut === 'line' ? afterLineFeed(bytes, from + pieceBytes) : characterBoundary(bytes, from, from + pieceBytes);
    const piece = bytes.subarray(from, to);
    if (!isUtf8(piece)) return undefined;
    pieces.push(decoder.decode(piece));
    from = to;
    yield;
  }
  return pieces;
}

/** Where a piece that reaches at least `at` ends: after the next line feed, or at the end. */
function afterLineFeed(bytes: Uint8Array, at: number): number {
  const lf = bytes.indexOf(0x0a, at);
  return lf < 0 ? bytes.length : lf + 1;
}

/**
 * `to` (within the bytes) moved back to the first byte of a character (a continuation byte is 10xxxxxx); when
 * that is `from`, a piece smaller than its first character, forward past that character instead.
 */
function characterBoundary(bytes: Uint8Array, from: number, to: number): number {
  to = Math.min(bytes.length, to);
  while (to < bytes.length && to > from && (bytes[to] & 0xc0) === 0x80) to--;
  if (to > from) return to;
  to = from + 1;
  while (to < bytes.length && (bytes[to] & 0xc0) === 0x80) to++;
  return to;
}

/**
 * The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629: no
 * overlong forms, no surrogates, nothing past U+10FFFF), or -1 when all of `bytes` is UTF-8.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  return utf8Scan(bytes, true).firstInvalid;
}

/**
 * Counts the well-formed multi-byte UTF-8 sequences of `bytes` and the places where one is broken (after a
 * broken one the scan goes on at the next byte); with `firstOnly`, stops at the first broken one.
 */
function utf8Scan(bytes: Uint8Array, firstOnly: boolean): { firstInvalid: number; invalid: number; multiByte: number } {
  const n = bytes.length;
  let firstInvalid = -1;
  let invalid = 0;
  let multiByte = 0;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = sequenceLength(bytes, i);
    if (need > 0) {
      multiByte++;
      i += need;
      continue;
    }
    if (firstInvalid < 0) firstInvalid = i;
    invalid++;
    if (firstOnly) break;
    i++;
  }
  return { firstInvalid, invalid, multiByte };
}

/** The length of the well-formed multi-byte sequence at `i`, or 0 when none starts there. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    if (b === 0xe0) lo = 0xa0;
    else if (b === 0xed) hi = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) lo = 0x90;
    else if (b === 0xf4) hi = 0x8f;
  } else return 0;
  if (i + need >= bytes.length) return 0; // cut short by the end of the file
  const second = bytes[i + 1];
  if (second < lo || second > hi) return 0;
  for (let k = 2; k <= need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  return need + 1;
}

/** The text of `bytes` as GB18030, and whether all of them are valid GB18030. */
function gb18030Check(bytes: Uint8Array): { valid: boolean; text: string } {
  try {
    return { valid: true, text: new TextDecoder('gb18030', { fatal: true }).decode(bytes) };
  } catch (e) {
    // A fatal decoder throws a TypeError for bytes that are not of its encoding.
    if (!(e instanceof TypeError)) throw e;
    return { valid: false, text: new TextDecoder('gb18030').decode(bytes) };
  }
}

/** Whether bytes[0, end) are GB18030; with `cut`, a sequence cut short at `end` is not an error. */
function gb18030Valid(bytes: Uint8Array, end: number, cut: boolean): boolean {
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes.subarray(0, end), { stream: cut });
    return true;
  } catch {
    return false;
  }
}

/** The offset of the first byte of the first sequence that is not GB18030 (the file is known to have one). */
function firstInvalidGb18030(bytes: Uint8Array): number {
  // The longest prefix that is valid but maybe cut short, by halving: the byte after it makes it invalid.
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    if (gb18030Valid(bytes, mid, true)) good = mid;
    else bad = mid;
  }
  // The bad sequence starts where the last whole character before that byte ends (sequences are at most four bytes).
  for (let start = good; start > good - 4 && start > 0; start--) if (gb18030Valid(bytes, start, false)) return start;
  return Math.max(0, good - 3);
}

/** How many U+FFFD a text holds. */
function replacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}
