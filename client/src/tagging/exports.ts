/**
 * Export of the annotations (detections, tags and corrections) of the active report or of every
 * report in a folder: the server writes the format, this side asks where to save it.
 */
import * as vscode from 'vscode';
import { EXPORT_FOLDER_COMMAND, EXPORT_REPORT_COMMAND } from '../../../shared/commands';
import { ExportRequest, type ExportFormat, type ExportResult } from '../../../shared/protocol';
import { activeReport, type TaggingContext } from './context';

const FORMATS: { format: ExportFormat; label: () => string; detail: () => string; ext: string }[] = [
  { format: 'html', label: () => vscode.l10n.t('HTML page'), detail: () => vscode.l10n.t('The report with its highlights and a legend; opens in any browser'), ext: 'html' },
  { format: 'csv', label: () => vscode.l10n.t('CSV table'), detail: () => vscode.l10n.t('One row per annotation, for spreadsheets'), ext: 'csv' },
  { format: 'brat', label: () => vscode.l10n.t('brat standoff (.ann)'), detail: () => vscode.l10n.t('For brat and other annotation tools'), ext: 'ann' },
  { format: 'doccano', label: () => vscode.l10n.t('doccano JSONL'), detail: () => vscode.l10n.t('For import into doccano'), ext: 'jsonl' },
];

/** Registers the export commands (format and targets may be given, as tests do); the caller disposes of what is returned. */
export function registerExportCommands(ctx: TaggingContext): vscode.Disposable[] {
  async function exportReport(format?: ExportFormat, target?: vscode.Uri): Promise<vscode.Uri[] | undefined> {
    const editor = activeReport(ctx);
    if (!editor) return undefined;
    const f = format ? FORMATS.find((x) => x.format === format) : await pickFormat();
    if (!f) return undefined;
    const result = await ctx.client.sendRequest<ExportResult>(ExportRequest.method, { format: f.format, textDocument: { uri: ctx.uriOf(editor.document) } });
    const file = result.files[0];
    if (!file) return undefined;
    const own = vscode.Uri.joinPath(editor.document.uri, '..', file.name);
    target ??= await vscode.window.showSaveDialog({
      defaultUri: f.format === 'brat' ? vscode.Uri.joinPath(editor.document.uri, '..', 'export', file.name) : own,
      filters: { [f.label()]: [f.ext] },
      title: vscode.l10n.t('Export the annotations'),
    });
    if (!target) return undefined;
    if (f.format === 'brat' && target.toString() === own.toString()) {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} holds the tags kept beside the report; export to another folder.', file.name));
      return undefined;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(file.content));
    void offerOpen([target]);
    return [target];
  }

  async function exportFolder(format?: ExportFormat, folder?: vscode.Uri, target?: vscode.Uri): Promise<vscode.Uri[] | undefined> {
    folder ??= await pickFolder();
    if (!folder) return undefined;
    const f = format ? FORMATS.find((x) => x.format === format) : await pickFormat();
    if (!f) return undefined;
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting the annotations of {0}…', folder.path.split('/').pop() ?? ''), cancellable: true },
      (_p, token) => ctx.client.sendRequest<ExportResult>(ExportRequest.method, { format: f.format, folder: folder!.toString() }, token),
    );
    if (!result.files.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No reports found in {0}.', folder.path));
      return undefined;
    }
    const written: vscode.Uri[] = [];
    if (f.format === 'brat') {
      target ??= (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, title: vscode.l10n.t('Folder to write the brat files into') }))?.[0];
      if (!target) return undefined;
      if (target.toString().replace(/\/$/, '') === folder.toString().replace(/\/$/, '')) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Choose another folder: the reports’ own .ann files hold your tags.'));
        return undefined;
      }
      for (const file of result.files) {
        const uri = vscode.Uri.joinPath(target, file.name);
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(file.content));
        written.push(uri);
      }
    } else {
      const file = result.files[0];
      target ??= await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(folder, file.name), filters: { [f.label()]: [f.ext] } });
      if (!target) return undefined;
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(file.content));
      written.push(target);
    }
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported the annotations of {0} reports.', result.reports));
    return written;
  }

  return [
    vscode.commands.registerCommand(EXPORT_REPORT_COMMAND, (format?: ExportFormat, target?: vscode.Uri) => exportReport(format, target)),
    vscode.commands.registerCommand(EXPORT_FOLDER_COMMAND, (format?: ExportFormat, folder?: vscode.Uri, target?: vscode.Uri) => exportFolder(format, folder, target)),
  ];
}

async function pickFormat(): Promise<(typeof FORMATS)[number] | undefined> {
  const picked = await vscode.window.showQuickPick(
    FORMATS.map((f) => ({ label: f.label(), detail: f.detail(), f })),
    { title: vscode.l10n.t('Export the annotations as') },
  );
  return picked?.f;
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 1) return folders[0].uri;
  if (folders.length > 1) return (await vscode.window.showWorkspaceFolderPick())?.uri;
  return (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false }))?.[0];
}

async function offerOpen(uris: vscode.Uri[]): Promise<void> {
  const open = vscode.l10n.t('Open');
  if ((await vscode.window.showInformationMessage(vscode.l10n.t('Exported to {0}.', uris[0].fsPath), open)) === open) {
    await vscode.commands.executeCommand('vscode.open', uris[0]);
  }
}
