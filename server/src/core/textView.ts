/**
 * The text the detectors see.
 *
 * PDF extraction breaks lines in the middle of words (县域\n\n医共体). The document is cut into
 * blocks at hard paragraph breaks; inside a block, soft breaks are removed so a term or name that
 * was split is whole again. Full-width ASCII forms (U+FF01–U+FF5E) are folded to ASCII, and
 * traditional characters to simplified ones (醫院 → 医院, 萬 → 万: script.ts), both one character for
 * one, which keeps every UTF-16 length: detectors see one form of digits, punctuation and script, and
 * their offsets need no other mapping. Offsets found in a block's view map back to document offsets
 * through `toDocument`.
 */
import { endsInColumns, endsWithFileExtension, isFooterLine, isMetaLine, mayBeMetaAt, MAX_DEBRIS_LINE } from './outline/debris';
import { digitValue } from './numerals';
import { isHan, simplifiedUnit } from './script';

/** One paragraph-like piece of the document, analysed on its own. */
export interface Block {
  /** Document offset of the block's first character. */
  start: number;
  /** Document offset after the block's last character. */
  end: number;
  /** The block's text with soft breaks removed, width and script folded. */
  view: string;
  /** Whether folding changed a character (with no cuts either, the view is the document's text). */
  folded: boolean;
  /**
   * Where text was removed: pairs [viewOffset, removedLength], sorted by viewOffset.
   * A view offset v maps to start + v + (sum of removed lengths at view offsets <= v).
   */
  cuts: number[];
}

const SENTENCE_END = new Set('。！？!?；;：:…”’」』）)】》>'.split(''));

/** \n or \r. */
export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xfeff;
}

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const HALF_OF: Record<string, string> = {};
for (let c = 0xff01; c <= 0xff5e; c++) HALF_OF[String.fromCharCode(c)] = String.fromCharCode(c - 0xfee0);

const ANY_FULL_WIDTH = /[\uFF01-\uFF5E]/;

/** Folds full-width ASCII forms to ASCII; same length; `s` itself when there are none. */
export function foldWidth(s: string): string {
  return ANY_FULL_WIDTH.test(s) ? s.replace(FULL_WIDTH, (c) => HALF_OF[c]) : s;
}

/** The CJK double-prime quotation marks (〝 〞 〟), some pages' quotes, as the curly quotes the detectors read: “ ” ”. */
const QUOTE_MARKS: Record<string, string> = { '\u301d': '\u201c', '\u301e': '\u201d', '\u301f': '\u201d' };
const ANY_QUOTE_MARK = /[\u301d-\u301f]/g;

/** Folds the double-prime quotation marks to curly quotes; same length. */
export function foldQuoteMarks(s: string): string {
  return s.replace(ANY_QUOTE_MARK, (c) => QUOTE_MARKS[c]);
}

/** What each code unit of a view becomes, its width, its script and its quotation marks folded (0: itself). */
const FOLD = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  const half = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c;
  const folded = simplifiedUnit(half) || half;
  if (folded !== c) FOLD[c] = folded;
}
for (const [mark, quote] of Object.entries(QUOTE_MARKS)) FOLD[mark.charCodeAt(0)] = quote.charCodeAt(0);

/**
 * `foldTraditional(foldWidth(s))` with one table read a code unit: `s` itself when nothing folds.
 * Most paragraphs fold somewhere (the Chinese comma ， is a full-width form), so this runs on nearly
 * all of a report's text: one scan instead of a scan for each fold.
 */
export function foldView(s: string): string {
  let i = 0;
  while (i < s.length && FOLD[s.charCodeAt(i)] === 0) i++;
  if (i === s.length) return s;
  return (s.length <= foldUnits.length && foldFlat(s, i)) || foldJoined(s, i);
}

/**
 * Room for the code units of one folded view (views are folded one at a time). A longer view, rare
 * (a paragraph of 64 K characters), is built piece by piece: the room is not grown for it and kept.
 */
