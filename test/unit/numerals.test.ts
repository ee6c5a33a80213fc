import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseChineseDigits, parseChineseNumeral, readArabic, shiftDecimal } from '../../server/src/core/numerals';

/** Checks each [input, expected] pair of a table against `fn`; NaN matches NaN. */
function check<I, O>(fn: (input: I) => O, cases: [I, O][]): void {
  for (const [input, expected] of cases) {
    const actual = fn(input);
    if (typeof expected === 'number' && Number.isNaN(expected)) assert.ok(Number.isNaN(actual), `${JSON.stringify(input)} → ${String(actual)}, expected NaN`);
    else assert.deepEqual(actual, expected, JSON.stringify(input));
  }
}

/** Writes n in Chinese numerals the way reports do (一百二十四, 两万, 三千零五), for the round-trip property. */
function toChinese(n: number): string {
  const D = '零一二三四五六七八九';
  const section = (x: number, leadingOne: boolean): string => {
    let s = '';
    let zero = false;
    const units: [number, string][] = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
    let started = false;
    for (const [u, name] of units) {
      const d = Math.floor(x / u) % 10;
      if (d === 0) {
        if (started) zero = true;
        continue;
      }
      if (zero) s += '零';
      zero = false;
      s += u === 10 && d === 1 && !started && !leadingOne ? '十' : D[d] + name;
      started = true;
    }
    return s;
  };
  if (n === 0) return '零';
  const yi = Math.floor(n / 1e8);
  const wan = Math.floor((n % 1e8) / 1e4);
  const rest = n % 1e4;
  let s = '';
  if (yi) s += section(yi, false) + '亿';
  if (wan) s += (yi && wan < 1000 ? '零' : '') + section(wan, s !== '') + '万';
  if (rest) s += ((yi || wan) && rest < 1000 ? '零' : '') + section(rest, s !== '');
  return s;
}

test('Chinese numerals with units', () => {
  check(parseChineseNumeral, [
    ['十二', 12],
    ['十', 10],
    ['二十', 20],
    ['一百二十四', 124],
    ['三千三百八十', 3380],
    ['两', 2],
    ['两万', 20000],
    ['一百零五', 105],
    ['一千零五十', 1050],
    ['三十六', 36],
    ['一万五', 15000],
    ['一百五', 150],
    ['三千万', 30000000],
    ['一亿二千万', 120000000],
    ['一万亿', 1e12],
    ['二十万', 200000],
  ]);
});

test('malformed Chinese numerals are NaN: slogans, plan names, a lone 零 or unit', () => {
  check(parseChineseNumeral, [
    ['一二一', NaN],
    ['十四五', NaN],
    ['十百', NaN],
    ['零', NaN],
    ['万', NaN],
    ['百', NaN],
    ['二〇二四', NaN],
    ['一万二万', NaN],
    ['', NaN],
    ['三中', NaN],
  ]);
});

test('a numeral inside a longer text is read without copying it', () => {
  assert.equal(parseChineseNumeral('全国一百二十四、', 2, 7), 124);
  assert.equal(parseChineseDigits('于二〇二四年', 1, 5), 2024);
});

test('years written digit by digit', () => {
  check(parseChineseDigits, [
    ['二〇二四', 2024],
    ['一九九八', 1998],
    ['二零二五', 2025],
    ['两〇二四', NaN],
    ['二十', NaN],
    ['', NaN],
  ]);
});

test('Arabic numbers: full-width digits, thousands separators, decimals', () => {
  check((s: string) => readArabic(s, 0), [
    ['552.01万', { digits: '552.01', end: 6 }],
    ['10,084人', { digits: '10084', end: 6 }],
    ['１０，０８４人', { digits: '10084', end: 6 }],
    ['８６．４３％', { digits: '86.43', end: 5 }],
    ['2023,2024年', { digits: '2023', end: 4 }],
    ['1,2,3', { digits: '1', end: 1 }],
    ['1.突出', { digits: '1', end: 1 }],
    ['5.99,居', { digits: '5.99', end: 4 }],
    ['元', undefined],
  ]);
  assert.deepEqual(readArabic('达到1.5亿元', 2), { digits: '1.5', end: 5 });
});

test('scaling moves the decimal point instead of multiplying floats', () => {
  check(([d, e]: [string, number]) => shiftDecimal(d, e), [
    [['552.01', 4], 5520100],
    [['8.96', 4], 89600],
    [['1.5', 8], 150000000],
    [['86.43', -2], 0.8643],
    [['3.5', -3], 0.0035],
    [['-27', -2], -0.27],
    [['14.7', 0], 14.7],
    [['0.5', -2], 0.005],
    [['1200', 4], 12000000],
  ]);
  // The naive product is not exact (8.96万份 in a seed report); the shift is.
  assert.notEqual(8.96 * 10000, 89600);
});

test('property: every integer written in Chinese reads back as itself', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (n) => {
      assert.equal(parseChineseNumeral(toChinese(n)), n, toChinese(n));
    }),
    { numRuns: 2000 },
  );
});

test('property: shifting the decimal point equals the decimal literal with an exponent', () => {
  fc.assert(
    fc.property(fc.nat(10_000_000), fc.nat(4), fc.integer({ min: -8, max: 8 }), (int, fracDigits, exp) => {
      const s = String(int);
      const digits = fracDigits > 0 && s.length > fracDigits ? `${s.slice(0, -fracDigits)}.${s.slice(-fracDigits)}` : s;
      assert.equal(shiftDecimal(digits, exp), Number(`${digits}e${exp}`));
    }),
  );
});
