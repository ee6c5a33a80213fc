/**
 * Figures in report text: amounts of money, counts with their measure word, percentages and
 * percentage points, rates, dates and periods, ranges and ranks.
 *
 * One pass: a lookup table finds where a number (or a period word such as 上半年) can start, and a
 * small hand-written reader looks around that place — qualifiers and scope before it, 万/亿, 余/多,
 * the unit and 以上/以下 after it. No backtracking, no allocation for characters that start nothing.
 *
 * Where things are (each file's header lists the decisions it makes where reports are ambiguous):
 * - this file: where a figure may start, and which family reads what starts there;
 * - scanner.ts: the one scanner's state, its anchor table, and what all families share (numbers as
 *   written, the words before a number, slogans and quoted formulas that are no figures);
 * - units.ts: what follows a number (万/亿, 余/多, a unit or measure word);
 * - amounts.ts: money, counts and other amounts; percents.ts: percentages, percentage points and
 *   rates; dates.ts: dates and periods; ranges.ts: ranges; ranks.ts: ranks;
 * - chars.ts, wordLists.ts: the characters and word lists the readers look up;
 * - the numerals themselves (一千二百, 1,234.5) are read by ../numerals.ts;
 * - the words are data: measure words, slogans with numerals, qualifiers, words of change, scopes,
 *   money and period words are in server/data/units.json (schema: units.schema.json), read by data.ts.
 */
import type { FigureAnnotation } from '../types';
import { unitExponent } from '../numerals';
import { BAN, DI, DUO, ER, FEN, MEI, NIAN, QIAN_TOP, WEI, WU, YI, YU, YUE, ch, isLatin, isMinus } from './chars';
import { quantity } from './amounts';
import { day, halfYear, isoDate, month, plan, relativeYear, yearDate, yearRange, yearValue } from './dates';
import { denominator, fraction } from './percents';
import { firstPlace, ordinal } from './ranks';
import { ANCHOR, A_CHINESE, A_FIRST, A_HALF, A_YEAR_WORD, FigureScanner, arabicNum, chineseNum, nextAnchor, type Num } from './scanner';
import { measureWordAt } from './units';

/** The longest Chinese numeral read (一千二百三十四万五千六百七十八 has 15 characters). */
const MAX_CHINESE_NUMERAL = 16;

/** Last characters of qualifiers: a lone 一 after one of them may be an amount (不到一个小时). */
const QUALIFIER_ENDS = new Uint8Array(0x10000);
for (const s of '过逾超近约概足到少多') QUALIFIER_ENDS[ch(s)] = 1;

/**
 * The one scanner, reset by each call (a call never starts inside another: nothing the scanner calls
 * calls findFigures). Besides saving an object per paragraph, this matters to V8: optimised code
 * refers weakly to the hidden classes ("maps") of the objects it handles, and when each call had a
 * scanner of its own, a full garbage collection between calls found no scanner alive, freed its map
 * and threw away all the optimised code of the figure reader, which then ran slowly until compiled again.
 */
const SCANNER = new FigureScanner();

/** Finds the figures in a paragraph of report text. */
export function findFigures(text: string): FigureAnnotation[] {
  const s = SCANNER;
  s.start(text);
  const n = text.length;
  let i = nextAnchor(text, 0);
  while (i < n) {
    const next = readAt(s, i, ANCHOR[text.charCodeAt(i)]);
    i = nextAnchor(text, next > i ? next : i + 1);
  }
  return s.finish();
}

/** Reads what starts at p (an anchor of the given kind); returns where to look next. */
function readAt(s: FigureScanner, p: number, anchor: number): number {
  const t = s.text;
  if (anchor === A_HALF) return t.charCodeAt(p + 1) === BAN && t.charCodeAt(p + 2) === NIAN ? halfYear(s, p) : p + 1;
  if (anchor === A_YEAR_WORD) return t.charCodeAt(p + 1) === NIAN ? relativeYear(s, p) : p + 1;
  if (anchor === A_FIRST) return t.charCodeAt(p + 1) === WEI ? firstPlace(s, p) : p + 1;
  const prev = p > 0 ? t.charCodeAt(p - 1) : -1;
  let num: Num;
  if (anchor === A_CHINESE) {
    let e = p + 1;
    // ANCHOR marks exactly the characters of Chinese numerals A_CHINESE.
    while (e < t.length && ANCHOR[t.charCodeAt(e)] === A_CHINESE) e++;
    if (e === p + 1 && !loneNumeralMayCount(t, p, prev)) return e;
    // No numeral in a report is that long; skipping the whole run keeps the scan linear.
    if (e - p > MAX_CHINESE_NUMERAL) return e;
    num = chineseNum(t, p, e);
  } else {
    // 2024.12.31 would read as the decimal 2024.12.
    if (t.charCodeAt(p + 4) === 46) {
      const iso = isoDate(s, p);
      if (iso !== undefined) return iso;
    }
    num = arabicNum(t, p);
  }
  if (t.charCodeAt(num.end) === FEN && t.startsWith('分之', num.end)) return fraction(s, num);
  if (isLatin(prev) || (isMinus(prev) && isLatin(t.charCodeAt(p - 2)))) return num.end; // COVID-19, PM2.5
  if (num.arabic && isLatin(t.charCodeAt(num.end)) && !measureWordAt(t, num.end)) return num.end; // 5G, 3D
  if (prev === DI) return ordinal(s, num);
  if (prev === MEI) return denominator(s, num);
  const year = yearValue(s, num);
  if (year !== undefined) {
    const r = isoDate(s, p) ?? yearRange(s, num, year) ?? yearDate(s, num, year);
    if (r !== undefined) return r;
  }
  if (!num.arabic && Number.isNaN(num.value)) return plan(s, num) ?? p + 1;
  const after = t.charCodeAt(num.end);
  if (after === YUE) return month(s, num);
  if (prev === YUE && num.arabic) {
    const d = day(s, num);
    if (d !== undefined) return d;
  }
  if (!num.arabic && after === WU) {
    const r = plan(s, num);
    if (r !== undefined) return r;
  }
  return quantity(s, num);
}

/**
 * A single Chinese numeral character is rarely a figure: 一 and 二 live in words (统一, 一体化,
 * 二级), and 百/千/万/亿 alone are words (百姓, 千方百计) unless 余/多/分之 or 每 make them numbers.
 */
function loneNumeralMayCount(t: string, p: number, prev: number): boolean {
  const c = t.charCodeAt(p);
  const next = t.charCodeAt(p + 1);
  if (c === YI || c === ER) return prev === DI || prev === QIAN_TOP || next === FEN || QUALIFIER_ENDS[prev] === 1;
  if (unitExponent(c) >= 2) return next === YU || next === DUO || next === FEN || prev === MEI;
  return true;
}
