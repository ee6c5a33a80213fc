/**
 * The brat `.ann` files beside reports, read and written in one place for the server's tag store, folder
 * exports and the CLI: which file belongs to which report (core/standoff/annNames.ts), how it is decoded,
 * and the `.ann.lost` record of tags whose text is gone.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { annNameOf, reportNamesOf } from '../core/standoff/annNames';
import { parseBrat, type ParsedBrat } from '../core/standoff/brat';
import { tagsFromBrat, type LostTag, type Tag } from '../core/tags';
import { checkWritable, RefusedWrite } from './atomicWrite';
import { looksBinary, stripBom } from '../core/inputCheck';
import type { Steps } from '../core/steps';
import { decodeBytes, utf8PiecesSteps, type Encoding } from './decode';
import { encodeText } from './encode';
import { MAX_ANN_BYTES, readRegularFile, readRegularFileAsync, type SafeRead } from './safeRead';

/** The .ann file of a report: same folder, brat's name for a `.txt`, the whole name plus `.ann` otherwise. */
export function annPathOf(file: string): string {
  return path.join(path.dirname(file), annNameOf(path.basename(file)));
}

/**
 * Another report that keeps its tags in the same .ann as `file` and comes first (a `.txt`, brat's), when
 * one exists: only odd names meet (`x.report` beside `x.report.txt`), and `file` must not be tagged then.
 */
export function rivalOf(file: string): string | undefined {
  const base = path.basename(file);
  const owners = reportNamesOf(annNameOf(base));
  const first = owners.find((name) => fs.existsSync(path.join(path.dirname(file), name)));
  return first !== undefined && first !== base ? path.join(path.dirname(file), first) : undefined;
}

/** The stamp of a file that cannot be looked at now (its folder was replaced by a file, or may not be read). */
export const UNREACHABLE = '?';

/**
 * Size and modification time of a file, to notice changes made by other programs: undefined when absent,
 * UNREACHABLE when its folder cannot be looked into, which says nothing of whether it changed.
 */
