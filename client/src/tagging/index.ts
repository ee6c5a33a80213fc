/**
 * Tagging in VS Code: the user's commands (commands.ts) and those the server's quick fixes run
 * (quickFixes.ts), the user's tags painted in the editor (tagPainter.ts), the Report Entities view
 * (entitiesView.ts) and exports (exports.ts). The server keeps the tags (in a .ann file beside each
 * report); this side only asks and shows.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TAGS_OF_COMMAND } from '../../../shared/commands';
import { TagsChangedNotification } from '../../../shared/protocol';
import { registerTagCommands } from './commands';
import { createEdit, type TaggingContext } from './context';
import { EntitiesView, registerEntitiesView } from './entitiesView';
import { registerExportCommands } from './exports';
import { registerQuickFixCommands } from './quickFixes';
import { TagPainter } from './tagPainter';

/** How long typing pauses before the tags are painted again (the entities view waits twice as long). */
const DEBOUNCE_MS = 300;

/** Sets up tagging; everything registered is disposed with the extension. */
export function activateTagging(context: vscode.ExtensionContext, client: LanguageClient, isReport: (doc: vscode.TextDocument) => boolean, log: vscode.LogOutputChannel): void {
  const uriOf = (doc: vscode.TextDocument) => client.code2ProtocolConverter.asUri(doc.uri);
  const base = { client, isReport, uriOf, log };
  const painter = new TagPainter(base);
  const entities = new EntitiesView(base);
  const edit = createEdit(client, uriOf, (doc) => {
    painter.schedule(doc);
    entities.refresh();
  });
  const ctx: TaggingContext = { ...base, edit };

  context.subscriptions.push(
    painter,
    ...registerEntitiesView(ctx, entities),
    ...registerTagCommands(ctx),
    ...registerQuickFixCommands(ctx),
    ...registerExportCommands(ctx),
    // For tests and other extensions: the tags painted in a document.
    vscode.commands.registerCommand(TAGS_OF_COMMAND, (uri: vscode.Uri) => painter.tagsOf(uri)),
    client.onNotification(TagsChangedNotification.method, (p: { uri: string }) => {
      const doc = vscode.workspace.textDocuments.find((d) => uriOf(d) === p.uri);
      if (doc) painter.schedule(doc);
      if (doc && doc === entities.document) entities.refresh();
    }),
    vscode.window.onDidChangeVisibleTextEditors(() => painter.paintVisible()),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (!isReport(e.document) || e.contentChanges.length === 0) return;
      painter.schedule(e.document, DEBOUNCE_MS);
      if (e.document === entities.document) entities.refresh(DEBOUNCE_MS * 2);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => painter.forget(doc)),
    vscode.window.onDidChangeActiveTextEditor((e) => entities.follow(e)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('reportLens.customTags')) painter.customTagsChanged();
    }),
  );
  painter.paintVisible();
  entities.follow(vscode.window.activeTextEditor);
}
