/**
 * Parses a big JSON-RPC message in steps. A client that opens a 50 MB report sends it as one
 * message; `JSON.parse` of it held the server for about half a second. Here the message's long
 * strings (the document's text) are decoded in pieces of up to a megabyte, with a yield after each,
 * and the rest of the message, a few hundred bytes, goes through `JSON.parse` with placeholders
 * where the long strings were.
 *
 * The message's skeleton (everything but its long strings) is parsed first and handed to
 * `onSkeleton`, so a reader knows which document the message is about before its text is decoded.
 */
import { StepSizer, type Steps } from '../../core/steps';

/** How the work is cut; tests make the numbers small to reach every edge with small texts. */
export interface SliceLimits {
  /** Strings at least this long (in bytes) are decoded in steps; the others stay in the skeleton. */
  longString: number;
  /** Bytes of a long string decoded between two yields at most (pieces are sized by their pace up to this). */
  piece: number;
}
export const DEFAULT_LIMITS: SliceLimits = { longString: 64 * 1024, piece: 1 << 20 };
/** Bytes of a long string decoded in the first step (the next ones as the pace goes). */
const FIRST_PIECE = 64 * 1024;
/** Bytes scanned for the ends of strings between two yields. */
const SCAN_STEP = 4 << 20;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Characters JSON does not allow unescaped in a string. */
const RAW_CONTROL = /[\u0000-\u001f]/;

/** How the placeholders of long strings in a skeleton start. */
const PLACEHOLDER = '\u0000report-lens:';

/** Whether a string of a skeleton stands for a long string still to be decoded. */
export function isPlaceholder(value: string): boolean {
  return value.startsWith(PLACEHOLDER);
}

/** The offsets of a string token: `start` at its opening quote, `end` at its closing quote. */
interface StringToken {
  start: number;
  end: number;
}

/**
 * Parses the UTF-8 JSON text in `bytes` (a BOM at its start is skipped, as a TextDecoder does),
 * yielding between slices of work. Throws a SyntaxError for text that is not JSON. `onSkeleton` gets
 * the value with its long strings not decoded yet (see isPlaceholder).
 */
export function* parseJsonSteps(bytes: Uint8Array, onSkeleton?: (skeleton: unknown) => void, limits: SliceLimits = DEFAULT_LIMITS): Steps<unknown> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const from = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const long = yield* longStrings(buf, from, limits.longString);
  // Placeholders carry a nonce, so no string the client sent can be mistaken for one.
  const nonce = `${PLACEHOLDER}${Math.random().toString(36).slice(2)}:`;
  const parts: Buffer[] = [];
  let at = from;
  long.forEach((s, i) => {
    parts.push(buf.subarray(at, s.start), Buffer.from(JSON.stringify(nonce + i)));
    at = s.end + 1;
  });
  parts.push(buf.subarray(at));
  const skeleton: unknown = JSON.parse(Buffer.concat(parts).toString('utf8'));
  if (long.length === 0) return skeleton;
  onSkeleton?.(skeleton);
  const values: string[] = [];
  for (const s of long) values.push(yield* decodeString(buf, s.start + 1, s.end, limits.piece));
  return fill(skeleton, nonce, values);
}

/** The string tokens of at least `minLength` bytes, in order. */
function* longStrings(buf: Buffer, from: number, minLength: number): Steps<StringToken[]> {
  const found: StringToken[] = [];
  let scanned = 0;
  // Outside strings, a quote always opens one; inside, the first quote not escaped closes it.
  for (let open = buf.indexOf(QUOTE, from); open >= 0; open = buf.indexOf(QUOTE, open + 1)) {
    let close = buf.indexOf(QUOTE, open + 1);
    while (close >= 0 && escapedAt(buf, close)) close = buf.indexOf(QUOTE, close + 1);
    if (close < 0) throw new SyntaxError('Unterminated string in JSON');
    if (close - open - 1 >= minLength) found.push({ start: open, end: close });
    scanned += close - open;
    open = close;
    if (scanned >= SCAN_STEP) {
      scanned = 0;
      yield;
    }
  }
  return found;
}

/** Whether the character at `at` is escaped: an odd number of backslashes stand right before it. */
function escapedAt(buf: Buffer, at: number): boolean {
  let n = 0;
  while (buf[at - 1 - n] === BACKSLASH) n++;
  return n % 2 === 1;
}

/**
 * The value of the string whose contents are buf[start, end), decoded a piece at a time: pieces start at 64 KB
 * and grow to what takes a step's time (core/steps.ts), up to `piece` bytes. In a new server a piece of a
 * megabyte took 18-27 ms.
 */
function* decodeString(buf: Buffer, start: number, end: number, piece: number): Steps<string> {
  const pieces: string[] = [];
  const sizer = new StepSizer(Math.min(FIRST_PIECE, piece), piece);
  for (let a = start; a < end; ) {
    sizer.start();
    // At least 16 bytes, so that a cut moved back out of a character and an escape still moves on.
    const step = Math.max(16, sizer.next);
    const cut = a + step >= end ? end : safeCut(buf, a + step);
    pieces.push(unescape(buf.toString('utf8', a, cut)));
    sizer.end(cut - a);
    a = cut;
    yield;
  }
  return pieces.join('');
}

/**
 * An offset at or a little before `at` where the string can be cut: not inside a UTF-8 sequence,
 * and not inside an escape (`\n`, `\\`, `\u4e2d`: at most six bytes, and only the first is a backslash).
 */
function safeCut(buf: Buffer, at: number): number {
  let cut = at;
  while ((buf[cut] & 0xc0) === 0x80) cut--;
  // The last backslash before the cut, within an escape's length.
  let p = cut - 1;
  while (p >= cut - 6 && buf[p] !== BACKSLASH) p--;
  if (p < cut - 6) return cut;
  // In a run of backslashes, escapes start at every other one from the run's start: the last one
  // starts an escape only when the run is odd.
  let runStart = p;
  while (buf[runStart - 1] === BACKSLASH) runStart--;
  if ((p - runStart) % 2 === 1) return cut;
  const length = buf[p + 1] === 0x75 /* u */ ? 6 : 2;
  return p + length <= cut ? cut : p;
}

/**
 * The characters a piece of a JSON string's contents stands for. A piece is cut where no escape is cut
 * (safeCut), so with its escapes it is a JSON string's body of its own, which JSON.parse reads in compiled
 * code (a replace with a callback per escape ran in V8's interpreter in a new server: a report's line breaks
 * are escapes).
 */
function unescape(raw: string): string {
  if (raw.indexOf('\\') >= 0) return JSON.parse(`"${raw}"`) as string;
  if (RAW_CONTROL.test(raw)) throw new SyntaxError('Bad control character in string literal in JSON');
  return raw;
}

/** `value` with the placeholders `nonce + i` (as values or keys) replaced by `values[i]`. */
function fill(value: unknown, nonce: string, values: string[]): unknown {
  if (typeof value === 'string') return value.startsWith(nonce) ? values[Number(value.slice(nonce.length))] : value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = fill(value[i], nonce, values);
    return value;
  }
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    // defineProperty, not assignment: a key "__proto__" is an own property in JSON.parse's objects.
    const own = (key: string, v: unknown) => Object.defineProperty(obj, key, { value: v, writable: true, enumerable: true, configurable: true });
    for (const key of Object.keys(obj)) {
      const v = fill(obj[key], nonce, values);
      if (key.startsWith(nonce)) {
        delete obj[key];
        own(values[Number(key.slice(nonce.length))], v);
      } else if (v !== obj[key]) own(key, v);
    }
  }
  return value;
}
