/** Editing a report updates the outline and the decorations without saving or reopening it. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, decoratedTexts, findSymbol, flatten, hasRange, openSample, poll, positionOf, rangeOf, SUMMARY, symbols } from './util';

const TERM = '紧密型县域医共体';

describe('Editing a report', () => {
  let editor: vscode.TextEditor;
  let doc: vscode.TextDocument;
  beforeEach(async () => {
    await closeAll();
    editor = await openSample(SUMMARY);
    doc = editor.document;
  });
  after(closeAll);

  it('a new section heading appears in the outline, and its figures and terms are decorated', async () => {
    const before = await symbols(doc);
    assert.ok(!flatten(before).some((e) => e.symbol.name.includes('四、保障措施')));
    // Insert a fourth section before the signature at the end of the report.
    const signature = positionOf(doc, '青禾市卫生健康委员会\n2025年1月15日', 0);
    const inserted = '四、保障措施\n市财政安排专项资金3000万元，保障紧密型县域医共体建设。\n';
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(signature.line, 0), inserted)), 'edit was not applied');

    const after = await symbols(doc, (list) => flatten(list).some((e) => e.symbol.name.includes('四、保障措施')));
    const four = findSymbol(after, '四、保障措施');
    const three = findSymbol(after, '三、2025年工作思路');
    assert.equal(four.parents.length, three.parents.length, '四、 is not a sibling of 三、');
    assert.equal(four.symbol.selectionRange.start.line, signature.line);
    assert.ok(three.symbol.range.end.line < signature.line, `三、 still runs to line ${three.symbol.range.end.line}`);

    const lens = await api();
    await lens.whenDecorated(doc.uri, 20_000);
    const applied = lens.getAppliedDecorations(doc.uri);
    const figure = rangeOf(doc, '3000万元');
    assert.ok(hasRange(applied, 'figure', figure), `new figure 3000万元 not decorated; figures: ${decoratedTexts(doc, applied, 'figure').join('、')}`);
    const newTerm = rangeOf(doc, TERM, doc.getText().split(TERM).length - 2);
    assert.equal(newTerm.start.line, signature.line + 1);
    assert.ok(hasRange(applied, 'term', newTerm), `new ${TERM} on line ${newTerm.start.line + 1} not decorated`);
  });

  it('deleting a term removes its decoration and moves the ones after it', async () => {
    const lens = await api();
    const occurrences = () => doc.getText().split(TERM).length - 1;
    const decorated = () => decoratedTexts(doc, lens.getAppliedDecorations(doc.uri), 'term').filter((t) => t === TERM).length;
    const n = occurrences();
    assert.ok(n >= 2, 'the sample should use the term several times');
    assert.equal(decorated(), n, `${n} occurrences of ${TERM} but ${decorated()} decorated`);
    const figureBefore = rangeOf(doc, '1.5亿元');

    // The first occurrence is in the opening paragraph; delete it (the text is plain prose around it).
    const first = rangeOf(doc, TERM);
    assert.ok(await editor.edit((b) => b.delete(first)), 'edit was not applied');
    await lens.whenDecorated(doc.uri, 20_000);
    const applied = await poll('term decorations after the deletion', () => lens.getAppliedDecorations(doc.uri), () => decorated() === n - 1);
    for (let i = 0; i < n - 1; i++) assert.ok(hasRange(applied, 'term', rangeOf(doc, TERM, i)), `occurrence ${i + 1} of ${TERM} not decorated after the edit`);
    // Figures after the edit moved with the text (same line, 8 fewer characters only on the edited line).
    const figureAfter = rangeOf(doc, '1.5亿元');
    assert.equal(figureAfter.start.line, figureBefore.start.line);
    assert.ok(hasRange(applied, 'figure', figureAfter), 'figure 1.5亿元 lost its decoration after an edit elsewhere');
  });

  it('deleting a section heading removes it from the outline', async () => {
    const heading = rangeOf(doc, '二、存在的问题');
    assert.ok(await editor.edit((b) => b.delete(new vscode.Range(heading.start, heading.start.translate(1, 0)))), 'edit was not applied');
    const list = await symbols(doc, (l) => !flatten(l).some((e) => e.symbol.name.includes('存在的问题')));
    findSymbol(list, '三、2025年工作思路');
  });
});
