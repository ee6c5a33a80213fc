/** The value line of a figure's hover, as a person reads it at a glance, in English and Chinese. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findFigures } from '../../server/src/core/figures';
import { l10nFor } from '../../server/src/core/l10n';
import fc from 'fast-check';
import { figureValueText, formatNumber } from '../../server/src/core/figureText';

const EN = l10nFor('en');
const ZH = l10nFor('zh-cn');

/** The hover values of the one figure of `text`, in English and in Chinese. */
function check(text: string, en: string, zh: string): void {
  const found = findFigures(text);
  assert.equal(found.length, 1, `${text}: ${found.map((f) => f.text).join(' ')}`);
  assert.equal(figureValueText(found[0], EN), en, text);
  assert.equal(figureValueText(found[0], ZH), zh, text);
}

test('rates and percentages read as written: 5.32‰, 86.43%, 25.6/10万', () => {
  check('死亡率5.32‰', '5.32‰', '5.32‰');
  check('增长86.43%', '86.43%', '86.43%');
  check('发病率25.6/10万', '25.6/10万', '25.6/10万');
  check('千分之五', '5‰', '5‰');
  check('10%-20%', '10%–20%', '10%–20%');
  // A ratio shows its two terms, not their quotient (0.8); a qualifier stays with it.
  check('医护比为1:1.25', '1:1.25', '1:1.25');
  check('床护比不低于1∶0.6', 'at least 1:0.6', '不少于1:0.6');
});

test('ranges of years have no thousands separators; dates read as dates, not ISO', () => {
  check('2016—2030年', '2016–2030', '2016年–2030年');
  check('2024年4月', 'April 2024', '2024年4月');
  check('每月20日', 'day 20 of the month', '20日');
  check('1月11日', '11 January', '1月11日');
  check('2024年4月18日至19日', '18 April 2024–19 April 2024', '2024年4月18日–2024年4月19日');
  check('4月18、19日', '18 April, 19 April', '4月18日、4月19日');
  check('2024年上半年', 'first half of 2024', '2024年上半年');
  check('2024年第三季度', 'Q3 2024', '2024年第三季度');
  check('14:00开始', '14:00', '14:00');
  check('1—6月', 'January–June', '1月–6月');
});

test('qualifiers are shown with the value: at least, at most, about, more than, less than', () => {
  check('60岁以上', 'at least 60 岁', '不少于60 岁');
  check('2天(含)以内', 'at most 2 天', '不超过2 天');
  check('约2.8亿元', 'about 280,000,000 元', '约280,000,000 元');
  check('3000余名', 'more than 3,000 名', '超过3,000 名');
  check('5万元（不含）以下', 'less than 50,000 元', '少于50,000 元');
  check('1200人', '1,200 人', '1,200 人');
});

test('a date at a part of its year or month says the part (2024年底, 12月初, 6月中旬)', () => {
  check('2024年底', 'end of 2024', '2024年底');
  check('2024年12月初', 'start of December 2024', '2024年12月初');
  check('6月中旬', 'mid-June', '6月中旬');
  check('3月下旬', 'late March', '3月下旬');
  check('9月上旬', 'early September', '9月上旬');
});

test('a rank says its scope, and whether it counts from the top or from the end', () => {
  check('全省第一。', 'rank 1 (全省)', '第 1 名 (全省)');
  check('全省倒数第二。', 'rank 2 from the end (全省)', '倒数第 2 名 (全省)');
  check('排名前三的是', 'at most rank 3', '不超过第 3 名');
  check('排名后三位的', 'at most rank 3 from the end', '不超过倒数第 3 名');
});

test('days of the lunar calendar read as the calendar names them (农历正月十五), not as ISO dates', () => {
  check('元宵节即正月十五', 'lunar month 1, day 15', '农历正月十五');
  check('腊月二十三小年', 'lunar month 12, day 23', '农历腊月廿三');
  check('(初一至初七)放假', 'day 1 of a lunar month–day 7 of a lunar month', '农历初一–农历初七');
});

test('property: formatNumber writes any number as toLocaleString does (one formatter, made once, for every call)', () => {
  const expected = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });
  for (const n of [0, -0, 1, -1, 0.5, 1234.5, 1600000000, 163506, 0.0000005, 0.0000015, 2.5e-7, 1e21, -1e21, 9007199254740993, NaN, Infinity, -Infinity]) {
    assert.equal(formatNumber(n), expected(n), String(n));
  }
  fc.assert(fc.property(fc.double(), (n) => formatNumber(n) === expected(n)), { numRuns: 2000 });
  fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 8 }), (m, e) => formatNumber(m / 10 ** e) === expected(m / 10 ** e)), { numRuns: 2000 });
});

test('a frequency given as a range reads as its two counts per period (每周2至3次: 2–3 次/周)', () => {
  check('维持每周2至3次的透析', '2–3 次/周', '2–3 次/周');
});
