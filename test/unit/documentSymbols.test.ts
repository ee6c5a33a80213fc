/**
 * The outline as the editor sees it: document symbols (Outline view, breadcrumbs, Go to Symbol), folding
 * ranges and workspace symbols follow the same tree, and an article is found by its number.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findOutline, flattenOutline } from '../../server/src/core/outline';
import { matchesQuery, reportSymbols } from '../../server/src/core/symbols';
import { getDocumentSymbols } from '../../server/src/lsp/features/documentSymbols';
import { getFoldingRanges } from '../../server/src/lsp/features/foldingRanges';

const REGULATION = [
  '某市院前医疗急救管理办法',
  '第一章 总则',
  '第一条 为规范院前医疗急救行为，保障公民生命安全，制定本办法。',
  '第二条 本办法适用于本市行政区域内的院前医疗急救活动。',
  '第二章 急救网络',
  ...['三', '四', '五', '六', '七', '八', '九', '十', '十一'].map((n) => `第${n}条 急救站点应当按照规定配备车辆和人员，保持通讯畅通。`),
  '第十二条 急救中心应当建立统一的调度平台，实行全天候值守。',
  '第十三条 本办法自发布之日起施行。',
].join('\n');

function symbolsOf(text: string): DocumentSymbol[] {
  return getDocumentSymbols(TextDocument.create('file:///r.txt', 'report', 1, text), findOutline(text));
}

function flat(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flat(s.children ?? [])]);
}

const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const contains = (outer: Range, inner: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

test('articles are entries of their chapter, and Go to Symbol finds 第十二条 by 第十二条 or by 12', () => {
  const symbols = symbolsOf(REGULATION);
  const [title] = symbols;
  assert.equal(title.kind, SymbolKind.File);
  assert.deepEqual(title.children!.map((c) => c.name), ['第一章 总则', '第二章 急救网络']);
  const articles = flat(symbols).filter((s) => s.kind === SymbolKind.Field);
  assert.equal(articles.length, 13);
  assert.equal(title.children![1].children!.length, 11, 'articles 3 to 13 under chapter 2');
  const twelve = articles.find((s) => s.name.startsWith('第十二条'))!;
  assert.equal(twelve.name, '第十二条（12）急救中心应当建立统一的调度平台');
  // VS Code filters Go to Symbol by name, fuzzily and in order: both queries find article 12.
  for (const query of ['第十二条', '12']) assert.ok(articles.filter((s) => matchesQuery(s.name, query)).some((s) => s === twelve), query);
  // Article 2 is not found by 12 (its number is 2).
  assert.ok(!matchesQuery(articles[1].name, '12'));
  // Workspace symbols carry the same names.
  const ws = reportSymbols({ outline: findOutline(REGULATION), orgs: [], terms: [] });
  assert.ok(ws.some((s) => s.name === twelve.name));
});

test('an article written with Arabic numbers keeps its name', () => {
  const names = flat(symbolsOf('第1条 为加强管理，制定本规定。\n第2条 本规定自发布之日起施行。')).map((s) => s.name);
  assert.deepEqual(names, ['第1条 为加强管理', '第2条 本规定自发布之日起施行']);
});

test('folding follows the outline; headings run into one line fold once, as their outermost section', () => {
  const text = '一、工作总结（一）主要指标。1.门诊量。全年门诊量增长5%。\n全年完成各项任务。\n二、工作计划\n继续做好各项工作。';
  const outline = findOutline(text);
  assert.deepEqual(
    flattenOutline(outline).map((n) => [n.name, n.line]),
    [['一、工作总结', 0], ['（一）主要指标', 0], ['1.门诊量', 0], ['二、工作计划', 2]],
  );
  assert.deepEqual(getFoldingRanges(outline).map((r) => [r.startLine, r.endLine]), [[0, 1], [2, 3]]);
});

test('symbols of any text: each range holds its selection range and its children', () => {
  const unit = fc.constantFrom(
    '一、', '（一）', '(二)', '1.', '2、', '（1）', '①', '第一章 ', '第二条 ', '第十二条 ', '一是', '亮点一：', '**', '## ',
    '规范管理', '通知', '实施方案', '。', '，', '；', '：', '\n', '\r\n', ' ', '𠀀', '附件', '当前位置', '发布时间：', '版权所有',
  );
  fc.assert(
    fc.property(fc.array(unit, { maxLength: 80 }), (parts) => {
      const text = parts.join('');
      const check = (symbols: DocumentSymbol[], parent?: Range) => {
        for (const s of symbols) {
          assert.ok(contains(s.range, s.selectionRange), `${s.name}: selection inside range`);
          if (parent) assert.ok(contains(parent, s.range), `${s.name}: inside its parent`);
          assert.ok(s.name.length > 0 && !/[\r\n]/.test(s.name));
          check(s.children ?? [], s.range);
        }
      };
      check(symbolsOf(text));
    }),
    { numRuns: 400 },
  );
});
