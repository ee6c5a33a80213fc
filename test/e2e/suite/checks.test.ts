/** Proofreading in the editor: a squiggle appears where the report breaks a rule, and its quick fix works. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, poll } from './util';

const TEXT = '青禾市卫生健康委员会2024年工作总结\n一、主要做法\n2024年，全市新增床位500张。这是我们的的目标。\n二、存在问题\n基层服务能力仍需提升。\n四、下一步打算\n持续深化改革。\n';

describe('Proofreading', () => {
  let uri: vscode.Uri;
  before(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'no workspace folder is open');
    uri = vscode.Uri.joinPath(folder.uri, 'proofreading-e2e.txt');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(TEXT, 'utf8'));
  });
  after(async () => {
    await closeAll();
    await vscode.workspace.fs.delete(uri);
  });

  it('a squiggle marks 的的 and the skipped 三、, and the quick fix of 的的 clears its diagnostic', async () => {
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    const found = await poll('the proofreading diagnostics', () => vscode.languages.getDiagnostics(uri), (ds) => ds.some((d) => d.code === 'doubledChar') && ds.some((d) => d.code === 'headingSequence'), 30_000);
    const doubled = found.find((d) => d.code === 'doubledChar')!;
    assert.equal(doc.getText(doubled.range), '的的');
    assert.equal(doubled.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(doubled.source, 'report-lens');
    assert.equal(doc.getText(found.find((d) => d.code === 'headingSequence')!.range), '四、');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, doubled.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Remove the repeated 的');
    assert.ok(fix?.edit, `no quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the quick fix was not applied');
    assert.ok(doc.getText().includes('这是我们的目标。'));
    await poll('the 的的 diagnostic to clear', () => vscode.languages.getDiagnostics(uri), (ds) => !ds.some((d) => d.code === 'doubledChar') && ds.some((d) => d.code === 'headingSequence'));
  });
});
