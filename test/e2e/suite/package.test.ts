/** Which extension is under test: in package mode (scripts/e2e.sh, E2E_MODE=package) the installed .vsix. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './util';

describe('The extension under test', () => {
  const expected = process.env.REPORT_LENS_E2E_EXTENSION_PATH;

  it('is the installed package when the runner says so, with no node_modules beside its bundles', function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded`);
    console.log(`[e2e]   (extension under test: ${ext.extensionPath})`);
    if (!expected) this.skip(); // development mode: the repository itself
    assert.equal(path.resolve(ext.extensionPath), path.resolve(expected), 'the extension is not the installed package');
    assert.equal(fs.existsSync(path.join(ext.extensionPath, 'node_modules')), false, 'the package holds node_modules');
    assert.equal(ext.extensionKind, vscode.ExtensionKind.Workspace);
  });
});
