/** Checks on input before analysis: text that is not a report at all. */

/** How much of the start of a text looksBinary reads. */
export const BINARY_CHECK = 8192;

/**
 * True when text looks like a binary file decoded as text: NUL characters, or many U+FFFD
 * replacement characters (bytes that were not valid UTF-8), within the first 8 KiB.
 */
export function looksBinary(text: string): boolean {
  const head = text.length > BINARY_CHECK ? text.slice(0, BINARY_CHECK) : text;
  if (head.indexOf('\u0000') >= 0) return true;
  let bad = 0;
  for (let i = head.indexOf('\uFFFD'); i >= 0; i = head.indexOf('\uFFFD', i + 1)) bad++;
  return head.length > 0 && bad / head.length > 0.05;
}

/** Removes a leading byte-order mark; offsets in the result are offsets in the text the user sees. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
