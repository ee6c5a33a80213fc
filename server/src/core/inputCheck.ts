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

/**
 * True when text looks like a report in another encoding read as UTF-8 (a GB18030 file opened as
 * UTF-8): no NUL, few control characters, and at least a fifth of the characters that are not spaces
 * in the first 8 KiB are U+FFFD. Such a text is not analysed either; the user is told how to reopen it.
 */
export function looksMisdecoded(text: string): boolean {
  const head = text.length > BINARY_CHECK ? text.slice(0, BINARY_CHECK) : text;
  if (head.indexOf('\u0000') >= 0) return false;
  let bad = 0;
  let control = 0;
  let visible = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) control++;
    if (c > 0x20) visible++;
  }
  return visible > 0 && bad * 5 >= visible && control * 100 <= head.length;
}

/** Removes a leading byte-order mark; offsets in the result are offsets in the text the user sees. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
