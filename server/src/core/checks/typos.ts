/**
 * Typos that are certain: a function word doubled where Chinese never doubles it (的的, 了了, 是是), and a
 * year in Chinese numerals with a zero other than 〇 (二零二四年, 二○二四年, 二O二四年 → 二〇二四年).
 */
import type { BlockInput } from './input';
import type { Finding } from './types';

/** Per-paragraph typo rules. */
export function checkTypos(block: BlockInput, out: Finding[]): void {
  doubledCharacters(block.text, out);
  chineseYears(block.text, out);
}

/**
 * 的的, 了了, 是是, except where two words meet or an idiom doubles them: 目的的, 的的确确, 不了了之, 了了分明,
 * 是是非非, 是是否 (…的关键是是否…).
 */
const DOUBLED = /(?<![目有别真])的的(?!确)|(?<![不一])了了(?![之分可])|是是(?![非否])/g;

function doubledCharacters(text: string, out: Finding[]): void {
  // Most paragraphs have none: the pattern's lookbehinds would be tried at every character.
  if (text.indexOf('的的') < 0 && text.indexOf('了了') < 0 && text.indexOf('是是') < 0) return;
  DOUBLED.lastIndex = 0;
  for (let m = DOUBLED.exec(text); m; m = DOUBLED.exec(text)) {
    const s = m.index;
    out.push({ code: 'doubledChar', start: s, end: s + 2, data: { text: m[0], single: m[0][0] }, fix: [{ start: s + 1, end: s + 2, text: '' }] });
  }
}

/** Four Chinese digits before 年, one of them written as a zero other than 〇 (零, the circle ○, the letter O, the digit 0). */
const YEAR = /^[一二][一二三四五六七八九〇零○OoΟ0０]{3}$/;
const WRONG_ZERO = /[零○OoΟ0０]/g;
const YEAR_DIGIT = /[一二三四五六七八九十〇零○OoΟ0０]/;

function chineseYears(text: string, out: Finding[]): void {
  for (let at = text.indexOf('年', 4); at >= 0; at = text.indexOf('年', at + 1)) {
    const s = at - 4;
    const year = text.slice(s, at);
    if (!YEAR.test(year) || YEAR_DIGIT.test(text[s - 1] ?? '')) continue;
    if (!/[零○OoΟ0０]/.test(year)) continue;
    const fix = [...year.matchAll(WRONG_ZERO)].map((z) => ({ start: s + z.index!, end: s + z.index! + 1, text: '〇' }));
    out.push({ code: 'yearZero', start: s, end: at, data: { year: `${year}年`, replacement: `${year.replace(WRONG_ZERO, '〇')}年` }, fix });
  }
}
