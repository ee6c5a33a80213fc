/**
 * What keeps the server responsive on huge reports: long work in slices (steps), the whole-document
 * results built in steps the same as at once, block results that follow edits, and the caps on what
 * is sent of a huge outline. Real text: the seed reports, repeated.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer } from '../../server/src/core/analyze';
import { builtinGlossary } from '../../server/src/core/glossary';
import { TermMatcher } from '../../server/src/core/terms';
import { findOutline, findOutlineSteps, flattenOutline, levelsWithin } from '../../server/src/core/outline';
import { finish } from '../../server/src/core/steps';
import { getDocumentSymbols, MAX_SYMBOLS } from '../../server/src/lsp/features/documentSymbols';
import { getFoldingRanges, MAX_FOLDING_RANGES } from '../../server/src/lsp/features/foldingRanges';
import type { DocumentSymbol } from 'vscode-languageserver';
import type { OutlineNode } from '../../server/src/core/types';
import { seedsRepeated } from '../helpers';

const matcher = new TermMatcher([builtinGlossary()]);
const TEXT = seedsRepeated(400_000);

/** Runs a step generator and counts its yields. */
function stepsOf<T>(gen: Generator<void, T, void>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const r = gen.next();
    if (r.done) return { value: r.value, yields };
    yields++;
  }
}

test('long work is sliced: analysis, whole-document results and the outline yield many times on a big report', () => {
  const analysis = stepsOf(new Analyzer(matcher).analyzeSteps(TEXT));
  // A step is about 16 K characters of text; 400 K characters give at least a dozen.
  assert.ok(analysis.yields >= 12, `analysis yielded ${analysis.yields} times`);
  const prepared = stepsOf(analysis.value.prepare());
  assert.ok(prepared.yields >= 4, `prepare yielded ${prepared.yields} times`);
  assert.ok(analysis.value.prepared);
  const outline = stepsOf(findOutlineSteps(TEXT));
  assert.ok(outline.yields >= 1, `outline yielded ${outline.yields} times`);
});

test('whole-document results built in steps equal those built at once', () => {
  const stepped = new Analyzer(matcher).analyze(TEXT);
  finish(stepped.prepare());
  const direct = new Analyzer(matcher).analyze(TEXT);
  assert.deepEqual(stepped.terms, direct.terms);
  assert.deepEqual(stepped.figures, direct.figures);
  assert.deepEqual(stepped.orgs, direct.orgs);
  assert.deepEqual(stepped.outline, findOutline(TEXT));
  assert.ok(stepped.orgs.length > 100 && stepped.terms.length > 1000, 'the repeated seeds have plenty to find');
});

test('after an edit, reused blocks move with it: positions and texts match a fresh analysis', () => {
  const analyzer = new Analyzer(matcher);
  const before = analyzer.analyze(TEXT);
  const at = TEXT.indexOf('。', TEXT.length >> 2) + 1;
  const insert = '𠀀新增一句：投入2.5亿元。';
  const text = TEXT.slice(0, at) + insert + TEXT.slice(at);
  const after = analyzer.analyze(text, before, [{ start: at, end: at, length: insert.length }]);
  // Most blocks were reused, and those after the edit carry its length as their shift.
  assert.ok(after.shifts.some((s) => s === insert.length) && after.shifts.some((s) => s === 0));
  const fresh = analyzer.analyze(text);
  const spans = (a: typeof after) => [...a.terms, ...a.figures, ...a.orgs].map((x) => `${x.kind}:${x.start}:${x.end}:${x.text}`);
  assert.deepEqual(spans(after), spans(fresh));
  for (const x of after.figures) assert.equal(x.text, text.slice(x.start, x.end));
  assert.ok(after.figures.some((f) => f.text === '2.5亿元' && f.start === at + insert.indexOf('2.5')));
  // inRange and at() see the moved offsets too.
  const late = after.inRange('figures', at, text.length, 3);
  assert.ok(late.length === 3 && late.every((f) => f.text === text.slice(f.start, f.end)));
  const tail = fresh.figures[fresh.figures.length - 1];
  assert.equal(after.at(tail.start + 1).find((a) => a.kind === 'figure')?.start, tail.start);
});

/** An outline of `roots` sections with `per` subsections each, and `per` items under each of those. */
function synthetic(roots: number, per: number): { doc: TextDocument; outline: OutlineNode[] } {
  const lines: string[] = [];
  const outline: OutlineNode[] = [];
  let offset = 0;
  const node = (name: string, level: number): OutlineNode => {
    const line = lines.length;
    lines.push(name);
    const n: OutlineNode = { name, level, formalLevel: 2, style: 'chinese-numeral', start: offset, end: offset + name.length, line, endLine: line, sectionEnd: offset + name.length, sectionEndLine: line + 1, children: [] };
    offset += name.length + 1;
    lines.push('正文。');
    offset += 4;
    return n;
  };
  for (let r = 0; r < roots; r++) {
    const root = node(`${r}、部分`, 1);
    for (let s = 0; s < per; s++) {
      const sub = node(`（${s}）小节`, 2);
      for (let i = 0; i < per; i++) sub.children.push(node(`${i}.条目`, 3));
      root.children.push(sub);
    }
    outline.push(root);
  }
  return { doc: TextDocument.create('file:///big.txt', 'plaintext', 1, lines.join('\n') + '\n'), outline };
}

const count = (symbols: DocumentSymbol[]): number => symbols.reduce((n, s) => n + 1 + count(s.children ?? []), 0);

test('a huge outline keeps its outer levels whole within the caps; a small one is sent whole', () => {
  const small = synthetic(3, 4);
  assert.equal(levelsWithin(small.outline, MAX_SYMBOLS), Infinity);
  assert.equal(count(getDocumentSymbols(small.doc, small.outline)), flattenOutline(small.outline).length);

  // 200 × (1 + 30 + 900) = 186,200 sections: levels 1 and 2 (6,200) fit in 10,000, level 3 does not.
  const huge = synthetic(200, 30);
  assert.equal(levelsWithin(huge.outline, MAX_SYMBOLS), 2);
  const symbols = getDocumentSymbols(huge.doc, huge.outline);
  assert.equal(count(symbols), 200 * 31);
  assert.ok(symbols.every((s) => s.children?.length === 30 && s.children.every((c) => c.children?.length === 0)));
  // What is sent is still right: the last section's range is where its heading is.
  const last = symbols[199].children![29];
  assert.equal(huge.doc.getText(last.selectionRange), '（29）小节');

  const folds = getFoldingRanges(huge.outline);
  assert.ok(folds.length <= MAX_FOLDING_RANGES && folds.length > 0);
  const lineOf = new Set(flattenOutline(huge.outline, 1).map((n) => n.line));
  assert.ok(folds.filter((f) => lineOf.has(f.startLine)).length === 200, 'every top-level section folds');

  // Even the top level over the cap: its first MAX_SYMBOLS sections.
  assert.equal(levelsWithin(synthetic(MAX_SYMBOLS + 1, 0).outline, MAX_SYMBOLS), 0);
  assert.equal(count(getDocumentSymbols(synthetic(MAX_SYMBOLS + 1, 0).doc, synthetic(MAX_SYMBOLS + 1, 0).outline)), MAX_SYMBOLS);
});
