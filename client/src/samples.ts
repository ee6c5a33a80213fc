/** The Get Started walkthrough's "Open a sample report" command. */
import * as vscode from 'vscode';
import { OPEN_SAMPLE_COMMAND } from '../../shared/commands';

/** The sample the walkthrough opens (samples/, written for the project), and the term its steps name. */
const SAMPLE = 'qinghe-health-commission-2024.txt';
const TERM = '紧密型县域医共体';

/**
 * Opens a copy of the sample report beside the walkthrough, with the cursor on the term the next step
 * hovers. A copy in the extension's global storage, made once: tags and exports are written beside the
 * report, and must neither touch the installed extension nor lose what a user tagged on a second visit.
 */
export function registerOpenSample(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_SAMPLE_COMMAND, async (): Promise<vscode.Uri> => {
    const dir = vscode.Uri.joinPath(context.globalStorageUri, 'samples');
    const copy = vscode.Uri.joinPath(dir, SAMPLE);
    if (!(await exists(copy))) {
      await vscode.workspace.fs.createDirectory(dir);
      await vscode.workspace.fs.copy(vscode.Uri.joinPath(context.extensionUri, 'samples', SAMPLE), copy);
    }
    const doc = await vscode.workspace.openTextDocument(copy);
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    const at = doc.getText().indexOf(TERM);
    if (at >= 0) {
      const start = doc.positionAt(at + 1);
      editor.selection = new vscode.Selection(start, start);
      editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
    return copy;
  });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return false;
    throw e;
  }
}
