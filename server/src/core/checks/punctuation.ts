/**
 * Punctuation of Chinese text (GB/T 15834): half-width marks and straight quotes between Chinese words,
 * brackets and quotes left open, doubled marks, the brackets of a document number (〔2024〕5号), and a
 * paragraph that ends without its full stop.
 */
import { isAsciiAlnum, isBlank, isChinese, isHan, isLineBreak } from './chars';
import type { BlockInput } from './input';
import type { Finding } from './types';

/** Per-paragraph punctuation rules. */
export function checkPunctuation(block: BlockInput, out: Finding[]): void {
  const { text } = block;
  // halfWidthMarks reports doubled marks too: one pass over the characters for both.
  halfWidthMarks(text, out);
  halfWidthBrackets(text, out);
  straightQuotes(text, out);
  unbalancedPairs(block, out);
  documentNumbers(text, out);
  missingFullStop(block, out);
}

/** The data of each half-width mark's findings, shared: a report converted from a PDF may have tens of thousands. */
const HALF_DATA: Record<string, { mark: string; replacement: string }> = {
  ',': { mark: ',', replacement: '，' },
  ';': { mark: ';', replacement: '；' },
  ':': { mark: ':', replacement: '：' },
  '?': { mark: '?', replacement: '？' },
  '!': { mark: '!', replacement: '！' },
  '...': { mark: '...', replacement: '……' },
};
/** Per UTF-16 code: 1 for , ; : ? !, 2 for ., 3 for the marks that are wrong twice (。，、；：). */
const MARK = new Uint8Array(0x10000);
for (const c of ',;:?!') MARK[c.charCodeAt(0)] = 1;
MARK['.'.charCodeAt(0)] = 2;
for (const c of '。，、；：') MARK[c.charCodeAt(0)] = 3;

/**
 * One pass over the paragraph for the marks: , ; : ? ! and ... written in Chinese text, and 。 ， 、 ； ：
 * written twice. A half-width mark is in Chinese text when Chinese comes right before it, or a number or
 * Latin word comes before it and Chinese after it ("达到100%,经" but not "DRG,DIP" or 10:30).
 */
function halfWidthMarks(text: string, out: Finding[]): void {
  for (let i = 0; i < text.length; i++) {
    const kind = MARK[text.charCodeAt(i)];
    if (kind === 0) continue;
    if (kind === 3) {
      let j = i + 1;
      while (text.charCodeAt(j) === text.charCodeAt(i)) j++;
      if (j > i + 1) out.push({ code: 'doubledPunctuation', start: i, end: j, data: { mark: text[i] } });
      i = j - 1;
      continue;
    }
    let end = i + 1;
    if (kind === 2) {
      while (text.charCodeAt(end) === 0x2e) end++;
      if (end - i < 3 || end - i > 6) {
        i = end - 1;
        continue;
      }
    }
    const prev = text.charCodeAt(i - 1);
    let next = end;
    while (next < text.length && isBlank(text.charCodeAt(next))) next++;
    const after = text.charCodeAt(next);
    // A colon starting an address (网址:http://) is still a colon of Chinese text; a time (10:30) is not, and
    // never gets here, since a digit precedes it and another follows.
    if (isChinese(prev) || ((isAsciiAlnum(prev) || prev === 0x25 || prev === 0x29 || prev === 0x22) && isHan(after))) {
      const data = HALF_DATA[kind === 2 ? '...' : text[i]];
      out.push({ code: 'halfWidthPunctuation', start: i, end, data });
    }
    i = end - 1;
  }
}

/**
 * The text from the start of `at`'s line to `at`, when the line starts at most `max` characters before it
 * (numbering markers sit at the start of a line; looking no further keeps the scan linear).
 */
function lineHead(text: string, at: number, max: number): string | undefined {
  let s = at;
  while (s > 0 && at - s < max && !isLineBreak(text.charCodeAt(s - 1))) s--;
  return s === 0 || isLineBreak(text.charCodeAt(s - 1)) ? text.slice(s, at) : undefined;
}

/** Whether the bracket at `at` belongs to a numbering marker such as (一) or (1） at the start of a line: headingBracket's business. */
function inLineMarker(text: string, at: number): boolean {
  const head = lineHead(text, at, 8);
  if (head === undefined) return false;
  const m = LINE_MARKER.exec(text.slice(at - head.length, at - head.length + 12));
  if (!m) return false;
  const open = at - head.length + m[1].length;
  return at === open || at === at - head.length + m[0].length - 1;
}
const LINE_MARKER = /^([ \t\u3000]*)[(（][一二三四五六七八九十\d]{1,3}[)）]/;
/** The 1) or 一） of a list, up to its bracket. */
const LIST_CLOSER = /^[ \t\u3000]*[\d一二三四五六七八九十]{1,3}$/;