const foldUnits = new Uint16Array(64 * 1024);
/** Decodes folded code units into a string; `ignoreBOM` keeps a leading U+FEFF, which is text here. */
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * The folded view as one flat string, written into foldUnits and decoded at once, or undefined when
 * `s` holds a surrogate (the decoder would replace a lone one). Built piece by piece, a paragraph with
 * a few commas made some ten short-lived strings, and the tree they formed was copied flat again when
 * first read: on the 10 MB bench input this way is some 30 ms less of Analyzer.analyze (see CHANGELOG).
 */
function foldFlat(s: string, first: number): string | undefined {
  const n = s.length;
  const units = foldUnits;
  for (let k = 0; k < first; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdfff) return undefined;
    units[k] = c;
  }
  for (let k = first; k < n; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdfff) return undefined;
    const f = FOLD[c];
    units[k] = f === 0 ? c : f;
  }
  return UTF16.decode(units.subarray(0, n));
}

/** The folded view built piece by piece, for long views and text with surrogates. */
function foldJoined(s: string, i: number): string {
  let out = '';
  let from = 0;
  for (; i < s.length; i++) {
    const f = FOLD[s.charCodeAt(i)];
    if (f === 0) continue;
    out += s.slice(from, i) + String.fromCharCode(f);
    from = i + 1;
  }
  return out + s.slice(from);
}

/** The cuts of every block that has none (most blocks): one shared, frozen list. */
const NO_CUTS: number[] = [];
Object.freeze(NO_CUTS);

/** Minimum length of a line (in UTF-16 units, trimmed) for a break after it to count as soft. */
const SOFT_BREAK_MIN_LINE = 16;
/** Soft breaks span at most this many line breaks (one blank line from PDF extraction, twice with CRLF). */
const SOFT_BREAK_MAX_NEWLINES = 3;

/**
 * Decides whether the line break run text[from, to) is soft: the line before is long and stops
 * mid-sentence, and the next line continues it.
 */
