/**
 * Reading numbers as Chinese reports write them: Arabic digits (half- or full-width, with thousands
 * separators and a decimal part) and Chinese numerals (三千三百八十, 两万, 一百二十四, 二〇二四).
 *
 * Values are computed from the decimal digits as written, so scaling by 万/亿 or turning a percentage
 * into a fraction never adds floating-point noise (552.01万 → 5520100, not 5520100.000000001).
 */

/** 1 for the capital forms of numerals (大写). */
const CAPITAL = new Uint8Array(0x10000);
/** Value of each Chinese digit character by code unit (两 is 2), -1 for other characters. */
const DIGIT = new Int8Array(0x10000).fill(-1);
/** Power of ten of each Chinese unit character (十 1, 百 2, 千 3, 万 4, 亿 8), 0 for other characters. */
const UNIT = new Uint8Array(0x10000);
for (const [ch, v] of [['零', 0], ['〇', 0], ['一', 1], ['二', 2], ['两', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9]] as const) {
  DIGIT[ch.charCodeAt(0)] = v;
}
for (const [ch, v] of [['十', 1], ['百', 2], ['千', 3], ['万', 4], ['亿', 8]] as const) UNIT[ch.charCodeAt(0)] = v;
// The capital forms of money (大写): penalty decisions and receipts write amounts so (伍仟元整, 壹万元).
for (const [ch, v] of [['壹', 1], ['贰', 2], ['貳', 2], ['叁', 3], ['參', 3], ['肆', 4], ['伍', 5], ['陆', 6], ['陸', 6], ['柒', 7], ['捌', 8], ['玖', 9]] as const) {
  DIGIT[ch.charCodeAt(0)] = v;
  CAPITAL[ch.charCodeAt(0)] = 1;
}
for (const [ch, v] of [['拾', 1], ['佰', 2], ['仟', 3]] as const) {
  UNIT[ch.charCodeAt(0)] = v;
  CAPITAL[ch.charCodeAt(0)] = 1;
}

/** Whether code unit c is a capital form of a numeral (壹, 伍, 拾, 仟 …): alone it is a surname or a word's (陆家嘴, 队伍). */
export function isCapitalNumeral(c: number): boolean {
  return CAPITAL[c] === 1;
}

/** Powers of ten of the scale characters used after Arabic digits (1.5亿, 3千万). */
export const SCALE_EXPONENT: Record<string, number> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 };

/** True for the characters a Chinese numeral is made of. */
export function isChineseNumeralChar(c: number): boolean {
  return DIGIT[c] >= 0 || UNIT[c] > 0;
}

/** The power of ten of a Chinese unit character (十 → 1 … 亿 → 8), or 0. */
export function unitExponent(c: number): number {
  return UNIT[c];
}

/**
 * Whether a year written with 年 starts at i (2023年): four ASCII digits from 1900 to 2099, then 年. An item's
 * number may run into one (1.2023年9月起…), in the outline's lines and in the figures' text alike.
 */
export function isYearAt(text: string, i: number): boolean {
  let y = 0;
  for (let k = i; k < i + 4; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
    y = y * 10 + c - 48;
  }
  return y >= 1900 && y <= 2099 && text.charCodeAt(i + 4) === 0x5e74 /* 年 */;
}

/** The ASCII digit value of a half- or full-width digit code unit, or -1. */
export function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

/**
 * Value of a Chinese numeral written with units: 十二 → 12, 一百二十四 → 124, 三千三百八十 → 3380,
 * 两万 → 20000, 一百零五 → 105, 一万五 → 15000, 一亿二千万 → 120000000.
 * NaN when the text is not a well-formed numeral (一二一, 十四五, 十百, a lone 零).
 * With `start` and `end`, reads that part of `s` without copying it.
 */
