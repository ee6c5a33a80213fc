/**
 * What the parts of tagging share: the language client, which documents are reports, the log, and
 * the one way to send a tag edit to the server (which keeps the tags; this side only asks and shows).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { AddTagParams, MarkDetectionParams, RemoveTagParams, TagEditResult, WireRange } from '../../../shared/protocol';

/** Sends a tag request (add, remove, mark a detection) and tells the user when nothing was done. */
export type Edit = (method: string, params: AddTagParams | RemoveTagParams | MarkDetectionParams) => Promise<TagEditResult | undefined>;

export interface TaggingContext {
  readonly client: LanguageClient;
  isReport(doc: vscode.TextDocument): boolean;
  /** A document's URI as the server knows it. */
  uriOf(doc: vscode.TextDocument): string;
  readonly log: vscode.LogOutputChannel;
  readonly edit: Edit;
}

/** An Edit that calls `edited` with the document the server changed, when that document is open. */
export function createEdit(client: LanguageClient, uriOf: (doc: vscode.TextDocument) => string, edited: (doc: vscode.TextDocument) => void): Edit {
  return async (method, params) => {
    let r: TagEditResult;
    try {
      r = await client.sendRequest<TagEditResult>(method, params);
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Report Lens could not change the tags: {0}', (e as Error).message));
      return undefined;
    }
    if (!r.ok && r.message) void vscode.window.showWarningMessage(r.message);
    const doc = vscode.workspace.textDocuments.find((d) => uriOf(d) === params.textDocument.uri);
    if (doc) edited(doc);
    return r;
  };
}

/** The active editor when it shows a report; otherwise tells the user to open one. */
export function activeReport(ctx: TaggingContext): vscode.TextEditor | undefined {
  const e = vscode.window.activeTextEditor;
  if (e && ctx.isReport(e.document)) return e;
  void vscode.window.showInformationMessage(vscode.l10n.t('Open a report (.txt or .report) first.'));
  return undefined;
}

export const toRange = (r: WireRange) => new vscode.Range(r[0], r[1], r[2], r[3]);