function isSoftBreak(text: string, lineStart: number, from: number, to: number): boolean {
  // Trim trailing blanks of the previous line.
  let last = from - 1;
  while (last >= lineStart && isBlank(text.charCodeAt(last))) last--;
  if (last < lineStart) return false;
  if (last - lineStart + 1 < SOFT_BREAK_MIN_LINE) return false;
  if (SENTENCE_END.has(text[last])) return false;
  if (to >= text.length) return false;
  // A page's metadata or dateline ("2023-03-14 16:51 来源：中原网") ends where its line does, indented or not.
  let first = lineStart;
  while (first < last && isBlank(text.charCodeAt(first))) first++;
  if (last - first < MAX_DEBRIS_LINE && mayBeMetaAt(text, first) && isMetaLine(text.slice(first, last + 1))) return false;
  // So does a breadcrumb ("首页 > 漳州新闻 > 正文" over a headline: 正文|卫生服务中心… was read as one name).
  if (last - first < MAX_DEBRIS_LINE && holdsBreadcrumb(text, first, last + 1)) return false;
  // And a site's footer line ("网站维护:…运营中心" over "网站标识码 …": 运营中心|网站 was read as one name).
  if (isFooterLine(text.slice(first, Math.min(last + 1, first + MAX_FOOTER_LINE)))) return false;
  const next = text.charCodeAt(to);
  if (isBlank(next) || isLineBreak(next)) return false;
  // Nor does a line join a footer's line after it (网站标识码, 版权所有 …), nor a headline the dateline of its news (福清新闻网4月8日讯(记者…)).
  if (footerLineAt(text, to) || newsLeadAt(text, to)) return false;
  // A photo's credit (朝阳区委宣传部供图, 唐建 摄) or an image's file name (….jpg) ends its line: the next line is text of its own;
  // and an image's file name on the next line is a line of its own.
  if (endsCaption(text, lineStart, last + 1) || fileNameLineAt(text, to)) return false;
  // Nor does a web address (http://www.100md.com over 2004年3月23日: the date's year was read into the address).
  if (endsInWebAddress(text, first, last + 1)) return false;
  // A table's row ends with its columns' numbers (移动电话 部 147.4  136.7 over 家用电脑 台 …): no number of prose is
  // cut from its unit there, as a number that follows another one over a blank never is in a sentence.
  if (endsInColumns(text, lineStart, last + 1)) return false;
  // Two numbers never join across a line ("时间:2017-09-30 09:27" over "2017920日至23日…").
  if (digitValue(text.charCodeAt(last)) >= 0 && digitValue(next) >= 0) return false;
  // The next line must not start a structure of its own (a heading marker or a list item).
  const head = text.slice(to, to + 4);
  if (/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|[①-⑳]|#|\*\*|【|□|■)/.test(head)) return false;
  return true;
}

/** How far into a line a news lead's 讯( or 电( is looked for (福清新闻网4月8日讯(, 新华社北京3月5日电(). */
const NEWS_LEAD_REACH = 20;

/** Whether the line starting at `at` opens as a news lead does: 本报讯, or 讯 or 电 before a bracket in its first characters. */
function newsLeadAt(text: string, at: number): boolean {
  if (text.startsWith('本报讯', at)) return true;
  for (let k = at; k < at + NEWS_LEAD_REACH && k + 1 < text.length; k++) {
    const c = text.charCodeAt(k);
    if (isLineBreak(c)) return false;
    if (c === 0x8baf /* 讯 */ || c === 0x7535 /* 电 */) {
      const d = text.charCodeAt(k + 1);
      if (d === 0xff08 || d === 0x28 || d === 0x20 || d === 0x3000 || d === 0xff1a || d === 0x3a) return true;
    }
  }
  return false;
}

/**
 * How much of a line is looked at for a site's footer around a break (网站维护:…, 网站标识码 …, 版权所有 …): a footer's line
 * is short, or says what it is near its start; the body's long lines, which most breaks end, are not looked at whole.
 */
const MAX_FOOTER_LINE = 40;

/** Whether the line starting at `at` opens as a site's footer line does (its first MAX_FOOTER_LINE units are looked at). */
function footerLineAt(text: string, at: number): boolean {
  const limit = Math.min(text.length, at + MAX_FOOTER_LINE);
  let e = at;
  while (e < limit && !isLineBreak(text.charCodeAt(e))) e++;
  return isFooterLine(text.slice(at, e));
}

/** Longest line read as an image's file name. */
const MAX_FILE_NAME_LINE = 64;

/** Whether the line starting at `at` is a file's name alone (5f2d0d46e4b0bde55fbb4bf0.jpg): looked for in its first MAX_FILE_NAME_LINE units. */
function fileNameLineAt(text: string, at: number): boolean {
  const limit = Math.min(text.length, at + MAX_FILE_NAME_LINE + 1);
  let e = at;
  while (e < limit && !isLineBreak(text.charCodeAt(e))) e++;
  if (e === limit && e < text.length) return false;
  while (e > at && isBlank(text.charCodeAt(e - 1))) e--;
  return endsWithFileExtension(text, at, e);
}

/** Whether text[s, e) ends as a photo's caption does: with its credit (供图, 摄) or with an image's file name. */
function endsCaption(text: string, s: number, e: number): boolean {
  const c = text.charCodeAt(e - 1);
  if (c === 0x6444 /* 摄 */ || (c === 0x56fe /* 图 */ && text.charCodeAt(e - 2) === 0x4f9b /* 供 */)) return true;
  return endsWithFileExtension(text, s, e);
}

/** How far back from a line's end a web address's start is looked for. */
const MAX_WEB_ADDRESS = 120;

/** Whether text[s, e) ends in a web address (http://…, https://…, www.…): the address runs from the line's last blank. */
function endsInWebAddress(text: string, s: number, e: number): boolean {
  let k = e;
  while (k > s && e - k < MAX_WEB_ADDRESS) {
    const c = text.charCodeAt(k - 1);
    if (c <= 0x20 || c > 0x7e) break;
    k--;
  }
  return text.startsWith('http://', k) || text.startsWith('https://', k) || text.startsWith('www.', k);
}

/**
 * Whether text[s, e) holds a breadcrumb's separator (>, ＞, », ›) before a name, not before a number as an
 * indicator's bound does (覆盖率>90%, 血压>=140).
 */
function holdsBreadcrumb(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x3e /* > */ && c !== 0xff1e /* ＞ */ && c !== 0xbb /* » */ && c !== 0x203a /* › */) continue;
    let k = i + 1;
    while (k < e && isBlank(text.charCodeAt(k))) k++;
    const next = text.charCodeAt(k);
    if (k < e && digitValue(next) < 0 && next !== 0x3d /* = */) return true;
  }
  return false;
}