/** ( ) around or next to Chinese text: both become （ ）. An unmatched one next to Chinese is reported alone. */
function halfWidthBrackets(text: string, out: Finding[]): void {
  const open: number[] = [];
  for (let i = text.indexOf('('), j = text.indexOf(')'); i >= 0 || j >= 0; ) {
    if (i >= 0 && (j < 0 || i < j)) {
      open.push(i);
      i = text.indexOf('(', i + 1);
      continue;
    }
    const o = open.pop();
    if (o === undefined) {
      // A list marker such as 1) starts its line; anything else next to Chinese is a lone half-width bracket.
      if (isChinese(text.charCodeAt(j - 1)) && !inLineMarker(text, j) && !LIST_CLOSER.test(lineHead(text, j, 5) ?? '')) lone(j, '）', out);
    } else if (!inLineMarker(text, o) && (isChinese(text.charCodeAt(o - 1)) || isChinese(text.charCodeAt(j + 1)) || hasHan(text, o + 1, Math.min(j, o + 1 + MAX_SCAN)))) {
      out.push({ code: 'halfWidthPunctuation', start: o, end: o + 1, data: { mark: '()', replacement: '（）' }, fix: [{ start: o, end: o + 1, text: '（' }, { start: j, end: j + 1, text: '）' }] });
    }
    j = text.indexOf(')', j + 1);
  }
  for (const o of open) if (!inLineMarker(text, o) && (isChinese(text.charCodeAt(o - 1)) || isHan(text.charCodeAt(o + 1)))) lone(o, '（', out);
}

function lone(at: number, replacement: string, out: Finding[]): void {
  out.push({ code: 'halfWidthPunctuation', start: at, end: at + 1, data: { mark: replacement === '（' ? '(' : ')', replacement }, fix: [{ start: at, end: at + 1, text: replacement }] });
}

/** How far into a bracket's content Han characters are looked for: nested brackets must not make the scan quadratic. */
const MAX_SCAN = 200;

function hasHan(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isHan(text.charCodeAt(i))) return true;
  return false;
}

/** Straight quotes around Chinese text, paired in order within the paragraph: "…" → “…”, '…' → ‘…’. */
function straightQuotes(text: string, out: Finding[]): void {
  for (const [q, left, right] of [['"', '“', '”'], ["'", '‘', '’']] as const) {
    let o = text.indexOf(q);
    while (o >= 0) {
      const c = text.indexOf(q, o + 1);
      if (c < 0) break;
      // A single quote is an apostrophe unless it encloses Chinese (two'll, Xi's …).
      const chinese = q === '"' ? isChinese(text.charCodeAt(o - 1)) || isChinese(text.charCodeAt(c + 1)) || hasHan(text, o + 1, c) : hasHan(text, o + 1, c) && c - o <= 40;
      if (chinese) out.push({ code: 'straightQuotes', start: o, end: c + 1, data: { quote: q, left, right }, fix: [{ start: o, end: o + 1, text: left }, { start: c, end: c + 1, text: right }] });
      o = text.indexOf(q, c + 1);
    }
  }
}

/** The pairs that must balance within a paragraph. */
const PAIRS: readonly [string, string][] = [['“', '”'], ['‘', '’'], ['（', '）'], ['《', '》'], ['【', '】']];
/** Per UTF-16 code: 1 + the pair index for an opener, -(1 + index) for a closer, 0 otherwise. */
const PAIR_OF = new Int8Array(0x10000);
PAIRS.forEach(([open, close], k) => {
  PAIR_OF[open.charCodeAt(0)] = k + 1;
  PAIR_OF[close.charCodeAt(0)] = -(k + 1);
});

const depth = new Int32Array(PAIRS.length);

/** Whether every pair of the text balances: one pass with a counter per pair, nothing made (most paragraphs). */
function balanced(text: string): boolean {
  depth.fill(0);
  for (let i = 0; i < text.length; i++) {
    const k = PAIR_OF[text.charCodeAt(i)];
    if (k > 0) depth[k - 1]++;
    else if (k < 0 && --depth[-k - 1] < 0) return false;
  }
  for (let k = 0; k < depth.length; k++) if (depth[k] !== 0) return false;
  return true;
}

/** Per pair: the openers left unmatched in `text` and the closers that match nothing (undefined: the text has none of the pairs' marks). */
function unmatched(text: string): { openers: number[]; closers: number[] }[] | undefined {
  let found: { openers: number[]; closers: number[] }[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const k = PAIR_OF[text.charCodeAt(i)];
    if (k === 0) continue;
    found ??= PAIRS.map(() => ({ openers: [] as number[], closers: [] as number[] }));
    if (k > 0) found[k - 1].openers.push(i);
    else if (found[-k - 1].openers.pop() === undefined) found[-k - 1].closers.push(i);
  }
  return found;
}

