/**
 * The one decoder of report files, for the server, the workspace index and the CLI alike: UTF-8 (with or
 * without a BOM), UTF-16 with a BOM, else GB18030; binary files are recognised and not decoded.
 */
import { looksBinary, stripBom } from '../core/inputCheck';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type Decoded = { text: string; encoding: Encoding } | { binary: true };

/** How much of the start of a file is searched for NUL bytes. */
const NUL_CHECK = 8192;

/** Decodes a report's bytes; the BOM is removed, so offsets are those of the text the user sees. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  let text: string;
  let encoding: Encoding;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    encoding = 'utf-16be';
  } else {
    if (bytes.subarray(0, NUL_CHECK).includes(0)) return { binary: true };
    try {
      text = stripBom(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
      encoding = 'utf-8';
    } catch (e) {
      // A fatal decoder throws a TypeError for bytes that are not UTF-8.
      if (!(e instanceof TypeError)) throw e;
      text = new TextDecoder('gb18030').decode(bytes);
      encoding = 'gb18030';
    }
  }
  return looksBinary(text) ? { binary: true } : { text, encoding };
}
