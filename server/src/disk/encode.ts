/**
 * Text back to bytes in the encodings decode.ts reads, so that a file Report Lens rewrites (a .ann made by
 * another tool in GB18030) keeps its encoding.
 *
 * Node encodes UTF-8 and UTF-16 itself but has no GB18030 encoder. The one here is the inverse of the
 * decoder that reads the files (the WHATWG TextDecoder), built from it on first use: every two-byte
 * sequence and every four-byte one of the Basic Multilingual Plane is decoded once; the planes above are
 * arithmetic. An encoder from another package would carry its own tables (and half a megabyte of others),
 * with no promise to undo exactly what this decoder does; callers check the round trip all the same.
 */
import type { Encoding } from './decode';

/** Bytes of `text` in `encoding` (with a byte-order mark when `bom`); undefined if it cannot hold some character. */
export function encodeText(text: string, encoding: Encoding, bom = false): Uint8Array | undefined {
  switch (encoding) {
    case 'utf-8':
      return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]) : Buffer.from(text, 'utf8');
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'gb18030':
      return encodeGb18030(text);
  }
}

/** BMP code point → its GB18030 bytes: b1b2 for two bytes, b1b2b3b4 (above 0xFFFF) for four; 0 when unknown. */
let bmpTable: Uint32Array | undefined;

/** The bytes of four-byte pointer `p` (WHATWG's "index gb18030 ranges" pointer). */
function fourBytes(p: number): number[] {
  const b4 = p % 10;
  const b3 = Math.floor(p / 10) % 126;
  const b2 = Math.floor(p / 1260) % 10;
  const b1 = Math.floor(p / 12600);
  return [b1 + 0x81, b2 + 0x30, b3 + 0x81, b4 + 0x30];
}

/**
 * Decodes `count` byte sequences of `width` bytes at once (`bytesOf(i)` gives the i-th), each followed by
 * a line feed, and maps each that gives a single character back to its bytes.
 */
function learn(table: Uint32Array, count: number, width: 2 | 4, bytesOf: (i: number) => number[]): void {
  const bytes = new Uint8Array(count * (width + 1));
  for (let i = 0, at = 0; i < count; i++) {
    for (const b of bytesOf(i)) bytes[at++] = b;
    bytes[at++] = 0x0a;
  }
  const pieces = new TextDecoder('gb18030').decode(bytes).split('\n');
  for (let i = 0; i < count; i++) {
    const piece = pieces[i];
    // Unknown sequences decode to U+FFFD (and an ASCII trail byte after it): not a mapping.
    if (piece.length !== 1 || piece === '\uFFFD') continue;
    const cp = piece.charCodeAt(0);
    if (table[cp]) continue; // the two-byte form comes first and wins, as in the WHATWG encoder
    const at = i * (width + 1);
    table[cp] = width === 2 ? (bytes[at] << 8) | bytes[at + 1] : ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
  }
}

/** Two-byte sequences: lead 0x81–0xFE, trail 0x40–0xFE without 0x7F (190 per lead). */
const PAIRS = 126 * 190;
/** Four-byte pointers 0–39419 are the sequences of the Basic Multilingual Plane. */
const BMP_POINTERS = 39420;

function gb18030Table(): Uint32Array {
  if (bmpTable) return bmpTable;
  const table = new Uint32Array(0x10000);
  learn(table, PAIRS, 2, (i) => {
    const trail = i % 190;
    return [0x81 + Math.floor(i / 190), trail < 0x3f ? 0x40 + trail : 0x41 + trail];
  });
  learn(table, BMP_POINTERS, 4, fourBytes);
  bmpTable = table;
  return table;
}

function encodeGb18030(text: string): Uint8Array | undefined {
  const table = gb18030Table();
  const out = Buffer.allocUnsafe(text.length * 4);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        // Above the BMP, pointer = 189000 + (code point − 0x10000).
        for (const b of fourBytes(189000 + ((c - 0xd800) << 10) + (d - 0xdc00))) out[n++] = b;
        continue;
      }
    }
    const v = table[c];
    if (!v) return undefined;
    if (v > 0xffff) {
      out[n++] = v >>> 24;
      out[n++] = (v >>> 16) & 0xff;
      out[n++] = (v >>> 8) & 0xff;
      out[n++] = v & 0xff;
    } else {
      out[n++] = v >>> 8;
      out[n++] = v & 0xff;
    }
  }
  return out.subarray(0, n);
}