/**
 * An opening quote or bracket with no closing one in its paragraph, or a closing one with no opener; the
 * finding points at the opener. Not reported: a pair broken over two paragraphs (the neighbour holds the
 * other half), the 1） of a list, the ’ of an English word.
 */
function unbalancedPairs(block: BlockInput, out: Finding[]): void {
  const { text } = block;
  if (balanced(text)) return;
  const all = unmatched(text)!;
  let after: ReturnType<typeof unmatched>;
  let before: ReturnType<typeof unmatched>;
  for (let k = 0; k < PAIRS.length; k++) {
    const [open, close] = PAIRS[k];
    const { openers, closers } = all[k];
    if (!openers.length && !closers.length) continue;
    if (openers.length && !closers.length && (after ??= unmatched(block.after))?.[k].closers.length) continue;
    if (closers.length && !openers.length && (before ??= unmatched(block.before))?.[k].openers.length) continue;
    // The paragraph being written at the end of the document (or an excerpt's cut) is not finished yet.
    if (openers.length && !block.after && !SENTENCE_END.has(text.trimEnd().slice(-1))) continue;
    // A quotation over several paragraphs opens each of them and closes only the last.
    if (open === '“' && openers.length && !closers.length && block.after.trimStart().startsWith('“')) continue;
    for (const at of closers) {
      if (close === '）' && LIST_CLOSER.test(lineHead(text, at, 5) ?? '')) continue;
      if (close === '’' && isAsciiAlnum(text.charCodeAt(at - 1)) && isAsciiAlnum(text.charCodeAt(at + 1))) continue;
      out.push({ code: 'unbalancedPair', start: at, end: at + 1, data: { found: close, missing: open, opener: 0 } });
    }
    if (openers.length) out.push({ code: 'unbalancedPair', start: openers[0], end: openers[0] + 1, data: { found: open, missing: close, opener: 1 } });
  }
}

/** A document number's year in the wrong brackets: 浙卫发[2023]10号, 国办发（2019）5号 → 〔2023〕. */
const DOC_NUMBER = /[\u4e00-\u9fff]([[［(（【﹝])((?:19|20)\d\d)([\]］)）】﹞])\s*\d{1,5}\s*号/g;

function documentNumbers(text: string, out: Finding[]): void {
  DOC_NUMBER.lastIndex = 0;
  for (let m = DOC_NUMBER.exec(text); m; m = DOC_NUMBER.exec(text)) {
    const open = m.index + 1;
    const close = open + 1 + m[2].length;
    out.push({
      code: 'documentNumber',
      start: open,
      end: close + 1,
      data: { found: m[1] + m[2] + m[3], replacement: `〔${m[2]}〕` },
      fix: [{ start: open, end: open + 1, text: '〔' }, { start: close, end: close + 1, text: '〕' }],
    });
  }
}

/** Marks that end a sentence, and the closing quotes and brackets that may follow them. */
const SENTENCE_END = new Set('。！？!?…');
const CLOSERS = new Set('”’）》】」』)"');
/** Marks after which a paragraph goes on or was cut (a list's ；, the ： of a lead-in): not a missing full stop. */
const CONTINUES = new Set('：:；;，,、—');
/** Words of lines that are not sentences: bylines, sources, dates of publication. */
const NOT_PROSE = /记者|通讯员|来源|发布时间|发布日期|责任编辑|编辑：|编辑:|图\/|摄影/;

/**
 * A paragraph of sentences (it has a full stop) whose last sentence has none. Headings, bylines, lists and
 * the document's last paragraph (a signature, a date, or an excerpt's cut) are left alone.
 */
function missingFullStop(block: BlockInput, out: Finding[]): void {
  const { text } = block;
  if (!block.after) return;
  let end = text.length;
  while (end > 0 && (isBlank(text.charCodeAt(end - 1)) || isLineBreak(text.charCodeAt(end - 1)))) end--;
  const last = end - 1;
  // A paragraph ending in a closing quote or 》 is a title or a list entry, or was cut by a line break.
  if (last < 0 || SENTENCE_END.has(text[last]) || CONTINUES.has(text[last]) || CLOSERS.has(text[last])) return;
  const c = text.charCodeAt(last);
  if (!isHan(c) && !isAsciiAlnum(c) && c !== 0x25) return;
  // A line of sentences: a full stop earlier on the paragraph's last line (a heading the analysis joined to
  // the paragraph before has none), and words around it.
  let lineStart = last;
  while (lineStart > 0 && !isLineBreak(text.charCodeAt(lineStart - 1))) lineStart--;
  const stop = text.lastIndexOf('。', last);
  if (stop < lineStart || last - stop < 4 || text.indexOf('|') >= 0 || text.indexOf('\t') >= 0 || NOT_PROSE.test(text)) return;
  out.push({ code: 'missingFullStop', start: end - 1, end });
}
