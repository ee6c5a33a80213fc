/**
 * What starting costs in the editor, measured (not asserted: the figure depends on the machine and its
 * load): a 100 KB report opened in a window where Report Lens is not active yet, to the extension active
 * (the client started, the server spawned and initialised) and to the report's first decorations painted.
 * Runs first, before any other test activates the extension. The figures are printed and, when
 * REPORT_LENS_E2E_MEASURES names a file, written there (scripts/e2e.sh: bench-results/editor-activation.json,
 * which `npm run bench` shows among its activation rows).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, closeAll, EXTENSION_ID, sampleUri, SUMMARY } from './util';

const SIZE = 100 * 1024;

describe('Starting Report Lens', () => {
  after(closeAll);

  it('a 100 KB report opened in a fresh window: time to the extension active and to its first decorations', async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded`);
    if (ext.isActive) {
      // Something activated it already (an editor restored with a report?): there is nothing to measure.
      const open = vscode.workspace.textDocuments.map((d) => `${d.uri.toString()} (${d.languageId})`).join(', ');
      console.log(`[e2e]   (not measured: the extension was active before the test; documents open: ${open || 'none'})`);
      this.skip();
    }
    // Outside the workspace folder, so that no other test sees it among the reports.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lens-activation-'));
    const file = path.join(dir, 'report-100KB.txt');
    fs.writeFileSync(file, hundredKilobytes(Buffer.from(await vscode.workspace.fs.readFile(sampleUri(SUMMARY))).toString('utf8')));
    const uri = vscode.Uri.file(file);
    try {
      const t0 = Date.now();
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
      const exports = await ext.activate();
      const active = Date.now() - t0;
      await exports.whenDecorated(uri, 60_000);
      const decorated = Date.now() - t0;
      const counts = Object.fromEntries(Object.entries((await api()).getAppliedDecorations(uri)).map(([k, v]) => [k, v.length]));
      const measured = { at: new Date().toISOString(), extensionPath: ext.extensionPath, bytes: fs.statSync(file).size, openToActiveMs: active, openToDecoratedMs: decorated, decorations: counts };
      console.log(`[e2e]   (measured: ${measured.bytes} B report opened → extension active ${active} ms → first decorations ${decorated} ms; ${JSON.stringify(counts)})`);
      const out = process.env.REPORT_LENS_E2E_MEASURES;
      if (out) fs.writeFileSync(out, JSON.stringify(measured, null, 2) + '\n');
      assert.ok(Object.values(counts).some((n) => n > 0), 'no decorations on the 100 KB report');
    } finally {
      await closeAll();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The sample repeated, each copy with its own title line, cut at a line break to 100 KB of UTF-8. */
function hundredKilobytes(sample: string): string {
  const lines: string[] = [];
  let bytes = 0;
  for (let copy = 1; bytes < SIZE; copy++) {
    for (const line of [`第${copy}份 ${sample.split('\n')[0]}`, ...sample.split('\n').slice(1)]) {
      const size = Buffer.byteLength(line, 'utf8') + 1;
      if (bytes + size > SIZE) return lines.join('\n') + '\n';
      lines.push(line);
      bytes += size;
    }
  }
  return lines.join('\n') + '\n';
}