/** Ranges up to this long are scanned for line breaks character by character. */
const SHORT_RANGE = 4096;

/** Cuts `text[start, end)` into blocks at hard breaks. */
export function splitBlocks(text: string, start = 0, end = text.length): Block[] {
  return [...blocksOf(text, start, end)];
}

/** The blocks of `text[start, end)` one by one, so a caller can stop or pause between them. */
export function* blocksOf(text: string, start = 0, end = text.length): Generator<Block, void, void> {
  let blockStart = start;
  let view = '';
  let cuts = NO_CUTS;
  let segStart = start; // start of the not-yet-copied part
  let lineStart = start;
  let i = start;
  // The block that ends at `blockEnd`, if it is not empty; resets the view.
  const flush = (blockEnd: number): Block | undefined => {
    view += text.slice(segStart, blockEnd);
    let folded = foldView(view);
    // A mirror site's pinyin after each character (衛(wèi)生) is cut out of the view, as a soft break is.
    const glossed = folded.indexOf('(') < 0 ? undefined : withoutPinyin(folded, cuts);
    if (glossed) {
      folded = glossed.view;
      cuts = glossed.cuts;
    }
    const block = blockEnd > blockStart ? { start: blockStart, end: blockEnd, view: folded, cuts, folded: folded !== view } : undefined;
    view = '';
    cuts = NO_CUTS;
    return block;
  };
  // Next \n and next lone-or-paired \r, found lazily so LF-only text is scanned once. indexOf looks
  // to the end of the text: a short range (the paragraphs around an edit) is scanned by hand instead.
  const short = end - start <= SHORT_RANGE;
  let nextLF = -2;
  let nextCR = -2;
  while (i < end) {
    let brk: number;
    if (short) {
      brk = i;
      while (brk < end && !isLineBreak(text.charCodeAt(brk))) brk++;
    } else {
      if (nextLF !== -1 && nextLF < i) nextLF = text.indexOf('\n', i);
      if (nextCR !== -1 && nextCR < i) nextCR = text.indexOf('\r', i);
      brk = Math.min(nextLF < 0 ? Infinity : nextLF, nextCR < 0 ? Infinity : nextCR);
    }
    if (brk >= end) break;
    // Extent of the run of breaks and blank lines.
    let j = brk;
    let newlines = 0;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c === 10) { newlines++; j++; }
      else if (c === 13) { if (text.charCodeAt(j + 1) !== 10) newlines++; j++; }
      else if (isBlank(c)) {
        // Blanks count only if followed by another break on the same line.
        let k = j;
        while (k < end && isBlank(text.charCodeAt(k))) k++;
        if (k < end && isLineBreak(text.charCodeAt(k))) j = k; else break;
      } else break;
    }
    if (newlines <= SOFT_BREAK_MAX_NEWLINES && isSoftBreak(text, lineStart, brk, j)) {
      // Drop trailing blanks of the line and the whole break run.
      let cutFrom = brk;
      while (cutFrom > lineStart && isBlank(text.charCodeAt(cutFrom - 1))) cutFrom--;
      view += text.slice(segStart, cutFrom);
      const viewOffset = cutFrom - blockStart - totalCut(cuts);
      if (cuts === NO_CUTS) cuts = [];
      cuts.push(viewOffset, j - cutFrom);
      segStart = j;
    } else {
      const block = flush(brk);
      if (block) yield block;
      blockStart = j;
      segStart = j;
    }
    lineStart = j;
    i = j;
  }
  if (blockStart < end) {
    segStart = Math.max(segStart, blockStart);
    const block = flush(end);
    if (block) yield block;
  }
}

