/** File paths of `file:` URIs, which come from the client and may be anything. */
import { fileURLToPath } from 'node:url';

/**
 * The file path of a `file:` URI, or undefined for any other URI and for one that names no path (a `%`
 * that is not an escape, an encoded slash, a host on POSIX): a URI the server cannot read must not
 * throw where nobody catches it.
 */
export function pathOfUri(uri: string | undefined): string | undefined {
  if (typeof uri !== 'string' || !uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