export function parseChineseNumeral(s: string, start = 0, end = s.length): number {
  if (end <= start) return NaN;
  let yi = 0; // the part already multiplied by 10^8
  let wan = 0; // the part to be multiplied by 10^4, within the current 亿 group
  let section = 0; // below 10^4
  let digit = -1; // a digit waiting for its unit
  let lastSmall = 4; // exponent of the last small unit in this section (they must decrease)
  let lastScale = 0; // exponent of the last unit of any size, for the abbreviated tail (一万五 = 15000)
  let zeroSince = false; // a 零 since the last unit: the tail digit is units (一百零五)
  let seenWan = false;
  let seenYi = false;
  let any = false;
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    const d = DIGIT[c];
    if (d === 0) {
      if (digit >= 0) return NaN;
      zeroSince = true;
      continue;
    }
    if (d > 0) {
      if (digit >= 0) return NaN;
      digit = d;
      continue;
    }
    const u = UNIT[c];
    if (u === 0) return NaN;
    if (u < 4) {
      if (u >= lastSmall) return NaN;
      // 十 may stand for 一十 (十二, 二万十…); 百 and 千 need their digit.
      if (digit < 0 && u !== 1) return NaN;
      section += (digit < 0 ? 1 : digit) * 10 ** u;
    } else if (u === 4) {
      if (seenWan) return NaN;
      if (digit >= 0) section += digit;
      if (section === 0) return NaN;
      wan = section;
      section = 0;
      seenWan = true;
      lastSmall = 4;
    } else {
      if (seenYi) return NaN;
      if (digit >= 0) section += digit;
      const group = wan * 10000 + section;
      if (group === 0) return NaN;
      yi = group * 1e8;
      wan = 0;
      section = 0;
      seenYi = true;
      seenWan = false;
      lastSmall = 4;
    }
    if (u < 4) lastSmall = u;
    digit = -1;
    lastScale = u;
    zeroSince = false;
    any = true;
  }
  if (digit >= 0) {
    // 一百五 is 150, 三千五 3500, 一万五 15000; after 零 or 十 the digit is units.
    section += !zeroSince && lastScale >= 2 ? digit * 10 ** (lastScale - 1) : digit;
    any = true;
  }
  if (!any) return NaN;
  return yi + wan * 10000 + section;
}

/**
 * Whether c is a character typed for 〇 in a date written in Chinese digits: the circle ○, the letter O
 * or the digit 0 (二○○七年八月十六日, 二O二三年, 二0一七年). Zero there only: a bullet ○, a Latin O and a
 * digit 0 are no Chinese numerals elsewhere.
 */
export function isZeroLike(c: number): boolean {
  return c === 0x25cb /* ○ */ || c === 0x4f /* O */ || c === 0xff2f /* Ｏ */ || c === 0x30 /* 0 */ || c === 0xff10 /* ０ */;
}

/**
 * Value of digits read one by one, as years are written: 二〇二四 → 2024, 一九九八 → 1998.
 * NaN unless every character is a digit (一 to 九, 〇 or 零, ○ or O for 〇; not 两).
 */
export function parseChineseDigits(s: string, start = 0, end = s.length): number {
  if (end <= start) return NaN;
  let v = 0;
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    const d = isZeroLike(c) ? 0 : DIGIT[c];
    if (d < 0 || c === 0x4e24 /* 两 */) return NaN;
    v = v * 10 + d;
  }
  return v;
}

/**
 * Reads an Arabic number at `start`: digits (half- or full-width), thousands groups (10,084) and a
 * decimal part (552.01). Returns the digits normalised to ASCII without separators and the offset after
 * the number, or undefined when no digit starts there.
 */
export function readArabic(text: string, start: number): { digits: string; end: number } | undefined {
  let i = start;
  let plain = true; // only ASCII digits and ".": the digits are a slice of the text
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) i++;
    else if (c >= 0xff10 && c <= 0xff19) { plain = false; i++; }
    else break;
  }
  if (i === start) return undefined;
  // Thousands groups only after a first group of one to three digits: "10,084" but not "2023,2024".
  if (i - start <= 3) {
    while (isComma(text.charCodeAt(i)) && threeDigitsAt(text, i + 1)) {
      plain = false;
      i += 4;
    }
  }
  const dot = text.charCodeAt(i);
  if (((dot === 46 || dot === 0xff0e) && digitValue(text.charCodeAt(i + 1)) >= 0) || (dot === 0xb7 && i - start <= 3 && middleDotDecimal(text, i + 1))) {
    if (dot !== 46) plain = false;
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) i++;
      else if (c >= 0xff10 && c <= 0xff19) { plain = false; i++; }
      else break;
    }
  }
  if (plain) return { digits: text.slice(start, i), end: i };
  let digits = '';
  for (let k = start; k < i; k++) {
    const c = text.charCodeAt(k);
    const d = digitValue(c);
    if (d >= 0) digits += d;
    else if (c === 46 || c === 0xff0e || c === 0xb7) digits += '.';
  }
  return { digits, end: i };
}