export function stampOf(file: string): string | undefined {
  try {
    const s = fs.statSync(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ENOTDIR' || code === 'EACCES' || code === 'EPERM') return UNREACHABLE;
    throw e;
  }
}

/** How an .ann file is encoded, to write it back the same way. */
export interface AnnEncoding {
  encoding: Encoding;
  bom: boolean;
}

/** How Report Lens writes a new .ann: UTF-8 without a byte-order mark, as brat does. */
export const NEW_ANN: AnnEncoding = { encoding: 'utf-8', bom: false };

/** Why an .ann could not be read: not a regular file, too large, unreadable, binary, or not text it could write back as it was. */
export type AnnUnreadable = 'not-a-file' | 'too-large' | 'unreadable' | 'binary' | 'encoding';

export type AnnText =
  | { status: 'missing' }
  | { status: 'unreadable'; reason: AnnUnreadable; message: string }
  | { status: 'text'; text: string; encoding: AnnEncoding; stamp: string | undefined };

export type AnnFile =
  | { status: 'missing' }
  | { status: 'unreadable'; reason: AnnUnreadable; message: string }
  | { status: 'read'; parsed: ParsedBrat; encoding: AnnEncoding; stamp: string | undefined };

/**
 * The text of an .ann from its bytes, in the encoding reports are read in (decode.ts). A file is read only if
 * its text gives back exactly its bytes: one that does not (bytes valid in no encoding, a character the
 * encoding cannot write back) would be damaged by a rewrite, so it is not read at all.
 */
function annText(read: SafeRead, stamp: string | undefined): AnnText {
  if ('problem' in read) return read.problem === 'missing' ? { status: 'missing' } : { status: 'unreadable', reason: read.problem, message: read.message };
  const bytes = read.bytes;
  const decoded = decodeBytes(bytes);
  if ('binary' in decoded) return { status: 'unreadable', reason: 'binary', message: 'looks like a binary file' };
  const encoding: AnnEncoding = { encoding: decoded.encoding, bom: decoded.encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf };
  if (!givesBack(decoded.text, encoding, bytes)) {
    const at = (decoded as { invalidAt?: number }).invalidAt;
    return { status: 'unreadable', reason: 'encoding', message: `is not valid ${encoding.encoding.toUpperCase()} throughout${at === undefined ? '' : ` (byte ${at})`}` };
  }
  return { status: 'text', text: decoded.text, encoding, stamp };
}

/** True when `text` in `encoding` is exactly `bytes`. */
function givesBack(text: string, encoding: AnnEncoding, bytes: Buffer): boolean {
  // UTF-8 decoding puts U+FFFD where bytes were not UTF-8; without one (the usual case) the text is exact, and a
  // 44 MB file need not be encoded again to know it. A U+FFFD of the file's own is told apart by the full check.
  if (encoding.encoding === 'utf-8' && !text.includes('\uFFFD')) return true;
  const back = encodeText(text, encoding.encoding, encoding.bom);
  return !!back && Buffer.from(back.buffer, back.byteOffset, back.byteLength).equals(bytes);
}

/** Reads an .ann's text (see annText). */
export function readAnnText(ann: string): AnnText {
  const stamp = stampOf(ann);
  return annText(readRegularFile(ann, MAX_ANN_BYTES), stamp);
}

/** readAnnText with the bytes read off the event loop. */
export async function readAnnTextAsync(ann: string): Promise<AnnText> {
  const stamp = stampOf(ann);
  return annText(await readRegularFileAsync(ann, MAX_ANN_BYTES), stamp);
}

/** An .ann's text in pieces that end at line breaks (see readAnnPiecesAsync). */
export type AnnPieces = Exclude<AnnText, { status: 'text' }> | { status: 'text'; pieces: string[]; encoding: AnnEncoding; stamp: string | undefined };

/**
 * readAnnTextAsync for a file that may be big: a UTF-8 file is decoded in pieces of about PIECE_BYTES cut after
 * line breaks, in steps (`run`), so that 45 MB are neither decoded in one block of the server's event loop nor
 * made one string of 90 MB. Any other file (another encoding, bytes that are not all UTF-8, a U+FFFD of its
 * own) is read as readAnnTextAsync reads it, in one piece.
 */
export async function readAnnPiecesAsync(ann: string, run: <T>(steps: Steps<T>) => Promise<T>): Promise<AnnPieces> {
  const stamp = stampOf(ann);
  const read = await readRegularFileAsync(ann, MAX_ANN_BYTES);
  if ('bytes' in read) {
    const pieces = await run(annPieces(read.bytes));
    if (pieces) return { status: 'text', pieces, encoding: { encoding: 'utf-8', bom: read.bytes[0] === 0xef && read.bytes[1] === 0xbb && read.bytes[2] === 0xbf }, stamp };
  }
  const whole = annText(read, stamp);
  return whole.status === 'text' ? { status: 'text', pieces: [whole.text], encoding: whole.encoding, stamp } : whole;
}

/** Bytes decoded between two steps of annPieces: 512 KB of a tagged .ann take 4–5 ms (TextDecoder, this machine). */
const PIECE_BYTES = 1 << 19;

/**
 * The text of bytes that are all well-formed UTF-8 with no U+FFFD, in pieces cut after line breaks
 * (utf8PiecesSteps), BOM removed; undefined for any other bytes, which annText decides on. What it gives is
 * what annText gives for such bytes: decodeBytes reads them as UTF-8, and they give back themselves.
 */
function* annPieces(bytes: Uint8Array): Steps<string[] | undefined> {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined;
  if (bytes.subarray(0, 8192).includes(0)) return undefined; // binary, as decodeBytes sees it
  const pieces = yield* utf8PiecesSteps(bytes, PIECE_BYTES, 'line');
  if (pieces === undefined) return undefined;
  if (pieces.length === 0) return [''];
  pieces[0] = stripBom(pieces[0]);
  if (looksBinary(pieces[0]) || pieces.some((p) => p.includes('\uFFFD'))) return undefined;
  return pieces;
}

/** Reads and parses an .ann file; a parse with problems is returned as read, with its problems. */
export function readAnn(ann: string): AnnFile {
  const read = readAnnText(ann);
  if (read.status !== 'text') return read;
  return { status: 'read', parsed: parseBrat(read.text), encoding: read.encoding, stamp: read.stamp };
}

/**
 * The tags kept beside a report, anchored in its text: none when there is no .ann, and none (with the
 * reason) when it cannot be read or has errors, since a half-read file would give wrong tags.
 */
export function tagsBeside(file: string, text: string): { ann: string; tags: Tag[]; lost: LostTag[]; problem?: string } {
  const ann = annPathOf(file);
  const rival = rivalOf(file);
  if (rival) return { ann, tags: [], lost: [], problem: `it holds the tags of ${path.basename(rival)}` };
  const read = readAnn(ann);
  if (read.status === 'missing') return { ann, tags: [], lost: [] };
  if (read.status === 'unreadable') return { ann, tags: [], lost: [], problem: read.message };
  const p = read.parsed.problems[0];
  if (p) return { ann, tags: [], lost: [], problem: `line ${p.line}: ${p.message}` };
  const r = tagsFromBrat(read.parsed, text);
  return { ann, tags: r.tags, lost: r.lost };
}

/** Appending: create if need be, never through a link (O_NOFOLLOW), never wait for a FIFO's reader (O_NONBLOCK). */
const APPEND_FLAGS =
  fs.constants.O_WRONLY | fs.constants.O_APPEND | fs.constants.O_CREAT | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);

/**
 * Appends lines to the record of lost tags beside an .ann (`report.ann.lost`), in UTF-8 (GB18030 beside a
 * GB18030 .ann), and
 * returns its path. Lines it holds already are not added again (a report reopened before it was saved finds
 * the same tags lost). Throws when the record cannot be written; a link or anything but a regular file there
 * is refused (RefusedWrite), never followed.
 */
export function appendLost(ann: string, lines: string, encoding: AnnEncoding): string {
  const file = `${ann}.lost`;
  checkWritable(file);
  const known = new Set<string>();
  const old = readRegularFile(file, MAX_ANN_BYTES);
  if ('bytes' in old) {
    const decoded = decodeBytes(old.bytes);
    if ('text' in decoded) for (const l of decoded.text.split(/\r\n|\r|\n/)) known.add(l);
  }
  const fresh = lines.split('\n').filter((l) => l !== '' && !known.has(l));
  if (!fresh.length) return file;
  const text = fresh.join('\n') + '\n';
  const bytes = (encoding.encoding === 'gb18030' && encodeText(text, 'gb18030')) || Buffer.from(text, 'utf8');
  const fd = fs.openSync(file, APPEND_FLAGS, 0o644);
  try {
    // Opened, it must still be a plain file (checkWritable looked before the open).
    if (!fs.fstatSync(fd).isFile()) throw new RefusedWrite(`${file} is not a regular file`);
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return file;
}