/** Vowels with a tone mark, and ü: a pinyin syllable has one (or is one of the toneless particles). */
const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/;
/** Syllables pinyin writes without a tone mark (the neutral tone). */
const TONELESS = new Set(['de', 'le', 'me', 'men', 'zi', 'ge', 'ne', 'ba', 'ma', 'zhe', 'li', 'tou', 'shang', 'xia', 'mian', 'bian']);
/** A syllable of pinyin in brackets: lowercase letters and toned vowels, at most six. */
const GLOSS = /\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6})\)/y;

/**
 * The view without the pinyin a mirror site wrote in brackets after characters (國(guó)家衛(wèi)生健康委 → 國家衛生健康委),
 * with the cuts that map it back (`cuts` merged in, moved by what was cut before them); undefined when there was none.
 * A bracket counts only right after a Chinese character and with a syllable's letters: (WHO), (a) and (2024) stay.
 */
function withoutPinyin(view: string, cuts: number[]): { view: string; cuts: number[] } | undefined {
  const glosses: number[] = [];
  for (let k = view.indexOf('('); k >= 0; k = view.indexOf('(', k + 1)) {
    if (k === 0 || !isHan(view.charCodeAt(k - 1))) continue;
    GLOSS.lastIndex = k;
    const m = GLOSS.exec(view);
    if (m && (TONED.test(m[1]) || TONELESS.has(m[1]))) glosses.push(k, m[0].length);
  }
  if (glosses.length === 0) return undefined;
  let out = '';
  let from = 0;
  const merged: number[] = [];
  let removed = 0;
  let c = 0;
  for (let g = 0; g < glosses.length; g += 2) {
    const at = glosses[g];
    // The cuts before the gloss (or at its place: text removed there lies before it), moved by what glosses removed.
    for (; c < cuts.length && cuts[c] <= at; c += 2) merged.push(cuts[c] - removed, cuts[c + 1]);
    out += view.slice(from, at);
    merged.push(at - removed, glosses[g + 1]);
    removed += glosses[g + 1];
    from = at + glosses[g + 1];
  }
  for (; c < cuts.length; c += 2) merged.push(cuts[c] - removed, cuts[c + 1]);
  return { view: out + view.slice(from), cuts: merged };
}

function totalCut(cuts: number[]): number {
  let t = 0;
  for (let k = 1; k < cuts.length; k += 2) t += cuts[k];
  return t;
}

/**
 * `toDocument` for offsets asked in order: it keeps its place in the block's cuts, so that mapping every annotation of
 * a block takes one pass over them, not one per annotation (a block of thousands of soft breaks and as many names was
 * quadratic). An offset before the one asked last starts it over from the block's first cut.
 */
export class ViewToDocument {
  /** The next cut not before the offset asked last, and what the cuts before it removed. */
  private k = 0;
  private shift = 0;
  private last = 0;

  constructor(private readonly block: Block) {}

  map(viewOffset: number, endSide = false): number {
    const cuts = this.block.cuts;
    if (viewOffset < this.last) {
      this.k = 0;
      this.shift = 0;
    }
    this.last = viewOffset;
    while (this.k < cuts.length && cuts[this.k] < viewOffset) {
      this.shift += cuts[this.k + 1];
      this.k += 2;
    }
    // A start at the cut point lies after the removed text; an end at the cut point lies before it.
    let at = 0;
    if (!endSide) for (let j = this.k; j < cuts.length && cuts[j] === viewOffset; j += 2) at += cuts[j + 1];
    return this.block.start + viewOffset + this.shift + at;
  }
}

/** Maps an offset in a block's view to a document offset. `endSide` maps an exclusive end. (One offset: ViewToDocument maps many.) */
export function toDocument(block: Block, viewOffset: number, endSide = false): number {
  return new ViewToDocument(block).map(viewOffset, endSide);
}