/**
 * Whether the digits at i, after a middle dot, are a fraction: journals' typesetting prints the decimal point
 * so (感染率0·105%, 1·2/万), where a percent sign or a rate's slash follows; 5·12 alone is a date's name.
 */
function middleDotDecimal(text: string, i: number): boolean {
  let k = i;
  while (k < text.length && k - i < 6 && digitValue(text.charCodeAt(k)) >= 0) k++;
  if (k === i) return false;
  const c = text.charCodeAt(k);
  return c === 0x25 /* % */ || c === 0xff05 /* ％ */ || c === 0x2030 /* ‰ */ || c === 0x2f /* / */;
}

function isComma(c: number): boolean {
  return c === 44 || c === 0xff0c;
}

function threeDigitsAt(text: string, i: number): boolean {
  return (
    digitValue(text.charCodeAt(i)) >= 0 &&
    digitValue(text.charCodeAt(i + 1)) >= 0 &&
    digitValue(text.charCodeAt(i + 2)) >= 0 &&
    digitValue(text.charCodeAt(i + 3)) < 0
  );
}

/** 10^0 … 10^22: the powers of ten that doubles hold exactly. */
const EXACT_POWERS = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/** The value of ASCII digits with an optional "." (and "-"): Number(digits), quicker for short ones. */
export function decimalValue(digits: string): number {
  return shiftDecimal(digits, 0);
}

/**
 * The number `digits` × 10^`exponent`, computed by moving the decimal point in the digit string:
 * shiftDecimal("552.01", 4) → 5520100, shiftDecimal("86.43", -2) → 0.8643.
 * `digits` is ASCII digits with at most one "." and an optional leading "-".
 */
export function shiftDecimal(digits: string, exponent: number): number {
  // Up to 15 digits and a power of ten up to 10^22, both exact doubles: one multiplication or division
  // rounds the same way as parsing the shifted digits (the fast path of correct decimal conversion).
  let mantissa = 0;
  let count = 0; // digits read
  let fraction = -1; // digits after the ".", -1 before it
  let negative = false;
  let k = 0;
  if (digits.charCodeAt(0) === 45) {
    negative = true;
    k = 1;
  }
  for (; k < digits.length; k++) {
    const c = digits.charCodeAt(k);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      count++;
      if (fraction >= 0) fraction++;
    } else if (c === 46 && fraction < 0) {
      fraction = 0;
    } else {
      count = -1; // something else: the general path decides
      break;
    }
  }
  if (count > 0 && count <= 15) {
    const shift = exponent - (fraction < 0 ? 0 : fraction);
    if (shift >= 0 && shift <= 22) return negative ? -(mantissa * EXACT_POWERS[shift]) : mantissa * EXACT_POWERS[shift];
    if (shift < 0 && shift >= -22) return negative ? -(mantissa / EXACT_POWERS[-shift]) : mantissa / EXACT_POWERS[-shift];
  }
  if (exponent === 0) return Number(digits);
  let sign = '';
  let s = digits;
  if (s.charCodeAt(0) === 45) {
    sign = '-';
    s = s.slice(1);
  }
  const dot = s.indexOf('.');
  let intPart = dot < 0 ? s : s.slice(0, dot);
  let frac = dot < 0 ? '' : s.slice(dot + 1);
  if (exponent > 0) {
    if (frac.length < exponent) frac = frac + '0'.repeat(exponent - frac.length);
    intPart += frac.slice(0, exponent);
    frac = frac.slice(exponent);
  } else {
    const n = -exponent;
    if (intPart.length < n) intPart = '0'.repeat(n - intPart.length) + intPart;
    frac = intPart.slice(intPart.length - n) + frac;
    intPart = intPart.slice(0, intPart.length - n);
  }
  return Number(`${sign}${intPart || '0'}${frac ? '.' + frac : ''}`);
}
