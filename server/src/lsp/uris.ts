/** Document URIs as users read them, and as file paths. */

/** The file name at the end of a URI, decoded; a URI with a stray % (not an escape) keeps it as it is. */
export function fileNameOf(uri: string): string {
  const raw = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(raw);
  } catch (e) {
    if (e instanceof URIError) return raw;
    throw e;
  }
}

export { pathOfUri } from '../disk/fileUris';
