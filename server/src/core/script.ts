/**
 * Traditional and simplified script. Reports and their mirrors in traditional characters (醫院, 萬,
 * 兩個) are read by the detectors folded to simplified characters, one character for one, so that
 * offsets stay those of the document; names and units the core knows in simplified form are shown
 * back in traditional for a traditional document.
 *
 * The tables are data (server/data/traditional.json, made from OpenCC's character dictionaries by
 * scripts/data/traditional-table.mjs): a character table of some 3,000 pairs weighs 34 KB, where the
 * opencc-js converter with its phrase dictionaries would add 1.1 MB to the server bundle and convert
 * phrases into text of another length.
 */
import table from '../../data/traditional.json';

/** Simplified form of each traditional code unit (0: none), and traditional form of each simplified one. */
const TO_SIMPLIFIED = new Uint16Array(0x10000);
const TO_TRADITIONAL = new Uint16Array(0x10000);
for (let k = 0; k < table.toSimplified.length; k += 2) TO_SIMPLIFIED[table.toSimplified.charCodeAt(k)] = table.toSimplified.charCodeAt(k + 1);
for (let k = 0; k < table.toTraditional.length; k += 2) TO_TRADITIONAL[table.toTraditional.charCodeAt(k)] = table.toTraditional.charCodeAt(k + 1);

/** A Han character of the BMP: the unified ideographs, extension A and the compatibility block. Every rule that asks "is this Chinese?" asks this. */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** The simplified form of a traditional code unit, 0 for any other (for tables that fold more than script). */
export function simplifiedUnit(c: number): number {
  return TO_SIMPLIFIED[c];
}

/** The first index at or after `from` of a traditional character that folds, or -1. */
function nextTraditional(s: string, from: number): number {
  for (let i = from; i < s.length; i++) if (TO_SIMPLIFIED[s.charCodeAt(i)] !== 0) return i;
  return -1;
}

/** Whether `s` has a character written in traditional form (醫, 萬, 兩). */
export function hasTraditional(s: string): boolean {
  return nextTraditional(s, 0) >= 0;
}

/** Folds traditional characters to simplified ones, one for one (same length); `s` itself when it has none. */
export function foldTraditional(s: string): string {
  let i = nextTraditional(s, 0);
  if (i < 0) return s;
  let out = '';
  let from = 0;
  for (; i >= 0; i = nextTraditional(s, i + 1)) {
    out += s.slice(from, i) + String.fromCharCode(TO_SIMPLIFIED[s.charCodeAt(i)]);
    from = i + 1;
  }
  return out + s.slice(from);
}

/**
 * A simplified name or unit in traditional characters. Where `asWritten` (text of the document around
 * it) writes a character in traditional form, that form wins: 里 is 裡 or 裏, 台 is 臺 or 台 as the
 * document writes them; other characters take OpenCC's first traditional form.
 */
export function toTraditional(s: string, asWritten = ''): string {
  const written = new Map<number, number>();
  for (let k = 0; k < asWritten.length; k++) {
    const c = asWritten.charCodeAt(k);
    const simple = TO_SIMPLIFIED[c];
    if (simple !== 0 && !written.has(simple)) written.set(simple, c);
  }
  let out = '';
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    const t = written.get(c) ?? TO_TRADITIONAL[c];
    out += String.fromCharCode(t !== 0 ? t : c);
  }
  return out;
}
