/** The Get Started walkthrough: its contribution, and the command its first step runs. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { OPEN_SAMPLE_COMMAND } from '../../../shared/commands';
import { api, closeAll, EXTENSION_ID, poll } from './util';

interface Step { id: string; media: { image?: string; markdown?: string } }

describe('Get Started walkthrough', () => {
  after(closeAll);

  it('has five steps whose pictures and pages are in the extension, in English and Chinese', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const [walkthrough] = ext.packageJSON.contributes.walkthroughs as { id: string; steps: Step[] }[];
    assert.equal(walkthrough.id, 'reportLens.gettingStarted');
    assert.deepEqual(walkthrough.steps.map((s) => s.id), ['openSample', 'hover', 'outline', 'tag', 'export']);
    const nls = ['package.nls.json', 'package.nls.zh-cn.json'].map((f) => JSON.parse(fs.readFileSync(path.join(ext.extensionPath, f), 'utf8')) as Record<string, string>);
    for (const step of walkthrough.steps) {
      const media = step.media.image ?? step.media.markdown ?? '';
      // The manifest VS Code hands out has its %keys% replaced in the display language; check every language's file.
      const key = /^%(.+)%$/.exec(media)?.[1];
      const files = key ? nls.map((n) => n[key]) : [media];
      for (const f of files) assert.ok(f && fs.existsSync(path.join(ext.extensionPath, f)), `step ${step.id}: ${f} is not in ${ext.extensionPath}`);
    }
  });

  it('"Open the Sample Report" opens a decorated copy outside the extension, the cursor on the term to hover', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const uri = await vscode.commands.executeCommand<vscode.Uri>(OPEN_SAMPLE_COMMAND);
    assert.ok(uri, 'the command returned no document');
    assert.ok(!uri.fsPath.startsWith(ext.extensionPath), `the sample is opened inside the extension: ${uri.fsPath}`);
    const editor = await poll('the sample in the active editor', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.toString() === uri.toString() ? e : undefined;
    });
    await (await api()).whenDecorated(uri, 30_000);
    const offset = editor.document.offsetAt(editor.selection.active);
    assert.equal(editor.document.getText().slice(offset - 1, offset + 7), '紧密型县域医共体');
    const again = await vscode.commands.executeCommand<vscode.Uri>(OPEN_SAMPLE_COMMAND);
    assert.equal(again.toString(), uri.toString(), 'a second run opens the same copy (tags made there are kept)');
  });
});
