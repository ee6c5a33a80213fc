/**
 * Reports in traditional characters are read as their simplified twins: same organisations, figures
 * and terms at the same offsets. Both texts are written by hand here (neither is made from the other).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Analyzer } from '../../server/src/core/analyze';
import { builtinGlossary } from '../../server/src/core/glossary';
import { TermMatcher } from '../../server/src/core/terms';
import { foldTraditional, hasTraditional, toTraditional } from '../../server/src/core/script';
import { foldWidth, splitBlocks } from '../../server/src/core/textView';
import type { Annotation } from '../../server/src/core/types';
import table from '../../server/data/traditional.json';

const TRADITIONAL =
  '二〇二四年，本縣衛生健康局推進緊密型縣域醫共體建設，全縣兩個醫共體覆蓋十二個鄉鎮衛生院。\n' +
  '縣人民醫院門診診療達12.5萬人次，同比增長3.2個百分點。家庭醫生簽約服務覆蓋率達到65%，分級診療格局基本形成。\n' +
  '國家衛生健康委員會通報表揚了縣人民醫院。\n';
const SIMPLIFIED =
  '二〇二四年，本县卫生健康局推进紧密型县域医共体建设，全县两个医共体覆盖十二个乡镇卫生院。\n' +
  '县人民医院门诊诊疗达12.5万人次，同比增长3.2个百分点。家庭医生签约服务覆盖率达到65%，分级诊疗格局基本形成。\n' +
  '国家卫生健康委员会通报表扬了县人民医院。\n';

const analyzer = new Analyzer(new TermMatcher([builtinGlossary()]));

/** What an annotation says, without its text (which is the document's own, in its script). */
function meaning(a: Annotation): unknown {
  const { text, ...rest } = a;
  return rest;
}

test('a traditional report gives the organisations, figures and terms of its simplified twin, at the same offsets', () => {
  assert.equal(TRADITIONAL.length, SIMPLIFIED.length);
  const trad = analyzer.analyze(TRADITIONAL);
  const simp = analyzer.analyze(SIMPLIFIED);
  assert.deepEqual(trad.figures.map(meaning), simp.figures.map(meaning));
  assert.deepEqual(trad.terms.map(meaning), simp.terms.map(meaning));
  assert.deepEqual(trad.orgs.map((o) => [o.start, o.end, o.orgKind, o.canonical]), simp.orgs.map((o) => [o.start, o.end, o.orgKind, o.canonical]));
  // Each kind is there, and figures and terms carry the document's own text.
  assert.deepEqual(
    trad.figures.map((f) => [f.text, f.value, f.unit]),
    [['二〇二四年', null, ''], ['兩個', 2, '个'], ['十二個', 12, '个'], ['12.5萬人次', 125000, '人次'], ['3.2個百分點', 3.2, '个百分点'], ['65%', 0.65, '%']],
  );
  const terms = trad.terms.map((t) => t.text);
  for (const t of ['緊密型縣域醫共體', '分級診療']) assert.ok(terms.includes(t), `${t} in ${terms.join(' ')}`);
  const orgs = trad.orgs.map((o) => TRADITIONAL.slice(o.start, o.end));
  for (const o of ['國家衛生健康委員會', '縣人民醫院']) assert.ok(orgs.includes(o), `${o} in ${orgs.join(' ')}`);
});

test('simplified text, and the other detectors on it, are untouched by the fold', () => {
  assert.equal(foldTraditional(SIMPLIFIED), SIMPLIFIED);
  assert.equal(hasTraditional(SIMPLIFIED), false);
  // 著 is left alone, as OpenCC leaves it (著名); a simplified block's view only has its width folded.
  assert.equal(foldTraditional('著名'), '著名');
  for (const b of splitBlocks(SIMPLIFIED)) assert.equal(b.view, foldWidth(SIMPLIFIED.slice(b.start, b.end)));
  for (const b of splitBlocks(TRADITIONAL)) assert.equal(b.view.length, b.end - b.start);
});

test('names and units are shown back in traditional, as the document writes them where it does', () => {
  assert.equal(toTraditional('国家卫生健康委员会'), '國家衛生健康委員會');
  assert.equal(toTraditional('个百分点'), '個百分點');
  // OpenCC's first form of 里 is 裏; a document that writes 裡 keeps its 裡.
  assert.equal(toTraditional('城里'), '城裏');
  assert.equal(toTraditional('城里', '鄉裡'), '城裡');
});

test("Hong Kong's 衞 reads as 衛: 醫務衞生局 and 衞生署 are found as their 衛 forms are", () => {
  const orgs = analyzer.analyze('醫務衞生局局長表示，衞生署將配合。').orgs;
  assert.deepEqual(orgs.map((o) => [o.text, o.canonical]), [['醫務衞生局', '医务卫生局'], ['衞生署', '卫生署']]);
});

test('the character table is one-to-one, BMP only, and agrees with the converter it was made from', async () => {
  for (const pairs of [table.toSimplified, table.toTraditional]) {
    assert.equal(pairs.length % 2, 0);
    for (let k = 0; k < pairs.length; k++) {
      const c = pairs.charCodeAt(k);
      assert.ok(c < 0xd800 || c > 0xdfff, `surrogate at ${k}`);
    }
  }
  const OpenCC = await import('opencc-js');
  const t2cn = OpenCC.Converter({ from: 't', to: 'cn' });
  // Hong Kong and Taiwan variants (衞) fold as those regions' converters fold them.
  const hk2cn = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const tw2cn = OpenCC.Converter({ from: 'tw', to: 'cn' });
  for (let k = 0; k < table.toSimplified.length; k += 2) {
    const from = table.toSimplified[k];
    const to = table.toSimplified[k + 1];
    assert.ok(t2cn(from) === to || hk2cn(from) === to || tw2cn(from) === to, from);
  }
  assert.equal(table.toSimplified[table.toSimplified.indexOf('衞') + 1], '卫');
});

test('乾 folds to itself: simplified text writes it in names (乾县人民医院, 乾安县, 乾元分院), which a fold to 干 would lose', () => {
  assert.equal(foldTraditional('乾县人民医院和乾安县'), '乾县人民医院和乾安县');
  const names = analyzer.analyze('乾县人民医院和乾安县卫健局，县人民医院乾元分院').orgs;
  assert.deepEqual(names.map((a) => [a.text, a.canonical]), [['乾县人民医院', '乾县人民医院'], ['乾安县卫健局', '乾安县卫生健康局'], ['县人民医院乾元分院', '县人民医院乾元分院']]);
  // 於 still folds: traditional text writes 于 so (處於, 關於).
  assert.equal(foldTraditional('處於'), '处于');
});
